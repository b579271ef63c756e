/**
 * Connects a ShowSession to the rehearsal store, for any host (web host, Electron main):
 *
 * - on start, and whenever the speech changes, the saved runs are read and the session is told
 *   the learned rate and "Use my pace" (ShowSession stays the one owner of the state);
 * - a rehearsal that ends (finished or abandoned) is saved, and the learned rate updated;
 * - "Use my pace" switched in the show is saved with the runs.
 */
import type { Deck } from '../core/deck';
import { learnedRateOf, rehearsalCsv, rehearsalReport, type RehearsalReport } from '../core/rehearsal-report';
import type { ShowSession } from './show-session';
import type { RehearsalStore, SpeechKey } from './rehearsals';

export interface RehearsalLink {
  /** The report for the open speech (GET /api/rehearsals). */
  report(): Promise<RehearsalReport>;
  csv(): Promise<string>;
  /** Resolves when every save asked for so far has finished (tests, orderly quit). */
  settled(): Promise<void>;
  close(): void;
}

function keyOf(deck: Deck): SpeechKey {
  return { fileName: deck.fileName, title: deck.meta.title };
}

export function linkRehearsals(
  session: ShowSession,
  store: RehearsalStore,
  warn: (m: string) => void = console.warn,
): RehearsalLink {
  let pending: Promise<unknown> = Promise.resolve();
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending = pending
      .then(() => work)
      .catch((error: unknown) => warn(`Lectern: rehearsals not saved: ${(error as Error).message}`));
    return work;
  };

  let deck = session.snapshot().deck;
  let key = keyOf(deck);
  let useLearned = session.current.pace.useLearned;

  const refresh = (): void => {
    void track(
      store.load(key).then(({ file }) => {
        useLearned = file.useLearnedPace;
        session.setLearnedPace(learnedRateOf(file), file.useLearnedPace);
      }),
    );
  };
  refresh();

  const offRuns = session.onRehearsalEnded((run) => {
    void track(store.addRun(key, run).then(({ file }) => session.setLearnedPace(learnedRateOf(file))));
  });
  const offView = session.subscribe({
    onState: (state) => {
      if (state.pace.useLearned === useLearned) return;
      useLearned = state.pace.useLearned;
      void track(store.setUseLearnedPace(key, useLearned));
    },
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
    const { file, problem } = await store.load(key);
    return rehearsalReport(deck, file, learnedRateOf(file), problem);
  };
  return {
    report,
    csv: async () => rehearsalCsv(await report()),
    settled: async () => {
      let seen: Promise<unknown> | undefined;
      while (seen !== pending) {
        seen = pending;
        await seen;
      }
    },
    close: () => {
      offRuns();
      offView();
    },
  };
}
