/**
 * Reads a speech file and builds its deck: size limit and binary check before parsing, encoding
 * detection (see decode.ts), located `SpeechError`s for every problem. Never writes to the file.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildDeck, type SpeechFormat } from '../core/speech';
import { SpeechError, type Deck } from '../core/deck';
import { decodeSpeech, MAX_SPEECH_BYTES } from './decode';
import { withSpeechStyle } from './speech-style';

export { MAX_SPEECH_BYTES } from './decode';

/** Reads the file's bytes, refusing files over MAX_SPEECH_BYTES before reading them. */
export async function readSpeechBytes(path: string): Promise<Uint8Array> {
  const file = basename(path);
  const fail = (message: string) => new SpeechError({ severity: 'error', file, line: 1, column: 1, message });
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw fail(
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot open the file (${code ?? (e as Error).message})`,
    );
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw fail('not a file');
    if (st.size > MAX_SPEECH_BYTES) {
      throw fail(
        `file is ${(st.size / 1048576).toFixed(1)} MB; speeches are limited to ${MAX_SPEECH_BYTES / 1048576} MB`,
      );
    }
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

export interface ReadSpeechOptions {
  /** The speech's format (`--from`); default: from its extension and content (core/speech/format.ts). */
  format?: SpeechFormat;
}

/** Reads, decodes and builds a speech file. Throws `SpeechError` (with file, line, column). */
export async function readSpeechFile(path: string, options: ReadSpeechOptions = {}): Promise<Deck> {
  const bytes = await readSpeechBytes(path);
  const fileName = basename(path);
  const decoded = decodeSpeech(bytes, fileName);
  const deck = buildDeck(decoded.text, {
    fileName,
    warnings: decoded.warnings,
    ...(options.format ? { format: options.format } : {}),
  });
  // the speech's own CSS, from beside it (host/speech-style.ts)
  return withSpeechStyle(deck, path, decoded.text);
}
