/** Hostile speech files, generated here (nothing big is committed), read through the host. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SpeechError } from '../../src/core/deck';
import { deckToHtml } from '../../src/host/deck-html';
import { readSpeechFile } from '../../src/host/speech-file';
import { tempDir } from '../helpers/temp';

const dir = tempDir('hostile');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
/** A deck or a located error, never anything else; a hang is caught by the test's time-out. */
const outcome = async (p: string) => {
  try {
    return { deck: await readSpeechFile(p) };
  } catch (e) {
    if (!(e instanceof SpeechError)) throw e;
    return { error: e.diagnostic };
  }
};

describe('hostile speech files', () => {
  it('script in a plain-text speech stays text, and the HTML export escapes it', async () => {
    const { deck } = await outcome(
      put('x.txt', 'Title\n\n<script>alert(1)</script> and <img src=x onerror=alert(2)> said.\n\nThank you!'),
    );
    expect(deck!.slides[1]!.notes).toContain('<script>');
    const html = deckToHtml(deck!);
    expect(html.includes('<script>alert(1)')).toBe(false);
    expect(html.includes('&lt;script&gt;alert(1)')).toBe(true);
  });
  it('a 5 MB single line: deck for .txt, located error for .md', async () => {
    const line = 'word '.repeat(1_000_000);
    const txt = await outcome(put('line.txt', `Title\n\n${line}`));
    expect(txt.deck!.slides[1]!.words).toBe(1_000_000);
    const md = await outcome(put('line.md', `# Title\n\n${line}`));
    expect(md.error).toMatchObject({ file: 'line.md', line: 3, column: 1 });
    // Two 5 MB builds: a generous time-out, so that only a hang fails (on a loaded 2-core machine
    // the pair took 25 to 70 s, over the 20 s default, with nothing wrong).
  }, 120_000);
  it('nesting bombs are refused at their line', async () => {
    const q = await outcome(put('q.md', `---\ntitle: Q\n---\n\n${'> '.repeat(10_000)}x`));
    expect(q.error).toMatchObject({ line: 5, column: 1 });
    const l = await outcome(
      put('l.md', Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')),
    );
    expect(l.error?.message).toMatch(/nested deeper than 32/);
  });
  it('a YAML alias bomb is refused', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const r = await outcome(put('bomb.md', `---\n${lines.join('\n')}\n---\n\nHi.`));
    expect(r.error?.message).toMatch(/front matter/);
  });
});
