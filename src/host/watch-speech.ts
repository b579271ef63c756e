/**
 * Watches a speech file and rebuilds its deck on change. Watches the directory (so an editor's
 * atomic save — write a temp file, rename over — is seen), debounces bursts of events, reports a
 * broken save as a problem (the caller keeps the old deck) and skips saves that change nothing.
 *
 * One rebuild runs at a time, and none can hold up the ones after it: a change during a rebuild
 * asks for one more when it ends (the latest text wins; the changes in between need no rebuild of
 * their own), and a rebuild that takes longer than `timeoutMs` (a dead network drive) is reported
 * and given up on: the next change starts afresh, and should the stalled one end after all, its
 * deck is used only if no newer rebuild has started since.
 *
 * The speech's own CSS files (front matter `css`) are followed the same way: a save of one of them
 * rebuilds the deck too.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { SpeechError, type Deck, type Diagnostic } from '../core/deck';
import { readSpeechFile } from './speech-file';

export interface WatchOptions {
  /** Quiet time before rebuilding (ms). Default 150. */
  debounceMs?: number;
  /** How long a rebuild may take before it is reported as stalled (ms). Default 5000. */
  timeoutMs?: number;
  /** Reads and builds the speech. Default readSpeechFile (tests pass a slow one). */
  read?: (path: string) => Promise<Deck>;
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
  const { debounceMs = 150, timeoutMs = 5000, read = readSpeechFile } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let lastId: string | undefined;
  /** Rebuilds started so far; a rebuild's result counts only while it is the latest. */
  let started = 0;
  let running = false;
  let again = false;

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

  const problemOf = (message: string): Diagnostic => ({
    severity: 'error',
    file: name,
    line: 1,
    column: 1,
    message,
  });

  const rebuild = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    const mine = ++started;
    const done = (): void => {
      clearTimeout(stall);
      if (mine !== started || !running) return;
      running = false;
      if (again) {
        again = false;
        rebuild();
      }
    };
    const stall = setTimeout(() => {
      if (stopped || mine !== started) return;
      onProblem(
        problemOf(
          `reading the file took longer than ${timeoutMs / 1000} s (a network drive that stopped answering?); showing the last good version`,
        ),
      );
      running = false;
      if (again) {
        again = false;
        rebuild();
      }
    }, timeoutMs);
    stall.unref?.();
    read(path).then(
      (deck) => {
        // a save of the CSS alone is a change too
        if (!stopped && mine === started && deckIdentity(deck) !== lastId) {
          lastId = deckIdentity(deck);
          followStyles(deck);
          onDeck(deck);
        }
        done();
      },
      (e: unknown) => {
        if (!stopped && mine === started) {
          lastId = undefined;
          onProblem(e instanceof SpeechError ? e.diagnostic : problemOf((e as Error).message));
        }
        done();
      },
    );
  };
  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(rebuild, debounceMs);
  };
  if (options.initial) {
    lastId = deckIdentity(options.initial);
    followStyles(options.initial);
  }
  const watcher: FSWatcher = watch(dirname(path), { persistent: false }, (_event, file) => {
    const changed = file?.toString();
    if (!changed || changed === name || styles.get(resolve(dirname(path)))?.has(changed)) schedule();
  });
  watcher.on('error', (e) => onProblem(problemOf(`cannot watch the file: ${e.message}`)));
  return () => {
    stopped = true;
    clearTimeout(timer);
    watcher.close();
    for (const w of styleWatchers.values()) w.close();
  };
}
