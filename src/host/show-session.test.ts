import { describe, expect, it } from 'vitest';
import type { ShowSnapshot } from '../core/contract';
import { initialShowState, type ShowState } from '../core/show';
import type { RehearsalRun } from '../core/rehearsal';
import { makeDeck } from '../../tests/helpers/decks';
import { ShowSession, type ShowView } from './show-session';

function recorder(): ShowView & { states: ShowState[]; snapshots: ShowSnapshot[] } {
  const states: ShowState[] = [];
  const snapshots: ShowSnapshot[] = [];
  return { states, snapshots, onState: (s) => states.push(s), onSnapshot: (s) => snapshots.push(s) };
}

describe('ShowSession', () => {
  it('sends a new view the current snapshot at once', () => {
    const session = new ShowSession({ deck: makeDeck(4), clock: () => 0 });
    session.dispatch({ type: 'goto', index: 2 });
    const view = recorder();
    session.subscribe(view);
    expect(view.snapshots).toHaveLength(1);
    expect(view.snapshots[0]?.state.index).toBe(2);
  });

  it('broadcasts every change to every view, in order, and nothing when a command changes nothing', () => {
    const session = new ShowSession({ deck: makeDeck(3), clock: () => 1000 });
    const a = recorder();
    const b = recorder();
    session.subscribe(a);
    session.subscribe(b);
    session.dispatch({ type: 'next' });
    session.dispatch({ type: 'blackout' });
    session.dispatch({ type: 'prev' });
    session.dispatch({ type: 'prev' }); // already at 0: no broadcast
    for (const view of [a, b]) {
      expect(view.states.map((s) => [s.index, s.screen === 'black'])).toEqual([
        [1, false],
        [1, true],
        [0, true],
      ]);
      expect(view.states.map((s) => s.revision)).toEqual([1, 2, 3]);
    }
  });

  it('stops sending to a view that unsubscribed', () => {
    const session = new ShowSession({ deck: makeDeck(3) });
    const view = recorder();
    const off = session.subscribe(view);
    off();
    session.dispatch({ type: 'next' });
    expect(view.states).toHaveLength(0);
    expect(session.viewCount).toBe(0);
  });

  it('uses its clock for the timer', () => {
    let now = 5_000;
    const session = new ShowSession({ deck: makeDeck(3), clock: () => now });
    session.dispatch({ type: 'timer', action: 'start' });
    now = 8_000;
    session.dispatch({ type: 'timer', action: 'pause' });
    expect(session.current.timer).toEqual({ startedAt: null, accumulatedMs: 3_000 });
  });

  it('a rebuilt deck keeps the slide, clears the problem and reaches every view', () => {
    const session = new ShowSession({ deck: makeDeck(5) });
    const view = recorder();
    session.subscribe(view);
    session.dispatch({ type: 'goto', index: 3 });
    session.setProblem({ severity: 'error', file: 't.md', line: 2, column: 1, message: 'bad' });
    expect(view.snapshots.at(-1)?.problem?.message).toBe('bad');
    session.replaceDeck(makeDeck(6, 'edited'));
    const last = view.snapshots.at(-1)!;
    expect(last.state).toMatchObject({ index: 3, count: 6 });
    expect(last.problem).toBeNull();
    expect(last.deck.slides[3]?.title).toBe('edited slide 4');
  });

  it('resumes a journalled state fitted to the deck', () => {
    const resume: ShowState = {
      ...initialShowState(10),
      index: 9,
      screen: 'black',
      timer: { startedAt: 100, accumulatedMs: 50 },
      revision: 40,
    };
    const session = new ShowSession({ deck: makeDeck(4), resume });
    expect(session.current).toMatchObject({ index: 3, count: 4, screen: 'black', timer: resume.timer });
  });

  it('completes a state journalled by an older Lectern, and ignores one that is not a state', () => {
    const legacy = {
      index: 2,
      count: 4,
      blackout: false,
      timer: { startedAt: 100, accumulatedMs: 0 },
      revision: 3,
    };
    const session = new ShowSession({ deck: makeDeck(4), resume: legacy as unknown as ShowState });
    expect(session.current).toMatchObject({
      index: 2,
      mode: 'present',
      screen: 'live',
      step: 0,
      pointer: null,
      qa: { sinceMs: null, accumulatedMs: 0 },
      rehearsal: null,
    });
    const junk = new ShowSession({ deck: makeDeck(4), resume: { index: 'x' } as unknown as ShowState });
    expect(junk.current).toEqual(initialShowState(4));
  });

  it('keeps the cues given during a rehearsal in its run: answered, replaced, and one still waiting', async () => {
    let now = 2_000_000;
    const session = new ShowSession({ deck: makeDeck(3), clock: () => now });
    const runs: RehearsalRun[] = [];
    session.onSave((what) => {
      if (what.kind === 'rehearsal-ended') runs.push(what.run);
    });
    await session.submit({ type: 'cue', text: 'before the run' }, 'crew');
    await session.submit({ type: 'cue-ack' }, 'presenter');
    now += 1_000;
    session.dispatch({ type: 'mode', mode: 'rehearse' });
    now += 5_000;
    await session.submit({ type: 'cue', preset: 'slow-down' }, 'crew');
    now += 2_000;
    await session.submit({ type: 'cue-ack' }, 'remote');
    await session.submit({ type: 'next' }, 'presenter');
    await session.submit({ type: 'cue', preset: '1min' }, 'crew');
    await session.submit({ type: 'cue', text: 'Wrap up now' }, 'crew');
    now += 1_000;
    session.dispatch({ type: 'rehearsal', action: 'finish' });
    expect(runs[0]!.cues).toEqual([
      { text: null, preset: 'slow-down', index: 0, atMs: 5_000, answeredAfterMs: 2_000 },
      { text: null, preset: '1min', index: 1, atMs: 7_000, answeredAfterMs: null },
      { text: 'Wrap up now', preset: null, index: 1, atMs: 7_000, answeredAfterMs: null },
    ]);
  });

  it('hands the run of an ended rehearsal to its savers, stamped with the speech', () => {
    let now = 1_000_000;
    const session = new ShowSession({ deck: makeDeck(3), clock: () => now });
    const runs: RehearsalRun[] = [];
    session.onSave((what) => {
      if (what.kind === 'rehearsal-ended') runs.push(what.run);
    });
    session.dispatch({ type: 'mode', mode: 'rehearse' });
    expect(session.current.rehearsal?.sourceId).toBe('test-3');
    now += 4_000;
    session.dispatch({ type: 'next' });
    now += 6_000;
    session.dispatch({ type: 'rehearsal', action: 'abandon' });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ sourceId: 'test-3', ending: 'abandoned', totalMs: 10_000 });
    expect(runs[0]!.slides.map((s) => [s.spentMs, s.words, s.visits])).toEqual([
      [4_000, 5, 1],
      [6_000, 5, 1],
      [0, 5, 0],
    ]);
    // "Spoken words of test slide 1." is 6 words: 2.77 s at 130 wpm
    for (const slide of runs[0]!.slides) expect(Math.abs(slide.plannedMs - 2_769)).toBeLessThanOrEqual(1);
    session.dispatch({ type: 'rehearsal', action: 'finish' }); // nothing running: no run
    expect(runs).toHaveLength(1);
  });

  it('takes the learned pace from the host and broadcasts it', () => {
    const session = new ShowSession({ deck: makeDeck(3) });
    const view = recorder();
    session.subscribe(view);
    session.setLearnedPace(142, true);
    session.setLearnedPace(142, true);
    expect(view.states.map((s) => s.pace)).toEqual([{ learnedWpm: 142, useLearned: true }]);
  });

  it('tells every view about a stage notice once, and clears it', () => {
    const session = new ShowSession({ deck: makeDeck(3) });
    const view = recorder();
    session.subscribe(view);
    session.setNotice('Projector disconnected');
    session.setNotice('Projector disconnected');
    expect(view.snapshots.map((s) => s.notice)).toEqual([null, 'Projector disconnected']);
    session.setNotice(null);
    expect(view.snapshots.at(-1)?.notice).toBeNull();
  });

  it('coalesces a burst of pointer moves into one change (the latest wins), before any later command', async () => {
    const queued: Array<() => void> = [];
    const session = new ShowSession({
      deck: makeDeck(3),
      clock: () => 0,
      schedule: (run) => queued.push(run),
    });
    const view = recorder();
    session.subscribe(view);
    for (let i = 1; i <= 50; i++)
      expect(await session.submit({ type: 'pointer', x: i / 100, y: 0.5 }, 'presenter')).toEqual({
        ok: true,
      });
    expect(view.states).toHaveLength(0);
    expect(queued).toHaveLength(1);
    queued.shift()!();
    expect(view.states.map((s) => s.pointer)).toEqual([{ x: 0.5, y: 0.5 }]);
    // a pointer move still waiting is applied before the next command, in the order sent
    void session.submit({ type: 'pointer', x: 0.9, y: 0.9 }, 'presenter');
    void session.submit({ type: 'next' }, 'presenter');
    expect(view.states.slice(1).map((s) => [s.index, s.pointer?.x])).toEqual([
      [0, 0.9],
      [1, 0.9],
    ]);
    queued.shift()!(); // the scheduled flush finds nothing left
    expect(view.states).toHaveLength(3);
    // a bad pointer is refused at once
    expect(await session.submit({ type: 'pointer', x: 3, y: 0 }, 'presenter')).toMatchObject({
      ok: false,
      status: 400,
    });
  });
});
