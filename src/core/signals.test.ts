import { describe, expect, it } from 'vitest';
import { timeSignal } from './signals';

const min = 60_000;

describe('timeSignal', () => {
  it('flashes at each threshold, then stays steady until the next', () => {
    expect(timeSignal(undefined, 6 * min, true)).toBeNull();
    expect(timeSignal(undefined, 5 * min, true)).toEqual({ minutes: 5, flashing: true });
    expect(timeSignal(undefined, 5 * min - 14_000, true)).toEqual({ minutes: 5, flashing: true });
    expect(timeSignal(undefined, 4 * min, true)).toEqual({ minutes: 5, flashing: false });
    expect(timeSignal(undefined, 1 * min - 1_000, true)).toEqual({ minutes: 1, flashing: true });
  });

  it('uses the speech’s own minutes; nothing before the start or past the end', () => {
    expect(timeSignal([10, 2], 9 * min, true)).toEqual({ minutes: 10, flashing: false });
    expect(timeSignal([10, 2], 2 * min, true)?.minutes).toBe(2);
    expect(timeSignal([], 1_000, true)).toBeNull();
    expect(timeSignal(undefined, 1_000, false)).toBeNull();
    expect(timeSignal(undefined, -5_000, true)).toBeNull();
    // a 3-minute talk does not start with "5 min left"
    expect(timeSignal(undefined, 3 * min, true, 3 * min)).toBeNull();
    expect(timeSignal(undefined, 50_000, true, 3 * min)?.minutes).toBe(1);
  });
});
