import { describe, expect, it } from 'vitest';
import { clientBudget, POINTER_RATE, tokenBucket } from './rate-limit';

describe('tokenBucket', () => {
  it('lets a burst through, then the rate, and refills while quiet', () => {
    let now = 0;
    const take = tokenBucket({ perSecond: 10, burst: 3 }, () => now);
    expect([take(), take(), take(), take()]).toEqual([true, true, true, false]);
    now += 100; // one token a tenth of a second
    expect([take(), take()]).toEqual([true, false]);
    now += 60_000; // never more than the burst, however long the quiet
    expect(Array.from({ length: 5 }, take).filter(Boolean)).toHaveLength(3);
  });
});

describe('clientBudget', () => {
  it('counts pointer moves apart: pointing at 60 a second never spends what a Next needs', () => {
    let now = 0;
    const over = clientBudget({ perSecond: 30, burst: 60 }, () => now);
    for (let frame = 0; frame < 600; frame++) {
      now += 1000 / 60;
      expect(over({ type: 'pointer', x: 0.5, y: 0.5 })).toBeNull();
    }
    expect(over({ type: 'next' })).toBeNull();
    // a script spending the pointer budget is refused, with the budget it is over
    for (let i = 0; i < 120; i++) over({ type: 'pointer', off: true });
    expect(over({ type: 'pointer', off: true })).toEqual(POINTER_RATE);
  });
});
