/**
 * The rehearsal recorder: events in (slide entered, timer paused, resumed), a run out.
 *
 * While a rehearsal runs, the show's reducer appends events to a log kept inside ShowState (so a
 * reload or a restart loses nothing). When it ends, `runFromLog` turns the log into a run: per
 * slide, when it was entered and left, the speaking time spent on it, its pauses and revisits.
 * Pure: timestamps come in with the events.
 */
import type { CuePreset, CueRecord } from './cues';

export type RehearsalEvent =
  | { kind: 'enter'; index: number; at: number }
  | { kind: 'pause'; at: number }
  | { kind: 'resume'; at: number };

export interface RehearsalLog {
  startedAt: number;
  /** The speech text being rehearsed (Deck.sourceId), stamped by the host; null until then. */
  sourceId: string | null;
  events: RehearsalEvent[];
}

/** Most events one log keeps; a rehearsal that somehow produces more keeps its first ones. */
export const MAX_REHEARSAL_EVENTS = 5_000;

export function startRehearsalLog(index: number, now: number): RehearsalLog {
  return { startedAt: now, sourceId: null, events: [{ kind: 'enter', index, at: now }] };
}

export function logRehearsalEvent(log: RehearsalLog, event: RehearsalEvent): RehearsalLog {
  if (log.events.length >= MAX_REHEARSAL_EVENTS) return log;
  return { ...log, events: [...log.events, event] };
}

/** One stretch on a slide, from entering it to leaving it (ms since the epoch). */
export interface SlideStint {
  enteredAt: number;
  leftAt: number;
}

/** What the run needs to know about each slide of the deck rehearsed. */
export interface RehearsedSlide {
  title: string;
  words: number;
  /** Time to speak the slide at the run's base rate, unscaled by any target duration (ms). */
  baseMs: number;
  /** The budget the speaker was pacing against in this run. */
  plannedMs: number;
}

export interface SlideRun {
  index: number;
  title: string;
  words: number;
  baseMs: number;
  plannedMs: number;
  /** Speaking time on the slide (pauses excluded), over every visit. */
  spentMs: number;
  /** How often the slide was entered (more than 1: it was revisited). */
  visits: number;
  pauses: number;
  pausedMs: number;
  stints: SlideStint[];
}

export interface RehearsalRun {
  /** Unique within a speech's file: the start time in base 36. */
  id: string;
  sourceId: string;
  startedAt: number;
  endedAt: number;
  /** 'abandoned' runs are kept too: their slides are real measurements. */
  ending: 'finished' | 'abandoned';
  /** Speaking time of the whole run (pauses excluded). */
  totalMs: number;
  pausedMs: number;
  /** The rate (words per minute) the slides' `baseMs` are at. */
  baseWpm: number;
  slides: SlideRun[];
  /** The stage manager's cues given during the run (core/cues.ts), in order. */
  cues: RunCue[];
}

/** A cue as the rehearsal record keeps it. */
export interface RunCue {
  text: string | null;
  preset: CuePreset | null;
  /** The slide the speaker was on (0-based). */
  index: number;
  /** When it was given, from the start of the run (ms). */
  atMs: number;
  /** How long the speaker took to acknowledge it; null when another cue replaced it first. */
  answeredAfterMs: number | null;
}

export interface RunEnding {
  at: number;
  ending: 'finished' | 'abandoned';
  sourceId: string;
  baseWpm: number;
  slides: RehearsedSlide[];
  /** The show's answered cues (ShowState.cues and the one pending): those given during the run are kept. */
  cues?: readonly CueRecord[];
}

/** Replays a log to the end and totals each slide's time. */
export function runFromLog(log: RehearsalLog, end: RunEnding): RehearsalRun {
  const slides: SlideRun[] = end.slides.map((s, index) => ({
    index,
    title: s.title,
    words: s.words,
    baseMs: s.baseMs,
    plannedMs: s.plannedMs,
    spentMs: 0,
    visits: 0,
    pauses: 0,
    pausedMs: 0,
    stints: [],
  }));
  let current: SlideRun | undefined;
  let enteredAt = log.startedAt;
  let running = true;
  /** Since when the current state (running or paused) holds. */
  let since = log.startedAt;
  let total = 0;
  let paused = 0;

  const settle = (at: number): void => {
    const span = Math.max(0, at - since);
    if (running) {
      total += span;
      if (current) current.spentMs += span;
    } else {
      paused += span;
      if (current) current.pausedMs += span;
    }
    since = Math.max(since, at);
  };
  const leave = (at: number): void => {
    if (current) current.stints.push({ enteredAt, leftAt: Math.max(enteredAt, at) });
  };

  for (const event of [...log.events, { kind: 'end', at: end.at } as const]) {
    settle(event.at);
    switch (event.kind) {
      case 'enter':
        leave(event.at);
        current = slides[event.index];
        enteredAt = event.at;
        if (current) current.visits += 1;
        break;
      case 'pause':
        if (running && current) current.pauses += 1;
        running = false;
        break;
      case 'resume':
        running = true;
        break;
      case 'end':
        leave(event.at);
        break;
    }
  }
  return {
    id: log.startedAt.toString(36),
    sourceId: end.sourceId,
    startedAt: log.startedAt,
    endedAt: Math.max(log.startedAt, end.at),
    ending: end.ending,
    totalMs: total,
    pausedMs: paused,
    baseWpm: end.baseWpm,
    slides,
    cues: (end.cues ?? [])
      .filter((cue) => cue.at >= log.startedAt && cue.at <= end.at)
      .map((cue) => ({
        text: cue.text,
        preset: cue.preset,
        index: cue.index,
        atMs: cue.at - log.startedAt,
        answeredAfterMs: cue.answeredAt === null ? null : Math.max(0, cue.answeredAt - cue.at),
      })),
  };
}

/** Runs whose slides teach the rate: the most recent ones. */
export const RATE_RUNS = 5;
/** A slide counts toward the rate only if it was spoken long enough to mean something. */
const MIN_SLIDE_MS = 3_000;
/** Less measured speech than this teaches nothing. */
const MIN_MEASURED_MS = 60_000;

/**
 * The speaker's rate in words per minute, learned from the last runs. Measured against each
 * slide's time at the base rate rather than by counting words, so a speech whose "words" are CJK
 * characters (spoken at their own rate) gives a rate in the unit the plan uses: for English it is
 * exactly words spoken per minute. Null when too little was measured.
 */
export function learnRate(runs: readonly RehearsalRun[]): number | null {
  let plannedWordsTimesMs = 0;
  let spent = 0;
  for (const run of runs.slice(-RATE_RUNS)) {
    for (const slide of run.slides) {
      if (slide.baseMs <= 0 || slide.spentMs < MIN_SLIDE_MS) continue;
      // words this slide is worth at the base rate = baseMs/60000 * baseWpm
      plannedWordsTimesMs += slide.baseMs * run.baseWpm;
      spent += slide.spentMs;
    }
  }
  if (spent < MIN_MEASURED_MS) return null;
  return Math.round(plannedWordsTimesMs / spent);
}
