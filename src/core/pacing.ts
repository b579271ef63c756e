/**
 * The talk's plan and where the speaker stands against it. Pure: the deck, the state and the
 * clock come in, numbers go out; every view and the stage-crew API read the same numbers.
 *
 * Plan: each slide's budget is its spoken words at the speaker's rate, scaled so the slides add
 * up to the target duration when the speech sets one.
 *   rate = front matter `wpm`, else the rate learned from rehearsals (once the speaker chose
 *          "Use my pace"), else DEFAULT_WPM.
 * Words are counted by the speech engine's own rule (CJK characters at their own rate), so a plan
 * agrees with the engine's `plannedSeconds` whenever the rate is the speech's.
 *
 * Pace: the speaker is late by how late they entered this slide, plus any overrun of its budget.
 * While within a slide's budget the figure holds still; it grows only once the slide runs over.
 * On a slide with step reveals each step has its share of the budget (the words spoken with it,
 * core/step-words.ts): revealing a step early counts as ahead, holding one past its words as behind.
 */
import type { Deck, Slide } from './deck';
import { stepFractions } from './step-words';
import { slideSteps, stepTexts } from './steps';
import { countedSeconds, DEFAULT_WPM, speakingSeconds } from './speech/words';
import {
  elapsedMs,
  isRunning,
  qaMs,
  speakingMs,
  timeOnSlideMs,
  type PaceSetting,
  type ShowState,
} from './show';

export { DEFAULT_WPM };
/** Within this of the plan the speaker is "on time". */
export const ON_TIME_MS = 10_000;
/** Below this much planned progress the projection assumes the plan's own pace (too early to tell). */
const MIN_PROGRESS_FOR_PROJECTION_MS = 30_000;

export type RateSource = 'speech' | 'rehearsals' | 'default';

export interface TalkPlan {
  /** Words per minute the plan uses, and where that rate came from. */
  rateWpm: number;
  rateSource: RateSource;
  /** The speech's own rate (front matter, else the default): rehearsals are measured against it. */
  baseWpm: number;
  /** Budget of each slide, ms. */
  slideMs: number[];
  /** Planned talk time when each slide begins, ms. */
  startMs: number[];
  /** Per slide, where each step's words begin as fractions of the slide's budget (empty: no steps). */
  stepStarts: number[][];
  totalMs: number;
  /** What the speech takes at the rate, before scaling to the duration. */
  naturalMs: number;
  /** The front matter's duration in ms, or null. */
  durationMs: number | null;
  /** Target the remaining time counts down to: the duration, else the plan's total. */
  targetMs: number;
}

/** Builds the plan for a deck and the pace setting in the show state. */
export function planTalk(deck: Pick<Deck, 'meta' | 'slides'>, pace: PaceSetting): TalkPlan {
  const baseWpm = validRate(deck.meta.wpm) ?? DEFAULT_WPM;
  const learned = pace.useLearned ? validRate(pace.learnedWpm) : null;
  const [rateWpm, rateSource]: [number, RateSource] = validRate(deck.meta.wpm)
    ? [baseWpm, 'speech']
    : learned
      ? [learned, 'rehearsals']
      : [DEFAULT_WPM, 'default'];
  const natural = deck.slides.map((s) => slideSpeakingMs(s, rateWpm));
  const naturalMs = sum(natural);
  const duration = deck.meta.duration;
  const durationMs =
    duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration * 60_000 : null;
  let budgets = natural;
  if (durationMs !== null && deck.slides.length > 0) {
    budgets =
      naturalMs > 0
        ? natural.map((ms) => (ms * durationMs) / naturalMs)
        : natural.map(() => durationMs / deck.slides.length);
  }
  const slideMs = roundKeepingSum(budgets);
  const startMs: number[] = [];
  let at = 0;
  for (const ms of slideMs) {
    startMs.push(at);
    at += ms;
  }
  return {
    rateWpm,
    rateSource,
    baseWpm,
    slideMs,
    startMs,
    stepStarts: deck.slides.map((slide) =>
      slideSteps(slide) > 0 ? stepFractions(slide.notes, stepTexts(slide)) : [],
    ),
    totalMs: at,
    naturalMs: Math.round(naturalMs),
    durationMs,
    targetMs: durationMs ?? at,
  };
}

export type PaceStatus = 'idle' | 'behind' | 'on-time' | 'ahead';

export interface PaceReading {
  /** Talk time on the timer (Q&A included). */
  elapsedMs: number;
  /** Talk time less Q&A: what the pace is measured on. */
  speakingMs: number;
  qaMs: number;
  /** Speaking time on the current slide, and its budget. */
  slideMs: number;
  slideBudgetMs: number;
  /** Where the plan says the talk should be now (ms of planned talk time). */
  plannedMs: number;
  /** Positive: behind the plan by this much; negative: ahead. */
  deltaMs: number;
  status: PaceStatus;
  /** Target less speaking time; negative is overtime. */
  remainingMs: number;
  /** Speaking time the whole talk will take at the pace so far. */
  projectedTotalMs: number;
  /** When the talk will end at that pace (ms since the epoch). */
  projectedEndAt: number;
}

/** Where the speaker stands at `now`. */
export function paceAt(plan: TalkPlan, state: ShowState, now: number): PaceReading {
  const elapsed = elapsedMs(state.timer, now);
  const speaking = speakingMs(state, now);
  const onSlide = timeOnSlideMs(state, now);
  const budget = plan.slideMs[state.index] ?? 0;
  const start = plan.startMs[state.index] ?? plan.totalMs;
  const [from, to] = stepShare(plan.stepStarts[state.index] ?? [], state.step);
  const planned = start + Math.min(Math.max(onSlide, from * budget), to * budget);
  const started = isRunning(state.timer) || elapsed > 0;
  const deltaMs = started ? speaking - planned : 0;
  const ratio = planned >= MIN_PROGRESS_FOR_PROJECTION_MS ? clamp(speaking / planned, 0.5, 2) : 1;
  const projectedTotalMs = Math.round(speaking + Math.max(0, plan.totalMs - planned) * ratio);
  return {
    elapsedMs: elapsed,
    speakingMs: speaking,
    qaMs: qaMs(state, now),
    slideMs: onSlide,
    slideBudgetMs: budget,
    plannedMs: planned,
    deltaMs,
    status: paceStatus(deltaMs, started),
    remainingMs: plan.targetMs - speaking,
    projectedTotalMs,
    projectedEndAt: now + (projectedTotalMs - speaking),
  };
}

/** The share of the slide's budget (fractions from…to) that belongs to the words of `step`. */
export function stepShare(starts: readonly number[], step: number): [number, number] {
  if (starts.length === 0) return [0, 1];
  const from = step <= 0 ? 0 : (starts[Math.min(step, starts.length) - 1] ?? 0);
  const to = step >= starts.length ? 1 : (starts[step] ?? 1);
  return [from, Math.max(from, to)];
}

/**
 * Time to speak a slide's notes at `wpm`: from the counts the engine stored with the slide when it
 * has them (the same count, made once at build), else by counting the notes.
 */
export function slideSpeakingMs(slide: Pick<Slide, 'notes' | 'words' | 'cjkWords'>, wpm: number): number {
  const { words, cjkWords } = slide;
  if (Number.isInteger(words) && Number.isInteger(cjkWords) && cjkWords! >= 0 && cjkWords! <= words) {
    return countedSeconds({ cjk: cjkWords!, other: words - cjkWords! }, wpm) * 1000;
  }
  return notesSpeakingMs(slide.notes, wpm);
}

/** Time to speak `notes` at `wpm`, by the engine's word count. */
export function notesSpeakingMs(notes: string, wpm: number): number {
  return speakingSeconds(notes, wpm) * 1000;
}

export function paceStatus(deltaMs: number, started = true): PaceStatus {
  if (!started) return 'idle';
  if (Math.abs(deltaMs) < ON_TIME_MS) return 'on-time';
  return deltaMs > 0 ? 'behind' : 'ahead';
}

/** "32 s behind", "on time", "1 min 15 s ahead": the words the presenter shows. */
export function describeDelta(deltaMs: number, started = true): string {
  const status = paceStatus(deltaMs, started);
  if (status === 'idle') return 'not started';
  if (status === 'on-time') return 'on time';
  return `${spokenDuration(Math.abs(deltaMs))} ${status}`;
}

/** "45 s", "2 min", "2 min 05 s". */
export function spokenDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const min = Math.floor(total / 60);
  const s = total % 60;
  if (min === 0) return `${s} s`;
  return s === 0 ? `${min} min` : `${min} min ${String(s).padStart(2, '0')} s`;
}

function validRate(wpm: number | null | undefined): number | null {
  return typeof wpm === 'number' && Number.isFinite(wpm) && wpm >= 20 && wpm <= 1_000 ? wpm : null;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Rounds to whole ms so that the rounded budgets add up to the rounded total (no drift at the end). */
function roundKeepingSum(values: readonly number[]): number[] {
  const out: number[] = [];
  let exact = 0;
  let rounded = 0;
  for (const v of values) {
    exact += v;
    const next = Math.round(exact);
    out.push(next - rounded);
    rounded = next;
  }
  return out;
}
