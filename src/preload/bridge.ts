/**
 * The one API a window's page gets: `window.lectern`, a LecternBridge (core/contract.ts).
 *
 * Sandboxed preload, so only `electron` may be required here; the build inlines the rest (see the
 * preload section of electron.vite.config.ts). The page never sees ipcRenderer, channel names or
 * IPC event objects (whose `sender` is ipcRenderer itself): only these eight members, each fixed to
 * its channel.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { IpcChannel, type LecternBridge, type ShowSnapshot, type ViewRole } from '../core/contract';
import type { ShowCommand, ShowState } from '../core/show';
import type { RehearsalReport } from '../core/rehearsal-report';

export function createBridge(role: ViewRole): LecternBridge {
  return {
    role,
    getSnapshot: () => ipcRenderer.invoke(IpcChannel.snapshot) as Promise<ShowSnapshot>,
    // Main validates the command; an invalid one rejects this promise with the reason.
    send: async (command: ShowCommand) => {
      await ipcRenderer.invoke(IpcChannel.command, command);
    },
    onState: (listener: (state: ShowState) => void) => listen(IpcChannel.state, listener),
    onSnapshot: (listener: (snapshot: ShowSnapshot) => void) => listen(IpcChannel.deck, listener),
    // The page never learns file paths: the preload asks Electron for the dropped file's path and
    // hands it to main, which checks it (a speech file, absolute) before opening it.
    openDroppedFile: async (file: File) => {
      await ipcRenderer.invoke(IpcChannel.openSpeech, webUtils.getPathForFile(file));
    },
    getRehearsalReport: () => ipcRenderer.invoke(IpcChannel.rehearsalReport) as Promise<RehearsalReport>,
    getRehearsalCsv: () => ipcRenderer.invoke(IpcChannel.rehearsalCsv) as Promise<string>,
  };
}

/** Exposes the bridge for one role. contextBridge copies it, so the page cannot alter our copy. */
export function exposeBridge(role: ViewRole): void {
  contextBridge.exposeInMainWorld('lectern', createBridge(role));
}

/** Subscribes to a main → renderer channel, passing the payload only. Returns the unsubscribe function. */
function listen<T>(channel: string, listener: (payload: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: T): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}
