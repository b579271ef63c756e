/**
 * Connects a ShowSession to the rehearsal store, for any host (web host, Electron main):
 *
 * - on start, and whenever the speech changes, the saved runs are read and the session is told
 *   the learned rate and "Use my pace" (ShowSession stays the one owner of the state);
 * - a rehearsal that ends (finished or abandoned) is saved, and the learned rate updated; the
 *   command that ended it is answered only once the run is on disk (ShowSession.submit waits for
 *   the promise returned here), so an acknowledged run survives a crash the next instant;
 * - "Use my pace" switched in the show is saved with the runs, answered the same way.
 *
 * A run that cannot be saved (a read-only or broken data folder) is not dropped: the command is
 * answered 503 with the reason, the run is held here and saved again every `retryMs` and on
 * close, and until then the speaker sees a problem (`rehearsals-unsaved`) in the presenter view,
 * GET /api/state and the report. Problems reading the saved runs (a file set aside) show the
 * same way (`rehearsals-file`).
 */
import type { Deck } from '../core/deck';
import type { RehearsalRun } from '../core/rehearsal';
import { learnedRateOf, rehearsalCsv, rehearsalReport, type RehearsalReport } from '../core/rehearsal-report';
import type { ShowSession } from './show-session';
import type { LoadedRehearsals, RehearsalStore, SpeechKey } from './rehearsals';
import { describeStorageError } from './storage-error';

export interface RehearsalLink {
  /** The report for the open speech (GET /api/rehearsals). */
  report(): Promise<RehearsalReport>;
  csv(): Promise<string>;
  /** Resolves when every save asked for so far has finished (tests, orderly quit). */
  settled(): Promise<void>;
  /** Stops listening; tries once more to save the runs still held (and says so if it cannot). */
  close(): Promise<void>;
}

export interface LinkOptions {
  warn?: (message: string) => void;
  /** How often runs that could not be saved are tried again (ms). Default 10 000. */
  retryMs?: number;
}

/** A run the store refused, kept until it is saved. */
interface HeldRun {
  key: SpeechKey;
  run: RehearsalRun;
  reason: string;
}

function keyOf(deck: Deck): SpeechKey {
  return { fileName: deck.fileName, title: deck.meta.title };
}

export function linkRehearsals(
  session: ShowSession,
  store: RehearsalStore,
  options: LinkOptions = {},
): RehearsalLink {
  const { warn = console.warn, retryMs = 10_000 } = options;
  let pending: Promise<unknown> = Promise.resolve();
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending = pending
      .then(() => work)
      .catch((error: unknown) => warn(`Lectern: rehearsals not saved: ${(error as Error).message}`));
    return work;
  };

  let deck = session.snapshot().deck;
  let key = keyOf(deck);
  const held: HeldRun[] = [];
  let retry: ReturnType<typeof setInterval> | undefined;

  /** What the store says about the current speech's file, for the speaker. */
  const noteFile = (loaded: LoadedRehearsals, forKey: SpeechKey): LoadedRehearsals => {
    if (forKey.fileName === key.fileName) session.setHostProblem('rehearsals-file', loaded.problem);
    return loaded;
  };

  const refresh = (): void => {
    const forKey = key;
    void track(
      store.load(forKey).then((loaded) => {
        noteFile(loaded, forKey);
        session.setLearnedPace(learnedRateOf(loaded.file), loaded.file.useLearnedPace);
      }),
    );
  };
  refresh();

  const saveRun = async (forKey: SpeechKey, run: RehearsalRun): Promise<void> => {
    const loaded = noteFile(await store.addRun(forKey, run), forKey);
    if (forKey.fileName === key.fileName) session.setLearnedPace(learnedRateOf(loaded.file));
  };

  const showHeld = (): void => {
    if (held.length === 0) {
      session.setHostProblem('rehearsals-unsaved', null);
      clearInterval(retry);
      retry = undefined;
      return;
    }
    const runs = held.length === 1 ? 'A rehearsal run is' : `${held.length} rehearsal runs are`;
    session.setHostProblem(
      'rehearsals-unsaved',
      `${runs} not saved: ${held.at(-1)!.reason}. Lectern keeps trying every ${retryMs / 1000} s; ` +
        'if the data folder cannot be fixed before you quit, the run is lost.',
    );
    if (retry === undefined) {
      retry = setInterval(() => void track(saveHeld()), retryMs);
      retry.unref?.();
    }
  };

  /**
   * Tries to save every held run, oldest first; those that fail again stay held. One try at a
   * time: a retry tick while a try is still writing joins it instead of saving the runs again.
   */
  let saving: Promise<void> | null = null;
  const saveHeld = (): Promise<void> =>
    (saving ??= trySaveHeld().finally(() => {
      saving = null;
    }));
  const trySaveHeld = async (): Promise<void> => {
    for (const entry of [...held]) {
      try {
        await saveRun(entry.key, entry.run);
        held.splice(held.indexOf(entry), 1);
      } catch (error) {
        entry.reason = describeStorageError(error);
      }
    }
    showHeld();
  };

  const offSave = session.onSave((what) => {
    if (what.kind === 'use-learned-pace') {
      return track(
        store.setUseLearnedPace(key, what.useLearned).then((loaded) => void noteFile(loaded, key)),
      );
    }
    const forKey = key;
    return track(
      saveRun(forKey, what.run).then(
        // The folder works again: the runs held are saved now rather than at the next retry.
        () => void (held.length > 0 && track(saveHeld())),
        (error: unknown) => {
          const reason = describeStorageError(error);
          held.push({ key: forKey, run: what.run, reason });
          showHeld();
          throw new Error(
            `The rehearsal run was not saved: ${reason}. Lectern keeps it and tries again every ${retryMs / 1000} s.`,
          );
        },
      ),
    );
  });
  const offView = session.subscribe({
    onState: () => undefined,
    onSnapshot: (snapshot) => {
      const next = keyOf(snapshot.deck);
      deck = snapshot.deck;
      if (next.fileName !== key.fileName) {
        key = next;
        refresh();
      }
    },
  });

  const report = async (): Promise<RehearsalReport> => {
    const loaded = noteFile(await store.load(key), key);
    return rehearsalReport(deck, loaded.file, learnedRateOf(loaded.file), session.snapshot().problems);
  };
  const settled = async (): Promise<void> => {
    let seen: Promise<unknown> | undefined;
    while (seen !== pending) {
      seen = pending;
      await seen;
    }
  };
  return {
    report,
    csv: async () => rehearsalCsv(await report()),
    settled,
    close: async () => {
      offSave();
      offView();
      await settled();
      if (held.length > 0) await saveHeld();
      clearInterval(retry);
      if (held.length > 0)
        warn(
          `Lectern: ${held.length} rehearsal run(s) could not be saved and are lost: ${held.at(-1)!.reason}`,
        );
    },
  };
}
