/**
 * Keeps the show on screen when Chromium fails under it. The decisions are core/recovery.ts's;
 * this module listens to Electron and carries them out.
 *
 * - A show window whose renderer dies is given a new renderer on the same page URL. The window
 *   itself stays: it keeps its place, its fullscreen state on the projector and its black
 *   background (backgroundColor, so the audience sees black, never white, until the new page
 *   paints). The state lives in main, so the new page asks for the snapshot and is on the same slide.
 * - A hung renderer is killed after the grace period; the crash path above brings it back.
 * - Too many restarts: the window shows the fallback page (black, no script; protocol.ts).
 * - GPU process crashes: every window is repainted; repeated ones write the flag file that turns
 *   hardware acceleration off at the next launch (read by `applyGpuFlag`, before `ready`).
 */
import { join } from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { writeDurably } from '../host/durable-write';
import { readRegularFileSync } from '../host/safe-read';
import {
  DEFAULT_RESTART_POLICY,
  encodeGpuFlag,
  gpuAccelerationDisabled,
  healthyRenderer,
  onGpuCrash,
  onRendererEvent,
  type RecoveryAction,
  type RendererEvent,
  type RestartPolicy,
} from '../core/recovery';

export const GPU_FLAG_FILE = 'gpu-disabled.json';

export interface SuperviseOptions {
  /**
   * The page the window shows: its own URL (a rebuilt window never goes anywhere else), asked
   * for at each rebuild, as it carries the interface language the speaker may have changed.
   */
  url: () => string;
  /** The black fallback page. */
  fallbackUrl: string;
  policy?: RestartPolicy;
  log?: (message: string) => void;
}

/** Watches one show window's renderer until the window closes. */
export function superviseWindow(win: BrowserWindow, options: SuperviseOptions): void {
  const { url, fallbackUrl, policy = DEFAULT_RESTART_POLICY, log = console.warn } = options;
  const contents = win.webContents;
  let health = healthyRenderer;
  let hangTimer: ReturnType<typeof setTimeout> | undefined;

  const handle = (event: RendererEvent): void => {
    if (win.isDestroyed()) return;
    const step = onRendererEvent(health, event, Date.now(), policy);
    health = step.health;
    carryOut(step.action, event);
  };

  const carryOut = (action: RecoveryAction, event: RendererEvent): void => {
    switch (action.type) {
      case 'none':
        return;
      case 'watch-hang':
        clearTimeout(hangTimer);
        hangTimer = setTimeout(() => handle({ type: 'hang-timeout' }), action.afterMs);
        return;
      case 'cancel-hang':
        clearTimeout(hangTimer);
        return;
      case 'kill':
        log(`Lectern: ${win.getTitle()} stopped responding; restarting its page.`);
        contents.forcefullyCrashRenderer();
        return;
      case 'rebuild':
        clearTimeout(hangTimer);
        log(
          `Lectern: ${win.getTitle()} lost its page (${event.type === 'gone' ? event.reason : event.type}); rebuilding it.`,
        );
        void contents
          .loadURL(url())
          .catch((error: unknown) => log(`Lectern: rebuild failed: ${String(error)}`));
        return;
      case 'fallback':
        clearTimeout(hangTimer);
        log(`Lectern: ${win.getTitle()} keeps failing; showing a black screen instead.`);
        void contents.loadURL(fallbackUrl).catch(() => undefined);
        return;
    }
  };

  contents.on('render-process-gone', (_event, details) => {
    // 'clean-exit' while the window closes or the app quits is not a failure.
    if (details.reason === 'clean-exit' && (quitting || win.isDestroyed())) return;
    handle({ type: 'gone', reason: details.reason });
  });
  win.on('unresponsive', () => handle({ type: 'unresponsive' }));
  win.on('responsive', () => handle({ type: 'responsive' }));
  win.once('closed', () => clearTimeout(hangTimer));
}

let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});

/**
 * Turns hardware acceleration off when the flag file says so. Must run before `ready`.
 * The flag stays until the file is deleted (the speaker or support decides the driver is fixed).
 */
export function applyGpuFlag(dataDir: string): boolean {
  // No flag file (or not a small regular one): acceleration stays on.
  const read = readRegularFileSync(join(dataDir, GPU_FLAG_FILE), { maxBytes: 64 * 1024 });
  const text = read.ok ? read.data.toString('utf8') : null;
  const disabled = gpuAccelerationDisabled(text);
  if (disabled) app.disableHardwareAcceleration();
  return disabled;
}

/** Repaints every window after a GPU process crash; writes the flag after repeated ones. */
export function superviseGpu(dataDir: string, windows: () => BrowserWindow[]): void {
  let crashes: readonly number[] = [];
  let flagged = false;
  app.on('child-process-gone', (_event, details) => {
    if (details.type !== 'GPU') return;
    const step = onGpuCrash(crashes, Date.now());
    crashes = step.crashes;
    // Chromium restarts the GPU process by itself; the windows only need to draw again.
    for (const win of windows()) if (!win.isDestroyed()) win.webContents.invalidate();
    if (step.disableNextLaunch && !flagged) {
      flagged = true;
      const flag = {
        disableHardwareAcceleration: true,
        since: Date.now(),
        reason: `${crashes.length} GPU process crashes`,
      };
      writeDurably(join(dataDir, GPU_FLAG_FILE), encodeGpuFlag(flag)).catch((error: unknown) =>
        console.warn(`Lectern: cannot write ${GPU_FLAG_FILE}: ${String(error)}`),
      );
      console.warn('Lectern: the GPU keeps crashing; the next launch runs without hardware acceleration.');
    }
  });
}
