/**
 * Applies core's placement to the real windows, now and whenever a display is plugged in,
 * unplugged or rearranged (or the machine wakes up), and shows each window once its first frame is
 * painted.
 *
 * Every decision (which display, which bounds, fullscreen or not, bringing a hidden presenter back
 * when the projector goes) is in core/placement.ts; this module only reads `screen` and moves windows.
 */
import type { BrowserWindow, Display, Screen } from 'electron';
import {
  placeAfterChange,
  type DisplayInfo,
  type Placement,
  type PlacementNotice,
  type Rect,
  type WindowPlacement,
} from '../core/placement';
import type { ShowWindows } from './windows';

/** Displays change in bursts (a projector connecting fires several events); act on the last. */
const SETTLE_MS = 300;

export interface DisplayControllerOptions {
  /** The presenter bounds saved by the last run (window-state.ts), if any; corrected if off-screen. */
  savedPresenter?: Rect | null;
  /** Called with the presenter's bounds after the speaker moved or resized it. */
  onPresenterMoved?: (bounds: Rect) => void;
  /** Called when the displays changed in a way the speaker must hear about (or null when it is over). */
  onNotice?: (notice: PlacementNotice | null) => void;
}

export interface DisplayController {
  /** Places a newly opened pair and shows each window when it is ready to show. */
  manage(windows: ShowWindows): void;
  togglePresenter(): void;
  swap(): void;
  /** Reads the displays again and re-applies the placement (after sleep: monitors may have changed). */
  recheck(): void;
  /** Stops listening to `screen`. */
  dispose(): void;
}

export function createDisplayController(
  screen: Screen,
  options: DisplayControllerOptions = {},
): DisplayController {
  let windows: ShowWindows | null = null;
  let swap = false;
  let presenterVisible = true;
  let previous: Placement | null = null;
  let savedPresenter = options.savedPresenter ?? null;
  const painted = new WeakSet<BrowserWindow>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const place = (force: boolean): void => {
    if (!windows) return;
    const displays = screen.getAllDisplays().map((d) => toDisplayInfo(d, screen.getPrimaryDisplay().id));
    if (displays.length === 0) return; // mid-reconfiguration; another event follows
    const change = placeAfterChange(displays, { swap, presenterVisible, previous, savedPresenter });
    presenterVisible = change.presenterVisible;
    if (change.notice) options.onNotice?.(change.notice);
    const next = change.placement;
    // Unchanged displays leave the windows alone, so a presenter the speaker resized stays put.
    if (!force && JSON.stringify(next) === JSON.stringify(previous)) return;
    previous = next;
    apply(screen, windows.audience, next.audience, painted.has(windows.audience));
    apply(screen, windows.presenter, next.presenter, painted.has(windows.presenter));
  };

  const settle = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => place(false), SETTLE_MS);
  };
  // An unplugged projector cannot wait: the OS has just moved the fullscreen audience window onto
  // the speaker's screen, covering their notes. Act now, and once more when the burst settles.
  const removed = (): void => {
    place(false);
    settle();
  };
  screen.on('display-added', settle);
  screen.on('display-removed', removed);
  screen.on('display-metrics-changed', settle);

  return {
    manage(pair) {
      windows = pair;
      for (const win of [pair.audience, pair.presenter]) {
        win.once('ready-to-show', () => {
          painted.add(win);
          place(true);
        });
        win.once('closed', () => {
          if (windows === pair) windows = null;
        });
      }
      const remember = (): void => {
        const win = pair.presenter;
        if (win.isDestroyed() || !painted.has(win) || win.isFullScreen() || win.isMinimized()) return;
        savedPresenter = win.getNormalBounds();
        options.onPresenterMoved?.(savedPresenter);
      };
      pair.presenter.on('moved', remember);
      pair.presenter.on('resized', remember);
      place(true); // bounds before the first paint, so nothing jumps when shown
    },
    togglePresenter() {
      presenterVisible = !presenterVisible;
      place(true);
    },
    swap() {
      swap = !swap;
      place(true);
    },
    recheck() {
      place(true);
    },
    dispose() {
      clearTimeout(timer);
      screen.off('display-added', settle);
      screen.off('display-removed', removed);
      screen.off('display-metrics-changed', settle);
    },
  };
}

function toDisplayInfo(display: Display, primaryId: number): DisplayInfo {
  return {
    id: display.id,
    bounds: display.bounds,
    workArea: display.workArea,
    scaleFactor: display.scaleFactor,
    internal: display.internal,
    primary: display.id === primaryId,
  };
}

/**
 * Moves one window. A fullscreen window cannot be moved, so it leaves fullscreen first; macOS
 * animates that, hence waiting for 'leave-full-screen' there. Hidden (not yet painted) windows get
 * their bounds only; they are shown on 'ready-to-show'.
 */
function apply(
  screen: Screen,
  win: BrowserWindow,
  placement: WindowPlacement | null,
  painted: boolean,
): void {
  if (win.isDestroyed()) return;
  if (!placement) {
    win.hide();
    return;
  }
  const move = (): void => {
    if (win.isDestroyed()) return;
    win.setBounds(placement.bounds);
    if (!painted) return;
    win.show();
    if (placement.fullscreen) win.setFullScreen(true);
  };
  if (!win.isFullScreen()) return move();
  const here = screen.getDisplayMatching(win.getBounds()).id;
  if (placement.fullscreen && here === placement.displayId) return; // already right
  if (process.platform === 'darwin') win.once('leave-full-screen', move);
  win.setFullScreen(false);
  if (process.platform !== 'darwin') move();
}
