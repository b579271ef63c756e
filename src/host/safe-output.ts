/**
 * The one rule for every file Lectern writes on request (CLI exports, the desktop app's Export…):
 * never over its input, never through a link, never half a file.
 *
 * - Paths are compared by what they really are, not by how they are spelled: the output's folder
 *   through `realpath` (symlinked folders, `..`, case-insensitive disks), and an existing output by
 *   device and inode against every input (a hard link to the speech is the speech).
 * - An output that is itself a symbolic link is refused: writing would land wherever it points.
 * - Two outputs of one command may not be the same file.
 * - The write itself is atomic and durable (durable-write.ts: a temporary file in the same folder,
 *   fsynced, renamed over the target, the folder fsynced), so a crash leaves the old file or the new one.
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeDurably } from './durable-write';

/** An output that must not be written; the message says why, naming the path as given. */
export class UnsafeOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeOutputError';
  }
}

/** A checked output: the real path to write to. */
export interface SafeOutput {
  /** As the user gave it (for messages). */
  given: string;
  /** Where it will be written: the real folder joined with the file name. */
  real: string;
}

function statOrNull(path: string, follow: boolean): Stats | null {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch {
    return null;
  }
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Checks outputs against the inputs they are made from and against each other. Throws
 * UnsafeOutputError naming the first problem; writes nothing.
 */
export function checkOutputs(inputs: readonly string[], outputs: readonly string[]): SafeOutput[] {
  const known = inputs.flatMap((path) => {
    const stat = statOrNull(path, true);
    return stat ? [{ path, stat, real: realpathOr(path) }] : [];
  });
  const checked: SafeOutput[] = [];
  for (const given of outputs) {
    const folder = dirname(resolve(given));
    const folderStat = statOrNull(folder, true);
    if (!folderStat?.isDirectory())
      throw new UnsafeOutputError(`cannot write ${given}: the folder ${folder} does not exist`);
    const real = join(realpathSync(folder), basename(resolve(given)));
    const own = statOrNull(real, false);
    if (own?.isSymbolicLink())
      throw new UnsafeOutputError(
        `cannot write ${given}: it is a symbolic link, and Lectern never writes through one`,
      );
    if (own && !own.isFile()) throw new UnsafeOutputError(`cannot write ${given}: it is not a regular file`);
    const input = known.find((i) => i.real === real || (own !== null && sameFile(own, i.stat)));
    if (input)
      throw new UnsafeOutputError(`cannot write ${given}: that is ${input.path}, which it is made from`);
    const twin = checked.find((c) => c.real === real);
    if (twin) throw new UnsafeOutputError(`cannot write ${given}: it is the same file as ${twin.given}`);
    checked.push({ given, real });
  }
  return checked;
}

/** Writes a checked output atomically (and never through a link put there since the check). */
export async function writeOutput(output: SafeOutput, data: string | Uint8Array): Promise<void> {
  await writeDurably(output.real, data);
}
