/**
 * Watches a speech file and rebuilds its deck on change. Watches the directory (so an editor's
 * atomic save — write a temp file, rename over — is seen), debounces bursts of events, reports a
 * broken save as a problem (the caller keeps the old deck) and skips saves that change nothing.
 * The speech's own CSS files (front matter `css`) are followed the same way: a save of one of them
 * rebuilds the deck too.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { SpeechError, type Deck, type Diagnostic } from '../core/deck';
import { readSpeechFile } from './speech-file';

export interface WatchOptions {
  /** Quiet time before rebuilding (ms). */
  debounceMs?: number;
  /** The deck already shown: its CSS files are followed from the start. Default none. */
  initial?: Deck;
}

/** What makes a rebuilt deck new to the views: the speech, its CSS, the CSS files it names. */
function deckIdentity(deck: Deck): string {
  return `${deck.sourceId}${deck.style ? `+${deck.style.hash}` : ''}${JSON.stringify(deck.meta.css ?? [])}`;
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

  /** The CSS files the last deck named: folder → file names in it. */
  let styles = new Map<string, Set<string>>();
  const styleWatchers = new Map<string, FSWatcher>();
  const followStyles = (deck: Deck) => {
    styles = new Map();
    for (const css of deck.meta.css ?? []) {
      const file = resolve(dirname(path), css);
      const dir = dirname(file);
      styles.set(dir, new Set([...(styles.get(dir) ?? []), basename(file)]));
    }
    for (const [dir, watcher] of styleWatchers)
      if (!styles.has(dir)) {
        watcher.close();
        styleWatchers.delete(dir);
      }
    for (const dir of styles.keys()) {
      if (dir === resolve(dirname(path)) || styleWatchers.has(dir)) continue;
      try {
        const w = watch(dir, { persistent: false }, (_e, f) => {
          if (f && styles.get(dir)?.has(f.toString())) schedule();
        });
        w.on('error', () => undefined);
        styleWatchers.set(dir, w);
      } catch {
        // a folder that is not there: the deck's warning says so already
      }
    }
  };

  const rebuild = async () => {
    try {
      const deck = await readSpeechFile(path);
      // a save of the CSS alone is a change too
      const id = deckIdentity(deck);
      if (stopped || id === lastId) return;
      lastId = id;
      followStyles(deck);
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
  if (options.initial) {
    lastId = deckIdentity(options.initial);
    followStyles(options.initial);
  }
  const watcher: FSWatcher = watch(dirname(path), { persistent: false }, (_event, file) => {
    const changed = file?.toString();
    if (changed && (changed === name || styles.get(resolve(dirname(path)))?.has(changed))) schedule();
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
    for (const w of styleWatchers.values()) w.close();
  };
}
