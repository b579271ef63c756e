/**
 * The rehearsal report: the speech's saved runs against the current plan, the speaker's measured
 * rate, the slides that keep running over, and what the next delivery will take. Pure; the web
 * host serves it as GET /api/rehearsals (JSON) and /api/rehearsals.csv.
 */
import type { Deck } from './deck';
import { planTalk, type RateSource } from './pacing';
import { learnRate, type RehearsalRun } from './rehearsal';
import type { RehearsalFile } from './rehearsal-schema';
import type { HostProblem } from './contract';

/** How many recent runs the report compares. */
export const REPORT_RUNS = 5;
/** A slide "runs over" in a run when it took more than its budget by this fraction. */
const OVERRUN_TOLERANCE = 0.1;

export interface ReportRun {
  id: string;
  startedAt: number;
  endedAt: number;
  ending: 'finished' | 'abandoned';
  totalMs: number;
  pausedMs: number;
  /** True when the speech was edited since this run: its slides may not match today's. */
  edited: boolean;
  slides: Array<{
    index: number;
    title: string;
    spentMs: number;
    plannedMs: number;
    visits: number;
    pauses: number;
  }>;
}

export interface RehearsalReport {
  /** The speech, with its language and direction for the titles the report shows. */
  speech: { title: string; file: string; sourceId: string; lang?: string; dir?: 'ltr' | 'rtl' };
  /** Problems keeping the runs (a run not saved yet, a file set aside), for the speaker to see. */
  problems: HostProblem[];
  rate: { inUseWpm: number; source: RateSource; learnedWpm: number | null; useLearned: boolean };
  plan: {
    totalMs: number;
    targetMs: number;
    slides: Array<{ index: number; title: string; plannedMs: number; words: number }>;
  };
  /** The last runs, oldest first. */
  runs: ReportRun[];
  /** Runs of earlier versions of the speech (kept, but not compared slide by slide). */
  editedRuns: number;
  /** Slides over budget in most of the recent runs of this version. */
  overrunning: Array<{ index: number; title: string; runsOver: number; runs: number; meanOverMs: number }>;
  /** Speaking time the next delivery is likely to take; null before any run. */
  projectedNextMs: number | null;
}

export function rehearsalReport(
  deck: Pick<Deck, 'meta' | 'slides' | 'sourceId' | 'fileName'>,
  file: RehearsalFile,
  learnedWpm: number | null,
  problems: HostProblem[],
): RehearsalReport {
  const plan = planTalk(deck, { learnedWpm, useLearned: file.useLearnedPace });
  const recent = file.runs.slice(-REPORT_RUNS);
  const runs: ReportRun[] = recent.map((run) => ({
    id: run.id,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    ending: run.ending,
    totalMs: run.totalMs,
    pausedMs: run.pausedMs,
    edited: run.sourceId !== deck.sourceId,
    slides: run.slides.map((s) => ({
      index: s.index,
      title: s.title,
      spentMs: s.spentMs,
      plannedMs: s.plannedMs,
      visits: s.visits,
      pauses: s.pauses,
    })),
  }));
  const current = recent.filter((run) => run.sourceId === deck.sourceId);
  return {
    speech: {
      title: deck.meta.title,
      file: deck.fileName,
      sourceId: deck.sourceId,
      ...(deck.meta.lang ? { lang: deck.meta.lang } : {}),
      ...(deck.meta.dir ? { dir: deck.meta.dir } : {}),
    },
    problems,
    rate: { inUseWpm: plan.rateWpm, source: plan.rateSource, learnedWpm, useLearned: file.useLearnedPace },
    plan: {
      totalMs: plan.totalMs,
      targetMs: plan.targetMs,
      slides: deck.slides.map((s, index) => ({
        index,
        title: s.title,
        plannedMs: plan.slideMs[index] ?? 0,
        words: s.words,
      })),
    },
    runs,
    editedRuns: file.runs.filter((run) => run.sourceId !== deck.sourceId).length,
    overrunning: overrunningSlides(
      current,
      plan.slideMs,
      deck.slides.map((s) => s.title),
    ),
    projectedNextMs: projectNext(current, plan.slideMs, learnedWpm, plan.rateWpm),
  };
}

function overrunningSlides(
  runs: readonly RehearsalRun[],
  budgets: readonly number[],
  titles: readonly string[],
): RehearsalReport['overrunning'] {
  const out: RehearsalReport['overrunning'] = [];
  budgets.forEach((budget, index) => {
    const spoken = runs.map((run) => run.slides[index]).filter((s) => s !== undefined && s.visits > 0);
    const over = spoken.filter((s) => s!.spentMs > budget * (1 + OVERRUN_TOLERANCE));
    if (spoken.length > 0 && over.length * 2 > spoken.length) {
      const meanOverMs = Math.round(over.reduce((a, s) => a + s!.spentMs - budget, 0) / over.length);
      out.push({ index, title: titles[index] ?? '', runsOver: over.length, runs: spoken.length, meanOverMs });
    }
  });
  return out;
}

/**
 * Each slide's mean time over the recent runs of this version that reached it; slides never
 * rehearsed take their budget at the learned rate (or the plan's). Null with no run at all.
 */
function projectNext(
  runs: readonly RehearsalRun[],
  budgets: readonly number[],
  learnedWpm: number | null,
  planWpm: number,
): number | null {
  if (runs.length === 0) return null;
  const scale = learnedWpm ? planWpm / learnedWpm : 1;
  let total = 0;
  budgets.forEach((budget, index) => {
    const spoken = runs.map((run) => run.slides[index]).filter((s) => s !== undefined && s.visits > 0);
    total += spoken.length > 0 ? spoken.reduce((a, s) => a + s!.spentMs, 0) / spoken.length : budget * scale;
  });
  return Math.round(total);
}

/** The learned rate of a file's runs (every version: a rate does not depend on slide order). */
export function learnedRateOf(file: RehearsalFile): number | null {
  return learnRate(file.runs);
}

/**
 * The byte-order mark a CSV starts with: without it Excel (and other spreadsheet programs) read a
 * UTF-8 file in the machine's legacy code page, and a Chinese or Arabic title comes out garbled.
 */
export const CSV_BOM = '\uFEFF';

/** One row per run and slide: easy to open in a spreadsheet. RFC 4180 quoting, UTF-8 with a BOM. */
export function rehearsalCsv(report: RehearsalReport): string {
  const rows: Array<Array<string | number>> = [
    [
      'run',
      'started',
      'ending',
      'speech_edited',
      'slide',
      'title',
      'planned_s',
      'spent_s',
      'visits',
      'pauses',
      'run_total_s',
    ],
  ];
  for (const run of report.runs) {
    for (const slide of run.slides) {
      const planned = run.edited
        ? slide.plannedMs
        : (report.plan.slides[slide.index]?.plannedMs ?? slide.plannedMs);
      rows.push([
        run.id,
        new Date(run.startedAt).toISOString(),
        run.ending,
        run.edited ? 'yes' : 'no',
        slide.index + 1,
        slide.title,
        seconds(planned),
        seconds(slide.spentMs),
        slide.visits,
        slide.pauses,
        seconds(run.totalMs),
      ]);
    }
  }
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function csvField(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
