/**
 * Electron main: wires the app's lifecycle and nothing else. Each concern is its own module:
 * protocol.ts (lectern:// scheme), security.ts, windows.ts, displays.ts, ipc.ts, menu.ts, speech.ts.
 */
import { fileURLToPath } from 'node:url';
import { app, dialog, screen } from 'electron';
import { defaultSpeechPath } from '../host/default-speech';
import { ShowSession } from '../host/show-session';
import { trustedOrigins } from './app-url';
import { speechPathFromArgv } from './argv';
import { createDisplayController } from './displays';
import { attachWindow, registerShowIpc } from './ipc';
import { installMenu } from './menu';
import { registerAppScheme, serveApp } from './protocol';
import { enableSandboxEverywhere, hardenApp } from './security';
import { chooseAndOpenSpeech, loadStartupDeck, openSpeech } from './speech';
import { ShowWindowSet } from './windows';

/** electron-vite's dev server; ignored in a packaged app so the environment cannot redirect it. */
const devServer = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origins = trustedOrigins(devServer);
const fromBundle = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const argvContext = (cwd: string) => ({ defaultApp: process.defaultApp === true, cwd });

// Both must happen before `ready`.
registerAppScheme();
enableSandboxEverywhere();

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

  const requested = speechPathFromArgv(process.argv, argvContext(process.cwd()));
  // Packaged: slides/ is an extraResource. Checkout: the project root, whichever way Electron was pointed at it.
  const roots = [process.resourcesPath, app.getAppPath(), fromBundle('../..')];
  const session = new ShowSession({ deck: await loadStartupDeck(requested, () => defaultSpeechPath(roots)) });

  const windows = new ShowWindowSet({
    preloadDir: fromBundle('../preload'),
    devServer,
    devTools: !app.isPackaged,
  });
  const displays = createDisplayController(screen);
  registerShowIpc(session, windows, origins);
  const openWindows = (): void => {
    if (windows.current) return;
    const pair = windows.open();
    attachWindow(session, pair.audience);
    attachWindow(session, pair.presenter);
    displays.manage(pair);
  };

  installMenu(
    {
      openSpeech: () => void chooseAndOpenSpeech(session, windows.dialogParent()),
      togglePresenter: () => displays.togglePresenter(),
      swapDisplays: () => displays.swap(),
    },
    !app.isPackaged,
  );
  openWindows();

  app.on('second-instance', (_event, argv, workingDirectory) => {
    openWindows();
    windows.focusPresenter();
    const path = speechPathFromArgv(argv, argvContext(workingDirectory));
    if (path !== null) void openSpeech(session, path, windows.dialogParent());
  });
  // macOS: clicking the Dock icon with no windows open reopens the show.
  app.on('activate', openWindows);
  app.on('will-quit', () => displays.dispose());
}
