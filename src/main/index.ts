/**
 * Electron main: wires the app's lifecycle and nothing else. Each concern is its own module:
 * protocol.ts (lectern:// scheme), security.ts, windows.ts, displays.ts, ipc.ts, menu.ts, speech.ts,
 * recovery.ts (crashed or hung renderers, GPU), power.ts (sleep), resume.ts + host/journal.ts
 * (exact resume after a crash or restart), window-state.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, screen } from 'electron';
import { CONFIRMATION_WORDS, confirmedCommand, decideRehearse } from '../core/presenter-actions';
import type { UiLanguage } from '../core/ui-language';
import { defaultSpeechPath } from '../host/default-speech';
import { closeWithin } from '../host/close-within';
import { dataDir as lecternDataDir } from '../host/data-dir';
import type { FollowLog } from '../host/follow-speech';
import { openShow } from '../host/open-show';
import { startWebHost } from '../server/web-host';
import { fallbackUrl, rendererUrl, trustedOrigins } from './app-url';
import { speechPathFromArgv } from './argv';
import { createDisplayController } from './displays';
import { attachWindow, registerShowIpc, sendEvent } from './ipc';
import { lanRemote } from './lan-remote';
import { installMenu } from './menu';
import type { MenuActions } from './menu-template';
import { effectiveUiLanguage, loadUiLanguageChoice, mainText, saveUiLanguageChoice } from './ui-language';
import { keepDisplayAwake, watchPower } from './power';
import { registerAppScheme, serveApp } from './protocol';
import { applyGpuFlag, superviseGpu, superviseWindow } from './recovery';
import { delegateConfig } from './delegate-config';
import { exportHandout } from './export-handout';
import { exportPptx } from './export-pptx';
import { replaceDecision } from './replace-show';
import { askToResume } from './resume';
import { enableSandboxEverywhere, hardenApp } from './security';
import { ask, chooseSpeech, confirmReplace, loadStartupDeck, readReplacement } from './speech';
import { loadPresenterBounds, presenterBoundsSaver } from './window-state';
import { ShowWindowSet } from './windows';

/** electron-vite's dev server; ignored in a packaged app so the environment cannot redirect it. */
const devServer = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origins = trustedOrigins(devServer);
const fromBundle = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const argvContext = (cwd: string) => ({ defaultApp: process.defaultApp === true, cwd });
/** Journal, window position and GPU flag. LECTERN_DATA_DIR overrides (tests, portable installs). */
/** How long quitting waits for the last journal entry and pending rehearsal saves. */
const QUIT_DEADLINE_MS = 5_000;

const dataDir = lecternDataDir({ fallback: app.getPath('userData') });

// All of these must happen before `ready`.
registerAppScheme();
enableSandboxEverywhere();
applyGpuFlag(dataDir);

if (!app.requestSingleInstanceLock()) {
  // Another Lectern is running; it receives our argv through 'second-instance'.
  app.quit();
} else {
  app.on('window-all-closed', () => {
    // macOS convention: the app stays in the Dock until quit explicitly.
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Lectern could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenApp(origins);
  // the open speech's folder, whose images and clips the pages ask for under /media/
  let mediaFolder: () => string | null = () => null;
  serveApp(fromBundle('../renderer'), () => mediaFolder());

  // A delegate build carries one talk and opens it in the delegate viewer (scripts/dist-delegate.mjs).
  const delegate = delegateConfig(readPackageJson(app.getAppPath()));
  const requested =
    speechPathFromArgv(process.argv, argvContext(process.cwd())) ??
    (delegate ? join(process.resourcesPath, delegate.speech) : null);
  // Packaged: slides/ is an extraResource. Checkout: the project root, whichever way Electron was pointed at it.
  const roots = [process.resourcesPath, app.getAppPath(), fromBundle('../..')];
  const startup = await loadStartupDeck(requested, () => defaultSpeechPath(roots));

  // The speech is followed on disk: a save in the speaker's editor rebuilds the deck on the same
  // slide; a broken save shows in the presenter view while the last good deck stays up.
  const followLog: FollowLog = {
    reloaded: (path, slides) => console.log(`Lectern: reloaded ${path} (${slides} slides)`),
    problem: (p) => console.warn(`Lectern: ${p.file}:${p.line}:${p.column}: ${p.message}`),
  };
  // Journal, exact resume (asked), rehearsals and the followed file: host/open-show.ts, as everywhere.
  const show = await openShow({
    speech: startup,
    dataDir,
    app: 'desktop',
    resume: { ask: (candidate) => askToResume(candidate, Date.now()) },
    followLog,
  });
  const session = show.session;
  mediaFolder = () => (show.speechPath ? dirname(show.speechPath) : null);

  // The interface language: the speaker's choice (View › Language, remembered), else the OS's.
  let uiChoice = loadUiLanguageChoice(dataDir);
  const systemLanguages = (): string[] => {
    const preferred = app.getPreferredSystemLanguages();
    return preferred.length > 0 ? preferred : [app.getLocale()];
  };
  const uiLanguage = (): UiLanguage => effectiveUiLanguage(uiChoice, systemLanguages());
  const windows = new ShowWindowSet({
    preloadDir: fromBundle('../preload'),
    devServer,
    devTools: !app.isPackaged,
    uiLanguage,
  });
  const displays = createDisplayController(screen, {
    savedPresenter: loadPresenterBounds(dataDir),
    onPresenterMoved: presenterBoundsSaver(dataDir),
    // The presenter view shows it as a banner; the window title says it too (seen in the task bar).
    onNotice: (notice) => {
      const text =
        notice === 'projector-lost' ? 'Projector disconnected: the audience window is on this screen' : null;
      session.setNotice(text);
      windows.setNotice(text);
    },
  });
  const awake = keepDisplayAwake();
  /** Presents another speech, telling the speaker (and keeping the show) when it cannot be read. */
  const openFile = async (path: string): Promise<void> => {
    const deck = await readReplacement(path, windows.dialogParent());
    if (deck) show.replaceSpeech(path, deck);
  };
  /** Asks before a speech from outside (second launch, dropped file) replaces a show under way. */
  const offerSpeech = async (requestedPath: string): Promise<void> => {
    const decision = replaceDecision({ path: show.speechPath, state: session.current }, requestedPath);
    if (decision.type === 'focus') return;
    if (await confirmReplace(windows.dialogParent(), decision)) await openFile(requestedPath);
  };
  // The phone remote, crew and follow pages: the web host on the LAN, only once the speaker asks.
  const lan = lanRemote({
    startHost: (port) => startWebHost({ show, rendererDir: fromBundle('../renderer'), port, lan: true }),
  });
  registerShowIpc(session, windows, origins, {
    openSpeech: offerSpeech,
    rehearsals: show.rehearsals,
    saveKeys: (config) => show.saveKeys(config),
    lan,
  });
  superviseGpu(dataDir, () => windows.all());
  const openWindows = (): void => {
    if (windows.current) return;
    const pair = windows.open();
    for (const [role, win] of [
      ['audience', pair.audience],
      ['presenter', pair.presenter],
    ] as const) {
      attachWindow(session, win, role);
      superviseWindow(win, {
        url: () => rendererUrl(role, devServer, uiLanguage()),
        fallbackUrl: fallbackUrl(role),
      });
      win.once('closed', () => {
        if (!windows.current) awake.release();
      });
    }
    displays.manage(pair);
    awake.hold();
  };
  const menuActions: MenuActions = {
    openSpeech: () =>
      void chooseSpeech(windows.dialogParent()).then((path) => (path === null ? undefined : openFile(path))),
    togglePresenter: () => displays.togglePresenter(),
    swapDisplays: () => displays.swap(),
    openDelegateView: () => openDelegateView(),
    openPhoneRemote: () => {
      const win = windows.openConnect();
      if (win)
        superviseWindow(win, {
          url: () => rendererUrl('connect', devServer, uiLanguage()),
          fallbackUrl: fallbackUrl('connect'),
        });
    },
    exportHandout: (variant) =>
      void exportHandout(
        session,
        show.speechPath,
        windows.dialogParent(),
        variant,
        fromBundle('../renderer'),
      ),
    exportPptx: () => void exportPptx(session, show.speechPath, windows.dialogParent()),
    toggleRehearsal: () => void toggleRehearsal(),
    openPanel: (panel) => {
      const presenter = windows.current?.presenter;
      if (!presenter || presenter.isDestroyed()) return;
      presenter.show();
      presenter.focus();
      sendEvent(presenter.webContents, 'view:open', panel);
    },
    setUiLanguage: (choice) => {
      uiChoice = choice;
      saveUiLanguageChoice(dataDir, choice).catch((error: unknown) =>
        console.warn(`Lectern: cannot remember the interface language: ${(error as Error).message}`),
      );
      installMenu(menuActions, !app.isPackaged, uiLanguage(), uiChoice);
      windows.reloadInterface();
    },
  };
  installMenu(menuActions, !app.isPackaged, uiLanguage(), uiChoice);
  /** View › Start or Finish Rehearsal: as R in the presenter (core/presenter-actions.ts), asking in a dialog. */
  async function toggleRehearsal(): Promise<void> {
    const decision = decideRehearse(session.current);
    if (decision.kind === 'send') session.dispatch(decision.command);
    if (decision.kind !== 'confirm') return;
    // the question in the interface language, in the presenter's own words
    const confirm = mainText(uiLanguage()).presenter.confirm;
    const words = CONFIRMATION_WORDS[decision.confirmation];
    const question = {
      message: confirm[words.question],
      accept: confirm[words.accept],
      keep: confirm.cancel,
    };
    if (await ask(windows.dialogParent(), question))
      session.dispatch(confirmedCommand(decision.confirmation));
  }
  function openDelegateView(): void {
    const win = windows.openDelegate();
    if (!win) return;
    attachWindow(session, win, 'delegate');
    if (delegate) win.setTitle(delegate.title);
  }
  if (delegate) openDelegateView();
  else openWindows();

  // A delegate build shows its talk to read; the show windows are never opened behind it.
  const reopen = (): void => (delegate ? openDelegateView() : openWindows());
  app.on('second-instance', (_event, argv, workingDirectory) => {
    reopen();
    windows.focusPresenter();
    const requestedPath = speechPathFromArgv(argv, argvContext(workingDirectory));
    if (requestedPath !== null) void offerSpeech(requestedPath);
  });
  // macOS: clicking the Dock icon with no windows open reopens the show.
  app.on('activate', reopen);
  // After sleep: repaint (the GPU may have lost its surfaces) and re-read the displays.
  watchPower({
    onResume: () => {
      for (const win of windows.all()) win.webContents.invalidate();
      displays.recheck();
    },
  });

  // The last journal entry is written (marked clean) and pending saves finish before the app
  // goes: quitting waits for them.
  let showClosed = false;
  app.on('before-quit', (event) => {
    if (showClosed) return;
    event.preventDefault();
    const close = async (): Promise<void> => {
      await Promise.allSettled([lan.stop()]);
      await show.close();
    };
    void closeWithin(close, QUIT_DEADLINE_MS, () => {
      console.error(`Lectern: the show did not close within ${QUIT_DEADLINE_MS / 1000} s; quitting anyway.`);
      app.exit(0);
    })
      .catch((error: unknown) => console.error(`Lectern: closing the show: ${(error as Error).message}`))
      .finally(() => {
        showClosed = true;
        app.quit();
      });
  });
  app.on('will-quit', () => {
    displays.dispose();
    awake.release();
  });
}

/** The app's own package.json (in app.asar when packaged), or null when it cannot be read. */
function readPackageJson(appPath: string): unknown {
  try {
    return JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8'));
  } catch {
    return null;
  }
}
