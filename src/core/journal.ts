/**
 * The show journal: where the talk was (slide, black screen, timer) and which speech it was, written
 * by the host after every change so that a crash, a kill or a restart can resume exactly there.
 *
 * Pure: decoding and validation (zod) and the resume decision are here; the file I/O is in
 * host/journal.ts. A journal that does not decode is ignored with a warning, never a crash.
 *
 * Format (JSON, one object, version 1):
 *
 *   { "version": 1, "savedAt": 1767000000000, "clean": false,
 *     "speech": { "path": "/talks/keynote.md", "sourceId": "…" },
 *     "state": { "index": 4, "count": 14, "screen": "live", "revision": 9,
 *                "timer": { "startedAt": 1766999900000, "accumulatedMs": 0 } } }
 *
 * `clean` is true only when the host wrote the journal on an orderly quit; a journal left with
 * `clean: false` means the last run crashed or was killed.
 *
 * The whole ShowState is written and read back, validated by the same schema as any state that
 * crosses a boundary (`parseShowState`, which also fills defaults for fields an older journal
 * lacks): a crash in the middle of Q&A or of a rehearsal resumes in Q&A or in that rehearsal.
 * What cannot be trusted after a restart is dropped: the undo of a reset, and a rehearsal of a
 * speech whose text has changed since.
 */
import { z } from 'zod';
import { parseShowState } from './contract';
import type { ShowState, TimerState } from './show';

export const JOURNAL_VERSION = 1;

export interface ShowJournal {
  version: typeof JOURNAL_VERSION;
  /** When it was written (ms since the epoch). */
  savedAt: number;
  /** True when written on an orderly quit. */
  clean: boolean;
  speech: {
    /** Absolute path of the speech file, or null for a speech that has none. */
    path: string | null;
    /** The deck's `sourceId`: changes when the speech's text changes. */
    sourceId: string;
  };
  state: JournalState;
}

/** What a journal restores: the whole show state. */
export type JournalState = ShowState;

const epochMs = z.number().finite().min(0).max(8.64e15);

const journalSchema = z
  .object({
    version: z.literal(JOURNAL_VERSION),
    savedAt: epochMs,
    clean: z.boolean(),
    speech: z.object({ path: z.string().min(1).max(4096).nullable(), sourceId: z.string().max(1024) }),
    state: z.unknown().transform((state, ctx) => {
      const parsed = parseShowState(state);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return parsed.value;
    }),
  })
  .refine((j) => j.state.count === 0 || j.state.index < j.state.count, {
    message: 'state.index is past the last slide',
    path: ['state', 'index'],
  });

export type DecodeResult =
  | { ok: true; journal: ShowJournal }
  /** `future`: written by a newer Lectern (a higher version); `corrupt`: anything else wrong. */
  | { ok: false; reason: 'corrupt' | 'future'; error: string };

/** Decodes a journal file's text. Never throws: an error says in one line what is wrong. */
export function decodeJournal(text: string): DecodeResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt', error: 'not valid JSON' };
  }
  const version = typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : null;
  if (typeof version === 'number' && Number.isInteger(version) && version > JOURNAL_VERSION) {
    return {
      ok: false,
      reason: 'future',
      error: `version ${version}, written by a newer Lectern (this one reads version ${JOURNAL_VERSION})`,
    };
  }
  const result = journalSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, reason: 'corrupt', error: `${where}${issue.message}` };
  }
  return { ok: true, journal: result.data as ShowJournal };
}

export function encodeJournal(journal: ShowJournal): string {
  return `${JSON.stringify(journal)}\n`;
}

/** The speech that was opened now, to compare with the journal's. */
export interface OpenedSpeech {
  path: string | null;
  sourceId: string;
  slideCount: number;
}

export interface ResumeOptions {
  now: number;
  /** A journal older than this is history, not a show to resume. Default 12 hours. */
  maxAgeMs?: number;
  /**
   * How long the host may have been down with the timer still counting. The talk went on while
   * the app restarted, so a short gap counts as talk time; after a longer gap (the speaker went
   * home) the timer resumes paused at what it showed. Default 10 minutes.
   */
  maxRunningGapMs?: number;
}

export type ResumeCandidate =
  | { resumable: false; reason: string }
  | {
      resumable: true;
      /** The state to hand to ShowSession (`resume`), fitted to the opened deck. */
      state: ShowState;
      /** The last run did not quit in order (crash, kill, power loss). */
      crashed: boolean;
      /** The speech's text changed since (a different sourceId): the slide may have moved. */
      speechChanged: boolean;
      savedAt: number;
    };

/**
 * Whether the journal describes a show of the speech just opened that is worth resuming:
 * the same file, not too old, and somewhere past its opening (slide 1 with a timer that never ran
 * is where a new show starts anyway).
 */
export function resumeCandidate(
  journal: ShowJournal | null,
  opened: OpenedSpeech,
  options: ResumeOptions,
): ResumeCandidate {
  const { now, maxAgeMs = 12 * 3_600_000, maxRunningGapMs = 10 * 60_000 } = options;
  if (journal === null) return { resumable: false, reason: 'no journal' };
  if (journal.speech.path !== opened.path) return { resumable: false, reason: 'another speech' };
  if (now - journal.savedAt > maxAgeMs) return { resumable: false, reason: 'the journal is too old' };
  const s = journal.state;
  const untouched =
    s.index === 0 &&
    s.step === 0 &&
    s.screen === 'live' &&
    s.timer.startedAt === null &&
    s.timer.accumulatedMs === 0;
  if (untouched) return { resumable: false, reason: 'nothing to resume' };
  const last = Math.max(0, opened.slideCount - 1);
  const speechChanged = journal.speech.sourceId !== opened.sourceId;
  // A rehearsal's slide times mean nothing against a speech that was edited since.
  const keepRehearsal = !speechChanged && s.rehearsal !== null;
  const state: ShowState = {
    ...s,
    count: opened.slideCount,
    index: Math.min(s.index, last),
    timer: replayTimer(s.timer, journal.savedAt, now, maxRunningGapMs),
    undo: null,
    // the pointer and the zoom are of the moment: a restarted show starts without them
    pointer: null,
    zoom: null,
    rehearsal: keepRehearsal ? s.rehearsal : null,
    mode: s.mode === 'rehearse' && !keepRehearsal ? 'present' : s.mode,
    revision: s.revision + 1,
  };
  return {
    resumable: true,
    state,
    crashed: !journal.clean,
    speechChanged,
    savedAt: journal.savedAt,
  };
}

/**
 * The timer as it should run after a restart. Timestamps need no reconciling for a short gap: a
 * running timer's `startedAt` still says when the talk began. After a long gap it is paused at the
 * elapsed time the journal last saw. A clock that went backwards (startedAt in the future) is clamped.
 */
export function replayTimer(
  timer: TimerState,
  savedAt: number,
  now: number,
  maxRunningGapMs: number,
): TimerState {
  if (timer.startedAt === null) return timer;
  const startedAt = Math.min(timer.startedAt, now);
  if (now - savedAt <= maxRunningGapMs && now >= savedAt) return { ...timer, startedAt };
  const elapsed = timer.accumulatedMs + Math.max(0, Math.min(savedAt, now) - startedAt);
  return { startedAt: null, accumulatedMs: elapsed };
}

/** When to resume without asking. */
export type ResumeMode =
  /** Ask the speaker (the desktop app's dialog). */
  | 'ask'
  /** Resume silently only after a crash; after an orderly quit start fresh (the web host's default). */
  | 'after-crash'
  /** Always resume a matching journal (the web host's `--resume`). */
  | 'always'
  /** Never (the web host's `--fresh`). */
  | 'never';

export type ResumeAction = 'resume' | 'ask' | 'fresh';

export function resumeAction(candidate: ResumeCandidate, mode: ResumeMode): ResumeAction {
  if (!candidate.resumable || mode === 'never') return 'fresh';
  if (mode === 'ask') return 'ask';
  if (mode === 'always') return 'resume';
  return candidate.crashed ? 'resume' : 'fresh';
}

/** The journal entry for a state. */
export function journalEntry(
  state: JournalState,
  speech: { path: string | null; sourceId: string },
  savedAt: number,
  clean = false,
): ShowJournal {
  // The pointer and the zoom are of the moment: never kept.
  const kept =
    state.pointer === null && state.zoom === null ? state : { ...state, pointer: null, zoom: null };
  return { version: JOURNAL_VERSION, savedAt, clean, speech: { ...speech }, state: kept };
}

const SCREEN_NOTE: Record<ShowState['screen'], string> = {
  live: '',
  black: ' (screen black)',
  white: ' (screen white)',
  frozen: ' (screen frozen)',
};

/** One sentence for the resume question, e.g. "Resume at slide 5 of 14, 12:04 into the talk?" */
export function describeResume(state: JournalState, now: number): string {
  const elapsed =
    state.timer.accumulatedMs + (state.timer.startedAt === null ? 0 : now - state.timer.startedAt);
  const seconds = Math.floor(Math.max(0, elapsed) / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  const timer = elapsed <= 0 ? '' : `, ${clock} into the talk`;
  return `Resume at slide ${state.index + 1} of ${state.count}${timer}${SCREEN_NOTE[state.screen]}?`;
}
