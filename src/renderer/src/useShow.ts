import { useEffect, useState } from 'react';
import type { ShowSnapshot } from '../../core/contract';
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
        onState: (state) => setSnapshot((current) => (current ? { ...current, state } : current)),
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

/** Re-renders every `intervalMs` and returns the current time (for clocks and timers). */
export function useNow(intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
