/**
 * Assembles a show, the one way every host does it (the desktop app, the web host, the tests):
 *
 *   claim the data folder ─▶ read the journal ─▶ decide whether to resume ─▶ ShowSession
 *     ─▶ journal every change ─▶ link the rehearsal store ─▶ follow the speech file on disk
 *
 * and takes it apart again in the reverse order on `close()`: stop following, finish the saves
 * under way, write the last journal entry marked clean, release the folder.
 *
 * A data folder that cannot be used never stops the show: the speaker presents, and the session's
 * problems (the presenter's banner, GET /api/state, the report) say what is not being kept.
 * Only another live host on the same folder refuses to start (ShowBusyError).
 *
 * Hosts differ only in how they ask: the desktop app asks the speaker whether to resume (a
 * dialog), the web host resumes after a crash by itself (`--resume`/`--fresh` override).
 */
import type { Deck } from '../core/deck';
import { resumeAction, resumeCandidate, type ResumeCandidate, type ResumeMode } from '../core/journal';
import { claimInstance, ShowBusyError, type InstanceInfo, type InstanceLock } from './instance-lock';
import { followSpeech, type FollowLog } from './follow-speech';
import {
  journalPath,
  journalSession,
  readJournal,
  type JournalRead,
  type ShowJournalWriter,
} from './journal';
import { RehearsalStore } from './rehearsals';
import { linkRehearsals, type RehearsalLink } from './rehearsals-link';
import { ShowSession } from './show-session';
import { describeStorageError } from './storage-error';
import { readKeySettings, saveKeyConfig, watchKeySettings } from './key-file';
import type { KeySettings } from '../core/key-config';
import type { WatchOptions } from './watch-speech';

export type ResumableCandidate = Extract<ResumeCandidate, { resumable: true }>;

/** How to decide on a resumable journal: a fixed rule, or ask (resolves true to resume). */
export type ResumePolicy =
  Exclude<ResumeMode, 'ask'> | { ask: (candidate: ResumableCandidate) => Promise<boolean> };

export interface OpenShowOptions {
  /** The speech to present, already read (each host reports a broken file its own way). */
  speech: { path: string | null; deck: Deck };
  /**
   * The data folder (journal, rehearsals, instance lock; see data-dir.ts). null keeps nothing:
   * no journal, no resume, rehearsals run but are not saved.
   */
  dataDir: string | null;
  /** Default 'after-crash'. */
  resume?: ResumePolicy;
  /** Which kind of host this is, for the instance lock's message. Default 'web'. */
  app?: InstanceInfo['app'];
  /** Follow the speech file: rebuild on save. Default true (when there is a path). */
  follow?: boolean;
  followLog?: FollowLog;
  watch?: WatchOptions;
  /** The session's clock (ms since the epoch). Default Date.now. */
  clock?: () => number;
  /** Least time between two journal writes. Default 250 ms. */
  journalThrottleMs?: number;
  warn?: (message: string) => void;
}

export interface Show {
  readonly session: ShowSession;
  /** The journal entry the show resumed from, or null when it started fresh. */
  readonly resumed: ResumableCandidate | null;
  /** The rehearsal store's link (report, CSV), or null when nothing is kept. */
  readonly rehearsals: RehearsalLink | null;
  /** The speech file presented now (it changes with `replaceSpeech`). */
  readonly speechPath: string | null;
  /** Tells the instance lock where the show can be reached (the web host's URL). */
  announce(url: string): Promise<void>;
  /**
   * Saves the speaker's keys (the preferences screen) to keys.json and hands them to the views;
   * a config that would be refused is not written, and the answer's `problem` says why.
   */
  saveKeys(config: unknown): Promise<KeySettings>;
  /** Presents another speech (already read): the deck is swapped on the same slide and the new file followed. */
  replaceSpeech(path: string, deck: Deck): void;
  /** Stops following, finishes pending saves, writes the journal marked clean, releases the folder. */
  close(): Promise<void>;
}

export async function openShow(options: OpenShowOptions): Promise<Show> {
  const { speech, dataDir, warn = console.warn } = options;
  const clock = options.clock ?? Date.now;
  const policy = options.resume ?? 'after-crash';

  let folderProblem: string | null = null;
  const lock: InstanceLock | null = dataDir
    ? await claimInstance(dataDir, { speech: speech.path, url: null, app: options.app ?? 'web' }).catch(
        (error: unknown) => {
          if (error instanceof ShowBusyError) throw error;
          folderProblem = `The data folder ${dataDir} cannot be used (${describeStorageError(error)}): rehearsals and the show journal are not saved until it is fixed.`;
          warn(`Lectern: ${folderProblem}`);
          return null;
        },
      )
    : null;
  try {
    const journalRead: JournalRead | null = dataDir
      ? await readJournal(journalPath(dataDir), { now: clock(), warn })
      : null;
    const resumed = journalRead ? await decideResume(journalRead, speech, policy, clock()) : null;
    const session = new ShowSession({ deck: speech.deck, resume: resumed?.state, clock });
    session.setHostProblem('data-folder', folderProblem);
    session.setHostProblem('journal-file', journalRead?.problem ?? null);
    let speechPath = speech.path;

    const journal: ShowJournalWriter | null =
      dataDir && journalRead?.writable
        ? journalSession(session, {
            path: journalPath(dataDir),
            speech: () => ({ path: speechPath, sourceId: session.snapshot().deck.sourceId }),
            throttleMs: options.journalThrottleMs,
            warn,
            onProblem: (message) => session.setHostProblem('journal-unsaved', message),
          })
        : null;
    const rehearsals = dataDir
      ? linkRehearsals(session, new RehearsalStore({ dir: dataDir, warn }), { warn })
      : null;

    const follow = (path: string | null): (() => void) =>
      path !== null && options.follow !== false
        ? followSpeech(session, path, options.followLog, options.watch)
        : () => undefined;
    let stopFollowing = follow(speechPath);
    let closed = false;
    if (dataDir) session.setKeys(await readKeySettings(dataDir));
    const stopKeys = dataDir ? watchKeySettings(dataDir, (keys) => session.setKeys(keys)) : () => undefined;

    return {
      session,
      resumed,
      rehearsals,
      get speechPath() {
        return speechPath;
      },
      async saveKeys(config) {
        if (!dataDir)
          return { overrides: {}, problem: 'this show keeps no data folder: keys cannot be saved' };
        const saved = await saveKeyConfig(dataDir, config);
        if (!saved.problem) session.setKeys(saved);
        return saved;
      },
      announce: async (url) => {
        await lock?.update({ url });
      },
      replaceSpeech(path, deck) {
        session.replaceDeck(deck);
        speechPath = path;
        stopFollowing();
        stopFollowing = follow(path);
        void lock?.update({ speech: path });
      },
      async close() {
        if (closed) return;
        closed = true;
        stopFollowing();
        stopKeys();
        // Runs being saved are finished first (and held ones tried once more): closing never
        // loses a rehearsal that can be saved.
        await rehearsals?.close();
        await journal?.close();
        await lock?.release();
      },
    };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

async function decideResume(
  read: JournalRead,
  speech: OpenShowOptions['speech'],
  policy: ResumePolicy,
  now: number,
): Promise<ResumableCandidate | null> {
  const candidate = resumeCandidate(
    read.journal,
    { path: speech.path, sourceId: speech.deck.sourceId, slideCount: speech.deck.slides.length },
    { now },
  );
  if (!candidate.resumable) return null;
  if (typeof policy === 'object') return (await policy.ask(candidate)) ? candidate : null;
  return resumeAction(candidate, policy) === 'resume' ? candidate : null;
}
