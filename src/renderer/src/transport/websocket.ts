import type { ServerMessage, ClientMessage, ShowSnapshot } from '../../../core/contract';
import type { ConnectionStatus, ShowTransport, TransportListener } from './transport';

/** Reconnect delays: quick at first (a reload of the host), then every 2 s, forever. */
const RETRY_MS = [100, 250, 500, 1000, 2000];
/** Keys pressed while disconnected that are still sent on reconnect (more would surprise the speaker). */
const MAX_QUEUED = 3;

/**
 * Transport over the web host's WebSocket (`/ws` on the page's own origin), one per page.
 *
 * The socket opens as soon as the transport is created, before React first renders, so the deck
 * arrives while the page is still starting (the audience's first slide waits for it). A view that
 * connects later is handed the latest snapshot at once. Reconnects by itself; on every
 * (re)connection the host sends a full snapshot, so nothing is patched from stale data.
 */
export function webSocketTransport(url: string): ShowTransport {
  let socket: WebSocket | null = null;
  const outbox: ClientMessage[] = [];
  const listeners = new Set<TransportListener>();
  let latest: ShowSnapshot | null = null;
  let status: ConnectionStatus = 'connecting';
  let attempt = 0;

  const setStatus = (next: ConnectionStatus): void => {
    status = next;
    for (const l of listeners) l.onStatus(next);
  };

  const open = (): void => {
    setStatus('connecting');
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setStatus('open');
      while (outbox.length > 0) ws.send(JSON.stringify(outbox.shift()));
    };
    ws.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as ServerMessage;
      if (message.type === 'snapshot') {
        // For the benchmark's first-slide breakdown (npm run bench); costs nothing otherwise.
        if (latest === null) performance.mark('lectern:snapshot');
        latest = message.snapshot;
        for (const l of listeners) l.onSnapshot(message.snapshot);
      } else if (message.type === 'state') {
        if (latest) latest = { ...latest, state: message.state };
        for (const l of listeners) l.onState(message.state);
      } else console.warn('[lectern] host:', message.message);
    };
    ws.onclose = () => {
      if (socket === ws) socket = null;
      setStatus('closed');
      const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
      attempt += 1;
      setTimeout(open, delay);
    };
  };
  open();

  return {
    connect(listener: TransportListener) {
      listeners.add(listener);
      listener.onStatus(status);
      if (latest) listener.onSnapshot(latest);
      return () => {
        listeners.delete(listener);
      };
    },
    send(command) {
      const message: ClientMessage = { type: 'command', command };
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
      // A key pressed during a reconnect still counts: it is sent once the host is back.
      else if (outbox.length < MAX_QUEUED) outbox.push(message);
    },
  };
}
