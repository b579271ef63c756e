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
import { UI_LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from '../core/ui-language';
import type { MainText } from './ui-language';

export interface MenuActions {
  openSpeech(): void;
  /** Saves a PDF handout: slides with the transcript (`notes`) or the slides alone. */
  exportHandout(variant: 'notes' | 'slides'): void;
  /** Saves the deck as a PowerPoint file, the speech in its notes. */
  exportPptx(): void;
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
  /** Speaks this language from now on (remembered); null follows the system's again. */
  setUiLanguage(choice: UiLanguage | null): void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  /** Adds Toggle Developer Tools (development only). */
  devTools: boolean;
  /** The words of the menu, in the interface language (ui-language.ts). */
  text: MainText['menu'];
  /** The speaker's language choice (checked in View › Language), or null when following the system. */
  uiLanguage: UiLanguage | null;
}

export function buildMenuTemplate(actions: MenuActions, context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const text = context.text;
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
      { label: text.preferences, accelerator: 'CmdOrCtrl+,', click: () => actions.openPanel('keys') },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      { label: text.open, accelerator: 'CmdOrCtrl+O', click: () => actions.openSpeech() },
      { type: 'separator' },
      {
        label: text.exportHandout,
        accelerator: 'CmdOrCtrl+Shift+E',
        click: () => actions.exportHandout('notes'),
      },
      { label: text.exportSlides, click: () => actions.exportHandout('slides') },
      { label: text.exportPptx, click: () => actions.exportPptx() },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  // Each language by its own name, so a speaker lost in a foreign interface finds theirs.
  const language: MenuItemConstructorOptions = {
    label: text.language,
    submenu: [
      {
        label: text.systemLanguage,
        type: 'radio',
        checked: context.uiLanguage === null,
        click: () => actions.setUiLanguage(null),
      },
      { type: 'separator' },
      ...UI_LANGUAGES.map((lang): MenuItemConstructorOptions => ({
        label: UI_LANGUAGE_NAMES[lang],
        type: 'radio',
        checked: context.uiLanguage === lang,
        click: () => actions.setUiLanguage(lang),
      })),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      {
        label: text.togglePresenter,
        accelerator: 'CmdOrCtrl+Shift+P',
        click: () => actions.togglePresenter(),
      },
      { label: text.swapDisplays, accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.swapDisplays() },
      { type: 'separator' },
      {
        label: text.rehearsal,
        accelerator: 'CmdOrCtrl+Shift+R',
        click: () => actions.toggleRehearsal(),
      },
      { label: text.delegateView, accelerator: 'CmdOrCtrl+Shift+D', click: () => actions.openDelegateView() },
      { label: text.phoneRemote, accelerator: 'CmdOrCtrl+Shift+L', click: () => actions.openPhoneRemote() },
      { type: 'separator' },
      language,
      { type: 'separator' },
      // no accelerators: O and ? are the views' own keys (a menu accelerator would swallow them)
      { label: text.overview, click: () => actions.openPanel('overview') },
      { label: text.keys, click: () => actions.openPanel('help') },
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
        label: text.edit,
        submenu: [
          { role: 'undo' },
          { role: 'redo' },
          { type: 'separator' },
          { role: 'cut' },
          { role: 'copy' },
          { role: 'paste' },
          { role: 'selectAll' },
          { type: 'separator' },
          { label: text.preferences, accelerator: 'CmdOrCtrl+,', click: () => actions.openPanel('keys') },
        ],
      };
  return [...(mac ? [appMenu] : []), file, edit, view, ...(mac ? [{ role: 'windowMenu' } as const] : [])];
}
