/**
 * A reader's preference (text size, light or dark) kept in localStorage, for the delegate viewer.
 *
 * Rendering never reads storage: the server (the exported file's pre-rendered markup) and the first
 * client render both use the default, so hydration matches; React then re-renders with the stored
 * value (useSyncExternalStore's server snapshot is exactly this case). Where storage is refused
 * (a locked-down browser), the choice still holds for the page's lifetime.
 */
import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const remembered = new Map<string, string>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key) ?? remembered.get(key) ?? null;
  } catch {
    return remembered.get(key) ?? null;
  }
}

/** `[value, set]` for the preference under `key`; `parse` turns what is stored (or null) into a value. */
export function useStoredPreference<T extends string | number>(
  key: string,
  parse: (stored: string | null) => T,
): [T, (next: T) => void] {
  const stored = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const set = useCallback(
    (next: T) => {
      remembered.set(key, String(next));
      try {
        localStorage.setItem(key, String(next));
      } catch {
        // kept in memory only
      }
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [parse(stored), set];
}
