import { describe, expect, it } from 'vitest';
import {
  applyTimer,
  commandConflict,
  elapsedMs,
  initialShowState,
  qaMs,
  reduceShow,
  resizeShow,
  speakingMs,
  stampRehearsal,
  timeOnSlideMs,
  timerPhase,
  undoOffered,
  UNDO_RESET_MS,
  withLearnedPace,
  type ShowState,
} from './show';

const T0 = 1_700_000_000_000;

function at(index: number, count = 5): ShowState {
  return { ...initialShowState(count), index };
}

describe('reduceShow: navigation', () => {
  it('next and prev move one slide and stop at the ends', () => {
    let s = initialShowState(3);
    s = reduceShow(s, { type: 'next' }, T0);
    expect(s.index).toBe(1);
    s = reduceShow(s, { type: 'next' }, T0);
    s = reduceShow(s, { type: 'next' }, T0);
    expect(s.index).toBe(2);
    s = reduceShow(s, { type: 'prev' }, T0);
    s = reduceShow(s, { type: 'prev' }, T0);
    s = reduceShow(s, { type: 'prev' }, T0);
    expect(s.index).toBe(0);
  });

  it('first, last and goto land where asked, clamped to the deck', () => {
    expect(reduceShow(at(2), { type: 'first' }, T0).index).toBe(0);
    expect(reduceShow(at(2), { type: 'last' }, T0).index).toBe(4);
    expect(reduceShow(at(0), { type: 'goto', index: 3 }, T0).index).toBe(3);
    expect(reduceShow(at(0), { type: 'goto', index: 99 }, T0).index).toBe(4);
    expect(reduceShow(at(3), { type: 'goto', index: -4 }, T0).index).toBe(0);
  });

  it('returns the same object (no broadcast) when nothing changes, and bumps the revision otherwise', () => {
    const end = at(4);
    expect(reduceShow(end, { type: 'next' }, T0)).toBe(end);
    const start = at(0);
    expect(reduceShow(start, { type: 'prev' }, T0)).toBe(start);
    const moved = reduceShow(at(1), { type: 'next' }, T0);
    expect(moved.revision).toBe(1);
  });

  it('an empty deck stays at 0', () => {
    const empty = initialShowState(0);
    expect(reduceShow(empty, { type: 'last' }, T0).index).toBe(0);
    expect(reduceShow(empty, { type: 'next' }, T0).index).toBe(0);
  });
});

describe('reduceShow: black screen', () => {
  it('toggles, and sets when told', () => {
    const on = reduceShow(at(1), { type: 'blackout' }, T0);
    expect(on.screen).toBe('black');
    expect(reduceShow(on, { type: 'blackout' }, T0).screen).toBe('live');
    expect(reduceShow(on, { type: 'blackout', on: true }, T0)).toBe(on);
    expect(reduceShow(on, { type: 'blackout', on: false }, T0).screen).toBe('live');
  });

  it('navigating under a black screen keeps it black', () => {
    const on = reduceShow(at(1), { type: 'blackout' }, T0);
    const moved = reduceShow(on, { type: 'next' }, T0);
    expect(moved).toMatchObject({ index: 2, screen: 'black' });
  });
});

describe('timer', () => {
  it('derives elapsed time from timestamps across pauses', () => {
    let t = applyTimer({ startedAt: null, accumulatedMs: 0 }, 'start', T0);
    expect(elapsedMs(t, T0 + 5_000)).toBe(5_000);
    t = applyTimer(t, 'pause', T0 + 5_000);
    expect(t).toEqual({ startedAt: null, accumulatedMs: 5_000 });
    expect(elapsedMs(t, T0 + 60_000)).toBe(5_000);
    t = applyTimer(t, 'start', T0 + 60_000);
    expect(elapsedMs(t, T0 + 62_500)).toBe(7_500);
  });

  it("a running timer's seconds turn at its phase plus whole seconds, across a pause", () => {
    let t = applyTimer({ startedAt: null, accumulatedMs: 0 }, 'start', T0 + 300);
    t = applyTimer(t, 'pause', T0 + 5_000); // 4.7 s
    t = applyTimer(t, 'start', T0 + 60_000);
    const phase = timerPhase(t);
    for (const k of [5, 6, 60]) {
      expect(Math.floor(elapsedMs(t, phase + k * 1000) / 1000)).toBe(k);
      expect(Math.floor(elapsedMs(t, phase + k * 1000 - 1) / 1000)).toBe(k - 1);
    }
    expect(timerPhase({ startedAt: null, accumulatedMs: 4_700 })).toBe(0);
  });

  it('start while running and pause while paused change nothing', () => {
    const running = applyTimer({ startedAt: null, accumulatedMs: 0 }, 'start', T0);
    expect(applyTimer(running, 'start', T0 + 10)).toBe(running);
    const paused = applyTimer(running, 'pause', T0 + 10);
    expect(applyTimer(paused, 'pause', T0 + 20)).toBe(paused);
  });

  it('toggle flips, reset clears', () => {
    const running = applyTimer({ startedAt: null, accumulatedMs: 0 }, 'toggle', T0);
    expect(running.startedAt).toBe(T0);
    expect(applyTimer(running, 'toggle', T0 + 1_000)).toEqual({ startedAt: null, accumulatedMs: 1_000 });
    expect(applyTimer(running, 'reset', T0 + 1_000)).toEqual({ startedAt: null, accumulatedMs: 0 });
  });

  it('a clock that steps backwards never gives negative time', () => {
    const running = applyTimer({ startedAt: null, accumulatedMs: 2_000 }, 'start', T0);
    expect(elapsedMs(running, T0 - 50_000)).toBe(2_000);
  });

  it('the first advance starts a timer that never ran; later advances do not restart a paused one', () => {
    const started = reduceShow(initialShowState(4), { type: 'next' }, T0);
    expect(started.timer.startedAt).toBe(T0);
    const paused = reduceShow(started, { type: 'timer', action: 'pause' }, T0 + 3_000);
    const moved = reduceShow(paused, { type: 'next' }, T0 + 4_000);
    expect(moved.timer).toEqual({ startedAt: null, accumulatedMs: 3_000 });
    // going back does not start it either
    expect(reduceShow(at(2), { type: 'prev' }, T0).timer.startedAt).toBeNull();
  });

  it('timer commands through the reducer', () => {
    let s = reduceShow(at(0), { type: 'timer', action: 'start' }, T0);
    s = reduceShow(s, { type: 'timer', action: 'pause' }, T0 + 1_500);
    expect(elapsedMs(s.timer, T0 + 9_999)).toBe(1_500);
    s = reduceShow(s, { type: 'timer', action: 'reset' }, T0 + 2_000);
    expect(elapsedMs(s.timer, T0 + 9_999)).toBe(0);
  });
});

describe('resizeShow', () => {
  it('keeps the slide when it still exists and clamps when the deck shrank', () => {
    expect(resizeShow(at(2, 5), 8).index).toBe(2);
    expect(resizeShow(at(4, 5), 3)).toMatchObject({ index: 2, count: 3 });
    const same = at(1, 5);
    expect(resizeShow(same, 5)).toBe(same);
  });
});

describe('time on slide', () => {
  it('records when the slide was entered, and measures speaking time on it (frozen by a pause)', () => {
    let s = reduceShow(initialShowState(5), { type: 'next' }, T0);
    expect(s).toMatchObject({ index: 1, slideEnteredAt: T0, slideEnteredSpeakingMs: 0 });
    expect(timeOnSlideMs(s, T0 + 20_000)).toBe(20_000);
    s = reduceShow(s, { type: 'timer', action: 'pause' }, T0 + 20_000);
    expect(timeOnSlideMs(s, T0 + 90_000)).toBe(20_000);
    s = reduceShow(s, { type: 'timer', action: 'start' }, T0 + 90_000);
    s = reduceShow(s, { type: 'next' }, T0 + 95_000);
    expect(s).toMatchObject({ index: 2, slideEnteredAt: T0 + 95_000, slideEnteredSpeakingMs: 25_000 });
    expect(timeOnSlideMs(s, T0 + 100_000)).toBe(5_000);
  });
});

describe('Q&A', () => {
  it('keeps the clock running but takes questions out of the speaking time', () => {
    let s = reduceShow(initialShowState(3), { type: 'next' }, T0);
    s = reduceShow(s, { type: 'mode', mode: 'qa' }, T0 + 60_000);
    expect(s.mode).toBe('qa');
    expect(elapsedMs(s.timer, T0 + 180_000)).toBe(180_000);
    expect(qaMs(s, T0 + 180_000)).toBe(120_000);
    expect(speakingMs(s, T0 + 180_000)).toBe(60_000);
    expect(timeOnSlideMs(s, T0 + 180_000)).toBe(60_000);
    s = reduceShow(s, { type: 'mode', mode: 'present' }, T0 + 180_000);
    expect(s.qa).toEqual({ sinceMs: null, accumulatedMs: 120_000 });
    expect(speakingMs(s, T0 + 190_000)).toBe(70_000);
  });

  it('a pause in Q&A freezes Q&A time too', () => {
    let s = reduceShow(initialShowState(3), { type: 'timer', action: 'start' }, T0);
    s = reduceShow(s, { type: 'mode', mode: 'qa' }, T0 + 10_000);
    s = reduceShow(s, { type: 'timer', action: 'pause' }, T0 + 15_000);
    expect(qaMs(s, T0 + 99_000)).toBe(5_000);
    expect(speakingMs(s, T0 + 99_000)).toBe(10_000);
  });
});

describe('undo of a timer reset', () => {
  it('restores the timer, Q&A and slide time within the undo window, and not after', () => {
    let s = reduceShow(initialShowState(4), { type: 'next' }, T0);
    s = reduceShow(s, { type: 'next' }, T0 + 30_000);
    const reset = reduceShow(s, { type: 'timer', action: 'reset' }, T0 + 40_000);
    expect(elapsedMs(reset.timer, T0 + 41_000)).toBe(0);
    expect(undoOffered(reset, T0 + 41_000)?.until).toBe(T0 + 40_000 + UNDO_RESET_MS);
    const undone = reduceShow(reset, { type: 'timer', action: 'undo' }, T0 + 45_000);
    // the talk went on during the few seconds the reset lasted
    expect(elapsedMs(undone.timer, T0 + 45_000)).toBe(45_000);
    expect(timeOnSlideMs(undone, T0 + 45_000)).toBe(15_000);
    expect(undone.undo).toBeNull();
    const late = reduceShow(reset, { type: 'timer', action: 'undo' }, T0 + 40_000 + UNDO_RESET_MS + 1);
    expect(late).toBe(reset);
  });

  it('resetting an untouched timer changes nothing (and offers nothing to undo)', () => {
    const s = initialShowState(3);
    expect(reduceShow(s, { type: 'timer', action: 'reset' }, T0)).toBe(s);
  });
});

describe('rehearsal', () => {
  it('starts from the first slide with a fresh running timer and logs slides and pauses', () => {
    let s = reduceShow(at(3), { type: 'mode', mode: 'rehearse' }, T0);
    expect(s).toMatchObject({ mode: 'rehearse', index: 0, timer: { startedAt: T0, accumulatedMs: 0 } });
    s = reduceShow(s, { type: 'next' }, T0 + 10_000);
    s = reduceShow(s, { type: 'timer', action: 'pause' }, T0 + 12_000);
    s = reduceShow(s, { type: 'timer', action: 'toggle' }, T0 + 20_000);
    s = reduceShow(s, { type: 'prev' }, T0 + 25_000);
    expect(s.rehearsal?.events).toEqual([
      { kind: 'enter', index: 0, at: T0 },
      { kind: 'enter', index: 1, at: T0 + 10_000 },
      { kind: 'pause', at: T0 + 12_000 },
      { kind: 'resume', at: T0 + 20_000 },
      { kind: 'enter', index: 0, at: T0 + 25_000 },
    ]);
    const done = reduceShow(s, { type: 'rehearsal', action: 'finish' }, T0 + 30_000);
    expect(done).toMatchObject({
      mode: 'present',
      rehearsal: null,
      timer: { startedAt: null, accumulatedMs: 22_000 },
    });
  });

  it('conflicting commands change nothing and say why', () => {
    const rehearsing = reduceShow(at(0), { type: 'mode', mode: 'rehearse' }, T0);
    expect(commandConflict(rehearsing, { type: 'mode', mode: 'qa' })).toMatch(/finish or abandon/);
    expect(reduceShow(rehearsing, { type: 'mode', mode: 'qa' }, T0)).toBe(rehearsing);
    expect(reduceShow(rehearsing, { type: 'mode', mode: 'rehearse' }, T0)).toBe(rehearsing);
    const idle = at(0);
    expect(commandConflict(idle, { type: 'rehearsal', action: 'finish' })).toMatch(/no rehearsal/);
    expect(reduceShow(idle, { type: 'rehearsal', action: 'abandon' }, T0)).toBe(idle);
  });

  it('stamps the speech once, and "Use my pace" is a state change', () => {
    const started = reduceShow(at(0), { type: 'mode', mode: 'rehearse' }, T0);
    const stamped = stampRehearsal(started, 'abc');
    expect(stamped.rehearsal?.sourceId).toBe('abc');
    expect(stampRehearsal(stamped, 'xyz')).toBe(stamped);
    const paced = reduceShow(at(0), { type: 'pace', useLearned: true }, T0);
    expect(paced.pace.useLearned).toBe(true);
    expect(withLearnedPace(paced, 150).pace).toEqual({ learnedWpm: 150, useLearned: true });
  });

  it('every state stays plain JSON (the host journals it)', () => {
    let s = reduceShow(at(0), { type: 'mode', mode: 'rehearse' }, T0);
    s = reduceShow(s, { type: 'next' }, T0 + 1_000);
    s = reduceShow(s, { type: 'timer', action: 'reset' }, T0 + 2_000);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
