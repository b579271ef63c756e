/**
 * The bridges a window's page gets as `window.lectern`: one per role (core/contract.ts), each
 * exposing only what that role may do. Main authorises every call by the sender's role anyway
 * (main/ipc.ts); a narrower bridge means a compromised page has less to even try.
 *
 * Sandboxed preload, so only `electron` may be required here; the build inlines the rest (see the
 * preload section of electron.vite.config.ts). The page never sees ipcRenderer, channel names or
 * IPC event objects (whose `sender` is ipcRenderer itself): only these members, each fixed to its
 * channel and typed by the IPC map.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type {
  AudienceBridge,
  ConnectBridge,
  DelegateBridge,
  EventChannel,
  InvokeChannel,
  IpcEvents,
  IpcInvokes,
  LecternBridge,
  PresenterBridge,
} from '../core/contract';

/** A typed invoke: the channel fixes the arguments and the result. */
function invoke<C extends InvokeChannel>(
  channel: C,
  ...args: IpcInvokes[C]['args']
): Promise<IpcInvokes[C]['result']> {
  return ipcRenderer.invoke(channel, ...args);
}

/** Subscribes to a main → renderer event, passing the payload only. Returns the unsubscribe function. */
function listen<E extends EventChannel>(channel: E, listener: (payload: IpcEvents[E]) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: IpcEvents[E]): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const reader = {
  getSnapshot: () => invoke('show:snapshot'),
  onState: (listener: (payload: IpcEvents['show:state']) => void) => listen('show:state', listener),
  onSnapshot: (listener: (payload: IpcEvents['show:deck']) => void) => listen('show:deck', listener),
};

export function delegateBridge(): DelegateBridge {
  return { role: 'delegate', ...reader };
}

export function audienceBridge(): AudienceBridge {
  // Main judges the command (core/commands.ts); the audience may only move the deck.
  return { role: 'audience', ...reader, send: (command) => invoke('show:command', command) };
}

export function presenterBridge(): PresenterBridge {
  return {
    role: 'presenter',
    ...reader,
    send: (command) => invoke('show:command', command),
    // The page never learns file paths: the preload asks Electron for the dropped file's path and
    // hands it to main, which checks it (a speech file, absolute) before opening it.
    openDroppedFile: (file) => invoke('speech:open', webUtils.getPathForFile(file)),
    getRehearsalReport: () => invoke('rehearsals:report'),
    getRehearsalCsv: () => invoke('rehearsals:csv'),
    saveKeys: (config) => invoke('keys:save', config),
    onOpenPanel: (listener) => listen('view:open', listener),
  };
}

export function connectBridge(): ConnectBridge {
  // The Phone remote window: the LAN pages' links; nothing of the show itself.
  return {
    role: 'connect',
    status: () => invoke('lan:status'),
    start: () => invoke('lan:start'),
    stop: () => invoke('lan:stop'),
    rotate: (which) => invoke('lan:rotate', which),
  };
}

/**
 * Exposes a window's bridge. contextBridge copies it, so the page cannot alter our copy. Each
 * preload names its own factory, so its bundle carries no other role's members.
 */
export function exposeBridge(bridge: LecternBridge): void {
  contextBridge.exposeInMainWorld('lectern', bridge);
}
