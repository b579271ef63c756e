/**
 * The one way Lectern reads a file it did not write this instant (a speech, an image beside it,
 * the journal, saved rehearsals, the instance lock): only a regular file, only up to a size.
 *
 * Why not `readFile`: opening a named pipe (FIFO) for reading blocks until something writes to
 * it. In Node that open runs on a libuv pool thread that then never returns, and at exit Node
 * waits for its pool threads: one FIFO named as a speech (or swapped in for it while serving)
 * hung `build`, every later rebuild, and the process on SIGTERM. So the file is opened with
 * O_NONBLOCK (a FIFO then opens at once), checked with fstat on the open handle (no window for a
 * swap between a check and the open), and read only when it is a regular file within the limit.
 * A device or a socket is refused the same way. O_NOFOLLOW is available for callers that must not
 * follow a final symbolic link.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** Why a file was not read. */
export type UnreadableReason = 'missing' | 'not-a-file' | 'too-large' | 'unreadable';

export type SafeRead =
  | { ok: true; data: Buffer }
  | {
      ok: false;
      reason: UnreadableReason;
      /** What is wrong, in words for the speaker (without the path: callers name the file). */
      message: string;
      /** The system's code when opening or reading failed (ENOENT, EACCES, ELOOP…). */
      code?: string;
      /** The file's size (bytes) when it is too large. */
      size?: number;
    };

export interface SafeReadOptions {
  /** Largest file read, in bytes; a larger one is refused without being read. */
  maxBytes: number;
  /** Refuse a path whose last component is a symbolic link. Default false. */
  noFollow?: boolean;
}

// Windows has neither flag (and no FIFOs to block on); 0 leaves the open as it was.
const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

function flagsOf(options: SafeReadOptions): number {
  return constants.O_RDONLY | O_NONBLOCK | (options.noFollow ? O_NOFOLLOW : 0);
}

/** Bytes for people: "640 KB", "1.3 MB", "10 MB". */
export function formatBytes(n: number): string {
  const MB = 1024 * 1024;
  if (n < MB) return `${Math.max(1, Math.round(n / 1024))} KB`;
  return `${(n / MB).toFixed(1).replace(/\.0$/, '')} MB`;
}

function openFailure(error: unknown): SafeRead {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return { ok: false, reason: 'missing', message: 'file not found', code };
  // ELOOP: O_NOFOLLOW met a symbolic link.
  if (code === 'ELOOP') return { ok: false, reason: 'not-a-file', message: 'it is a symbolic link', code };
  if (code === 'EACCES' || code === 'EPERM')
    return { ok: false, reason: 'unreadable', message: 'permission denied', code };
  if (code === 'EISDIR')
    return { ok: false, reason: 'not-a-file', message: 'it is a folder, not a file', code };
  return {
    ok: false,
    reason: 'unreadable',
    message: `cannot open it (${code ?? (error as Error).message})`,
    code,
  };
}

/** The verdict on an opened file before reading it; null when it may be read. */
function refuse(stats: Stats, maxBytes: number): SafeRead | null {
  if (stats.isDirectory()) return { ok: false, reason: 'not-a-file', message: 'it is a folder, not a file' };
  if (!stats.isFile()) {
    const kind = stats.isFIFO() ? 'a named pipe' : stats.isSocket() ? 'a socket' : 'a device';
    return { ok: false, reason: 'not-a-file', message: `it is ${kind}, not a regular file` };
  }
  if (stats.size > maxBytes) return tooLarge(stats.size, maxBytes);
  return null;
}

function tooLarge(size: number, maxBytes: number): SafeRead {
  return {
    ok: false,
    reason: 'too-large',
    message: `it is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} Lectern reads`,
    size,
  };
}

/** A regular file opened for reading (its size taken on the open handle), or why not. */
export type SafeOpen = { ok: true; handle: FileHandle; size: number } | Extract<SafeRead, { ok: false }>;

/**
 * Opens `path` if it is a regular file of at most `maxBytes`, for a caller that reads it in parts
 * (a video served by ranges); the caller closes the handle. Never throws, never blocks on a pipe.
 */
export async function openRegularFile(path: string, options: SafeReadOptions): Promise<SafeOpen> {
  let handle: FileHandle;
  try {
    handle = await open(path, flagsOf(options));
  } catch (error) {
    return openFailure(error) as Extract<SafeRead, { ok: false }>;
  }
  try {
    const stats = await handle.stat();
    const refused = refuse(stats, options.maxBytes);
    if (refused) {
      await handle.close().catch(() => undefined);
      return refused as Extract<SafeRead, { ok: false }>;
    }
    return { ok: true, handle, size: stats.size };
  } catch (error) {
    await handle.close().catch(() => undefined);
    return openFailure(error) as Extract<SafeRead, { ok: false }>;
  }
}

/** Reads `path` if it is a regular file of at most `maxBytes`. Never throws, never blocks on a pipe. */
export async function readRegularFile(path: string, options: SafeReadOptions): Promise<SafeRead> {
  const opened = await openRegularFile(path, options);
  if (!opened.ok) return opened;
  const { handle } = opened;
  try {
    // The file may grow after the fstat: read at most one byte past the limit to notice.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.alloc(Math.min(1 << 20, options.maxBytes + 1 - total) || 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > options.maxBytes) return tooLarge(total, options.maxBytes);
    }
    return { ok: true, data: Buffer.concat(chunks, total) };
  } catch (error) {
    return openFailure(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The same, synchronously, for small files (Electron main's few reads before `ready`). */
export function readRegularFileSync(path: string, options: SafeReadOptions): SafeRead {
  let fd: number;
  try {
    fd = openSync(path, flagsOf(options));
  } catch (error) {
    return openFailure(error);
  }
  try {
    const refused = refuse(fstatSync(fd), options.maxBytes);
    if (refused) return refused;
    const buffer = Buffer.alloc(options.maxBytes + 1);
    let total = 0;
    for (;;) {
      const read = readSync(fd, buffer, total, buffer.length - total, null);
      if (read === 0) break;
      total += read;
      if (total > options.maxBytes) return tooLarge(total, options.maxBytes);
    }
    return { ok: true, data: buffer.subarray(0, total) };
  } catch (error) {
    return openFailure(error);
  } finally {
    closeSync(fd);
  }
}
