import type { CommandResult } from '../../../core/commands';
import type { ClientMessage, ServerMessage, ShowSnapshot } from '../../../core/contract';
import type { Deck } from '../../../core/deck';
import type { ShowCommand } from '../../../core/show';
import type { KeySettings } from '../../../core/key-profiles';
import {
  unreachable,
  type ConnectionStatus,
  type FollowMessage,
  type ShowTransport,
  type TransportListener,
} from './transport';

/** The close code of a page whose LAN link the speaker replaced (server/socket-bridge.ts). */
const CLOSE_LINK_REPLACED = 4403;

/** Reconnect delays: quick at first (a reload of the host), then every 2 s, forever. */
export const RETRY_MS = [100, 250, 500, 1000, 2000];
/** Keys pressed while disconnected that are still sent on reconnect (more would surprise the speaker). */
export const MAX_QUEUED = 3;

/** The part of the browser's WebSocket this transport uses (tests pass a fake). */
export interface SocketLike {
  readonly readyState: number;
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event?: { code?: number }) => void) | null;
  send(data: string): void;
  close?(): void;
}

export interface WebSocketTransportOptions {
  /** Opens a socket; default the browser's WebSocket. */
  open?: (url: string) => SocketLike;
  /** Schedules a reconnect; default setTimeout. */
  schedule?: (run: () => void, ms: number) => void;
  /** A deck the page holds already (shipped in the page) and its tag: the host need not send it. */
  known?: { deck: Deck; deckTag: string };
  /**
   * Opens the socket once this settles, not at once: a page of a long talk that holds only the
   * notes near its slide is sent the whole deck on connect, and reading that must not come before
   * its first paint. Default: open at once.
   */
  openWhen?: Promise<unknown>;
}

const OPEN = 1;

/**
 * Transport over the web host's WebSocket (`/ws?view=…` on the page's own origin), one per page.
 *
 * The socket opens as soon as the transport is created, before React first renders, so the deck
 * arrives while the page is still starting (the audience's first slide waits for it). A view that
 * connects later is handed the latest snapshot at once. Reconnects by itself; on every
 * (re)connection the host sends a full snapshot, so nothing is patched from stale data — all but
 * the deck when the socket named the tag of the deck the page holds and the host has that very
 * deck (`snapshot-same-deck`): the page keeps its own deck object, so nothing re-renders for it.
 *
 * Every command carries an id and the host answers it (`{type:'result', id}`); `send` resolves to
 * that answer. Up to MAX_QUEUED commands sent while disconnected wait for the reconnection; others,
 * and those whose connection drops before the answer, resolve to a 503 (they may not have applied).
 */
export function webSocketTransport(url: string, options: WebSocketTransportOptions = {}): ShowTransport {
  const openSocket = options.open ?? ((u: string) => new WebSocket(u) as unknown as SocketLike);
  const schedule = options.schedule ?? ((run: () => void, ms: number) => void setTimeout(run, ms));
  let socket: SocketLike | null = null;
  const outbox: ClientMessage[] = [];
  /** Commands sent and not yet answered, by id. */
  const pending = new Map<number, (result: CommandResult) => void>();
  let nextId = 1;
  const listeners = new Set<TransportListener>();
  let latest: ShowSnapshot | null = null;
  /** The deck the page holds and its tag, named when a socket opens. */
  let held: { deck: Deck; deckTag: string } | null = options.known ?? null;
  let followDeck: FollowMessage | null = null;
  let followAt: FollowMessage | null = null;
  let status: ConnectionStatus = 'connecting';
  let attempt = 0;

  const setStatus = (next: ConnectionStatus): void => {
    status = next;
    for (const l of listeners) l.onStatus(next);
  };

  const receive = (message: ServerMessage): void => {
    if (message.type === 'snapshot' || message.type === 'snapshot-same-deck') {
      const snapshot =
        message.type === 'snapshot'
          ? message.snapshot
          : held?.deckTag === message.deckTag
            ? { ...message.snapshot, deck: held.deck }
            : null;
      if (!snapshot) {
        // never sent unless the tags matched; if it were, reconnect and be sent the whole deck
        held = null;
        socket?.close?.();
        return;
      }
      held = message.deckTag ? { deck: snapshot.deck, deckTag: message.deckTag } : null;
      // For the benchmark's first-slide breakdown (npm run bench); costs nothing otherwise.
      if (latest === null && typeof performance !== 'undefined') performance.mark('lectern:snapshot');
      latest = snapshot;
      for (const l of listeners) l.onSnapshot(snapshot);
    } else if (message.type === 'state') {
      if (latest) latest = { ...latest, state: message.state };
      for (const l of listeners) l.onState(message.state);
    } else if (message.type === 'result') {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (message.type === 'follow-deck' || message.type === 'follow-at') {
      // kept like the snapshot: the page may start listening after they arrived
      if (message.type === 'follow-deck') followDeck = message;
      else followAt = message;
      for (const l of listeners) l.onFollow?.(message);
    } else console.warn('[lectern] host:', message.message);
  };

  const open = (): void => {
    setStatus('connecting');
    const ws = openSocket(held ? withDeckTag(url, held.deckTag) : url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setStatus('open');
      while (outbox.length > 0) ws.send(JSON.stringify(outbox.shift()));
    };
    ws.onmessage = (event) => receive(JSON.parse(String(event.data)) as ServerMessage);
    ws.onclose = (event) => {
      if (socket === ws) socket = null;
      // Sent on this socket and never answered: the host may or may not have applied them.
      const lost = [...pending.entries()].filter(([id]) => !outbox.some((m) => m.id === id));
      for (const [id, resolve] of lost) {
        pending.delete(id);
        resolve(unreachable('the connection to the show was lost before it answered'));
      }
      // The link was replaced: reconnecting with it would only be refused, forever.
      if (event?.code === CLOSE_LINK_REPLACED) return setStatus('replaced');
      setStatus('closed');
      const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!;
      attempt += 1;
      schedule(open, delay);
    };
  };
  if (options.openWhen) void options.openWhen.then(open, open);
  else open();

  return {
    connect(listener: TransportListener) {
      listeners.add(listener);
      listener.onStatus(status);
      if (latest) listener.onSnapshot(latest);
      if (followDeck) listener.onFollow?.(followDeck);
      if (followAt) listener.onFollow?.(followAt);
      return () => {
        listeners.delete(listener);
      };
    },
    send(command: ShowCommand) {
      const id = nextId++;
      const message: ClientMessage = { type: 'command', id, command };
      const answered = new Promise<CommandResult>((resolve) => pending.set(id, resolve));
      if (socket?.readyState === OPEN) socket.send(JSON.stringify(message));
      // A key pressed during a reconnect still counts: it is sent once the host is back.
      else if (outbox.length < MAX_QUEUED) outbox.push(message);
      else {
        pending.delete(id);
        return Promise.resolve(unreachable('not connected to the show'));
      }
      return answered;
    },
    async saveKeys(config) {
      // Plain HTTP on the page's own origin (the LAN token travels in the page's cookie).
      try {
        const response = await fetch(new URL('/api/keys', location.href), {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(config),
        });
        const body = (await response.json()) as KeySettings | { error: string };
        return 'error' in body ? { overrides: {}, problem: body.error } : body;
      } catch (error) {
        return { overrides: {}, problem: `the show could not be reached: ${(error as Error).message}` };
      }
    },
  };
}

/** The socket's URL naming the deck the page holds (`&deck=<tag>`). */
function withDeckTag(url: string, deckTag: string): string {
  const u = new URL(url);
  u.searchParams.set('deck', deckTag);
  return u.href;
}
