import { describe, expect, it } from 'vitest';
import { DEFAULT_KEY_SETTINGS } from '../../../core/key-profiles';
import type { ClientMessage, ServerMessage, ShowSnapshot } from '../../../core/contract';
import { makeDeck } from '../../../../tests/helpers/decks';
import { initialShowState } from '../../../core/show';
import {
  MAX_QUEUED,
  RETRY_MS,
  webSocketTransport,
  type SocketLike,
  type WebSocketTransportOptions,
} from './websocket';
import type { ConnectionStatus } from './transport';

/** A socket the test opens, answers and closes by hand. */
class FakeSocket implements SocketLike {
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  readonly sent: ClientMessage[] = [];
  send(data: string): void {
    this.sent.push(JSON.parse(data) as ClientMessage);
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(message: ServerMessage): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  close(): void {
    this.readyState = 3;
    this.onclose?.();
  }
}

function harness(known?: WebSocketTransportOptions['known'], openWhen?: Promise<unknown>) {
  const sockets: FakeSocket[] = [];
  const urls: string[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const transport = webSocketTransport('ws://host/ws?view=presenter', {
    open: (url) => {
      urls.push(url);
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    schedule: (run, ms) => timers.push({ run, ms }),
    known,
    openWhen,
  });
  const statuses: ConnectionStatus[] = [];
  const snapshots: ShowSnapshot[] = [];
  transport.connect({
    onSnapshot: (s) => snapshots.push(s),
    onState: (state) => snapshots.push({ ...snapshots.at(-1)!, state }),
    onStatus: (s) => statuses.push(s),
  });
  return { transport, sockets, urls, timers, statuses, snapshots, socket: () => sockets.at(-1)! };
}

const snapshot: ShowSnapshot = {
  deck: makeDeck(3),
  state: initialShowState(3),
  problem: null,
  notice: null,
  problems: [],
  keys: DEFAULT_KEY_SETTINGS,
};

describe('webSocketTransport', () => {
  it('hands over snapshots and states in order, and the latest snapshot to a late view', () => {
    const h = harness();
    h.socket().open();
    h.socket().receive({ type: 'snapshot', snapshot });
    h.socket().receive({ type: 'state', state: { ...snapshot.state, index: 2, revision: 1 } });
    expect(h.snapshots.map((s) => s.state.index)).toEqual([0, 2]);
    const late: ShowSnapshot[] = [];
    h.transport.connect({
      onSnapshot: (s) => late.push(s),
      onState: () => undefined,
      onStatus: () => undefined,
    });
    expect(late.map((s) => s.state.index)).toEqual([2]);
  });

  it('resolves each command to the host’s answer for its id', async () => {
    const h = harness();
    h.socket().open();
    const first = h.transport.send({ type: 'next' });
    const second = h.transport.send({ type: 'goto', index: 9 });
    const [a, b] = h.socket().sent;
    h.socket().receive({
      type: 'result',
      id: b!.id!,
      result: { ok: false, status: 400, error: 'no slide 10' },
    });
    h.socket().receive({ type: 'result', id: a!.id!, result: { ok: true } });
    expect(await first).toEqual({ ok: true });
    expect(await second).toEqual({ ok: false, status: 400, error: 'no slide 10' });
  });

  it('keeps a few keys pressed while reconnecting, sends them on reconnect, and refuses the rest', async () => {
    const h = harness();
    h.socket().open();
    h.socket().close();
    expect(h.statuses.at(-1)).toBe('closed');
    const queued = Array.from({ length: MAX_QUEUED }, () => h.transport.send({ type: 'next' }));
    expect(await h.transport.send({ type: 'next' })).toMatchObject({ ok: false, status: 503 });
    // The reconnect is scheduled with the first delay, then backs off.
    expect(h.timers.map((t) => t.ms)).toEqual([RETRY_MS[0]]);
    h.timers.shift()!.run();
    h.socket().open();
    expect(h.statuses.at(-1)).toBe('open');
    const sent = h.socket().sent;
    expect(sent.map((m) => m.command.type)).toEqual(['next', 'next', 'next']);
    for (const m of sent) h.socket().receive({ type: 'result', id: m.id!, result: { ok: true } });
    expect(await Promise.all(queued)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
  });

  it('answers 503 for a command whose connection dropped before the answer', async () => {
    const h = harness();
    h.socket().open();
    const lost = h.transport.send({ type: 'next' });
    h.socket().close();
    expect(await lost).toMatchObject({ ok: false, status: 503, error: /lost before it answered/ });
  });

  it('backs off to a reconnect every 2 s, and starts quick again after a success', () => {
    const h = harness();
    for (let i = 0; i < 7; i++) {
      h.socket().close();
      h.timers.at(-1)!.run();
    }
    expect(h.timers.map((t) => t.ms)).toEqual([100, 250, 500, 1000, 2000, 2000, 2000]);
    h.socket().open();
    h.socket().close();
    expect(h.timers.at(-1)!.ms).toBe(100);
  });

  it('names the deck the page holds, and keeps its own deck object when the host sends all but it', () => {
    const held = makeDeck(3);
    const h = harness({ deck: held, deckTag: 'a'.repeat(32) });
    expect(new URL(h.urls[0]!).searchParams.get('deck')).toBe('a'.repeat(32));
    h.socket().open();
    const { deck: _omitted, ...rest } = { ...snapshot, state: { ...snapshot.state, index: 1, revision: 4 } };
    h.socket().receive({ type: 'snapshot-same-deck', deckTag: 'a'.repeat(32), snapshot: rest });
    expect(h.snapshots).toHaveLength(1);
    expect(h.snapshots[0]!.deck).toBe(held);
    expect(h.snapshots[0]!.state.index).toBe(1);
    // a new deck arrives whole, with its tag: the next connection names that one
    const next = { ...snapshot, deck: makeDeck(4) };
    h.socket().receive({ type: 'snapshot', snapshot: next, deckTag: 'b'.repeat(32) });
    h.socket().close();
    h.timers.shift()!.run();
    expect(new URL(h.urls[1]!).searchParams.get('deck')).toBe('b'.repeat(32));
  });

  it('a deckless snapshot for a deck it does not hold is never shown: it reconnects and asks for all', () => {
    const h = harness({ deck: makeDeck(3), deckTag: 'a'.repeat(32) });
    h.socket().open();
    const { deck: _omitted, ...rest } = snapshot;
    h.socket().receive({ type: 'snapshot-same-deck', deckTag: 'c'.repeat(32), snapshot: rest });
    expect(h.snapshots).toHaveLength(0);
    expect(h.statuses.at(-1)).toBe('closed');
    h.timers.shift()!.run();
    expect(new URL(h.urls[1]!).searchParams.has('deck')).toBe(false);
  });

  it('opens only once told to (a page that paints before it is sent a whole deck), commands wait', async () => {
    let paint = (): void => undefined;
    const painted = new Promise<void>((resolve) => (paint = resolve));
    const h = harness(undefined, painted);
    await Promise.resolve();
    expect(h.sockets).toHaveLength(0);
    expect(h.statuses).toEqual(['connecting']);
    const answer = h.transport.send({ type: 'next' });
    paint();
    await painted;
    await Promise.resolve();
    expect(h.sockets).toHaveLength(1);
    expect(h.urls[0]).not.toContain('deck=');
    h.socket().open();
    expect(h.socket().sent).toEqual([{ type: 'command', id: 1, command: { type: 'next' } }]);
    h.socket().receive({ type: 'result', id: 1, result: { ok: true } } as ServerMessage);
    await expect(answer).resolves.toEqual({ ok: true });
  });
});
