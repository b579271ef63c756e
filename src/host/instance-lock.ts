/**
 * One live show per data folder. Two hosts sharing a folder would overwrite each other's journal
 * and interleave rehearsal saves, and the second would "resume" the first one's live show. The
 * first host to start writes `show.lock` (created exclusively, so two starting together cannot both
 * win) with its process id and, once it listens, its address; a later one reads it and says plainly
 * who is presenting where. A lock left by a process that is gone (a crash, a kill -9) is taken over.
 *
 * Format (JSON): `{ "pid": 1234, "startedAt": 1767000000000, "speech": "/talks/keynote.md",
 * "url": "http://127.0.0.1:4317" | null, "app": "web" | "desktop" }`.
 */
import { open, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeDurably } from './durable-write';
import { readRegularFile } from './safe-read';

export const LOCK_FILE = 'show.lock';
/** A lock is a line of JSON; anything much larger is not one (and is not read whole). */
const MAX_LOCK_BYTES = 64 * 1024;

export interface InstanceInfo {
  pid: number;
  startedAt: number;
  speech: string | null;
  /** Where the show can be reached (web host), once known. */
  url: string | null;
  app: 'web' | 'desktop' | 'test';
}

/** Another live host holds the data folder. */
export class ShowBusyError extends Error {
  constructor(
    readonly holder: InstanceInfo,
    readonly lockPath: string,
  ) {
    const where = holder.url ? ` at ${holder.url}` : '';
    const what = holder.speech ? ` “${holder.speech}”` : '';
    super(
      `Lectern is already presenting${what}${where} (process ${holder.pid}, ${holder.app}) with the data folder of this show. ` +
        `Stop that one first, or give this one its own folder with LECTERN_DATA_DIR=… ` +
        `(if no Lectern is running, delete ${lockPath}).`,
    );
    this.name = 'ShowBusyError';
  }
}

export interface InstanceLock {
  readonly path: string;
  /** Records where the show can be reached. */
  update(patch: Partial<Pick<InstanceInfo, 'url' | 'speech'>>): Promise<void>;
  release(): Promise<void>;
}

/** True when a process with this id exists (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims the data folder for this process. Rejects with ShowBusyError when a live host holds it;
 * a lock whose process is gone, or that cannot be read, is replaced.
 */
export async function claimInstance(
  dataDir: string,
  info: Omit<InstanceInfo, 'pid' | 'startedAt'>,
  alive: (pid: number) => boolean = processAlive,
): Promise<InstanceLock> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  let current: InstanceInfo = { pid: process.pid, startedAt: Date.now(), ...info };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(current));
      await handle.close();
      return lockAt(
        path,
        () => current,
        (next) => (current = next),
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(path);
    if (holder && alive(holder.pid)) throw new ShowBusyError(holder, path);
    // Stale (its process is gone) or unreadable: take it over and try again.
    await rm(path, { force: true });
  }
  throw new Error(`cannot claim ${path}: another Lectern keeps taking it`);
}

/** The live host holding the data folder, if any (without claiming it). */
export async function liveInstance(
  dataDir: string,
  alive: (pid: number) => boolean = processAlive,
): Promise<ShowBusyError | null> {
  const path = join(dataDir, LOCK_FILE);
  const holder = await readHolder(path);
  return holder && alive(holder.pid) ? new ShowBusyError(holder, path) : null;
}

async function readHolder(path: string): Promise<InstanceInfo | null> {
  const read = await readRegularFile(path, { maxBytes: MAX_LOCK_BYTES });
  if (!read.ok) return null;
  try {
    const json = JSON.parse(read.data.toString('utf8')) as Partial<InstanceInfo>;
    if (typeof json.pid !== 'number' || !Number.isInteger(json.pid) || json.pid <= 0) return null;
    return {
      pid: json.pid,
      startedAt: typeof json.startedAt === 'number' ? json.startedAt : 0,
      speech: typeof json.speech === 'string' ? json.speech : null,
      url: typeof json.url === 'string' ? json.url : null,
      app: json.app === 'desktop' || json.app === 'test' ? json.app : 'web',
    };
  } catch {
    return null;
  }
}

function lockAt(path: string, get: () => InstanceInfo, set: (info: InstanceInfo) => void): InstanceLock {
  let released = false;
  return {
    path,
    async update(patch) {
      if (released) return;
      set({ ...get(), ...patch });
      await writeDurably(path, JSON.stringify(get()));
    },
    async release() {
      if (released) return;
      released = true;
      // Only our own lock is removed: never one a later host took over.
      const holder = await readHolder(path);
      if (holder?.pid === process.pid && holder.startedAt === get().startedAt)
        await rm(path, { force: true });
    },
  };
}
