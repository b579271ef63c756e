/**
 * What one deck build works out more than once (a paragraph's sentences are read by the planner,
 * the figure finder and the figure-slide titles), remembered for that build only: `buildDeck`
 * forgets it all when it returns, so nothing is held between decks. Each memory is bounded
 * (oldest out), so a long speech never holds every answer; a forgotten answer is worked out again.
 */

const memories: Array<Map<string, unknown>> = [];

/** A memory of answers by key, at most `limit` held. `make` must depend on the key alone. */
export function buildMemo<T>(limit: number): (key: string, make: () => T) => T {
  const held = new Map<string, T>();
  memories.push(held as Map<string, unknown>);
  return (key, make) => {
    const hit = held.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    held.set(key, value);
    if (held.size > limit) held.delete(held.keys().next().value as string);
    return value;
  };
}

/** Forget every build memory (the end of a deck build). */
export function forgetBuildMemos(): void {
  for (const m of memories) m.clear();
}
