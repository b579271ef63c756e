/**
 * The WebSocket side of the web host: each page's socket follows the show and sends commands.
 *
 * Protocol (see core/contract.ts): on connect the host sends `{type:'snapshot'}`; afterwards
 * `{type:'state'}` on every change and `{type:'snapshot'}` when the deck changes. A page sends
 * `{type:'command', id, command}`; each is judged like on every transport (core/commands.ts) and
 * answered `{type:'result', id, result}` (at once, or once saved). A message that cannot be read
 * at all gets `{type:'error'}`.
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
 * - each state or snapshot is turned into JSON once, however many pages it goes to.
 */
import type { WebSocket } from 'ws';
import { parseClientMessage, type ServerMessage, type ShowSnapshot } from '../core/contract';
import type { CommandResult } from '../core/commands';
import type { ShowState } from '../core/show';
import type { ViewRole } from '../core/views';
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
  let last: T | undefined;
  let text = '';
  return (value) => {
    if (value !== last) {
      last = value;
      text = JSON.stringify(wrap(value));
    }
    return text;
  };
}

/** How often pages that fell behind are looked at again (ms). */
const SWEEP_MS = 1_000;

export interface SocketBridge {
  /** Makes a page's socket a view of the session until it closes; its commands are judged for `role`. */
  attach(ws: WebSocket, role: ViewRole): void;
  close(): void;
}

export function socketBridge(session: ShowSession, options: SocketBridgeOptions = {}): SocketBridge {
  const maxBuffered = options.maxBufferedBytes ?? 8 * 1024 * 1024;
  const rate = options.commandRate ?? COMMAND_RATE;
  const stateJson = encoder((state: ShowState) => ({ type: 'state', state }));
  const snapshotJson = encoder((snapshot: ShowSnapshot) => ({ type: 'snapshot', snapshot }));
  /** Pages that were sent nothing for being behind, and what to do about each at the next sweep. */
  const behind = new Set<WebSocket>();
  const sweep = setInterval(() => {
    for (const ws of behind) {
      if (ws.readyState !== ws.OPEN) behind.delete(ws);
      else if (ws.bufferedAmount > maxBuffered) ws.terminate();
      else {
        behind.delete(ws);
        ws.send(snapshotJson(session.snapshot()));
      }
    }
  }, SWEEP_MS);
  sweep.unref();

  const attach = (ws: WebSocket, role: ViewRole): void => {
    const overBudget = clientBudget(rate);
    const send = (text: string): void => {
      if (ws.readyState !== ws.OPEN) return;
      if (behind.has(ws) || ws.bufferedAmount > maxBuffered) behind.add(ws);
      else ws.send(text);
    };
    const reply = (message: ServerMessage): void => send(JSON.stringify(message));
    const unsubscribe = session.subscribe({
      onState: (state) => send(stateJson(state)),
      onSnapshot: (snapshot) => send(snapshotJson(snapshot)),
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
    };
    ws.on('close', detach);
    ws.on('error', detach);
  };
  return { attach, close: () => clearInterval(sweep) };
}
