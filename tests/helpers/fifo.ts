/**
 * Named pipes (FIFOs) for the tests that prove Lectern never blocks on one. A test made in a
 * folder from tempDir() calls makeFifo(); unjamFifos() (in afterEach/afterAll) then opens each
 * pipe for writing from a short-lived child, which releases any reader a regression left stuck
 * in open(): the test fails instead of hanging the whole run at exit.
 */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';

const made: string[] = [];

/** Makes a FIFO named `name` in `dir` (a folder from tempDir()); returns its path. */
export function makeFifo(dir: string, name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  made.push(path);
  return path;
}

/** Opens every FIFO made so far for writing, briefly, so that no reader stays blocked on one. */
export async function unjamFifos(): Promise<void> {
  const paths = made.splice(0);
  await Promise.all(
    paths.map(
      (path) =>
        new Promise<void>((resolve) => {
          // Only a pipe still there (never a file a test put in its place); with no reader
          // waiting the open would block, so the child is killed after a moment.
          const child = spawn('sh', ['-c', '[ -p "$1" ] && exec 3>"$1"', 'sh', path], { stdio: 'ignore' });
          const timer = setTimeout(() => child.kill('SIGKILL'), 300);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.once('error', () => resolve());
        }),
    ),
  );
}
