/**
 * PLACEHOLDER: reads a speech file and builds its deck. The speech-engine issue replaces this with
 * encoding detection, size limits and located errors.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildDeck } from '../core/speech';
import type { Deck } from '../core/deck';

export async function readSpeechFile(path: string): Promise<Deck> {
  const text = await readFile(path, 'utf8');
  return buildDeck(text, { fileName: basename(path) });
}
