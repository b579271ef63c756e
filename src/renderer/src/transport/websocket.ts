import type { ServerMessage, ClientMessage } from '../../../core/contract';
import type { ShowTransport, TransportListener } from './transport';

/** Reconnect delays: quick at first (a reload of the host), then every 2 s, forever. */
const RETRY_MS = [100, 250, 500, 1000, 2000];
/** Keys pressed while disconnected that are still sent on reconnect (more would surprise the speaker). */
const MAX_QUEUED = 3;

/**
 * Transport over the web host's WebSocket (`/ws` on the page's own origin). Reconnects by itself;
 * on every (re)connection the host sends a full snapshot, so nothing is patched from stale data.
 */
export function webSocketTransport(url: string): ShowTransport {
  let socket: WebSocket | null = null;
  const outbox: ClientMessage[] = [];

  return {
    connect(listener: TransportListener) {
      let stopped = false;
      let attempt = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;

      const open = (): void => {
        listener.onStatus('connecting');
        const ws = new WebSocket(url);
        socket = ws;
        ws.onopen = () => {
          attempt = 0;
          listener.onStatus('open');
          while (outbox.length > 0) ws.send(JSON.stringify(outbox.shift()));
        };
        ws.onmessage = (event) => {
          const message = JSON.parse(String(event.data)) as ServerMessage;
          if (message.type === 'snapshot') listener.onSnapshot(message.snapshot);
          else if (message.type === 'state') listener.onState(message.state);
          else console.warn('[lectern] host:', message.message);
        };
        ws.onclose = () => {
          if (socket === ws) socket = null;
          if (stopped) return;
          listener.onStatus('closed');
          const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
          attempt += 1;
          timer = setTimeout(open, delay);
        };
      };
      open();
      return () => {
        stopped = true;
        clearTimeout(timer);
        socket?.close();
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
