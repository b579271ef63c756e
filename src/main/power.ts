/**
 * Sleep and wake. While the show windows are open the display must not dim or sleep in the middle
 * of a slide (a projector showing "no signal" while the speaker talks); when the machine wakes up
 * anyway (lid closed between talks), the windows repaint and the displays are read again, since
 * the projector may have been unplugged or replaced in the meantime.
 *
 * The talk timer needs no reconciling after sleep: it is stored as timestamps (core/show.ts) and
 * derived from the wall clock whenever it is shown, so the time asleep is counted as it should be
 * (the talk went on) with no tick lost or added.
 */
import { powerMonitor, powerSaveBlocker } from 'electron';

export interface PowerHandlers {
  /** Called after the machine wakes up or the screen is unlocked. */
  onResume(): void;
}

export interface DisplayAwake {
  /** Keeps the display awake (idempotent). */
  hold(): void;
  /** Lets it sleep again (idempotent). */
  release(): void;
}

export function keepDisplayAwake(): DisplayAwake {
  let id: number | null = null;
  return {
    hold() {
      if (id === null || !powerSaveBlocker.isStarted(id))
        id = powerSaveBlocker.start('prevent-display-sleep');
    },
    release() {
      if (id !== null && powerSaveBlocker.isStarted(id)) powerSaveBlocker.stop(id);
      id = null;
    },
  };
}

/** Calls `onResume` on wake-up and unlock. Call after `ready`. */
export function watchPower(handlers: PowerHandlers): void {
  powerMonitor.on('resume', handlers.onResume);
  powerMonitor.on('unlock-screen', handlers.onResume);
}
