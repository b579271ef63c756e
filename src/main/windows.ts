/**
 * The two show windows: creating them with locked-down webPreferences, and knowing which
 * webContents is which (ipc.ts trusts only these two).
 *
 * Where they go and when they become visible is displays.ts's business: both are created hidden.
 */
import { join } from 'node:path';
import { BrowserWindow, type WebContents } from 'electron';
import type { UiLanguage } from '../core/ui-language';
import type { ViewRole } from '../core/views';
import { rendererUrl } from './app-url';

export interface ShowWindows {
  audience: BrowserWindow;
  presenter: BrowserWindow;
}

export interface WindowOptions {
  /** Folder of the built preloads (out/preload): `<role>.cjs` each. */
  preloadDir: string;
  /** electron-vite's dev server, only when not packaged (see app-url.ts). */
  devServer?: string;
  /** DevTools are available in development only. */
  devTools: boolean;
  /** The interface language now (ui-language.ts): each page is loaded with it. */
  uiLanguage: () => UiLanguage;
}

const TITLES: Record<ViewRole, string> = {
  audience: 'Lectern — Audience',
  presenter: 'Lectern — Presenter',
  delegate: 'Lectern — Delegate view',
  connect: 'Lectern — Phone remote',
};

/**
 * One window for one role, hidden until displays.ts places and shows it; it loads its role's view
 * with its role's preload (preload/bridge.ts: the delegate viewer's can only read).
 */
export function createShowWindow(role: ViewRole, options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: TITLES[role],
    width: 1280,
    height: 720,
    minWidth: 480,
    minHeight: 270,
    show: false,
    // Black before the first paint: a projector must never flash white in a dark room.
    backgroundColor: '#000',
    // The audience window is the projector's picture: no menu bar in it (Alt still shows it).
    autoHideMenuBar: role === 'audience',
    webPreferences: {
      // electronegativity-ignore: PRELOAD_JS_CHECK — reviewed: sandboxed preload exposing its role's fixed members via contextBridge, never ipcRenderer (tests/electron/preload-bundle.spec.ts)
      preload: join(options.preloadDir, `${role}.cjs`),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click (auxclick) on a link would ask for a new window; they are refused anyway
      // (security.ts), and no slide needs the event.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: options.devTools,
      // A slide's clip starts with its slide, on the speaker's Next in the other window: the
      // audience window may play sound without a click of its own (the presenter's preview is muted).
      autoplayPolicy: role === 'audience' ? 'no-user-gesture-required' : 'user-gesture-required',
    },
  });
  // The page's <title> would replace ours; the role is what the speaker needs in the taskbar.
  win.on('page-title-updated', (event) => event.preventDefault());
  void win.loadURL(rendererUrl(role, options.devServer, options.uiLanguage()));
  return win;
}

/** The open pair, if any. Closing either window ends the show and closes the other. */
export class ShowWindowSet {
  private pair: ShowWindows | null = null;
  /**
   * The windows there is one of: the delegate viewer (the View menu, or a delegate build's only
   * window) and the Phone remote window.
   */
  private readonly singles = new Map<'delegate' | 'connect', BrowserWindow>();

  constructor(private readonly options: WindowOptions) {}

  get current(): ShowWindows | null {
    return this.pair;
  }

  /** Opens both windows (hidden), or returns the pair already open. */
  open(): ShowWindows {
    if (this.pair) return this.pair;
    const pair: ShowWindows = {
      audience: createShowWindow('audience', this.options),
      presenter: createShowWindow('presenter', this.options),
    };
    for (const win of [pair.audience, pair.presenter]) {
      win.once('closed', () => {
        if (this.pair !== pair) return;
        this.pair = null;
        for (const other of [pair.audience, pair.presenter]) if (!other.isDestroyed()) other.close();
      });
    }
    this.pair = pair;
    return pair;
  }

  /**
   * Opens the delegate viewer (or brings it forward). Returns the window when it was just created,
   * so the caller can make it a view of the show; null when it was already open.
   */
  openDelegate(): BrowserWindow | null {
    return this.openSingle('delegate', 1280, 900);
  }

  /** Opens the Phone remote window (the LAN pages' links and QR codes), or brings it forward. */
  openConnect(): BrowserWindow | null {
    return this.openSingle('connect', 560, 820);
  }

  private openSingle(role: 'delegate' | 'connect', width: number, height: number): BrowserWindow | null {
    const open = this.singles.get(role);
    if (open && !open.isDestroyed()) {
      open.focus();
      return null;
    }
    const win = createShowWindow(role, this.options);
    win.setSize(width, height);
    win.once('ready-to-show', () => win.show());
    win.once('closed', () => {
      if (this.singles.get(role) === win) this.singles.delete(role);
    });
    this.singles.set(role, win);
    return win;
  }

  /** Which of our windows a webContents belongs to, or null for anything else. */
  roleOf(contents: WebContents): ViewRole | null {
    for (const [role, win] of this.singles)
      if (!win.isDestroyed() && win.webContents === contents) return role;
    if (!this.pair) return null;
    if (!this.pair.audience.isDestroyed() && this.pair.audience.webContents === contents) return 'audience';
    if (!this.pair.presenter.isDestroyed() && this.pair.presenter.webContents === contents)
      return 'presenter';
    return null;
  }

  /** The window dialogs attach to: the presenter (the speaker's screen) when it is visible. */
  dialogParent(): BrowserWindow | null {
    const presenter = this.pair?.presenter;
    if (presenter && !presenter.isDestroyed() && presenter.isVisible()) return presenter;
    const delegate = this.singles.get('delegate');
    return delegate && !delegate.isDestroyed() ? delegate : null;
  }

  /** The open windows, for repainting them all. */
  all(): BrowserWindow[] {
    const windows = this.pair ? [this.pair.audience, this.pair.presenter] : [];
    windows.push(...this.singles.values());
    return windows.filter((w) => !w.isDestroyed());
  }

  /**
   * Puts a short notice in the presenter's title bar (e.g. "projector disconnected"), or removes it.
   * The title is ours (page-title-updated is refused), so the notice stays until replaced.
   */
  setNotice(notice: string | null): void {
    const presenter = this.pair?.presenter;
    if (!presenter || presenter.isDestroyed()) return;
    presenter.setTitle(notice ? `${TITLES.presenter} — ${notice}` : TITLES.presenter);
  }

  /**
   * Reloads the windows with words in them (presenter, delegate viewer, Phone remote) in the interface language
   * now. The audience window is left alone: it shows only the speech, and a projector must not
   * blink because the speaker changed a menu.
   */
  reloadInterface(): void {
    const pages: Array<[ViewRole, BrowserWindow | null | undefined]> = [
      ['presenter', this.pair?.presenter],
      ['delegate', this.singles.get('delegate')],
      ['connect', this.singles.get('connect')],
    ];
    for (const [role, win] of pages)
      if (win && !win.isDestroyed())
        void win.loadURL(rendererUrl(role, this.options.devServer, this.options.uiLanguage()));
  }

  /** Brings the presenter forward, e.g. when the app is launched a second time. */
  focusPresenter(): void {
    const presenter = this.pair?.presenter;
    if (!presenter || presenter.isDestroyed()) return;
    if (presenter.isMinimized()) presenter.restore();
    if (presenter.isVisible()) presenter.focus();
  }
}
