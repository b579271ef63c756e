import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDeck } from '../../tests/helpers/decks';
import { resumeCandidate } from '../core/journal';
import { journalPath, journalSession, readJournal as readJournalFile } from './journal';
import { ShowSession } from './show-session';
import { makeFifo, unjamFifos } from '../../tests/helpers/fifo';
import { tempDir } from '../../tests/helpers/temp';

let dir: string;
beforeEach(() => {
  dir = tempDir('journal');
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(unjamFifos);

const speech = () => ({ path: '/talks/test.md', sourceId: 'test-8' });
/** The journal alone, as most tests here want it. */
const readJournal = async (path: string, warn?: (message: string) => void) =>
  (await readJournalFile(path, { warn })).journal;

describe('readJournal', () => {
  it('returns null without a warning when there is no journal', async () => {
    const warn = vi.fn();
    expect(await readJournal(join(dir, 'none.json'), warn)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['', '{"version":1,"sav', '{"version":1}', '\u0000\u0001binary', '[1,2,3]'])(
    'sets a corrupt journal (%j) aside, with a warning, never throwing (issue #17, 6)',
    async (text) => {
      const path = journalPath(dir);
      writeFileSync(path, text);
      const warn = vi.fn();
      const read = await readJournalFile(path, { warn, now: 42 });
      expect(read).toMatchObject({ journal: null, writable: true });
      expect(read.problem).toMatch(
        /^The show journal could not be used \(.+\): it was set aside as .*show-journal\.corrupt-42\.json/,
      );
      expect(warn).toHaveBeenCalledWith(`Lectern: ${read.problem}`);
      expect(readdirSync(dir)).toEqual(['show-journal.corrupt-42.json']);
      expect(readFileSync(join(dir, 'show-journal.corrupt-42.json'), 'utf8')).toBe(text);
    },
  );

  it.each([
    ['one from a newer Lectern', 'future', /written by a newer Lectern/],
    ['one of 5 MB', 'too-large', /it is 5 MB, over the 4 MB Lectern reads/],
    ['a named pipe', 'not-a-file', /named pipe/],
    ['a folder', 'not-a-file', /folder/],
  ])('sets aside %s, never reading it whole or waiting on it', async (_what, reason, message) => {
    const path = journalPath(dir);
    if (reason === 'future') writeFileSync(path, JSON.stringify({ version: 2, anything: true }));
    if (reason === 'too-large') {
      writeFileSync(path, '');
      truncateSync(path, 5 * 1024 * 1024);
    }
    if (/pipe/.test(message.source)) makeFifo(dir, 'show-journal.json');
    if (/folder/.test(message.source)) mkdirSync(path);
    const read = await readJournalFile(path, { warn: () => undefined, now: 7 });
    expect(read.journal).toBeNull();
    expect(read.problem).toMatch(message);
    expect(readdirSync(dir)).toEqual([`show-journal.${reason}-7.json`]);
  });
});

describe('journalSession', () => {
  it('writes after a change, throttled, and marks the last entry clean on close', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let now = 1_000_000;
    const clock = () => now;
    const session = new ShowSession({ deck: makeDeck(8), clock });
    const path = journalPath(dir);
    const writer = journalSession(session, { path, speech, clock, throttleMs: 250 });
    await writer.flush();
    session.dispatch({ type: 'next' }); // within 250 ms of the first write: deferred
    session.dispatch({ type: 'next' });
    session.dispatch({ type: 'blackout' });
    expect((await readJournal(path))?.state.index).toBe(0);
    now += 250;
    await vi.advanceTimersByTimeAsync(250);
    await writer.flush();
    const written = await readJournal(path);
    expect(written).toMatchObject({ clean: false, speech: speech(), state: { index: 2, screen: 'black' } });
    await writer.close();
    expect(await readJournal(path)).toMatchObject({ clean: true, state: { index: 2 } });
    session.dispatch({ type: 'next' }); // after close: not journalled
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await readJournal(path))?.state.index).toBe(2);
  });

  it('never writes for the pointer or the zoom alone (they are of the moment)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const session = new ShowSession({ deck: makeDeck(3), clock: () => 5_000 });
    const path = journalPath(dir);
    const writer = journalSession(session, { path, speech, clock: () => 5_000, throttleMs: 0 });
    await writer.flush();
    const before = (await readJournal(path))!.savedAt;
    writeFileSync(path, 'sentinel');
    for (let i = 0; i < 20; i++) session.dispatch({ type: 'pointer', x: i / 20, y: 0.5 });
    session.dispatch({ type: 'zoom', x: 0.5, y: 0.5, scale: 2 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await readJournal(path, () => undefined)).toBeNull(); // untouched: still the sentinel
    session.dispatch({ type: 'next' });
    await vi.advanceTimersByTimeAsync(1_000);
    await writer.close();
    const written = await readJournal(path);
    expect(written?.state).toMatchObject({ index: 1, pointer: null, zoom: null });
    expect(written!.savedAt).toBeGreaterThanOrEqual(before);
  });

  it('creates the data directory', async () => {
    const path = journalPath(join(dir, 'new', 'data'));
    const writer = journalSession(new ShowSession({ deck: makeDeck(2) }), { path, speech });
    await writer.close();
    expect(await readJournal(path)).toMatchObject({ clean: true });
  });

  it('a restart resumes where the journal says (the full loop through the file)', async () => {
    const path = journalPath(dir);
    const first = new ShowSession({ deck: makeDeck(8) });
    const writer = journalSession(first, { path, speech, throttleMs: 0 });
    first.dispatch({ type: 'goto', index: 5 });
    await writer.flush(); // as a crash would leave it: not clean
    const journal = await readJournal(path);
    const candidate = resumeCandidate(journal, { ...speech(), slideCount: 8 }, { now: Date.now() });
    if (!candidate.resumable) throw new Error(candidate.reason);
    expect(candidate.crashed).toBe(true);
    const second = new ShowSession({ deck: makeDeck(8), resume: candidate.state });
    expect(second.current.index).toBe(5);
    expect(second.current.timer.startedAt).toBe(first.current.timer.startedAt);
  });

  it('a disk that refuses writes is reported once and the show goes on', async () => {
    const session = new ShowSession({ deck: makeDeck(3) });
    const warn = vi.fn();
    writeFileSync(join(dir, 'a-file'), '');
    const path = join(dir, 'a-file', 'j.json'); // a "folder" that is a file
    const writer = journalSession(session, { path, speech, warn, throttleMs: 0 });
    session.dispatch({ type: 'next' });
    await writer.flush();
    await writer.flush();
    expect(session.current.index).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
  });
});
