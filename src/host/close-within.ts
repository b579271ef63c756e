/**
 * An orderly stop with a deadline: the show's last journal entry and pending rehearsal saves get
 * `deadlineMs`, and then the process ends anyway (a save stuck on a dead network drive must not
 * keep a quitting app or a stopping server alive). `late` ends the process: `serve` re-raises its
 * signal (cli/shutdown.ts), the desktop app calls `app.exit` (main/index.ts). The watchdog never
 * keeps the process alive by itself.
 */
export async function closeWithin(
  close: () => Promise<void>,
  deadlineMs: number,
  late: () => void,
): Promise<void> {
  const watchdog = setTimeout(late, deadlineMs);
  watchdog.unref();
  try {
    await close();
  } finally {
    clearTimeout(watchdog);
  }
}
