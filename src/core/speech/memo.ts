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

/**
 * A memory of answers by a text and a key within it (a slide's text and a phrase asked about in
 * it), at most `limit` texts held, each with every key asked. A long text is looked up once per
 * ask by the text itself (the same string object each time), never copied into a joined key.
 * `make` must depend on the text and the key alone.
 */
export function buildMemoIn<T>(limit: number): (text: string, key: string, make: () => T) => T {
  const held = new Map<string, Map<string, T>>();
  memories.push(held as Map<string, unknown>);
  return (text, key, make) => {
    let inner = held.get(text);
    if (!inner) {
      inner = new Map();
      held.set(text, inner);
      if (held.size > limit) held.delete(held.keys().next().value as string);
    }
    const hit = inner.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    inner.set(key, value);
    return value;
  };
}
