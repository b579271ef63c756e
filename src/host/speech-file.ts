/**
 * Reads a speech file and builds its deck: size limit and binary check before parsing, encoding
 * detection (see decode.ts), located `SpeechError`s for every problem. Never writes to the file.
 */
import { basename } from 'node:path';
import { buildDeck, type SpeechFormat } from '../core/speech';
import { SpeechError, type Deck } from '../core/deck';
import { decodeSpeech, MAX_SPEECH_BYTES } from './decode';
import { formatBytes, readRegularFile } from './safe-read';
import { withAssetWarnings } from './speech-assets';
import { withSpeechStyle } from './speech-style';

export { MAX_SPEECH_BYTES } from './decode';

/**
 * Reads the file's bytes: only a regular file (a named pipe, a folder or a device is refused at
 * once, never waited on: safe-read.ts), and none over MAX_SPEECH_BYTES (refused before reading).
 */
export async function readSpeechBytes(path: string): Promise<Uint8Array> {
  const read = await readRegularFile(path, { maxBytes: MAX_SPEECH_BYTES });
  if (read.ok) return new Uint8Array(read.data);
  const message =
    read.reason === 'too-large'
      ? `file is ${formatBytes(read.size ?? 0)}; speeches are limited to ${MAX_SPEECH_BYTES / 1048576} MB`
      : read.message;
  throw new SpeechError({ severity: 'error', file: basename(path), line: 1, column: 1, message });
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
  // every image and clip it names checked beside it, then its own CSS (host/speech-style.ts)
  return withSpeechStyle(await withAssetWarnings(deck, path), path, decoded.text);
}
