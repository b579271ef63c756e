/**
 * The stage-crew API's view of the show: a flat JSON a crew's tools (or curl) can read.
 * Kept apart from the HTTP plumbing so its shape is tested on its own.
 */
import type { ShowSnapshot } from '../core/contract';
import { elapsedMs, isRunning } from '../core/show';

export interface StageState {
  /** 0-based slide in reading order. */
  index: number;
  count: number;
  /** Title of the current slide. */
  title: string;
  /** Title of the next slide, or null on the last. */
  nextTitle: string | null;
  blackout: boolean;
  timer: { running: boolean; elapsedMs: number };
  revision: number;
  speech: { title: string; file: string; problem: string | null };
}

export function stageState(snapshot: ShowSnapshot, now: number): StageState {
  const { deck, state, problem } = snapshot;
  return {
    index: state.index,
    count: state.count,
    title: deck.slides[state.index]?.title || deck.meta.title,
    nextTitle: deck.slides[state.index + 1]?.title ?? null,
    blackout: state.blackout,
    timer: { running: isRunning(state.timer), elapsedMs: elapsedMs(state.timer, now) },
    revision: state.revision,
    speech: {
      title: deck.meta.title,
      file: deck.fileName,
      problem: problem ? `${problem.file}:${problem.line}:${problem.column}: ${problem.message}` : null,
    },
  };
}
