/**
 * Checks a path a window sent as a dropped speech file before main opens it. The page is not
 * trusted to name files: only an absolute path to a speech (by extension) gets through.
 * No Electron import here, so it is unit-tested (dropped-speech.test.ts).
 */
import { extname, isAbsolute } from 'node:path';

export const SPEECH_EXTENSIONS = ['md', 'markdown', 'txt'];

export type DroppedSpeech = { ok: true; path: string } | { ok: false; error: string };

export function parseDroppedSpeech(input: unknown): DroppedSpeech {
  if (typeof input !== 'string' || input.length === 0) {
    return { ok: false, error: 'only a file from disk can be opened (nothing was dropped, or not a file)' };
  }
  if (input.length > 4096 || input.includes('\0')) return { ok: false, error: 'not a usable file path' };
  if (!isAbsolute(input)) return { ok: false, error: 'not an absolute file path' };
  const extension = extname(input).slice(1).toLowerCase();
  if (!SPEECH_EXTENSIONS.includes(extension)) {
    return {
      ok: false,
      error: `Lectern opens speeches (.${SPEECH_EXTENSIONS.join(', .')}), not .${extension || 'files without an extension'}`,
    };
  }
  return { ok: true, path: input };
}
