import { useEffect, useState } from 'react';
import type { ShowSnapshot } from '../../core/contract';
import type { ConnectionStatus, ShowTransport } from './transport/transport';

export interface ShowView {
  snapshot: ShowSnapshot | null;
  status: ConnectionStatus;
}

/** Follows the show: the latest snapshot from the host, with state updates applied in order. */
export function useShow(transport: ShowTransport): ShowView {
  const [snapshot, setSnapshot] = useState<ShowSnapshot | null>(null);
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
