import { describe, expect, it } from 'vitest';
import {
  decodeJournal,
  describeResume,
  encodeJournal,
  journalEntry,
  replayTimer,
  resumeAction,
  resumeCandidate,
  type JournalState,
  type ShowJournal,
} from './journal';
import { initialShowState, reduceShow } from './show';

const T0 = 1_767_000_000_000;
const speech = { path: '/talks/keynote.md', sourceId: 'abc' };
const opened = { ...speech, slideCount: 14 };

function stateAt(index: number, startedAt: number | null = T0): JournalState {
  return { ...initialShowState(14), index, revision: 7, timer: { startedAt, accumulatedMs: 0 } };
}

const core = ({ index, count, screen, timer }: JournalState) => ({ index, count, screen, timer });

describe('decodeJournal', () => {
  it('round-trips an entry', () => {
    const entry = journalEntry(stateAt(4), speech, T0 + 1000);
    expect(decodeJournal(encodeJournal(entry))).toEqual({ ok: true, journal: entry });
  });

  it.each([
    ['', 'not valid JSON'],
    ['{"version":1', 'not valid JSON'],
    ['null', ''],
    ['[]', ''],
    ['{"version":2}', 'version'],
    [JSON.stringify({ ...journalEntry(stateAt(4), speech, T0), state: { ...stateAt(20) } }), 'state.index'],
    [JSON.stringify({ ...journalEntry(stateAt(4), speech, T0), savedAt: 'yesterday' }), 'savedAt'],
    [JSON.stringify({ ...journalEntry(stateAt(-1), speech, T0) }), 'index'],
    [JSON.stringify({ ...journalEntry(stateAt(1), { path: '', sourceId: 'x' }, T0) }), 'speech.path'],
  ])('refuses %j with a reason, without throwing', (text, where) => {
    const result = decodeJournal(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(where);
  });

  it('ignores unknown extra fields (a newer Lectern may add some) and reads back the whole state', () => {
    const full: JournalState = {
      ...initialShowState(14),
      index: 2,
      mode: 'qa',
      qa: { sinceMs: 5_000, accumulatedMs: 0 },
    };
    const text = JSON.stringify({ ...journalEntry(full, speech, T0), extra: 1 });
    const decoded = decodeJournal(text);
    expect(decoded.ok && decoded.journal.state).toEqual(full);
  });

  it('fills defaults for fields an older journal lacks', () => {
    const old = {
      index: 2,
      count: 14,
      blackout: false,
      revision: 3,
      timer: { startedAt: T0, accumulatedMs: 0 },
    };
    const decoded = decodeJournal(JSON.stringify({ ...journalEntry(stateAt(0), speech, T0), state: old }));
    const { blackout: _, ...rest } = old;
    expect(decoded.ok && decoded.journal.state).toEqual({ ...initialShowState(14), ...rest, screen: 'live' });
  });

  it('refuses a state with a field of the wrong kind', () => {
    const text = JSON.stringify({
      ...journalEntry(stateAt(1), speech, T0),
      state: { ...stateAt(1), mode: 'karaoke' },
    });
    expect(decodeJournal(text).ok).toBe(false);
  });

  it('a crash in Q&A resumes in Q&A, with the pace setting; the undo of a reset is not carried over', () => {
    const state: JournalState = {
      ...initialShowState(14),
      index: 3,
      mode: 'qa',
      qa: { sinceMs: 60_000, accumulatedMs: 2_000 },
      pace: { learnedWpm: 150, useLearned: true },
      undo: {
        timer: { startedAt: null, accumulatedMs: 9 },
        qa: { sinceMs: null, accumulatedMs: 0 },
        slideEnteredSpeakingMs: 0,
        until: T0 + 5_000,
      },
    };
    const c = resumeCandidate(journalEntry(state, speech, T0), opened, { now: T0 });
    expect(c.resumable && c.state).toEqual({ ...state, undo: null, revision: 1 });
  });

  it('a rehearsal survives a crash, but not an edit of the speech', () => {
    const rehearsing = reduceShow(
      { ...initialShowState(14), index: 2 },
      { type: 'mode', mode: 'rehearse' },
      T0,
    );
    expect(rehearsing.rehearsal).not.toBeNull();
    const same = resumeCandidate(journalEntry(rehearsing, speech, T0), opened, { now: T0 + 1_000 });
    expect(same.resumable && same.state).toMatchObject({ mode: 'rehearse', rehearsal: rehearsing.rehearsal });
    const edited = resumeCandidate(
      journalEntry(rehearsing, speech, T0),
      { ...opened, sourceId: 'changed' },
      { now: T0 + 1_000 },
    );
    expect(edited.resumable && edited.state).toMatchObject({ mode: 'present', rehearsal: null });
  });
});

describe('resumeCandidate', () => {
  const journal = (state: JournalState, extra: Partial<ShowJournal> = {}): ShowJournal => ({
    ...journalEntry(state, speech, T0 + 60_000),
    ...extra,
  });

  it('resumes the same speech at the same slide, counting the restart as talk time', () => {
    const c = resumeCandidate(journal(stateAt(4)), opened, { now: T0 + 90_000 });
    expect(c).toMatchObject({ resumable: true, crashed: true, speechChanged: false });
    if (!c.resumable) throw new Error('unreachable');
    expect(c.state.index).toBe(4);
    expect(c.state.timer).toEqual({ startedAt: T0, accumulatedMs: 0 });
  });

  it('says no for another speech, an old journal, no journal, or a show that never started', () => {
    expect(resumeCandidate(journal(stateAt(4)), { ...opened, path: '/other.md' }, { now: T0 })).toEqual({
      resumable: false,
      reason: 'another speech',
    });
    expect(resumeCandidate(journal(stateAt(4)), opened, { now: T0 + 13 * 3_600_000 }).resumable).toBe(false);
    expect(resumeCandidate(null, opened, { now: T0 }).resumable).toBe(false);
    expect(resumeCandidate(journal(initialShowState(14)), opened, { now: T0 }).resumable).toBe(false);
  });

  it('a black screen or a paused timer on slide 1 is worth resuming', () => {
    expect(
      resumeCandidate(journal({ ...initialShowState(14), screen: 'black' }), opened, { now: T0 }).resumable,
    ).toBe(true);
  });

  it('fits the slide to an edited, shorter speech and says it changed', () => {
    const c = resumeCandidate(
      journal(stateAt(12)),
      { path: speech.path, sourceId: 'new', slideCount: 5 },
      { now: T0 },
    );
    expect(c).toMatchObject({ resumable: true, speechChanged: true, state: { index: 4, count: 5 } });
  });

  it('knows an orderly quit from a crash', () => {
    const c = resumeCandidate(journal(stateAt(3), { clean: true }), opened, { now: T0 + 61_000 });
    expect(c).toMatchObject({ resumable: true, crashed: false });
  });

  it('replays a journal after every state a real show goes through', () => {
    let state = initialShowState(14);
    let now = T0;
    for (const command of [
      { type: 'next' },
      { type: 'next' },
      { type: 'blackout' },
      { type: 'goto', index: 9 },
    ] as const) {
      now += 1_000;
      state = reduceShow(state, command, now);
      const decoded = decodeJournal(encodeJournal(journalEntry(state, speech, now)));
      if (!decoded.ok) throw new Error(decoded.error);
      const c = resumeCandidate(decoded.journal, opened, { now: now + 500 });
      if (!c.resumable) throw new Error(c.reason);
      expect(core(c.state)).toEqual(core(state));
    }
  });
});

describe('replayTimer', () => {
  it('keeps a running timer running over a short gap', () => {
    expect(replayTimer({ startedAt: T0, accumulatedMs: 5 }, T0 + 1_000, T0 + 60_000, 600_000)).toEqual({
      startedAt: T0,
      accumulatedMs: 5,
    });
  });
  it('pauses it at the last saved elapsed time after a long gap', () => {
    expect(replayTimer({ startedAt: T0, accumulatedMs: 5 }, T0 + 1_000, T0 + 3_600_000, 600_000)).toEqual({
      startedAt: null,
      accumulatedMs: 1_005,
    });
  });
  it('leaves a paused timer alone and clamps a start in the future (clock went back)', () => {
    expect(replayTimer({ startedAt: null, accumulatedMs: 42 }, T0, T0 + 1e9, 1)).toEqual({
      startedAt: null,
      accumulatedMs: 42,
    });
    expect(replayTimer({ startedAt: T0 + 5_000, accumulatedMs: 0 }, T0 + 5_000, T0, 600_000)).toEqual({
      startedAt: null,
      accumulatedMs: 0,
    });
  });
});

describe('resumeAction', () => {
  const crashed = resumeCandidate(journalEntry(stateAt(3), speech, T0), opened, { now: T0 });
  const quit = resumeCandidate(journalEntry(stateAt(3), speech, T0, true), opened, { now: T0 });
  const none = resumeCandidate(null, opened, { now: T0 });
  it.each([
    ['ask', crashed, 'ask'],
    ['ask', quit, 'ask'],
    ['ask', none, 'fresh'],
    ['after-crash', crashed, 'resume'],
    ['after-crash', quit, 'fresh'],
    ['always', quit, 'resume'],
    ['never', crashed, 'fresh'],
  ] as const)('%s → %s', (mode, candidate, action) => {
    expect(resumeAction(candidate, mode)).toBe(action);
  });
});

it('describes the resume point in one sentence', () => {
  expect(describeResume({ ...stateAt(4), timer: { startedAt: T0, accumulatedMs: 0 } }, T0 + 125_000)).toBe(
    'Resume at slide 5 of 14, 2:05 into the talk?',
  );
  expect(describeResume({ ...initialShowState(3), screen: 'black' }, T0)).toBe(
    'Resume at slide 1 of 3 (screen black)?',
  );
});
