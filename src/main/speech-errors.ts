/**
 * What to tell the speaker when a speech cannot be opened. No Electron import, so it is unit-tested.
 */
import { basename } from 'node:path';
import { SpeechError } from '../core/deck';

export interface ErrorMessage {
  /** One line: what failed. */
  message: string;
  /** Where and why: `file:line:column: problem` for a speech error. */
  detail: string;
}

export function describeOpenError(path: string, error: unknown): ErrorMessage {
  const message = `Lectern could not open “${basename(path)}”.`;
  if (error instanceof SpeechError) {
    const d = error.diagnostic;
    return { message, detail: `${d.file}:${d.line}:${d.column}: ${d.message}` };
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return { message, detail: `${path}: the file does not exist.` };
  if (code === 'EACCES' || code === 'EPERM') return { message, detail: `${path}: permission denied.` };
  if (code === 'EISDIR') return { message, detail: `${path}: this is a folder, not a speech file.` };
  return { message, detail: error instanceof Error ? error.message : String(error) };
}
