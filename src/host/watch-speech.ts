/**
 * Watches a speech file and rebuilds its deck on change. Watches the directory (so an editor's
 * atomic save — write a temp file, rename over — is seen), debounces bursts of events, reports a
 * broken save as a problem (the caller keeps the old deck) and skips saves that change nothing.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { SpeechError, type Deck, type Diagnostic } from '../core/deck';
import { readSpeechFile } from './speech-file';

export interface WatchOptions {
  /** Quiet time before rebuilding (ms). */
  debounceMs?: number;
}

/** Starts watching; returns a function that stops it. */
export function watchSpeech(
  path: string,
  onDeck: (deck: Deck) => void,
  onProblem: (problem: Diagnostic) => void,
  options: WatchOptions = {},
): () => void {
  const name = basename(path);
  const debounceMs = options.debounceMs ?? 150;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let lastId: string | undefined;
  let running: Promise<void> = Promise.resolve();

  const rebuild = async () => {
    try {
      const deck = await readSpeechFile(path);
      if (stopped || deck.sourceId === lastId) return;
      lastId = deck.sourceId;
      onDeck(deck);
    } catch (e) {
      if (stopped) return;
      lastId = undefined;
      onProblem(
        e instanceof SpeechError
          ? e.diagnostic
          : { severity: 'error', file: name, line: 1, column: 1, message: (e as Error).message },
      );
    }
  };
  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(rebuild);
    }, debounceMs);
  };
  const watcher: FSWatcher = watch(dirname(path), { persistent: false }, (_event, file) => {
    if (!file || file.toString() === name) schedule();
  });
  watcher.on('error', (e) =>
    onProblem({
      severity: 'error',
      file: name,
      line: 1,
      column: 1,
      message: `cannot watch the file: ${e.message}`,
    }),
  );
  return () => {
    stopped = true;
    clearTimeout(timer);
    watcher.close();
  };
}
