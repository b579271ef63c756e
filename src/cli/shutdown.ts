/**
 * Stopping a long-running command (serve) on Ctrl+C or SIGTERM, within a deadline whatever hangs.
 *
 * The orderly stop (close the web host, write the last journal entry, finish rehearsal saves)
 * gets `deadlineMs`. Past it, `process.exit` is not enough: Node waits at exit for its thread
 * pool, and a pool thread stuck in a system call (a file on a dead network drive) never comes
 * back, so the exit would hang too. The watchdog therefore re-raises the signal that stopped us
 * with its default action (terminate: the exit status a supervisor expects of SIGTERM), which
 * needs no thread to return. The watchdog does not keep the process alive: when the stop is done
 * and nothing else runs, the process exits normally before it fires.
 */

import { closeWithin } from '../host/close-within';

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** Resolves with the signal on SIGINT or SIGTERM (each listened for once). */
export function untilStopped(): Promise<StopSignal> {
  return new Promise((done) => {
    const on = (signal: StopSignal): void => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      done(signal);
    };
    const onInt = (): void => on('SIGINT');
    const onTerm = (): void => on('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
  });
}

export interface StopOptions {
  /** How long the orderly stop may take (ms). */
  deadlineMs: number;
  /** Said when the deadline passes, just before the process is ended. */
  onLate: () => void;
  /** Ends the process at once; default: the signal again, now with no listener (tests pass a fake). */
  kill?: (signal: StopSignal) => void;
}

/**
 * Runs the orderly stop with a watchdog armed. Resolves when `close` has finished (the caller
 * then returns its exit status); if `close` hangs, the process ends at the deadline anyway.
 */
export async function stopWithin(
  signal: StopSignal,
  close: () => Promise<void>,
  options: StopOptions,
): Promise<void> {
  const kill = options.kill ?? ((s: StopSignal) => process.kill(process.pid, s));
  await closeWithin(close, options.deadlineMs, () => {
    options.onLate();
    kill(signal);
  });
}
