/**
 * What a second launch with a speech does to the show already running (single instance): the
 * running app comes forward, and a different speech replaces the show only if the speaker says so.
 * No Electron import, so it is unit-tested (replace-show.test.ts).
 */
import { basename } from 'node:path';
import type { ShowState } from '../core/show';

export type ReplaceDecision =
  /** Nothing to open, or the speech already on screen: only bring the app forward. */
  | { type: 'focus' }
  /** Ask before replacing the running show with `path`. */
  | { type: 'ask'; message: string; detail: string };

export function replaceDecision(
  current: { path: string | null; state: ShowState },
  requested: string | null,
): ReplaceDecision {
  if (requested === null || requested === current.path) return { type: 'focus' };
  const where = `slide ${current.state.index + 1} of ${current.state.count}`;
  const from = current.path === null ? 'the current speech' : `“${basename(current.path)}”`;
  return {
    type: 'ask',
    message: `Open “${basename(requested)}” and end the current show?`,
    detail: `Lectern is presenting ${from}, at ${where}. Opening another speech replaces it in both windows.`,
  };
}
