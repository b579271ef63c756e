/**
 * The show: where the talk is (slide, black screen, timer, mode), and the commands that change it.
 *
 * The state has exactly one owner (the host's ShowSession). Views send commands and render the
 * snapshots they are sent, so an audience and a presenter view can never drift apart.
 * Time is stored as timestamps and derived for display, so a reload never resets the timer.
 * Everything in ShowState is plain JSON: the host journals it to disk and resumes from it.
 */
import type { DeckMedia } from './media';
import { mediaCommand, syncMedia, type MediaAction, type MediaPlayback } from './media-state';
import { nextCueId, recordCue, type Cue, type CuePreset, type CueRecord } from './cues';
import { logRehearsalEvent, startRehearsalLog, type RehearsalLog } from './rehearsal';
import {
  blackout,
  nextScreen,
  setPointer,
  setZoom,
  stepsAt,
  type DeckSteps,
  type FrozenAt,
  type Screen,
  type SlidePoint,
  type Zoom,
} from './stage';

/** The talk's stopwatch, stored as timestamps (ms since the epoch), never as a ticking counter. */
export interface TimerState {
  /** When the current running stretch began; null while stopped or paused. */
  startedAt: number | null;
  /** Time counted in earlier stretches (before the last pause). */
  accumulatedMs: number;
}

/**
 * What the speaker is doing: presenting, rehearsing (every slide's time is recorded), or taking
 * questions (the clock runs on, but the pace does not count it as overtime).
 */
export type ShowMode = 'present' | 'rehearse' | 'qa';

/** Talk time spent in Q&A, measured on the talk timer (so a pause freezes it too). */
export interface QaTime {
  /** Talk time (elapsedMs) when the current Q&A stretch began; null outside Q&A. */
  sinceMs: number | null;
  /** Talk time of earlier Q&A stretches. */
  accumulatedMs: number;
}

/** What a timer reset threw away, kept so the speaker can take the reset back. */
export interface TimerUndo {
  timer: TimerState;
  qa: QaTime;
  slideEnteredSpeakingMs: number;
  /** The undo is offered until this time (ms since the epoch). */
  until: number;
}

/** The speaking rate learned from rehearsals, and whether the plan uses it ("Use my pace"). */
export interface PaceSetting {
  /** Words per minute measured over recent rehearsals (set by the host); null before any. */
  learnedWpm: number | null;
  useLearned: boolean;
}

export interface ShowState {
  /** 0-based index of the current slide, in reading order. */
  index: number;
  /** Number of slides in the deck. */
  count: number;
  /** What the audience screen shows (core/stage.ts). */
  screen: Screen;
  /** While the screen is frozen: the slide and step the audience keeps seeing. */
  frozen: FrozenAt | null;
  /** Steps of the current slide revealed so far (0: none; see core/steps.ts). */
  step: number;
  /** The current slide's video or audio, while it is out (core/media-state.ts); null otherwise. */
  media: MediaPlayback | null;
  /** The speaker's pointer on the audience screen, or null. Transient: never journalled. */
  pointer: SlidePoint | null;
  /** The audience's zoom into the slide, or null. Transient: never journalled. */
  zoom: Zoom | null;
  timer: TimerState;
  /** Increments on every change; views ignore snapshots older than the one they have. */
  revision: number;
  mode: ShowMode;
  /** When the current slide was entered (ms since the epoch); null until a slide is entered. */
  slideEnteredAt: number | null;
  /** Speaking time (talk time less Q&A) when the current slide was entered: time on slide derives from it. */
  slideEnteredSpeakingMs: number;
  qa: QaTime;
  /** Set by a timer reset; `{type:'timer', action:'undo'}` restores it until `until`. */
  undo: TimerUndo | null;
  /** The rehearsal being recorded, while mode is 'rehearse'. */
  rehearsal: RehearsalLog | null;
  pace: PaceSetting;
  /** The stage manager's cue the speaker has not acknowledged yet (core/cues.ts), or null. */
  cue: Cue | null;
  /** Cues acknowledged (or replaced before they were), oldest first, at most MAX_CUE_RECORDS. */
  cues: CueRecord[];
}

export type TimerAction = 'start' | 'pause' | 'toggle' | 'reset';

export type ShowCommand =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  /** Toggles the black screen, or sets it when `on` is given (the screen command's forerunner). */
  | { type: 'blackout'; on?: boolean }
  /** Sets what the audience sees; with `toggle`, the same screen again goes back to live. */
  | { type: 'screen'; screen: Screen; toggle?: boolean }
  /** The speaker's pointer at a place on the slide (`x` and `y`, fractions), or `off: true`. */
  | { type: 'pointer'; x?: number; y?: number; off?: true }
  /** Zooms the audience into the area around a place on the slide; scale 1 is no zoom. */
  | { type: 'zoom'; x: number; y: number; scale: number }
  /** `undo` takes back the last reset while it is offered (UNDO_RESET_MS). */
  | { type: 'timer'; action: TimerAction | 'undo' }
  /** 'rehearse' starts a rehearsal from the first slide with a fresh timer; 'qa' / 'present' switch Q&A. */
  | { type: 'mode'; mode: ShowMode }
  /** Ends the rehearsal: 'finish' and 'abandon' both save the run (marked so); back to 'present'. */
  | { type: 'rehearsal'; action: 'finish' | 'abandon' }
  /** "Use my pace": plan with the rate learned from rehearsals (true) or the speech's own (false). */
  | { type: 'pace'; useLearned: boolean }
  /** Plays, pauses or restarts the current slide's video or audio (core/media-state.ts). */
  | { type: 'media'; action: MediaAction }
  /** A stage manager's cue: one line of text or a preset; it replaces a cue not yet acknowledged. */
  | { type: 'cue'; text?: string; preset?: CuePreset }
  /** The speaker has seen the cue (the one pending, or the one with this id). */
  | { type: 'cue-ack'; id?: number };

/** How long a timer reset can be taken back. */
export const UNDO_RESET_MS = 15_000;

export const initialTimer: TimerState = { startedAt: null, accumulatedMs: 0 };
export const initialQa: QaTime = { sinceMs: null, accumulatedMs: 0 };

export function initialShowState(count: number): ShowState {
  return {
    index: 0,
    count,
    screen: 'live',
    frozen: null,
    step: 0,
    media: null,
    pointer: null,
    zoom: null,
    timer: initialTimer,
    revision: 0,
    mode: 'present',
    slideEnteredAt: null,
    slideEnteredSpeakingMs: 0,
    qa: initialQa,
    undo: null,
    rehearsal: null,
    pace: { learnedWpm: null, useLearned: false },
    cue: null,
    cues: [],
  };
}

/** Elapsed talk time at `now`, derived from the timer's timestamps. */
export function elapsedMs(timer: TimerState, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return timer.accumulatedMs + running;
}

/**
 * The instant a running timer would have read zero (`elapsedMs = now − phase`): its seconds turn
 * at this phase plus whole seconds. 0 when it is not running (nothing on it turns).
 */
export function timerPhase(timer: TimerState): number {
  return timer.startedAt === null ? 0 : timer.startedAt - timer.accumulatedMs;
}

/**
 * Ms from `now` to just after the next instant `phaseMs + k × intervalMs`: when a view that
 * shows whole seconds of a timer with that phase must render again (timers fire late, never
 * early, and a tick lands a few ms after its boundary so the new second has begun everywhere).
 */
export function nextTickIn(now: number, intervalMs: number, phaseMs: number): number {
  const into = (((now - phaseMs) % intervalMs) + intervalMs) % intervalMs;
  return intervalMs - into + TICK_SLACK_MS;
}

const TICK_SLACK_MS = 5;

export function isRunning(timer: TimerState): boolean {
  return timer.startedAt !== null;
}

/** Talk time spent in Q&A at `now`. */
export function qaMs(state: Pick<ShowState, 'timer' | 'qa'>, now: number): number {
  const { sinceMs, accumulatedMs } = state.qa;
  return accumulatedMs + (sinceMs === null ? 0 : Math.max(0, elapsedMs(state.timer, now) - sinceMs));
}

/** Speaking time at `now`: talk time less Q&A. The pace is measured on this. */
export function speakingMs(state: Pick<ShowState, 'timer' | 'qa'>, now: number): number {
  return Math.max(0, elapsedMs(state.timer, now) - qaMs(state, now));
}

/** Speaking time spent on the current slide (since it was last entered). */
export function timeOnSlideMs(state: ShowState, now: number): number {
  return Math.max(0, speakingMs(state, now) - state.slideEnteredSpeakingMs);
}

/** The reset's undo, if it is still offered at `now`. */
export function undoOffered(state: ShowState, now: number): TimerUndo | null {
  return state.undo !== null && now <= state.undo.until ? state.undo : null;
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
 * Why a command cannot apply to this state, or null when it can. A command that conflicts is a
 * no-op in the reducer; the stage-crew API answers it with 409 and this message.
 */
export function commandConflict(state: ShowState, command: ShowCommand): string | null {
  if (command.type === 'rehearsal' && state.rehearsal === null) return 'no rehearsal is running';
  if (command.type === 'mode' && state.rehearsal !== null && command.mode !== 'rehearse') {
    return 'a rehearsal is running: finish or abandon it first';
  }
  if (command.type === 'cue-ack') {
    if (state.cue === null) return 'there is no cue to acknowledge';
    if (command.id !== undefined && command.id !== state.cue.id)
      return `cue ${command.id} was already acknowledged or replaced`;
  }
  return null;
}

/**
 * Applies one command. Pure: the same state, command and clock give the same result.
 * Returns the same object when nothing changed, so callers can skip a broadcast.
 * `steps` are the deck's step reveals per slide (core/steps.ts): next and prev walk a slide's
 * steps before they leave it, and prev lands on the slide before with all its steps out.
 * `media` is the step each slide's clip starts on (core/media.ts): it plays from there.
 */
export function reduceShow(
  state: ShowState,
  command: ShowCommand,
  now: number,
  steps: DeckSteps = [],
  media: DeckMedia = [],
): ShowState {
  if (commandConflict(state, command) !== null) return state;
  let next: ShowState;
  switch (command.type) {
    case 'next':
      next =
        state.step < stepsAt(steps, state.index)
          ? revealStep(state, state.step + 1, now)
          : moveTo(state, state.index + 1, now);
      break;
    case 'prev':
      if (state.step > 0) next = revealStep(state, state.step - 1, now);
      else {
        next = moveTo(state, state.index - 1, now);
        if (next !== state) next = { ...next, step: stepsAt(steps, next.index) };
      }
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
    case 'blackout':
      next = blackout(state, command.on);
      break;
    case 'screen':
      next = nextScreen(state, command.screen, command.toggle ?? false);
      break;
    case 'pointer':
      next = setPointer(
        state,
        command.off || command.x === undefined || command.y === undefined
          ? null
          : { x: command.x, y: command.y },
      );
      break;
    case 'zoom':
      next = setZoom(state, command);
      break;
    case 'timer':
      next = timerCommand(state, command.action, now);
      break;
    case 'mode':
      next = switchMode(state, command.mode, now);
      break;
    case 'rehearsal':
      // The host turns the log into a saved run (ShowSession sees it leave the state).
      next = { ...state, mode: 'present', rehearsal: null, timer: applyTimer(state.timer, 'pause', now) };
      break;
    case 'pace':
      next =
        command.useLearned === state.pace.useLearned
          ? state
          : { ...state, pace: { ...state.pace, useLearned: command.useLearned } };
      break;
    case 'media':
      next = mediaCommand(state, command.action, now, media);
      break;
    case 'cue':
      next = giveCue(state, command, now);
      break;
    case 'cue-ack':
      next = state.cue
        ? { ...state, cue: null, cues: recordCue(state.cues, { ...state.cue, answeredAt: now }) }
        : state;
      break;
  }
  if (next === state) return state;
  next = syncMedia(state, next, now, media);
  return { ...recordRehearsal(state, next, now), revision: state.revision + 1 };
}

/** A new cue; one still pending is kept as replaced (never acknowledged). */
function giveCue(state: ShowState, command: Extract<ShowCommand, { type: 'cue' }>, now: number): ShowState {
  const cue: Cue = {
    id: nextCueId(state.cue, state.cues),
    text: command.text === undefined ? null : command.text.trim(),
    preset: command.preset ?? null,
    at: now,
    index: state.index,
  };
  const cues = state.cue ? recordCue(state.cues, { ...state.cue, answeredAt: null }) : state.cues;
  return { ...state, cue, cues };
}

/** Adds what just happened (a slide entered, the timer paused or resumed) to a running rehearsal. */
function recordRehearsal(before: ShowState, after: ShowState, now: number): ShowState {
  if (after.rehearsal === null || before.rehearsal === null) return after;
  let log = after.rehearsal;
  const wasRunning = isRunning(before.timer);
  const running = isRunning(after.timer);
  if (wasRunning && !running) log = logRehearsalEvent(log, { kind: 'pause', at: now });
  if (after.index !== before.index)
    log = logRehearsalEvent(log, { kind: 'enter', index: after.index, at: now });
  if (!wasRunning && running) log = logRehearsalEvent(log, { kind: 'resume', at: now });
  return log === after.rehearsal ? after : { ...after, rehearsal: log };
}

function timerCommand(state: ShowState, action: TimerAction | 'undo', now: number): ShowState {
  if (action === 'undo') {
    const undo = undoOffered(state, now);
    if (!undo) return state;
    return {
      ...state,
      timer: undo.timer,
      qa: undo.qa,
      slideEnteredSpeakingMs: undo.slideEnteredSpeakingMs,
      undo: null,
    };
  }
  if (action === 'reset') {
    const untouched = state.timer.startedAt === null && state.timer.accumulatedMs === 0;
    if (untouched) return state;
    const undo: TimerUndo = {
      timer: state.timer,
      qa: state.qa,
      slideEnteredSpeakingMs: state.slideEnteredSpeakingMs,
      until: now + UNDO_RESET_MS,
    };
    const qa: QaTime = { sinceMs: state.mode === 'qa' ? 0 : null, accumulatedMs: 0 };
    return { ...state, timer: initialTimer, qa, slideEnteredSpeakingMs: 0, undo };
  }
  const timer = applyTimer(state.timer, action, now);
  return timer === state.timer ? state : { ...state, timer };
}

function switchMode(state: ShowState, mode: ShowMode, now: number): ShowState {
  if (mode === state.mode) return state;
  if (mode === 'rehearse') {
    // A rehearsal is a delivery from the top: first slide, a fresh running timer, no Q&A.
    return {
      ...state,
      mode,
      index: 0,
      step: 0,
      zoom: null,
      timer: { startedAt: now, accumulatedMs: 0 },
      qa: initialQa,
      slideEnteredAt: now,
      slideEnteredSpeakingMs: 0,
      rehearsal: startRehearsalLog(0, now),
    };
  }
  const elapsed = elapsedMs(state.timer, now);
  if (mode === 'qa') return { ...state, mode, qa: { ...state.qa, sinceMs: elapsed } };
  // back to presenting from Q&A
  const { sinceMs, accumulatedMs } = state.qa;
  const stretch = sinceMs === null ? 0 : Math.max(0, elapsed - sinceMs);
  return { ...state, mode, qa: { sinceMs: null, accumulatedMs: accumulatedMs + stretch } };
}

/**
 * Moving forward from the first slide starts a stopped timer that has never run: the talk
 * begins when the speaker first advances, not when the app opens. A new slide starts with none
 * of its steps out and no zoom (the pointer stays where the speaker holds it).
 */
function moveTo(state: ShowState, target: number, now: number): ShowState {
  const index = clampIndex(target, state.count);
  if (index === state.index && state.step === 0) return state;
  if (index === state.index) return { ...state, step: 0 };
  const entered = { ...state, timer: startOnAdvance(state, index > state.index, now) };
  return {
    ...entered,
    index,
    step: 0,
    zoom: null,
    slideEnteredAt: now,
    slideEnteredSpeakingMs: speakingMs(entered, now),
  };
}

/** A step revealed (or hidden again) on the current slide; a first step forward starts the talk too. */
function revealStep(state: ShowState, step: number, now: number): ShowState {
  return { ...state, step, timer: startOnAdvance(state, step > state.step, now) };
}

function startOnAdvance(state: ShowState, forward: boolean, now: number): TimerState {
  const neverStarted = state.timer.startedAt === null && state.timer.accumulatedMs === 0;
  return neverStarted && forward ? applyTimer(state.timer, 'start', now) : state.timer;
}

/**
 * Fits a state to a deck of a new length (the speech was edited): same slide where it still
 * exists, no more steps out than it now has, a frozen picture kept within the deck.
 */
export function resizeShow(
  state: ShowState,
  count: number,
  steps: DeckSteps = [],
  media: DeckMedia = [],
): ShowState {
  const index = clampIndex(state.index, count);
  const step = Math.min(state.step, stepsAt(steps, index));
  // a clip still out keeps playing where it is; one the edit took away is forgotten
  const clipGone = state.media !== null && (media[index] ?? null) === null;
  const frozen = state.frozen && {
    index: clampIndex(state.frozen.index, count),
    step: Math.min(state.frozen.step, stepsAt(steps, clampIndex(state.frozen.index, count))),
  };
  const frozenSame =
    frozen === state.frozen || (frozen?.index === state.frozen?.index && frozen?.step === state.frozen?.step);
  if (count === state.count && index === state.index && step === state.step && frozenSame && !clipGone)
    return state;
  return {
    ...state,
    count,
    index,
    step,
    media: clipGone ? null : state.media,
    frozen: frozenSame ? state.frozen : frozen,
    revision: state.revision + 1,
  };
}

/** Sets the rate the host learned from rehearsals (not a command: only the host measures it). */
export function withLearnedPace(
  state: ShowState,
  learnedWpm: number | null,
  useLearned?: boolean,
): ShowState {
  const pace: PaceSetting = { learnedWpm, useLearned: useLearned ?? state.pace.useLearned };
  if (pace.learnedWpm === state.pace.learnedWpm && pace.useLearned === state.pace.useLearned) return state;
  return { ...state, pace, revision: state.revision + 1 };
}

/** Records which speech text a rehearsal that just started is of (the host knows the deck). */
export function stampRehearsal(state: ShowState, sourceId: string): ShowState {
  if (!state.rehearsal || state.rehearsal.sourceId !== null) return state;
  return { ...state, rehearsal: { ...state.rehearsal, sourceId } };
}
