import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFifo, unjamFifos } from '../../tests/helpers/fifo';
import { tempDir } from '../../tests/helpers/temp';
import { readRegularFile, readRegularFileSync, type SafeReadOptions } from './safe-read';

const dir = tempDir('safe-read');
afterAll(unjamFifos);

const file = join(dir, 'ok.json');
writeFileSync(file, '{"fine":true}');
const big = join(dir, 'big.json');
writeFileSync(big, '');
truncateSync(big, 3 * 1024 * 1024);
mkdirSync(join(dir, 'folder'));
symlinkSync(file, join(dir, 'link.json'));
const fifo = makeFifo(dir, 'pipe.json');

const readers = [
  ['async', readRegularFile],
  ['sync', (path: string, options: SafeReadOptions) => Promise.resolve(readRegularFileSync(path, options))],
] as const;

describe.each(readers)('reading data files (%s)', (_name, read) => {
  it('reads a regular file within the limit', async () => {
    const result = await read(file, { maxBytes: 1024 });
    expect(result.ok && result.data.toString()).toBe('{"fine":true}');
  });

  it('refuses a named pipe at once, without waiting for a writer', async () => {
    expect(await read(fifo, { maxBytes: 1024 })).toMatchObject({
      ok: false,
      reason: 'not-a-file',
      message: 'it is a named pipe, not a regular file',
    });
  });

  it('refuses a file over the limit without reading it', async () => {
    expect(await read(big, { maxBytes: 1024 * 1024 })).toMatchObject({
      ok: false,
      reason: 'too-large',
      size: 3 * 1024 * 1024,
      message: 'it is 3 MB, over the 1 MB Lectern reads',
    });
  });

  it.each([
    ['a folder', join(dir, 'folder'), 'not-a-file'],
    ['a missing file', join(dir, 'none.json'), 'missing'],
    ['a path through a file', join(file, 'x'), 'missing'],
  ])('refuses %s', async (_what, path, reason) => {
    expect(await read(path, { maxBytes: 1024 })).toMatchObject({ ok: false, reason });
  });

  it('follows a symbolic link only when allowed', async () => {
    expect((await read(join(dir, 'link.json'), { maxBytes: 1024 })).ok).toBe(true);
    expect(await read(join(dir, 'link.json'), { maxBytes: 1024, noFollow: true })).toMatchObject({
      ok: false,
      reason: 'not-a-file',
      message: 'it is a symbolic link',
    });
  });
});
