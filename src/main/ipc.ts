/**
 * The IPC bridge between the windows and the show, per the typed map in core/contract.ts:
 *
 *   renderer ──invoke(show:snapshot)──────────────▶ main   → ShowSnapshot
 *   renderer ──invoke(show:command, command)──────▶ main   → CommandResult (core/commands.ts)
 *   renderer ──invoke(speech:open, path)──────────▶ main   a dropped file: checked, then opened
 *   renderer ──invoke(rehearsals:report|csv)──────▶ main   the saved rehearsals of the open speech
 *   renderer ──invoke(keys:save, config)──────────▶ main   keys.json from the preferences screen
 *   renderer ──invoke(lan:status|start|stop|rotate)▶ main  the Phone remote window (lan-remote.ts)
 *   main ─────send(view:open, panel)──────────────▶ presenter, from the menu (overview, keys…)
 *   main ─────send(show:state, ShowState)─────────▶ every window, on every change
 *   main ─────send(show:deck, ShowSnapshot)───────▶ every window, when the deck or its problem changes
 *
 * A message is served only if it comes from the main frame of one of our windows, showing a page
 * of ours, and only on a channel that window's role may use (ROLE_INVOKES): the audience window
 * cannot open files or read rehearsals, the delegate viewer cannot command, whatever its page does.
 * Payloads are then validated. Anything else is refused with an error `invoke` rejects with.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  ROLE_INVOKES,
  type EventChannel,
  type InvokeChannel,
  type IpcEvents,
  type IpcInvokes,
} from '../core/contract';
import { isLanRole, type LanRole } from '../core/lan-roles';
import { snapshotFor, stateFor } from '../core/projections';
import { roleOfView, type ViewRole } from '../core/views';
import type { KeySettings } from '../core/key-config';
import type { ShowSession } from '../host/show-session';
import type { RehearsalLink } from '../host/rehearsals-link';
import { isTrustedUrl } from './app-url';
import { parseDroppedSpeech } from './dropped-speech';
import type { LanRemote } from './lan-remote';

export interface SenderRegistry {
  roleOf(contents: WebContents): ViewRole | null;
}

/** What the windows may ask of the host beyond show commands. */
export interface ShowHostActions {
  /** Opens a dropped speech file (already checked to be an absolute speech path). */
  openSpeech(path: string): Promise<void>;
  rehearsals: Pick<RehearsalLink, 'report' | 'csv'> | null;
  /** Validates and writes keys.json (host/open-show.ts: Show.saveKeys). */
  saveKeys(config: unknown): Promise<KeySettings>;
  /** The LAN pages of the Phone remote window. */
  lan: LanRemote;
}

type Result<C extends InvokeChannel> = IpcInvokes[C]['result'];
/** A handler is told the sender's role; its arguments are untrusted until it validates them. */
type Handler<C extends InvokeChannel> = (
  role: ViewRole,
  ...args: unknown[]
) => Result<C> | Promise<Result<C>>;

/** Registers the handlers (once per app run). Returns a function that removes them. */
export function registerShowIpc(
  session: ShowSession,
  windows: SenderRegistry,
  origins: readonly string[],
  host: ShowHostActions,
): () => void {
  const channels: InvokeChannel[] = [];
  const handle = <C extends InvokeChannel>(channel: C, handler: Handler<C>): void => {
    channels.push(channel);
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      handler(authorise(event, channel, windows, origins), ...args),
    );
  };
  const kept = (): Pick<RehearsalLink, 'report' | 'csv'> => {
    if (!host.rehearsals) throw new Error('rehearsals are not kept by this show');
    return host.rehearsals;
  };

  // Each window is sent the show as its role sees it (no cue ever reaches the audience window).
  handle('show:snapshot', (role) => snapshotFor(roleOfView(role), session.snapshot()));
  handle('show:command', (role, command) => session.submit(command, roleOfView(role)));
  handle('speech:open', async (_role, path) => {
    const dropped = parseDroppedSpeech(path);
    if (!dropped.ok) throw new Error(dropped.error);
    await host.openSpeech(dropped.path);
  });
  handle('rehearsals:report', () => kept().report());
  handle('rehearsals:csv', () => kept().csv());
  // validated in the host by the same schema as the file (core/key-config.ts)
  handle('keys:save', (_role, config) => host.saveKeys(config));
  handle('lan:status', () => host.lan.status());
  handle('lan:start', () => host.lan.start());
  handle('lan:stop', () => host.lan.stop());
  handle('lan:rotate', (_role, which) => {
    if (which !== 'all' && !isLanRole(which)) throw new Error('lan:rotate takes a role or "all"');
    return host.lan.rotate(which as LanRole | 'all');
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** Sends a typed event to a window, unless it is gone. */
export function sendEvent<E extends EventChannel>(
  contents: WebContents,
  channel: E,
  payload: IpcEvents[E],
): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}

/** Makes a window a view of the session until it closes, sent the show as its role sees it. */
export function attachWindow(session: ShowSession, win: BrowserWindow, role: ViewRole): void {
  const contents = win.webContents;
  const as = roleOfView(role);
  const unsubscribe = session.subscribe({
    onState: (state) => sendEvent(contents, 'show:state', stateFor(as, state)),
    onSnapshot: (snapshot) => sendEvent(contents, 'show:deck', snapshotFor(as, snapshot)),
  });
  win.once('closed', unsubscribe);
}

/** The sender's role, when it is one of our windows showing our page and may use this channel. */
function authorise(
  event: IpcMainInvokeEvent,
  channel: InvokeChannel,
  windows: SenderRegistry,
  origins: readonly string[],
): ViewRole {
  const frame = event.senderFrame;
  const role = windows.roleOf(event.sender);
  const trusted =
    role !== null && frame !== null && frame.parent === null && isTrustedUrl(frame.url, origins);
  if (!trusted) throw new Error('IPC refused: the sender is not a Lectern window');
  if (!ROLE_INVOKES[role].includes(channel))
    throw new Error(`IPC refused: the ${role} window may not use ${channel}`);
  return role;
}
