/**
 * The pointer's way to the show: at most one move per animation frame, and never more than one
 * on its way. While a move travels, newer ones replace each other and only the latest goes next,
 * so a mouse waving over the slide can never pile commands up in front of a Next (the host
 * coalesces what still arrives together: host/show-session.ts).
 */
import type { CommandResult } from '../../../core/commands';
import type { ShowCommand } from '../../../core/show';
import type { SlidePoint } from '../../../core/stage';

export interface PointerSender {
  /** The pointer is here now (null: off). */
  move(point: SlidePoint | null): void;
  /** Stops: nothing more is sent. */
  stop(): void;
}

export interface PointerSenderOptions {
  /** Runs a function at the next frame (default requestAnimationFrame); returns a handle. */
  frame?: (run: () => void) => number;
  cancelFrame?: (handle: number) => void;
}

export function createPointerSender(
  send: (command: ShowCommand) => Promise<CommandResult>,
  options: PointerSenderOptions = {},
): PointerSender {
  const frame = options.frame ?? ((run) => requestAnimationFrame(run));
  const cancelFrame = options.cancelFrame ?? ((handle) => cancelAnimationFrame(handle));
  /** The latest place not yet sent; undefined when there is none. */
  let pending: SlidePoint | null | undefined;
  let inFlight = false;
  let scheduled: number | null = null;
  let stopped = false;

  const schedule = (): void => {
    if (scheduled === null && !inFlight && pending !== undefined && !stopped) scheduled = frame(flush);
  };
  function flush(): void {
    scheduled = null;
    if (pending === undefined || inFlight || stopped) return;
    const point = pending;
    pending = undefined;
    inFlight = true;
    const command: ShowCommand =
      point === null ? { type: 'pointer', off: true } : { type: 'pointer', x: point.x, y: point.y };
    void send(command).finally(() => {
      inFlight = false;
      schedule();
    });
  }
  return {
    move(point) {
      pending = point;
      schedule();
    },
    stop() {
      stopped = true;
      if (scheduled !== null) cancelFrame(scheduled);
    },
  };
}
