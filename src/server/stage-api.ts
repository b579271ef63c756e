/**
 * The stage-crew API's view of the show: a flat JSON a crew's tools (or curl) can read.
 * Kept apart from the HTTP plumbing so its shape is tested on its own.
 */
import type { HostProblem, ShowSnapshot } from '../core/contract';
import type { Cue, CueRecord } from '../core/cues';
import { paceAt, planTalk, type PaceStatus } from '../core/pacing';
import { isRunning, type ShowMode } from '../core/show';
import type { Screen, SlidePoint, Zoom } from '../core/stage';
import { slideSteps } from '../core/steps';

export interface StageState {
  /** 0-based slide in reading order. */
  index: number;
  count: number;
  /** Title of the current slide. */
  title: string;
  /** Title of the next slide, or null on the last. */
  nextTitle: string | null;
  /** True while the screen is black (kept from before `screen`). */
  blackout: boolean;
  /** What the audience sees: 'live', 'black', 'white' or 'frozen' (the picture of `frozen`). */
  screen: Screen;
  /** While frozen: the slide (0-based) and step the audience still sees. */
  frozen: { index: number; step: number } | null;
  /** Steps of the current slide out so far, and how many it has (0: no step reveals). */
  step: number;
  steps: number;
  /** The speaker's pointer and the audience's zoom, as fractions of the slide; null when off. */
  pointer: SlidePoint | null;
  zoom: Zoom | null;
  timer: { running: boolean; elapsedMs: number };
  revision: number;
  /** 'present', 'rehearse' (every slide's time is being recorded) or 'qa' (questions: not overtime). */
  mode: ShowMode;
  /** The plan: the whole talk's and this slide's budget (ms), and where the plan says the talk should be now. */
  plannedMs: { talk: number; slide: number; now: number };
  /** Speaking time (talk time less Q&A), and time on the current slide (ms). */
  speakingMs: number;
  slideElapsedMs: number;
  /** Positive: behind the plan by this many ms; negative: ahead. */
  deltaMs: number;
  pace: PaceStatus;
  /** Target duration (or plan) less speaking time; negative is overtime. */
  remainingMs: number;
  /** When the talk will end at the pace so far (ms since the epoch). */
  projectedEndMs: number;
  /** The plan's rate (words per minute) and where it came from: 'speech', 'rehearsals' or 'default'. */
  rate: { wpm: number; source: string };
  speech: { title: string; file: string; problem: string | null };
  /** What the host cannot keep right now (a rehearsal not saved, the journal), for the crew too. */
  problems: HostProblem[];
  /** The stage manager's cue waiting for the speaker, or null; the answered ones (core/cues.ts). */
  cue: Cue | null;
  cues: CueRecord[];
}

export function stageState(snapshot: ShowSnapshot, now: number): StageState {
  const { deck, state, problem } = snapshot;
  const plan = planTalk(deck, state.pace);
  const pace = paceAt(plan, state, now);
  return {
    index: state.index,
    count: state.count,
    title: deck.slides[state.index]?.title || deck.meta.title,
    nextTitle: deck.slides[state.index + 1]?.title ?? null,
    blackout: state.screen === 'black',
    screen: state.screen,
    frozen: state.frozen,
    step: state.step,
    steps: deck.slides[state.index] ? slideSteps(deck.slides[state.index]!) : 0,
    pointer: state.pointer,
    zoom: state.zoom,
    timer: { running: isRunning(state.timer), elapsedMs: pace.elapsedMs },
    revision: state.revision,
    mode: state.mode,
    plannedMs: { talk: plan.totalMs, slide: pace.slideBudgetMs, now: pace.plannedMs },
    speakingMs: pace.speakingMs,
    slideElapsedMs: pace.slideMs,
    deltaMs: pace.deltaMs,
    pace: pace.status,
    remainingMs: pace.remainingMs,
    projectedEndMs: pace.projectedEndAt,
    rate: { wpm: plan.rateWpm, source: plan.rateSource },
    speech: {
      title: deck.meta.title,
      file: deck.fileName,
      problem: problem ? `${problem.file}:${problem.line}:${problem.column}: ${problem.message}` : null,
    },
    problems: snapshot.problems,
    cue: state.cue,
    cues: state.cues,
  };
}
