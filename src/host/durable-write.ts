/**
 * Writing a file so that, once the promise resolves, it is on disk whole: every file Lectern
 * saves (exports through safe-output.ts, the journal, rehearsals, the instance lock) goes here.
 *
 * - Atomic: write-file-atomic writes a temporary file in the same folder, fsyncs it and renames
 *   it over the target, so a crash or a kill leaves the old file or the new one, never half.
 * - Durable: the rename is an entry in the folder, which lives in the folder's own blocks; the
 *   folder is fsynced too (where the platform can: not on Windows, which cannot open a folder),
 *   so a power cut after the answer cannot bring the old file back.
 * - Never through a link: write-file-atomic would follow a symbolic link to its target (and so
 *   write wherever it points); a target that is a link is refused.
 */
import { lstat, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** Codes with which a platform or file system says "a folder cannot be fsynced here". */
const NO_FOLDER_SYNC = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

/** Flushes a folder's entries (a rename in it) to disk, where the platform allows. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    if (!NO_FOLDER_SYNC.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Writes `data` to `path` atomically and durably; refuses a `path` that is a symbolic link. */
export async function writeDurably(path: string, data: string | Uint8Array): Promise<void> {
  const own = await lstat(path).catch(() => null);
  if (own?.isSymbolicLink())
    throw new Error(`${path} is a symbolic link, and Lectern never writes through one`);
  await writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data));
  await syncFolder(dirname(path));
}
