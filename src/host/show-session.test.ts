import { describe, expect, it } from 'vitest';
import type { ShowSnapshot } from '../core/contract';
import type { ShowState } from '../core/show';
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
      expect(view.states.map((s) => [s.index, s.blackout])).toEqual([
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
      index: 9,
      count: 10,
      blackout: true,
      timer: { startedAt: 100, accumulatedMs: 50 },
      revision: 40,
    };
    const session = new ShowSession({ deck: makeDeck(4), resume });
    expect(session.current).toMatchObject({ index: 3, count: 4, blackout: true, timer: resume.timer });
  });
});
