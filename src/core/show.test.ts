import { describe, expect, it } from 'vitest';
import { applyTimer, elapsedMs, initialShowState, reduceShow, resizeShow, type ShowState } from './show';

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
    expect(on.blackout).toBe(true);
    expect(reduceShow(on, { type: 'blackout' }, T0).blackout).toBe(false);
    expect(reduceShow(on, { type: 'blackout', on: true }, T0)).toBe(on);
    expect(reduceShow(on, { type: 'blackout', on: false }, T0).blackout).toBe(false);
  });

  it('navigating under a black screen keeps it black', () => {
    const on = reduceShow(at(1), { type: 'blackout' }, T0);
    const moved = reduceShow(on, { type: 'next' }, T0);
    expect(moved).toMatchObject({ index: 2, blackout: true });
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
