/**
 * The show journal on disk: `show-journal.json` in the data directory, written atomically and
 * durably (durable-write.ts: a temporary file fsynced and renamed over the old one, so a crash
 * mid-write leaves the previous entry, never half a file), at most every `throttleMs` while the
 * show changes, and once more, marked clean, on quit. Format and resume rules: core/journal.ts.
 *
 * Reading never throws. A missing journal is no journal. One that cannot be used (damaged, from a
 * newer Lectern, over MAX_JOURNAL_BYTES, not a file) is set aside like a rehearsal file
 * (data-file.ts) and the speaker is told; one that cannot be set aside, or cannot be read at all,
 * is left alone, and this show is not journalled rather than written over it.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { decodeJournal, encodeJournal, journalEntry, type ShowJournal } from '../core/journal';
import { transientChangeOnly } from '../core/stage';
import { readDataFile, setAside } from './data-file';
import { writeDurably } from './durable-write';
import type { ShowSession } from './show-session';
import { describeStorageError } from './storage-error';

export const JOURNAL_FILE = 'show-journal.json';
/** Largest journal read: an entry is one show state (a long rehearsal's log included), a few KB. */
export const MAX_JOURNAL_BYTES = 4 * 1024 * 1024;

export function journalPath(dataDir: string): string {
  return join(dataDir, JOURNAL_FILE);
}

export interface JournalRead {
  /** The journal, or null when there is none or it could not be used. */
  journal: ShowJournal | null;
  /** What went wrong, for the speaker (a journal set aside, or one that cannot be read); null when fine. */
  problem: string | null;
  /** False when the journal there must not be written over (it could not be read or set aside). */
  writable: boolean;
}

export interface ReadJournalOptions {
  /** Now (ms since the epoch), for the name of a journal set aside. Default Date.now(). */
  now?: number;
  warn?: (message: string) => void;
}

/** Reads the journal at `path` (see above). */
export async function readJournal(path: string, options: ReadJournalOptions = {}): Promise<JournalRead> {
  const { now = Date.now(), warn = console.warn } = options;
  const said = (problem: string, writable: boolean): JournalRead => {
    warn(`Lectern: ${problem}`);
    return { journal: null, problem, writable };
  };
  const read = await readDataFile(path, MAX_JOURNAL_BYTES);
  if (read.kind === 'missing') return { journal: null, problem: null, writable: true };
  if (read.kind === 'unreadable')
    return said(
      `The show journal ${path} cannot be read (${read.message}); this show starts fresh and is not journalled.`,
      false,
    );
  const decoded = read.kind === 'text' ? decodeJournal(read.text) : null;
  if (decoded?.ok) return { journal: decoded.journal, problem: null, writable: true };
  const reason = decoded ? decoded.reason : read.kind === 'unusable' ? read.reason : 'corrupt';
  const what = decoded ? decoded.error : read.kind === 'unusable' ? read.message : '';
  try {
    const aside = await setAside(path, reason, now);
    return said(
      `The show journal could not be used (${what}): it was set aside as ${aside}, and this show started fresh.`,
      true,
    );
  } catch (error) {
    return said(
      `The show journal ${path} could not be used (${what}) nor set aside (${(error as Error).message}); this show is not journalled.`,
      false,
    );
  }
}

/** What the journal records about the speech, asked at every write (it changes on File › Open). */
export type SpeechIdentity = () => { path: string | null; sourceId: string };

export interface JournalOptions {
  path: string;
  speech: SpeechIdentity;
  /** Least time between two writes while the show changes. Default 250 ms. */
  throttleMs?: number;
  clock?: () => number;
  warn?: (message: string) => void;
  /** Told when writing fails (a message for the speaker) and when it works again (null). */
  onProblem?: (message: string | null) => void;
}

export interface ShowJournalWriter {
  /** Writes the current state now (pending throttled write included). */
  flush(): Promise<void>;
  /** Stops listening and writes a last entry marked clean: the next start knows it was an orderly quit. */
  close(): Promise<void>;
}

/**
 * Journals a session: after every state or deck change, throttled. Writes are serialised (one in
 * flight at a time) so an older entry can never land after a newer one. A failing disk never
 * interrupts the show: it is reported once through `warn`, and to the speaker through
 * `onProblem` until a write works again.
 */
export function journalSession(session: ShowSession, options: JournalOptions): ShowJournalWriter {
  const { path, speech, throttleMs = 250, clock = Date.now, warn = console.warn } = options;
  const onProblem = options.onProblem ?? (() => undefined);
  let lastWrite = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The data directory may not exist yet (a first run, or LECTERN_DATA_DIR naming a new folder).
  let chain: Promise<void> = mkdir(dirname(path), { recursive: true }).then(
    () => undefined,
    () => undefined, // the write below reports the problem
  );
  let warned = false;
  let failing = false;
  let closed = false;

  const write = (clean: boolean): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    lastWrite = clock();
    const text = encodeJournal(journalEntry(session.current, speech(), lastWrite, clean));
    chain = chain.then(() =>
      writeDurably(path, text).then(
        () => {
          if (failing) onProblem(null);
          failing = false;
        },
        (error: unknown) => {
          const reason = describeStorageError(error);
          if (!warned) warn(`Lectern: cannot write the show journal ${path}: ${reason}`);
          warned = true;
          failing = true;
          onProblem(
            `The show journal cannot be written (${reason}): after a crash, Lectern could not resume this show where it was.`,
          );
        },
      ),
    );
    return chain;
  };

  const changed = (): void => {
    if (closed || timer !== undefined) return;
    const wait = lastWrite + throttleMs - clock();
    if (wait <= 0) void write(false);
    else timer = setTimeout(() => void write(false), wait);
  };

  // The pointer and the zoom are broadcast at frame rate and never journalled (a resumed show
  // starts without them): a change of nothing else writes nothing.
  let journalled = session.current;
  const unsubscribe = session.subscribe({
    onState: (state) => {
      if (transientChangeOnly(journalled, state)) return;
      journalled = state;
      changed();
    },
    onSnapshot: changed,
  });
  return {
    flush: () => write(false),
    close: async () => {
      if (closed) return chain;
      closed = true;
      unsubscribe();
      return write(true);
    },
  };
}
