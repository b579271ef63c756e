/**
 * Keeps a show in step with its speech file: every save rebuilds the deck, on the same slide; a
 * broken save is reported to the views (the presenter sees file, line and what is wrong) while the
 * last good deck stays up, and the next good save clears it. Used by the web host, the desktop
 * app and the tests alike.
 */
import type { Diagnostic } from '../core/deck';
import type { ShowSession } from './show-session';
import { watchSpeech, type WatchOptions } from './watch-speech';

export interface FollowLog {
  reloaded(path: string, slides: number): void;
  problem(problem: Diagnostic): void;
}

const quiet: FollowLog = { reloaded: () => undefined, problem: () => undefined };

/** Starts following `path`; returns a function that stops it. */
export function followSpeech(
  session: ShowSession,
  path: string,
  log: FollowLog = quiet,
  options?: WatchOptions,
): () => void {
  return watchSpeech(
    path,
    (deck) => {
      session.replaceDeck(deck);
      log.reloaded(path, deck.slides.length);
    },
    (problem) => {
      session.setProblem(problem);
      log.problem(problem);
    },
    { ...options, initial: session.snapshot().deck },
  );
}
