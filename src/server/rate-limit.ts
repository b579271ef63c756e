/**
 * A token bucket: `burst` commands at once, then `perSecond` on average. A speaker holding an
 * arrow key (about 30 presses a second) or a clicker never meets it; a client sending thousands
 * of commands is refused most of them (429), so it cannot drown the show's other pages in changes.
 */
export interface RateLimit {
  /** Commands a second on average. */
  perSecond: number;
  /** Commands accepted at once after a quiet time. */
  burst: number;
}

/** Default for every client: generous for people, tight for a script. */
export const COMMAND_RATE: RateLimit = { perSecond: 30, burst: 60 };

export function tokenBucket(limit: RateLimit, clock: () => number = Date.now): () => boolean {
  let tokens = limit.burst;
  let at = clock();
  return () => {
    const now = clock();
    tokens = Math.min(limit.burst, tokens + ((now - at) / 1000) * limit.perSecond);
    at = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
