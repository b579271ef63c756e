/**
 * Electron main: wires the app's lifecycle and nothing else. Each concern is its own module:
 * protocol.ts (lectern:// scheme), security.ts, windows.ts, displays.ts, ipc.ts, menu.ts, speech.ts,
 * recovery.ts (crashed or hung renderers, GPU), power.ts (sleep), resume.ts + host/journal.ts
 * (exact resume after a crash or restart), window-state.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, screen } from 'electron';
import { resumeAction, resumeCandidate } from '../core/journal';
import { defaultSpeechPath } from '../host/default-speech';
import { dataDir as lecternDataDir } from '../host/data-dir';
import { followSpeech, type FollowLog } from '../host/follow-speech';
import { journalPath, journalSession, readJournal, type ShowJournalWriter } from '../host/journal';
import { RehearsalStore } from '../host/rehearsals';
import { linkRehearsals } from '../host/rehearsals-link';
import { ShowSession } from '../host/show-session';
import { fallbackUrl, rendererUrl, trustedOrigins } from './app-url';
import { speechPathFromArgv } from './argv';
import { createDisplayController } from './displays';
import { attachWindow, registerShowIpc } from './ipc';
import { installMenu } from './menu';
import { keepDisplayAwake, watchPower } from './power';
import { registerAppScheme, serveApp } from './protocol';
import { applyGpuFlag, superviseGpu, superviseWindow } from './recovery';
import { delegateConfig } from './delegate-config';
import { exportHandout } from './export-handout';
import { replaceDecision } from './replace-show';
import { askToResume } from './resume';
import { enableSandboxEverywhere, hardenApp } from './security';
import { chooseAndOpenSpeech, confirmReplace, loadStartupDeck, openSpeech } from './speech';
import { loadPresenterBounds, presenterBoundsSaver } from './window-state';
import { ShowWindowSet } from './windows';

/** electron-vite's dev server; ignored in a packaged app so the environment cannot redirect it. */
const devServer = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origins = trustedOrigins(devServer);
const fromBundle = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const argvContext = (cwd: string) => ({ defaultApp: process.defaultApp === true, cwd });
/** Journal, window position and GPU flag. LECTERN_DATA_DIR overrides (tests, portable installs). */
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
  serveApp(fromBundle('../renderer'));

  // A delegate build carries one talk and opens it in the delegate viewer (scripts/dist-delegate.mjs).
  const delegate = delegateConfig(readPackageJson(app.getAppPath()));
  const requested =
    speechPathFromArgv(process.argv, argvContext(process.cwd())) ??
    (delegate ? join(process.resourcesPath, delegate.speech) : null);
  // Packaged: slides/ is an extraResource. Checkout: the project root, whichever way Electron was pointed at it.
  const roots = [process.resourcesPath, app.getAppPath(), fromBundle('../..')];
  const startup = await loadStartupDeck(requested, () => defaultSpeechPath(roots));
  let speechPath: string | null = startup.path;

  // Exact resume: read the journal the last run left before this run overwrites it.
  const journalFile = journalPath(dataDir);
  const candidate = resumeCandidate(
    await readJournal(journalFile),
    { path: speechPath, sourceId: startup.deck.sourceId, slideCount: startup.deck.slides.length },
    { now: Date.now() },
  );
  const resume =
    candidate.resumable &&
    resumeAction(candidate, 'ask') === 'ask' &&
    (await askToResume(candidate, Date.now()))
      ? candidate.state
      : undefined;
  const session = new ShowSession({ deck: startup.deck, resume });
  const journal: ShowJournalWriter = journalSession(session, {
    path: journalFile,
    speech: () => ({ path: speechPath, sourceId: session.snapshot().deck.sourceId }),
  });

  const windows = new ShowWindowSet({
    preloadDir: fromBundle('../preload'),
    devServer,
    devTools: !app.isPackaged,
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
  // Rehearsals are saved per speech in the data folder; the learned pace feeds the plan.
  const rehearsals = linkRehearsals(session, new RehearsalStore({ dir: dataDir }));
  // The speech is followed on disk: a save in the speaker's editor rebuilds the deck on the same
  // slide; a broken save shows in the presenter view while the last good deck stays up.
  const followLog: FollowLog = {
    reloaded: (path, slides) => console.log(`Lectern: reloaded ${path} (${slides} slides)`),
    problem: (p) => console.warn(`Lectern: ${p.file}:${p.line}:${p.column}: ${p.message}`),
  };
  let stopFollowing = followSpeech(session, speechPath, followLog);
  /** Asks before a speech from outside (second launch, dropped file) replaces a show under way. */
  const offerSpeech = async (requestedPath: string): Promise<void> => {
    const decision = replaceDecision({ path: speechPath, state: session.current }, requestedPath);
    if (decision.type === 'focus') return;
    const parent = windows.dialogParent();
    if ((await confirmReplace(parent, decision)) && (await openSpeech(session, requestedPath, parent))) {
      open(requestedPath);
    }
  };
  registerShowIpc(session, windows, origins, { openSpeech: offerSpeech, rehearsals });
  superviseGpu(dataDir, () => windows.all());
  const openWindows = (): void => {
    if (windows.current) return;
    const pair = windows.open();
    for (const [role, win] of [
      ['audience', pair.audience],
      ['presenter', pair.presenter],
    ] as const) {
      attachWindow(session, win);
      superviseWindow(win, { url: rendererUrl(role, devServer), fallbackUrl: fallbackUrl(role) });
      win.once('closed', () => {
        if (!windows.current) awake.release();
      });
    }
    displays.manage(pair);
    awake.hold();
  };
  function open(path: string | null): void {
    if (path === null) return;
    speechPath = path;
    stopFollowing();
    stopFollowing = followSpeech(session, path, followLog);
  }

  installMenu(
    {
      openSpeech: () => void chooseAndOpenSpeech(session, windows.dialogParent()).then(open),
      togglePresenter: () => displays.togglePresenter(),
      swapDisplays: () => displays.swap(),
      openDelegateView: () => openDelegateView(),
      exportHandout: (variant) => void exportHandout(session, speechPath, windows.dialogParent(), variant),
      toggleRehearsal: () =>
        session.dispatch(
          session.current.mode === 'rehearse'
            ? { type: 'rehearsal', action: 'finish' }
            : { type: 'mode', mode: 'rehearse' },
        ),
    },
    !app.isPackaged,
  );
  function openDelegateView(): void {
    const win = windows.openDelegate();
    if (!win) return;
    attachWindow(session, win);
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

  // The last journal entry is written (marked clean) before the app goes: quitting waits for it.
  let journalClosed = false;
  app.on('before-quit', (event) => {
    if (journalClosed) return;
    event.preventDefault();
    void journal.close().finally(() => {
      journalClosed = true;
      app.quit();
    });
  });
  app.on('will-quit', () => {
    stopFollowing();
    rehearsals.close();
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
