import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Deck, Diagnostic } from '../core/deck';
import { watchSpeech } from './watch-speech';
import { tempDir } from '../../tests/helpers/temp';

const dir = tempDir('watch');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const waitFor = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('watchSpeech', () => {
  it('rebuilds on change, survives atomic saves, reports broken saves', async () => {
    const path = join(dir, 'talk.md');
    writeFileSync(path, '# Talk\n\nHello.');
    const decks: Deck[] = [];
    const problems: Diagnostic[] = [];
    const stop = watchSpeech(
      path,
      (d) => decks.push(d),
      (p) => problems.push(p),
      { debounceMs: 50 },
    );
    try {
      writeFileSync(path, '# Talk\n\nHello.\n\n## Next\n\nMore words.');
      await waitFor(() => decks.length === 1);
      expect(decks[0]!.slides.map((s) => s.title)).toEqual(['Talk', 'Next']);

      // atomic save: write a temp file and rename it over the speech
      const tmp = join(dir, '.talk.md.swp');
      writeFileSync(tmp, '# Talk\n\nHello again.');
      renameSync(tmp, path);
      await waitFor(() => decks.length === 2);
      expect(decks[1]!.slides[0]!.notes).toBe('Hello again.');

      writeFileSync(path, '---\ntitle: T\nduration: never\n---\n\nHi.');
      await waitFor(() => problems.length === 1);
      expect(problems[0]).toMatchObject({ file: 'talk.md', line: 3 });
      expect(decks).toHaveLength(2);

      // and a second atomic save after the broken one still works
      writeFileSync(tmp, '# Fixed\n\nAll good.');
      renameSync(tmp, path);
      await waitFor(() => decks.length === 3);
      expect(decks[2]!.meta.title).toBe('Fixed');
    } finally {
      stop();
    }
  });
});
