/**
 * The WebSocket side of the web host: each page's socket follows the show and sends commands.
 *
 * Protocol (see core/contract.ts): on connect the host sends `{type:'snapshot'}`; afterwards
 * `{type:'state'}` on every change and `{type:'snapshot'}` when the deck changes, each as the
 * page's role is sent it (core/projections.ts: no cue reaches the audience). Followers are sent
 * `{type:'follow-deck'}` and `{type:'follow-at'}` instead (host/follow-feed.ts), never the state.
 * A page sends `{type:'command', id, command}`; each is judged like on every transport
 * (core/commands.ts: a follower's is refused, 403) and answered `{type:'result', id, result}`
 * (at once, or once saved). A message that cannot be read at all gets `{type:'error'}`.
 *
 * On the LAN each socket remembers the token it came with (core/lan-roles.ts): when the speaker
 * replaces a role's link, that role's sockets are closed with CLOSE_LINK_REPLACED, which tells the
 * page not to reconnect with the old one.
 *
 * One page cannot slow the show for the others:
 * - each socket has its own command budget, and one for pointer moves (rate-limit.ts); past it
 *   a command is answered 429 and changes nothing, so a flood cannot fill every other page's
 *   queue with changes;
 * - a page more than `maxBufferedBytes` behind (a frozen tab, a slow link) is sent nothing more
 *   for now: every message is a whole state or snapshot, so the ones it misses need no replay.
 *   Once a second, such a page is looked at again: caught up, it is sent the latest snapshot;
 *   still behind, it is dropped (it reconnects by itself, and gets a fresh snapshot). Its queue
 *   is bounded either way, and the show never waits for it;
 * - each state or snapshot is turned into JSON once per shape (whole, without cues, followers'),
 *   however many pages it goes to.
 */
import type { WebSocket } from 'ws';
import { parseClientMessage, type ServerMessage, type ShowSnapshot } from '../core/contract';
import type { CommandResult } from '../core/commands';
import type { FollowAt, FollowDeck } from '../core/follow';
import type { LanRole } from '../core/lan-roles';
import { seesCues, snapshotFor, stateFor } from '../core/projections';
import { deckTag } from '../host/deck-tag';
import { deckJson, withDeckJson } from '../core/deck-json';
import type { ShowState } from '../core/show';
import type { ShowRole } from '../core/views';
import type { FollowFeed } from '../host/follow-feed';
import type { ShowSession } from '../host/show-session';
import { clientBudget, COMMAND_RATE, type RateLimit } from './rate-limit';

export interface SocketBridgeOptions {
  /** Unsent bytes after which a page that does not read is dropped. Default 8 MB. */
  maxBufferedBytes?: number;
  /** Commands each page may send. Default COMMAND_RATE (30 a second, 60 at once). */
  commandRate?: RateLimit;
}

/** The answer to a command over a page's budget. */
export function tooMany(rate: RateLimit): CommandResult {
  return {
    ok: false,
    status: 429,
    error: `too many commands: at most ${rate.perSecond} a second (${rate.burst} at once)`,
  };
}

/** Remembers the JSON of the last value it was given (every page gets the same object in turn). */
function encoder<T>(wrap: (value: T) => ServerMessage): (value: T) => string {
  return textEncoder((value) => JSON.stringify(wrap(value)));
}

function textEncoder<T>(write: (value: T) => string): (value: T) => string {
  let last: T | undefined;
  let text = '';
  return (value) => {
    if (value !== last) {
      last = value;
      text = write(value);
    }
    return text;
  };
}

/** How often pages that fell behind are looked at again (ms). */
const SWEEP_MS = 1_000;

/** The close code that tells a page its link was replaced: it must not reconnect with it. */
export const CLOSE_LINK_REPLACED = 4403;

export interface SocketBridge {
  /**
   * Makes a page's socket a view of the session until it closes; its commands are judged for
   * `role`. `link` is the LAN token it came with (null on loopback). `heldDeck` is the tag of the
   * deck the page holds already (host/deck-tag.ts): if it is the show's deck, the first snapshot
   * is sent without it.
   */
  attach(ws: WebSocket, role: ShowRole, link?: LanRole | null, heldDeck?: string | null): void;
  /** Closes every socket that came with a token of these roles (their links were replaced). */
  closeLinks(roles: readonly LanRole[]): void;
  close(): void;
}

export function socketBridge(
  session: ShowSession,
  feed: FollowFeed,
  options: SocketBridgeOptions = {},
): SocketBridge {
  const maxBuffered = options.maxBufferedBytes ?? 8 * 1024 * 1024;
  const rate = options.commandRate ?? COMMAND_RATE;
  const stateJson = encoder((state: ShowState) => ({ type: 'state', state }));
  /** A whole snapshot: the deck's part written once per deck (core/deck-json.ts), the rest now. */
  const wholeSnapshotJson = (snapshot: ShowSnapshot): string => {
    const { deck, ...rest } = snapshot;
    const tag = JSON.stringify(deckTag(deck));
    return `{"type":"snapshot","deckTag":${tag},"snapshot":${withDeckJson(deckJson(deck), JSON.stringify(rest))}}`;
  };
  const snapshotJson = textEncoder(wholeSnapshotJson);
  // The audience and the delegate viewer: the same, without the speaker's cues.
  const publicStateJson = encoder((state: ShowState) => ({
    type: 'state',
    state: stateFor('audience', state),
  }));
  const publicSnapshotJson = textEncoder((snapshot: ShowSnapshot) =>
    wholeSnapshotJson(snapshotFor('audience', snapshot)),
  );
  /** The same without the deck, for a page that named this deck's tag (it holds the deck). */
  const sameDeckJson = (snapshot: ShowSnapshot, full: boolean): string => {
    const { deck, ...rest } = full ? snapshot : snapshotFor('audience', snapshot);
    return JSON.stringify({ type: 'snapshot-same-deck', deckTag: deckTag(deck), snapshot: rest });
  };
  const followDeckJson = encoder((deck: FollowDeck) => ({ type: 'follow-deck', deck }));
  const followAtJson = encoder((at: FollowAt) => ({ type: 'follow-at', at }));
  /** Pages that were sent nothing for being behind, and how to bring each up to date at the next sweep. */
  const behind = new Map<WebSocket, () => void>();
  /** Sockets that came with a LAN token, by the token's role. */
  const links = new Map<WebSocket, LanRole>();
  const sweep = setInterval(() => {
    for (const [ws, resync] of behind) {
      if (ws.readyState !== ws.OPEN) behind.delete(ws);
      else if (ws.bufferedAmount > maxBuffered) ws.terminate();
      else {
        behind.delete(ws);
        resync();
      }
    }
  }, SWEEP_MS);
  sweep.unref();

  const attach = (
    ws: WebSocket,
    role: ShowRole,
    link: LanRole | null = null,
    heldDeck: string | null = null,
  ): void => {
    const overBudget = clientBudget(rate);
    const full = seesCues(role);
    const resync = (): void => {
      if (role === 'follower') {
        ws.send(followDeckJson(feed.deck));
        ws.send(followAtJson(feed.at));
      } else ws.send((full ? snapshotJson : publicSnapshotJson)(session.snapshot()));
    };
    const send = (text: string): void => {
      if (ws.readyState !== ws.OPEN) return;
      if (behind.has(ws) || ws.bufferedAmount > maxBuffered) behind.set(ws, resync);
      else ws.send(text);
    };
    const reply = (message: ServerMessage): void => send(JSON.stringify(message));
    if (link) links.set(ws, link);
    const unsubscribe =
      role === 'follower'
        ? feed.subscribe({
            onDeck: (deck) => send(followDeckJson(deck)),
            onAt: (at) => send(followAtJson(at)),
          })
        : session.subscribe({
            onState: (state) => send((full ? stateJson : publicStateJson)(state)),
            onSnapshot: (snapshot) => {
              // the first snapshot (sent as the page subscribes): without the deck if the page has it
              const holds = heldDeck !== null && heldDeck === deckTag(snapshot.deck);
              heldDeck = null;
              send(
                holds ? sameDeckJson(snapshot, full) : (full ? snapshotJson : publicSnapshotJson)(snapshot),
              );
            },
          });
    ws.on('message', (data) => {
      const message = parseClientMessage(String(data));
      if (!message.ok) {
        reply({ type: 'error', message: message.error });
        return;
      }
      const { id, command } = message.value;
      const answer = (result: CommandResult): void => {
        if (id !== undefined) reply({ type: 'result', id, result });
        else if (!result.ok) reply({ type: 'error', message: result.error });
      };
      const spent = overBudget(command);
      if (spent) return answer(tooMany(spent));
      // Answered when the session says: at once, or (a rehearsal's finish) once it is saved.
      void session.submit(command, role).then(answer);
    });
    const detach = (): void => {
      unsubscribe();
      behind.delete(ws);
      links.delete(ws);
    };
    ws.on('close', detach);
    ws.on('error', detach);
  };
  return {
    attach,
    closeLinks(roles) {
      for (const [ws, role] of links) {
        if (!roles.includes(role)) continue;
        links.delete(ws);
        ws.close(CLOSE_LINK_REPLACED, 'this link was replaced');
        // a page that does not answer the close is not waited for
        setTimeout(() => ws.terminate(), 1_000).unref();
      }
    },
    close: () => clearInterval(sweep),
  };
}
