/**
 * The IPC bridge between the two windows and the ShowSession, per core/contract.ts:
 *
 *   renderer ──invoke(show:command, ShowCommand)──▶ main   validated, then session.dispatch
 *   renderer ──invoke(show:snapshot)──────────────▶ main   → ShowSnapshot
 *   main ─────send(show:state, ShowState)─────────▶ both windows, on every change
 *   main ─────send(show:deck, ShowSnapshot)───────▶ both windows, when the deck or its problem changes
 *   renderer ──invoke(speech:open, path)──────────▶ main   a dropped file: checked, then opened
 *   renderer ──invoke(rehearsals:report|csv)──────▶ main   the saved rehearsals of the open speech
 *
 * A message is served only if it comes from the main frame of one of our two windows, showing a
 * page of ours; its payload is then validated with the contract's schema. Anything else is refused
 * with an error the renderer's `invoke` rejects with.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IpcChannel, parseShowCommand, type ViewRole } from '../core/contract';
import type { ShowSession } from '../host/show-session';
import type { RehearsalLink } from '../host/rehearsals-link';
import { isTrustedUrl } from './app-url';
import { parseDroppedSpeech } from './dropped-speech';

export interface SenderRegistry {
  roleOf(contents: WebContents): ViewRole | null;
}

/** What the windows may ask of the host beyond show commands. */
export interface ShowHostActions {
  /** Opens a dropped speech file (already checked to be an absolute speech path). */
  openSpeech(path: string): Promise<void>;
  rehearsals: Pick<RehearsalLink, 'report' | 'csv'>;
}

/** Registers the handlers (once per app run). Returns a function that removes them. */
export function registerShowIpc(
  session: ShowSession,
  windows: SenderRegistry,
  origins: readonly string[],
  host: ShowHostActions,
): () => void {
  ipcMain.handle(IpcChannel.command, (event, payload: unknown) => {
    assertTrustedSender(event, windows, origins);
    const command = parseShowCommand(payload);
    if (!command.ok) throw new Error(`Invalid show command: ${command.error}`);
    session.dispatch(command.value);
  });
  ipcMain.handle(IpcChannel.snapshot, (event) => {
    assertTrustedSender(event, windows, origins);
    return session.snapshot();
  });
  ipcMain.handle(IpcChannel.openSpeech, async (event, payload: unknown) => {
    assertTrustedSender(event, windows, origins);
    const dropped = parseDroppedSpeech(payload);
    if (!dropped.ok) throw new Error(dropped.error);
    await host.openSpeech(dropped.path);
  });
  ipcMain.handle(IpcChannel.rehearsalReport, (event) => {
    assertTrustedSender(event, windows, origins);
    return host.rehearsals.report();
  });
  ipcMain.handle(IpcChannel.rehearsalCsv, (event) => {
    assertTrustedSender(event, windows, origins);
    return host.rehearsals.csv();
  });
  return () => {
    ipcMain.removeHandler(IpcChannel.command);
    ipcMain.removeHandler(IpcChannel.snapshot);
    ipcMain.removeHandler(IpcChannel.openSpeech);
    ipcMain.removeHandler(IpcChannel.rehearsalReport);
    ipcMain.removeHandler(IpcChannel.rehearsalCsv);
  };
}

/** Makes a window a view of the session until it closes. */
export function attachWindow(session: ShowSession, win: BrowserWindow): void {
  const contents = win.webContents;
  const send = (channel: string, payload: unknown): void => {
    if (!contents.isDestroyed()) contents.send(channel, payload);
  };
  const unsubscribe = session.subscribe({
    onState: (state) => send(IpcChannel.state, state),
    onSnapshot: (snapshot) => send(IpcChannel.deck, snapshot),
  });
  win.once('closed', unsubscribe);
}

function assertTrustedSender(
  event: IpcMainInvokeEvent,
  windows: SenderRegistry,
  origins: readonly string[],
): void {
  const frame = event.senderFrame;
  const trusted =
    windows.roleOf(event.sender) !== null &&
    frame !== null &&
    frame.parent === null &&
    isTrustedUrl(frame.url, origins);
  if (!trusted) throw new Error('IPC refused: the sender is not a Lectern window');
}
