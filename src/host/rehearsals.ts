/**
 * Rehearsal storage: one JSON file per speech under `<data dir>/rehearsals/`, in the versioned
 * format of core/rehearsal-schema.ts.
 *
 * - Written atomically and durably (durable-write.ts: a temporary file fsynced and renamed over
 *   the old one, the folder fsynced), so a crash or a kill mid-write leaves the old version or the
 *   new one, never half a file, and a save that resolved is on disk.
 * - One operation at a time per file, so two runs ending together cannot lose one another.
 * - Read only as a regular file of at most MAX_REHEARSAL_FILE_BYTES (data-file.ts). A file that is
 *   corrupt, of a newer version than this Lectern reads, too large or not a file is renamed aside
 *   (`name.corrupt-<time>.json`, `name.future-<time>.json`, …) and reported; it is never overwritten.
 * - An older version is migrated on read; the original is kept as `name.v<N>.json` before the
 *   first write in the new format.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RehearsalRun } from '../core/rehearsal';
import { emptyRehearsalFile, readRehearsalFile, type RehearsalFile } from '../core/rehearsal-schema';
import { readDataFile, setAside, type AsideReason } from './data-file';
import { writeDurably } from './durable-write';

/** The speech a file belongs to: its file name (the key) and title (for people reading the file). */
export interface SpeechKey {
  fileName: string;
  title: string;
}

export interface LoadedRehearsals {
  file: RehearsalFile;
  /** What went wrong reading the saved runs (a file set aside), for the speaker; null when fine. */
  problem: string | null;
}

export interface RehearsalStoreOptions {
  /** The data folder (see data-dir.ts); files go to `<dir>/rehearsals/`. */
  dir: string;
  clock?: () => number;
  warn?: (message: string) => void;
}

/** Most runs kept per speech; the oldest go first. */
export const MAX_RUNS = 200;
/**
 * Largest rehearsal file read. MAX_RUNS runs of a 100-slide talk come to a few MB; a file far
 * over that was not written by Lectern, and reading it whole would stall the host.
 */
export const MAX_REHEARSAL_FILE_BYTES = 16 * 1024 * 1024;

export class RehearsalStore {
  private readonly folder: string;
  private readonly clock: () => number;
  private readonly warn: (message: string) => void;
  private readonly queues = new Map<string, Promise<unknown>>();
  /**
   * The last problem met per file, so a report shown later still says it. A file set aside stays
   * said for the session; "cannot be read" is forgotten once the file can be read again.
   */
  private readonly problems = new Map<string, string>();
  private readonly passing = new Set<string>();

  constructor(options: RehearsalStoreOptions) {
    this.folder = join(options.dir, 'rehearsals');
    this.clock = options.clock ?? Date.now;
    this.warn = options.warn ?? ((message) => console.warn(message));
  }

  /** Where a speech's runs are kept. */
  pathFor(speech: SpeechKey): string {
    return join(this.folder, `${slug(speech.fileName)}.json`);
  }

  load(speech: SpeechKey): Promise<LoadedRehearsals> {
    const path = this.pathFor(speech);
    return this.queued(path, async () => {
      const loaded = await this.read(path, speech);
      return { file: loaded.file, problem: this.problems.get(path) ?? null };
    });
  }

  /**
   * Adds a run and saves. A run already in the file (the same id) is not added again: a held run
   * retried while an earlier try was still writing it must not be counted twice.
   */
  addRun(speech: SpeechKey, run: RehearsalRun): Promise<LoadedRehearsals> {
    return this.update(speech, (file) =>
      file.runs.some((r) => r.id === run.id)
        ? file
        : { ...file, speech, runs: [...file.runs, run].slice(-MAX_RUNS) },
    );
  }

  /** Saves "Use my pace". */
  setUseLearnedPace(speech: SpeechKey, useLearnedPace: boolean): Promise<LoadedRehearsals> {
    return this.update(speech, (file) => ({ ...file, useLearnedPace }));
  }

  private update(
    speech: SpeechKey,
    change: (file: RehearsalFile) => RehearsalFile,
  ): Promise<LoadedRehearsals> {
    const path = this.pathFor(speech);
    return this.queued(path, async () => {
      const loaded = await this.read(path, speech);
      if (loaded.unreadable) throw new Error(this.problems.get(path) ?? `cannot read ${path}`);
      if (loaded.migratedFrom !== null) await keepOriginal(path, loaded.migratedFrom);
      const file = change(loaded.file);
      await saveRehearsalFile(path, file);
      return { file, problem: this.problems.get(path) ?? null };
    });
  }

  private async read(
    path: string,
    speech: SpeechKey,
  ): Promise<{ file: RehearsalFile; migratedFrom: number | null; unreadable: boolean }> {
    const empty = emptyRehearsalFile(speech);
    const read = await readDataFile(path, MAX_REHEARSAL_FILE_BYTES);
    if (read.kind === 'unreadable') {
      // Permissions, most likely: report, and do not write over it.
      this.report(path, `Saved rehearsals in ${path} cannot be read (${read.message}).`);
      this.passing.add(path);
      return { file: empty, migratedFrom: null, unreadable: true };
    }
    if (this.passing.delete(path)) this.problems.delete(path);
    if (read.kind === 'missing') return { file: empty, migratedFrom: null, unreadable: false };
    let problem: { reason: AsideReason; message: string };
    if (read.kind === 'unusable') problem = read;
    else {
      const parsed = readRehearsalFile(read.text);
      if (parsed.ok) return { file: parsed.file, migratedFrom: parsed.migratedFrom, unreadable: false };
      problem = parsed;
    }
    let aside: string;
    try {
      aside = await setAside(path, problem.reason, this.clock());
    } catch (error) {
      this.report(
        path,
        `Saved rehearsals in ${path}: ${problem.message}; it could not be set aside (${(error as Error).message}).`,
      );
      return { file: empty, migratedFrom: null, unreadable: true };
    }
    this.report(
      path,
      `Saved rehearsals for “${speech.title}”: ${problem.message}. The file was set aside as ${aside}; new runs start a new record.`,
    );
    return { file: empty, migratedFrom: null, unreadable: false };
  }

  private report(path: string, message: string): void {
    this.problems.set(path, message);
    this.warn(`Lectern: ${message}`);
  }

  private queued<T>(path: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.queues.set(
      path,
      next.catch(() => undefined),
    );
    return next;
  }
}

/** Writes a rehearsal file atomically and durably, creating its folder. */
export async function saveRehearsalFile(path: string, file: RehearsalFile): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeDurably(path, JSON.stringify(file, null, 1) + '\n');
}

/** Keeps a migrated file's original beside it (once) before it is rewritten in the new format. */
async function keepOriginal(path: string, version: number): Promise<void> {
  const backup = path.replace(/\.json$/, `.v${version}.json`);
  try {
    await copyFile(path, backup, 1 /* COPYFILE_EXCL: never replace an older backup */);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * A file-name-safe key from the speech's file name, readable and unique:
 * "Keynote 2030.md" → "keynote-2030-md-<8 hex of the exact name>" (so "演讲.md" and "讲话.md" differ).
 */
export function slug(fileName: string): string {
  const readable = fileName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const hash = createHash('sha256').update(fileName).digest('hex').slice(0, 8);
  return `${readable || 'speech'}-${hash}`;
}
