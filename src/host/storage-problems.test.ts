/**
 * Storage failures reach the speaker (issue #17, 5 and 6): a save that fails answers 503 with the
 * reason and keeps the run; the session's problems say so until it is resolved; a damaged journal
 * is set aside, never written over; a data folder that cannot be used never stops the show.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDeck } from '../../tests/helpers/decks';
import { tempDir } from '../../tests/helpers/temp';
import { until } from '../../tests/helpers/until';
import { JOURNAL_FILE } from './journal';
import { openShow, type Show } from './open-show';
import { linkRehearsals } from './rehearsals-link';
import { RehearsalStore } from './rehearsals';
import { ShowSession } from './show-session';

const opened: Show[] = [];
afterEach(async () => {
  for (const show of opened.splice(0)) await show.close();
});
const quiet = (): void => undefined;

async function open(dataDir: string): Promise<Show> {
  const show = await openShow({
    speech: { path: '/talks/keynote.md', deck: makeDeck(3) },
    dataDir,
    follow: false,
    journalThrottleMs: 0,
    warn: quiet,
  });
  opened.push(show);
  return show;
}

/** Rehearses one slide and finishes, as a presenter would; resolves to the answer. */
async function rehearse(session: ShowSession) {
  expect(await session.submit({ type: 'mode', mode: 'rehearse' }, 'presenter')).toEqual({ ok: true });
  await session.submit({ type: 'next' }, 'presenter');
  return session.submit({ type: 'rehearsal', action: 'finish' }, 'presenter');
}

describe('a rehearsal that cannot be saved', () => {
  it('is answered 503 with the reason, held, shown as a problem, and saved once the folder works', async () => {
    const dir = tempDir('unsaved');
    writeFileSync(join(dir, 'rehearsals'), 'a file where the folder should be');
    const session = new ShowSession({ deck: makeDeck(3) });
    const link = linkRehearsals(session, new RehearsalStore({ dir, warn: quiet }), {
      warn: quiet,
      retryMs: 20,
    });

    const answer = await rehearse(session);
    expect(answer).toMatchObject({ ok: false, status: 503 });
    expect(answer.ok === false && answer.error).toMatch(
      /^The rehearsal run was not saved: .*(EEXIST|ENOTDIR).*Lectern keeps it and tries again every 0\.02 s\.$/,
    );
    // The rehearsal has ended, as every view was told; the run is held, and the speaker told.
    expect(session.current).toMatchObject({ mode: 'present', rehearsal: null });
    expect(session.snapshot().problems).toEqual([
      { kind: 'rehearsals-unsaved', message: expect.stringMatching(/^A rehearsal run is not saved: /) },
    ]);
    expect((await link.report()).problems.map((p) => p.kind)).toEqual(['rehearsals-unsaved']);

    rmSync(join(dir, 'rehearsals'));
    await until(() => session.snapshot().problems.length === 0);
    expect((await link.report()).runs).toHaveLength(1);
    expect(await rehearse(session)).toEqual({ ok: true });
    expect((await link.report()).runs).toHaveLength(2);
    await link.close();
  });

  it('with a data folder that cannot be used at all: the show starts, says so, and answers 503', async () => {
    const file = join(tempDir('folder-is-a-file'), 'data');
    writeFileSync(file, '');
    const show = await open(file);
    expect(show.session.snapshot().problems[0]).toEqual({
      kind: 'data-folder',
      message: expect.stringMatching(
        /^The data folder .*data cannot be used \(.+\): rehearsals and the show journal are not saved/,
      ),
    });
    expect(await rehearse(show.session)).toMatchObject({ ok: false, status: 503 });
    expect(show.session.snapshot().problems.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['data-folder', 'rehearsals-unsaved']),
    );
  });
});

describe('the show journal', () => {
  it('damaged: set aside (never overwritten), the show starts fresh and the speaker is told', async () => {
    const dir = tempDir('damaged-journal');
    writeFileSync(join(dir, JOURNAL_FILE), '{"version":1,"savedAt":');
    const show = await open(dir);
    show.session.dispatch({ type: 'next' });
    await show.close();
    const aside = readdirSync(dir).filter((f) => f.startsWith('show-journal.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe('{"version":1,"savedAt":');
    expect(show.session.snapshot().problems).toEqual([
      {
        kind: 'journal-file',
        message: expect.stringMatching(/set aside as .*show-journal\.corrupt-\d+\.json/),
      },
    ]);
  });

  it('too large to read: set aside without reading it whole', async () => {
    const dir = tempDir('huge-journal');
    writeFileSync(join(dir, JOURNAL_FILE), '');
    truncateSync(join(dir, JOURNAL_FILE), 200 * 1024 * 1024);
    const show = await open(dir);
    expect(show.session.snapshot().problems[0]?.message).toMatch(/it is 200 MB, over the 4 MB/);
    expect(readdirSync(dir).some((f) => /^show-journal\.too-large-\d+\.json$/.test(f))).toBe(true);
  });

  it('that cannot be written: a problem until a write works again', async () => {
    const dir = tempDir('unwritable-journal');
    const show = await open(dir);
    await until(() => existsSync(join(dir, JOURNAL_FILE)));
    rmSync(join(dir, JOURNAL_FILE));
    mkdirSync(join(dir, JOURNAL_FILE)); // a folder where the file goes: every write fails
    show.session.dispatch({ type: 'next' });
    await until(() => show.session.snapshot().problems.some((p) => p.kind === 'journal-unsaved'));
    expect(show.session.snapshot().problems[0]?.message).toMatch(
      /^The show journal cannot be written \(.+\): after a crash, Lectern could not resume this show/,
    );
    rmSync(join(dir, JOURNAL_FILE), { recursive: true });
    show.session.dispatch({ type: 'next' });
    await until(() => show.session.snapshot().problems.length === 0);
  });
});
