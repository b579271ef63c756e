/**
 * The show journal on disk: `show-journal.json` in the data directory, written atomically
 * (write-file-atomic: a temporary file renamed over the old one, so a crash mid-write leaves the
 * previous entry, never half a file), at most every `throttleMs` while the show changes, and once
 * more, marked clean, on quit. Format and resume rules: core/journal.ts.
 *
 * Reading never throws: a missing journal is no journal, a corrupt one is reported through `warn`
 * and ignored.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { decodeJournal, encodeJournal, journalEntry, type ShowJournal } from '../core/journal';
import { transientChangeOnly } from '../core/stage';
import type { ShowSession } from './show-session';

export const JOURNAL_FILE = 'show-journal.json';

export function journalPath(dataDir: string): string {
  return join(dataDir, JOURNAL_FILE);
}

/** The journal at `path`, or null when there is none or it cannot be used (then `warn` says why). */
export async function readJournal(
  path: string,
  warn: (message: string) => void = console.warn,
): Promise<ShowJournal | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      warn(`Lectern: the show journal ${path} cannot be read (${(error as Error).message}); starting fresh.`);
    }
    return null;
  }
  const decoded = decodeJournal(text);
  if (!decoded.ok) {
    warn(`Lectern: the show journal ${path} is damaged (${decoded.error}); it is ignored.`);
    return null;
  }
  return decoded.journal;
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
}

export interface ShowJournalWriter {
  /** Writes the current state now (pending throttled write included). */
  flush(): Promise<void>;
  /** Stops listening and writes a last entry marked clean: the next start knows it was an orderly quit. */
  close(): Promise<void>;
}

/**
 * Journals a session: after every state or deck change, throttled. Writes are serialised (one in
 * flight at a time) so an older entry can never land after a newer one. A failing disk is reported
 * once through `warn` and never interrupts the show.
 */
export function journalSession(session: ShowSession, options: JournalOptions): ShowJournalWriter {
  const { path, speech, throttleMs = 250, clock = Date.now, warn = console.warn } = options;
  let lastWrite = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The data directory may not exist yet (a first run, or LECTERN_DATA_DIR naming a new folder).
  let chain: Promise<void> = mkdir(dirname(path), { recursive: true }).then(
    () => undefined,
    () => undefined, // the write below reports the problem
  );
  let warned = false;
  let closed = false;

  const write = (clean: boolean): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    lastWrite = clock();
    const text = encodeJournal(journalEntry(session.current, speech(), lastWrite, clean));
    chain = chain.then(() =>
      writeFileAtomic(path, text).catch((error: unknown) => {
        if (!warned) warn(`Lectern: cannot write the show journal ${path}: ${(error as Error).message}`);
        warned = true;
      }),
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
