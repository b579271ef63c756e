import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { SpeechError } from '../core/deck';
import { readSpeechFile } from './speech-file';
import { makeFifo, unjamFifos } from '../../tests/helpers/fifo';
import { tempDir } from '../../tests/helpers/temp';

const dir = tempDir('speech');
afterAll(async () => {
  await unjamFifos();
  rmSync(dir, { recursive: true, force: true });
});
const put = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const failure = async (p: string) => {
  try {
    await readSpeechFile(p);
  } catch (e) {
    if (e instanceof SpeechError) return e.diagnostic;
    throw e;
  }
  throw new Error('expected SpeechError');
};

describe('readSpeechFile', () => {
  it('builds the default speech and does not modify it', async () => {
    const src = join(__dirname, '..', '..', 'slides', 'carec-digital-strategy-2030.md');
    const before = readFileSync(src);
    const deck = await readSpeechFile(src);
    expect(deck.fileName).toBe('carec-digital-strategy-2030.md');
    expect(deck.slides.length).toBe(9);
    expect(readFileSync(src).equals(before)).toBe(true);
  });
  it('reads GBK and reports the encoding', async () => {
    const text = readFileSync(
      join(__dirname, '..', '..', 'tests', 'fixtures', 'speeches', 'digital-zh.txt'),
      'utf8',
    );
    const deck = await readSpeechFile(put('zh-gbk.txt', iconv.encode(text, 'gbk')));
    expect(deck.meta.title).toBe('数字经济与区域合作');
    expect(deck.warnings.some((w) => /GB18030|GBK/.test(w.message))).toBe(true);
  });
  it('reads UTF-16 without BOM', async () => {
    const deck = await readSpeechFile(
      put(
        'u16.txt',
        iconv.encode(
          'My Talk\n\nHello, friends.\n\nSales of solar panels grew 12% this year, and costs fell.\n\nThank you!',
          'utf-16le',
        ),
      ),
    );
    expect(deck.slides.map((s) => s.layout)).toEqual(['title', 'figures', 'closing']);
  });
  it('refuses binary files before parsing', async () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 31) % 256);
    expect((await failure(put('bin.md', bytes))).message).toContain('not a text file');
  });
  it('refuses a 20 MB file before reading it', async () => {
    const p = join(dir, 'huge.txt');
    writeFileSync(p, '');
    const { truncateSync } = await import('node:fs');
    truncateSync(p, 20 * 1024 * 1024);
    expect(await failure(p)).toMatchObject({ file: 'huge.txt', line: 1, column: 1 });
    expect((await failure(p)).message).toMatch(/20 MB.*limited to 10 MB/);
  });
  it('locates front matter errors in the file', async () => {
    const d = await failure(put('bad.md', '---\ntitle: T\nduration: soon\n---\n\nHello.'));
    expect(d).toMatchObject({ file: 'bad.md', line: 3, column: 11 });
  });
  it('refuses a named pipe at once instead of waiting for a writer (issue #17, 2)', async () => {
    expect(await failure(makeFifo(dir, 'pipe.md'))).toMatchObject({
      file: 'pipe.md',
      line: 1,
      message: 'it is a named pipe, not a regular file',
    });
  });
  it('refuses a folder', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'folder.md'));
    expect((await failure(join(dir, 'folder.md'))).message).toBe('it is a folder, not a file');
  });
  it('reports a missing file', async () => {
    expect((await failure(join(dir, 'missing.md'))).message).toBe('file not found');
  });
});
