/** Small things the commands share. */
import { dirname, relative, resolve, sep } from 'node:path';
import type { Deck } from '../core/deck';
import type { CliIo } from './command';

/** The speech's warnings, located, on stderr. */
export function reportWarnings(deck: Deck, io: CliIo): void {
  for (const w of deck.warnings) io.err(`${w.file}:${w.line}:${w.column}: warning: ${w.message}\n`);
}

/** Images are relative to the speech; makes them relative to an output file instead. */
export function imagesFor(speech: string, out: string): (src: string) => string {
  return (src) =>
    relative(dirname(resolve(out)), resolve(dirname(speech), src))
      .split(sep)
      .join('/');
}
