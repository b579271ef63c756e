/**
 * The saved form of a speech's rehearsals, versioned, validated with zod, migrated forward.
 *
 * One file per speech holds every run of it. Each run carries the `sourceId` of the speech text
 * it rehearsed, so after an edit the old runs are recognised (and reported) rather than compared
 * slide by slide with a deck whose slides may have moved.
 *
 * Versions:
 *   1 — runs with start time, total and per-slide ms only (what GET /api/rehearsals lists).
 *   2 — full runs (stints, pauses, revisits, plan, words) and the "Use my pace" setting; runs
 *       may carry the stage manager's cues (absent in runs saved before cues: none).
 * A file of a version newer than this code knows is never read or overwritten: the host sets it aside.
 */
import { z } from 'zod';
import type { RehearsalRun } from './rehearsal';
import { CUE_PRESETS, type CuePreset } from './cues';

export const REHEARSAL_FILE_VERSION = 2;

const ms = z.number().finite().min(0);
const time = z.number().finite();

const slideRunSchema = z.object({
  index: z.number().int().min(0),
  title: z.string(),
  words: z.number().min(0),
  baseMs: ms,
  plannedMs: ms,
  spentMs: ms,
  visits: z.number().int().min(0),
  pauses: z.number().int().min(0),
  pausedMs: ms,
  stints: z.array(z.object({ enteredAt: time, leftAt: time })),
});

export const rehearsalRunSchema = z.object({
  id: z.string().min(1),
  sourceId: z.string(),
  startedAt: time,
  endedAt: time,
  ending: z.enum(['finished', 'abandoned']),
  totalMs: ms,
  pausedMs: ms,
  baseWpm: z.number().positive(),
  slides: z.array(slideRunSchema),
  /** Runs saved before cues existed have none. */
  cues: z
    .array(
      z.object({
        text: z.string().nullable(),
        preset: z.enum(CUE_PRESETS as unknown as [CuePreset, ...CuePreset[]]).nullable(),
        index: z.number().int().min(0),
        atMs: ms,
        answeredAfterMs: ms.nullable(),
      }),
    )
    .default([]),
});

export const rehearsalFileSchema = z.object({
  version: z.literal(REHEARSAL_FILE_VERSION),
  speech: z.object({ fileName: z.string(), title: z.string() }),
  /** "Use my pace": whether the plan takes the learned rate. */
  useLearnedPace: z.boolean(),
  runs: z.array(rehearsalRunSchema),
});

export type RehearsalFile = z.infer<typeof rehearsalFileSchema>;

// The saved run and the recorder's run are the same shape.
const _runToSchema = (r: RehearsalRun): z.infer<typeof rehearsalRunSchema> => r;
void _runToSchema;

const v1Schema = z.object({
  version: z.literal(1),
  speech: z.object({ fileName: z.string(), title: z.string() }),
  runs: z.array(
    z.object({
      startedAt: time,
      totalMs: ms,
      slides: z.array(z.object({ index: z.number().int().min(0), ms })),
    }),
  ),
});

export function emptyRehearsalFile(speech: { fileName: string; title: string }): RehearsalFile {
  return { version: REHEARSAL_FILE_VERSION, speech, useLearnedPace: false, runs: [] };
}

export type RehearsalFileRead =
  | { ok: true; file: RehearsalFile; migratedFrom: number | null }
  | { ok: false; reason: 'corrupt' | 'future'; message: string };

/** Parses a file's text: the current version, or an older one migrated forward. Never throws. */
export function readRehearsalFile(text: string): RehearsalFileRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt', message: 'the file is not valid JSON' };
  }
  const version =
    typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > REHEARSAL_FILE_VERSION) {
    return {
      ok: false,
      reason: 'future',
      message: `the file is version ${version}, written by a newer Lectern (this one reads up to ${REHEARSAL_FILE_VERSION})`,
    };
  }
  if (version === 1) {
    const old = v1Schema.safeParse(json);
    if (!old.success) return { ok: false, reason: 'corrupt', message: describe(old.error) };
    return { ok: true, file: migrateV1(old.data), migratedFrom: 1 };
  }
  const current = rehearsalFileSchema.safeParse(json);
  if (!current.success) return { ok: false, reason: 'corrupt', message: describe(current.error) };
  return { ok: true, file: current.data, migratedFrom: null };
}

/** Version 1 knew only times: words and plan are unknown (0), so these runs teach no rate. */
function migrateV1(old: z.infer<typeof v1Schema>): RehearsalFile {
  return {
    version: REHEARSAL_FILE_VERSION,
    speech: old.speech,
    useLearnedPace: false,
    runs: old.runs.map((run) => ({
      id: run.startedAt.toString(36),
      sourceId: '',
      startedAt: run.startedAt,
      endedAt: run.startedAt + run.totalMs,
      ending: 'finished' as const,
      totalMs: run.totalMs,
      pausedMs: 0,
      baseWpm: 130,
      cues: [],
      slides: run.slides.map((s) => ({
        index: s.index,
        title: '',
        words: 0,
        baseMs: 0,
        plannedMs: 0,
        spentMs: s.ms,
        visits: s.ms > 0 ? 1 : 0,
        pauses: 0,
        pausedMs: 0,
        stints: [],
      })),
    })),
  };
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the file does not match the rehearsal format';
  const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return `the file does not match the rehearsal format${where}: ${issue.message}`;
}
