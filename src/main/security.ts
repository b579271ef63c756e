/**
 * App-wide hardening, applied to every webContents Electron ever creates (ours and any a bug or a
 * speech might try to create), following Electron's security checklist.
 *
 * The windows' own webPreferences (contextIsolation, sandbox, no nodeIntegration) are in windows.ts.
 */
import { app, session, type WebContents } from 'electron';
import { isTrustedUrl } from './app-url';

/** Sandboxes every renderer, whatever its webPreferences say. Must run before `ready`. */
export function enableSandboxEverywhere(): void {
  app.enableSandbox();
}

/**
 * Denies every permission (camera, notifications, geolocation, HID, …) but full screen for our own
 * pages: Lectern shows slides and needs nothing else. Keeps navigation on our origins and refuses new windows and <webview>s.
 * Call once, after ready.
 */
export function hardenApp(origins: readonly string[]): void {
  const ses = session.defaultSession;
  // The one exception: our own pages may go full screen (the F key, as clickers and speakers expect).
  ses.setPermissionRequestHandler((contents, permission, callback) =>
    callback(permission === 'fullscreen' && isTrustedUrl(contents.getURL(), origins)),
  );
  ses.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      permission === 'fullscreen' && isTrustedUrl(requestingOrigin, origins),
  );
  // Device choosers would otherwise pick a device without asking; there is no device we want.
  ses.setDevicePermissionHandler(() => false);

  app.on('web-contents-created', (_event, contents) => hardenContents(contents, origins));
}

function hardenContents(contents: WebContents, origins: readonly string[]): void {
  // A link in a speech (http/https/mailto survive the engine) must not turn a window into a browser.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  const stayHome = (event: Electron.Event<{ url: string }>): void => {
    if (!isTrustedUrl(event.url, origins)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);

  contents.on('will-attach-webview', (event) => event.preventDefault());
}
