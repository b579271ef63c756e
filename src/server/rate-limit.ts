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

/**
 * Pointer moves have a budget of their own: the presenter sends one per animation frame while
 * pointing (about 60 a second), which must never use up the budget a Next needs. The host
 * coalesces them too (host/show-session.ts); this bounds what a script can make it broadcast.
 */
export const POINTER_RATE: RateLimit = { perSecond: 120, burst: 120 };

/** Whether an (unjudged) command is a pointer move, which is counted against POINTER_RATE. */
export function isPointerMove(command: unknown): boolean {
  return (
    typeof command === 'object' && command !== null && (command as { type?: unknown }).type === 'pointer'
  );
}

/**
 * One client's budgets (commands, and pointer moves apart). The function returned takes a
 * command from the budget it counts against and returns null, or returns that budget when it is
 * spent (the command is then refused).
 */
export function clientBudget(
  rate: RateLimit,
  clock: () => number = Date.now,
): (command: unknown) => RateLimit | null {
  const commands = tokenBucket(rate, clock);
  const pointer = tokenBucket(POINTER_RATE, clock);
  return (command) => (isPointerMove(command) ? (pointer() ? null : POINTER_RATE) : commands() ? null : rate);
}

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
