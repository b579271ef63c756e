import { readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDeck } from '../../tests/helpers/decks';
import { ShowBusyError } from './instance-lock';
import { JOURNAL_FILE } from './journal';
import { openShow, type Show } from './open-show';
import { tempDir } from '../../tests/helpers/temp';
import { until } from '../../tests/helpers/until';

let dir: string;
const opened: Show[] = [];
beforeEach(() => {
  dir = tempDir('open-show');
});
afterEach(async () => {
  for (const show of opened.splice(0)) await show.close();
  rmSync(dir, { recursive: true, force: true });
});

const speech = (count = 5) => ({ path: '/talks/keynote.md', deck: makeDeck(count) });
async function open(options: Partial<Parameters<typeof openShow>[0]> = {}): Promise<Show> {
  const show = await openShow({
    speech: speech(),
    dataDir: dir,
    follow: false,
    journalThrottleMs: 0,
    ...options,
  });
  opened.push(show);
  return show;
}
const journal = () => JSON.parse(readFileSync(join(dir, JOURNAL_FILE), 'utf8'));

describe('openShow: the one way a show is assembled', () => {
  it('journals the show and marks the journal clean on close', async () => {
    const show = await open();
    show.session.dispatch({ type: 'goto', index: 3 });
    await show.close();
    expect(journal()).toMatchObject({
      clean: true,
      speech: { path: '/talks/keynote.md' },
      state: { index: 3 },
    });
  });

  it('resumes after a crash by itself, and asks when told to ask', async () => {
    const first = await open();
    first.session.dispatch({ type: 'goto', index: 2 });
    // Journalled (written and fsynced: how long that takes depends on the disk, so it is awaited).
    await until(() => existsSync(join(dir, JOURNAL_FILE)) && journal().state.index === 2);
    // A crash: the journal stays unclean and the lock is left by a process that is gone.
    const unclean = { ...journal(), clean: false };
    opened.length = 0;
    await first.close();
    writeFileSync(join(dir, JOURNAL_FILE), JSON.stringify(unclean));

    const resumed = await open();
    expect(resumed.resumed?.crashed).toBe(true);
    expect(resumed.session.current.index).toBe(2);
    await resumed.close();
    writeFileSync(join(dir, JOURNAL_FILE), JSON.stringify(unclean));

    const asked: number[] = [];
    const declined = await open({
      resume: {
        ask: async (candidate) => {
          asked.push(candidate.state.index);
          return false;
        },
      },
    });
    expect(asked).toEqual([2]);
    expect(declined.resumed).toBeNull();
    expect(declined.session.current.index).toBe(0);
  });

  it('refuses a second live show on the same data folder, saying who holds it', async () => {
    const first = await open();
    await first.announce('http://127.0.0.1:4317');
    const second = openShow({ speech: speech(), dataDir: dir, follow: false });
    await expect(second).rejects.toBeInstanceOf(ShowBusyError);
    await expect(second).rejects.toThrow(
      /already presenting “\/talks\/keynote.md” at http:\/\/127.0.0.1:4317/,
    );
    // The refused one neither wrote the journal nor took the lock away.
    await first.close();
    expect(existsSync(join(dir, 'show.lock'))).toBe(false);
    opened.push(await openShow({ speech: speech(), dataDir: dir, follow: false }));
  });

  it('keeps rehearsals: a finished run is on disk when close() resolves', async () => {
    let now = 1_000_000;
    const show = await open({ clock: () => now });
    show.session.dispatch({ type: 'mode', mode: 'rehearse' });
    now += 5_000;
    show.session.dispatch({ type: 'next' });
    now += 5_000;
    show.session.dispatch({ type: 'rehearsal', action: 'finish' });
    await show.close();
    const report = await (await open()).rehearsals!.report();
    expect(report.runs).toHaveLength(1);
    expect(report.runs[0]).toMatchObject({ totalMs: 10_000, ending: 'finished' });
  });

  it('keeps nothing without a data folder', async () => {
    const show = await open({ dataDir: null });
    expect(show.rehearsals).toBeNull();
    show.session.dispatch({ type: 'next' });
    await show.close();
    expect(existsSync(join(dir, JOURNAL_FILE))).toBe(false);
  });

  it('replaceSpeech swaps the deck on the same slide and journals the new file', async () => {
    const show = await open();
    show.session.dispatch({ type: 'goto', index: 1 });
    show.replaceSpeech('/talks/other.md', makeDeck(3, 'other'));
    expect(show.speechPath).toBe('/talks/other.md');
    expect(show.session.snapshot().deck.meta.title).toBe('other deck');
    expect(show.session.current.index).toBe(1);
    await show.close();
    expect(journal().speech.path).toBe('/talks/other.md');
  });
});
