import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ShowSnapshot } from '../../core/contract';
import { nextTickIn } from '../../core/show';
import type { ConnectionStatus, ShowTransport } from './transport/transport';
import { loadCjkFontForDeck } from './fonts';

export interface ShowView {
  snapshot: ShowSnapshot | null;
  status: ConnectionStatus;
}

/**
 * Follows the show: the latest snapshot from the host, with state updates applied in order.
 * `first` (the snapshot shipped in the page) is shown until the transport's first one arrives.
 */
export function useShow(transport: ShowTransport, first: ShowSnapshot | null = null): ShowView {
  const [snapshot, setSnapshot] = useState<ShowSnapshot | null>(first);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');

  useEffect(
    () =>
      transport.connect({
        onSnapshot: setSnapshot,
        // A move is drawn in the task it arrives in: rendered and committed at once, its effects
        // (the audience's reveal.js move) run at the end of that commit, and no frame is painted
        // in between with the old slide, as could happen between a scheduled render and its effects.
        onState: (state) =>
          flushSync(() => setSnapshot((current) => (current ? { ...current, state } : current))),
        onStatus: setStatus,
      }),
    [transport],
  );

  // a deck in Chinese, Japanese or Korean brings in the CJK font (fonts.ts)
  const deck = snapshot?.deck;
  useEffect(() => {
    if (deck) loadCjkFontForDeck(deck);
  }, [deck]);

  return { snapshot, status };
}

/** One timer per (interval, phase), told to every view part that reads the time at that rhythm. */
interface Ticker {
  readonly listeners: Set<(now: number) => void>;
  id: ReturnType<typeof setTimeout> | undefined;
}
const tickers = new Map<string, Ticker>();

/**
 * Adds `listener` to the ticker of `intervalMs` and `phaseMs` (started by its first listener,
 * stopped with its last). Every listener hears a tick in the same task, so React draws them all
 * in one render: the presenter's clock, timer, pace and teleprompter turn together, once a second.
 */
function joinTicker(intervalMs: number, phaseMs: number, listener: (now: number) => void): () => void {
  const key = `${intervalMs}:${phaseMs}`;
  let ticker = tickers.get(key);
  if (!ticker) {
    const created: Ticker = { listeners: new Set(), id: undefined };
    const schedule = (): void => {
      created.id = setTimeout(
        () => {
          const now = Date.now();
          for (const heard of created.listeners) heard(now);
          schedule();
        },
        nextTickIn(Date.now(), intervalMs, phaseMs),
      );
    };
    schedule();
    tickers.set(key, created);
    ticker = created;
  }
  const joined = ticker;
  joined.listeners.add(listener);
  return () => {
    joined.listeners.delete(listener);
    if (joined.listeners.size > 0) return;
    clearTimeout(joined.id);
    tickers.delete(key);
  };
}

/**
 * Re-renders every `intervalMs` and returns the current time (for clocks and timers). Ticks fall
 * just after the instants where `(time − phaseMs)` is a whole number of intervals, so a timer that
 * started at `phaseMs` shows each new second as it comes, with one render a second instead of four.
 * Parts that tick at the same rhythm share one timer and read the same instant.
 */
export function useNow(intervalMs = 1000, phaseMs = 0): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => joinTicker(intervalMs, phaseMs, setNow), [intervalMs, phaseMs]);
  return now;
}
