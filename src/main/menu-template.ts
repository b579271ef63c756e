/**
 * The application menu as data, following each platform's conventions: on macOS the app menu
 * (About, Hide, Quit) and a Window menu; elsewhere Quit lives in File. Built from plain inputs with a
 * type-only Electron import, so it is unit-tested (menu-template.test.ts).
 *
 * No accelerator here uses a key the views handle (arrows, space, B, Home/End…): a menu accelerator
 * would swallow it before the page sees it.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { PresenterPanel } from '../core/contract';

export interface MenuActions {
  openSpeech(): void;
  /** Saves a PDF handout: slides with the transcript (`notes`) or the slides alone. */
  exportHandout(variant: 'notes' | 'slides'): void;
  togglePresenter(): void;
  swapDisplays(): void;
  /** Starts a rehearsal, or finishes and saves the one under way. */
  toggleRehearsal(): void;
  /** Opens the delegate viewer: the talk to read, slides beside the transcript. */
  openDelegateView(): void;
  /** Opens the Phone remote window: the links (and QR codes) of the remote, crew and follow pages. */
  openPhoneRemote(): void;
  /** Opens one of the presenter's panels: the overview, the key help, the key preferences. */
  openPanel(panel: PresenterPanel): void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  /** Adds Toggle Developer Tools (development only). */
  devTools: boolean;
}

export function buildMenuTemplate(actions: MenuActions, context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    label: context.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { label: 'Preferences…', accelerator: 'CmdOrCtrl+,', click: () => actions.openPanel('keys') },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.openSpeech() },
      { type: 'separator' },
      {
        label: 'Export Handout (PDF)…',
        accelerator: 'CmdOrCtrl+Shift+E',
        click: () => actions.exportHandout('notes'),
      },
      { label: 'Export Slides (PDF)…', click: () => actions.exportHandout('slides') },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      {
        label: 'Toggle Presenter Window',
        accelerator: 'CmdOrCtrl+Shift+P',
        click: () => actions.togglePresenter(),
      },
      { label: 'Swap Displays', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.swapDisplays() },
      { type: 'separator' },
      {
        label: 'Start or Finish Rehearsal',
        accelerator: 'CmdOrCtrl+Shift+R',
        click: () => actions.toggleRehearsal(),
      },
      { label: 'Delegate View', accelerator: 'CmdOrCtrl+Shift+D', click: () => actions.openDelegateView() },
      { label: 'Phone Remote…', accelerator: 'CmdOrCtrl+Shift+L', click: () => actions.openPhoneRemote() },
      { type: 'separator' },
      // no accelerators: O and ? are the views' own keys (a menu accelerator would swallow them)
      { label: 'Overview of Slides', click: () => actions.openPanel('overview') },
      { label: 'Keys…', click: () => actions.openPanel('help') },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      { role: 'reload' },
      ...(context.devTools ? [{ role: 'toggleDevTools' } as const] : []),
    ],
  };
  // Elsewhere Preferences… lives at the end of Edit, as on Windows and Linux desktops.
  const edit: MenuItemConstructorOptions = mac
    ? { role: 'editMenu' }
    : {
        label: '&Edit',
        submenu: [
          { role: 'undo' },
          { role: 'redo' },
          { type: 'separator' },
          { role: 'cut' },
          { role: 'copy' },
          { role: 'paste' },
          { role: 'selectAll' },
          { type: 'separator' },
          { label: 'Preferences…', accelerator: 'CmdOrCtrl+,', click: () => actions.openPanel('keys') },
        ],
      };
  return [...(mac ? [appMenu] : []), file, edit, view, ...(mac ? [{ role: 'windowMenu' } as const] : [])];
}
