import { renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Deck, Diagnostic } from '../core/deck';
import { readSpeechFile } from './speech-file';
import { watchSpeech, type WatchOptions } from './watch-speech';
import { makeFifo, unjamFifos } from '../../tests/helpers/fifo';
import { tempDir } from '../../tests/helpers/temp';
import { until } from '../../tests/helpers/until';

const dir = tempDir('watch');
afterAll(async () => {
  await unjamFifos();
  rmSync(dir, { recursive: true, force: true });
});

/** Watches `path`, collecting the decks and problems it reports. */
function watching(path: string, options: WatchOptions) {
  const decks: Deck[] = [];
  const problems: Diagnostic[] = [];
  const stop = watchSpeech(
    path,
    (d) => decks.push(d),
    (p) => problems.push(p),
    options,
  );
  return { decks, problems, stop };
}

describe('watchSpeech', () => {
  it('rebuilds on change, survives atomic saves, reports broken saves', async () => {
    const path = join(dir, 'talk.md');
    writeFileSync(path, '# Talk\n\nHello.');
    const { decks, problems, stop } = watching(path, { debounceMs: 50 });
    try {
      writeFileSync(path, '# Talk\n\nHello.\n\n## Next\n\nMore words.');
      await until(() => decks.length === 1);
      expect(decks[0]!.slides.map((s) => s.title)).toEqual(['Talk', 'Next']);

      // atomic save: write a temp file and rename it over the speech
      const tmp = join(dir, '.talk.md.swp');
      writeFileSync(tmp, '# Talk\n\nHello again.');
      renameSync(tmp, path);
      await until(() => decks.length === 2);
      expect(decks[1]!.slides[0]!.notes).toBe('Hello again.');

      writeFileSync(path, '---\ntitle: T\nduration: never\n---\n\nHi.');
      await until(() => problems.length === 1);
      expect(problems[0]).toMatchObject({ file: 'talk.md', line: 3 });
      expect(decks).toHaveLength(2);

      // and a second atomic save after the broken one still works
      writeFileSync(tmp, '# Fixed\n\nAll good.');
      renameSync(tmp, path);
      await until(() => decks.length === 3);
      expect(decks[2]!.meta.title).toBe('Fixed');
    } finally {
      stop();
    }
  });
});

describe('watchSpeech never lets one rebuild block the next (issue #17, 2)', () => {
  it('reports a named pipe swapped in for the speech, and reloads the next real save', async () => {
    const sub = tempDir('watch-fifo');
    const path = join(sub, 'talk.md');
    writeFileSync(path, '# Talk\n\nHello.');
    const { decks, problems, stop } = watching(path, { debounceMs: 30 });
    try {
      unlinkSync(path);
      makeFifo(sub, 'talk.md');
      await until(() => problems.some((p) => /named pipe/.test(p.message)));
      unlinkSync(path);
      writeFileSync(path, '# After the pipe\n\nStill here.');
      await until(() => decks.some((d) => d.meta.title === 'After the pipe'));
    } finally {
      stop();
    }
  });

  it('reports a rebuild that stalls, and a later save still reloads (the latest wins)', async () => {
    const path = join(dir, 'stall.md');
    writeFileSync(path, '# Stall\n\nHello.');
    let calls = 0;
    let release: (deck: Deck) => void = () => undefined;
    const read = (p: string): Promise<Deck> => {
      calls += 1;
      // The first read hangs (a dead network drive) until the test lets it go, much later.
      if (calls === 1) return new Promise((resolve) => (release = resolve));
      return readSpeechFile(p);
    };
    const { decks, problems, stop } = watching(path, {
      debounceMs: 30,
      timeoutMs: 100,
      read,
    });
    try {
      writeFileSync(path, '# Stall\n\nFirst save.');
      await until(() => problems.length === 1);
      expect(problems[0]!.message).toMatch(/took longer than 0\.1 s/);
      writeFileSync(path, '# Second\n\nSecond save.');
      await until(() => decks.length === 1);
      expect(decks[0]!.meta.title).toBe('Second');
      // The stalled read ends at last with an older text: it must not replace the newer deck.
      writeFileSync(join(dir, 'stall-old.md'), '# Old\n\nOld text.');
      release(await readSpeechFile(join(dir, 'stall-old.md')));
      await new Promise((r) => setTimeout(r, 50));
      expect(decks.map((d) => d.meta.title)).toEqual(['Second']);
    } finally {
      stop();
    }
  });
});
