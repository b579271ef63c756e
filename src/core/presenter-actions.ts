/**
 * What the speaker's R, Q and Reset mean, decided in one place from the show's state, for the R/Q
 * keys, the presenter's buttons and the desktop app's menu alike. Where a slip would cost the
 * speaker's timer (a rehearsal over a talk in progress, a reset), the answer is a question first;
 * its words are in the interface catalogues (presenter.confirm), for the views and main's dialog.
 */
import type { ShowCommand, ShowState } from './show';

/** A question the presenter must answer before the command is sent. */
export type Confirmation = 'rehearse-over-timer' | 'reset-timer';

export type PresenterDecision =
  { kind: 'send'; command: ShowCommand } | { kind: 'confirm'; confirmation: Confirmation } | { kind: 'none' };

const send = (command: ShowCommand): PresenterDecision => ({ kind: 'send', command });
const NONE: PresenterDecision = { kind: 'none' };

function timerHasRun(state: ShowState): boolean {
  return state.timer.startedAt !== null || state.timer.accumulatedMs > 0;
}

/**
 * R (and Rehearse, and View › Start or Finish Rehearsal): finishes a rehearsal that is running;
 * else starts one, asking first when the timer has run (this may be the talk itself). Not in Q&A.
 */
export function decideRehearse(state: ShowState): PresenterDecision {
  if (state.mode === 'rehearse') return send({ type: 'rehearsal', action: 'finish' });
  if (state.mode === 'qa') return NONE;
  return timerHasRun(state)
    ? { kind: 'confirm', confirmation: 'rehearse-over-timer' }
    : send({ type: 'mode', mode: 'rehearse' });
}

/** Q (and the Q&A button): Q&A on or off; a rehearsal has no Q&A. */
export function decideQa(state: ShowState): PresenterDecision {
  if (state.mode === 'rehearse') return NONE;
  return send({ type: 'mode', mode: state.mode === 'qa' ? 'present' : 'qa' });
}

/** Reset…: always asks; nothing to reset while the timer has never run. */
export function decideReset(state: ShowState): PresenterDecision {
  return timerHasRun(state) ? { kind: 'confirm', confirmation: 'reset-timer' } : NONE;
}

/** The command a confirmed question sends. */
export function confirmedCommand(confirmation: Confirmation): ShowCommand {
  return confirmation === 'reset-timer'
    ? { type: 'timer', action: 'reset' }
    : { type: 'mode', mode: 'rehearse' };
}

/**
 * Where each question's words are in the interface catalogues (`presenter.confirm.<key>`), for the
 * presenter's inline question and the desktop app's dialog alike.
 */
export const CONFIRMATION_WORDS: Record<
  Confirmation,
  { question: 'rehearseQuestion' | 'resetQuestion'; accept: 'rehearseAccept' | 'resetAccept' }
> = {
  'rehearse-over-timer': { question: 'rehearseQuestion', accept: 'rehearseAccept' },
  'reset-timer': { question: 'resetQuestion', accept: 'resetAccept' },
};
