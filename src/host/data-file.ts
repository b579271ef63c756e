/**
 * Reading Lectern's own files in the data folder (the show journal, saved rehearsals): with a
 * size limit, never blocking on something that is not a regular file (safe-read.ts), and when a
 * file cannot be used (damaged, written by a newer Lectern, far too large, not a file at all) it
 * is set aside under a new name, `name.<reason>-<time>.json`, never overwritten: what the speaker
 * had stays on disk for them (or support) to look at, and Lectern starts a new file beside it.
 */
import { rename } from 'node:fs/promises';
import { readRegularFile } from './safe-read';

/** Why a data file is set aside. */
export type AsideReason = 'corrupt' | 'future' | 'too-large' | 'not-a-file';

export type DataFileRead =
  | { kind: 'missing' }
  | { kind: 'text'; text: string }
  /** There, but not something Lectern can use: set it aside. */
  | { kind: 'unusable'; reason: AsideReason; message: string }
  /** There, but it cannot be read (permissions): leave it alone and write nothing over it. */
  | { kind: 'unreadable'; message: string };

/** Reads a data file of at most `maxBytes` as UTF-8 text. Never throws. */
export async function readDataFile(path: string, maxBytes: number): Promise<DataFileRead> {
  const read = await readRegularFile(path, { maxBytes });
  if (read.ok) return { kind: 'text', text: read.data.toString('utf8') };
  if (read.reason === 'missing') return { kind: 'missing' };
  if (read.reason === 'too-large' || read.reason === 'not-a-file')
    return { kind: 'unusable', reason: read.reason, message: read.message };
  return { kind: 'unreadable', message: read.message };
}

/** Renames a data file aside as `name.<reason>-<now>.json`; resolves to the new path (rejects if it cannot). */
export async function setAside(path: string, reason: AsideReason, now: number): Promise<string> {
  const aside = path.replace(/(\.json)?$/, `.${reason}-${now}.json`);
  await rename(path, aside);
  return aside;
}
