import { describe, expect, it } from 'vitest';
import { tokenBucket } from './rate-limit';

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
