/**
 * The show: where the talk is (slide, black screen, timer), and the commands that change it.
 *
 * The state has exactly one owner (the host's ShowSession). Views send commands and render the
 * snapshots they are sent, so an audience and a presenter view can never drift apart.
 * Time is stored as timestamps and derived for display, so a reload never resets the timer.
 */

/** The talk's stopwatch, stored as timestamps (ms since the epoch), never as a ticking counter. */
export interface TimerState {
  /** When the current running stretch began; null while stopped or paused. */
  startedAt: number | null;
  /** Time counted in earlier stretches (before the last pause). */
  accumulatedMs: number;
}

export interface ShowState {
  /** 0-based index of the current slide, in reading order. */
  index: number;
  /** Number of slides in the deck. */
  count: number;
  /** True while the audience screen is black. */
  blackout: boolean;
  timer: TimerState;
  /** Increments on every change; views ignore snapshots older than the one they have. */
  revision: number;
}

export type TimerAction = 'start' | 'pause' | 'toggle' | 'reset';

export type ShowCommand =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  /** Toggles the black screen, or sets it when `on` is given. */
  | { type: 'blackout'; on?: boolean }
  | { type: 'timer'; action: TimerAction };

export const initialTimer: TimerState = { startedAt: null, accumulatedMs: 0 };

export function initialShowState(count: number): ShowState {
  return { index: 0, count, blackout: false, timer: initialTimer, revision: 0 };
}

/** Elapsed talk time at `now`, derived from the timer's timestamps. */
export function elapsedMs(timer: TimerState, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return timer.accumulatedMs + running;
}

export function isRunning(timer: TimerState): boolean {
  return timer.startedAt !== null;
}

export function applyTimer(timer: TimerState, action: TimerAction, now: number): TimerState {
  switch (action) {
    case 'start':
      return timer.startedAt === null ? { ...timer, startedAt: now } : timer;
    case 'pause':
      return timer.startedAt === null ? timer : { startedAt: null, accumulatedMs: elapsedMs(timer, now) };
    case 'toggle':
      return applyTimer(timer, timer.startedAt === null ? 'start' : 'pause', now);
    case 'reset':
      return initialTimer;
  }
}

function clampIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(Math.max(0, Math.trunc(index)), count - 1);
}

/**
 * Applies one command. Pure: the same state, command and clock give the same result.
 * Returns the same object when nothing changed, so callers can skip a broadcast.
 */
export function reduceShow(state: ShowState, command: ShowCommand, now: number): ShowState {
  let next: ShowState;
  switch (command.type) {
    case 'next':
      next = moveTo(state, state.index + 1, now);
      break;
    case 'prev':
      next = moveTo(state, state.index - 1, now);
      break;
    case 'first':
      next = moveTo(state, 0, now);
      break;
    case 'last':
      next = moveTo(state, state.count - 1, now);
      break;
    case 'goto':
      next = moveTo(state, command.index, now);
      break;
    case 'blackout': {
      const on = command.on ?? !state.blackout;
      next = on === state.blackout ? state : { ...state, blackout: on };
      break;
    }
    case 'timer': {
      const timer = applyTimer(state.timer, command.action, now);
      next = timer === state.timer ? state : { ...state, timer };
      break;
    }
  }
  return next === state ? state : { ...next, revision: state.revision + 1 };
}

/**
 * Moving forward from the first slide starts a stopped timer that has never run: the talk
 * begins when the speaker first advances, not when the app opens.
 */
function moveTo(state: ShowState, target: number, now: number): ShowState {
  const index = clampIndex(target, state.count);
  if (index === state.index) return state;
  const neverStarted = state.timer.startedAt === null && state.timer.accumulatedMs === 0;
  const timer = neverStarted && index > state.index ? applyTimer(state.timer, 'start', now) : state.timer;
  return { ...state, index, timer };
}

/** Fits a state to a deck of a new length (the speech was edited): same slide where it still exists. */
export function resizeShow(state: ShowState, count: number): ShowState {
  if (count === state.count) return state;
  return { ...state, count, index: clampIndex(state.index, count), revision: state.revision + 1 };
}
