/** Small things the commands share. */
import type { Deck } from '../core/deck';
import { embedMedia, type EmbeddedMedia } from '../host/embed-media';
import type { CliIo } from './command';

/** The speech's warnings, located, on stderr. */
export function reportWarnings(deck: Deck, io: CliIo): void {
  for (const w of deck.warnings) io.err(`${w.file}:${w.line}:${w.column}: warning: ${w.message}\n`);
}

/** Reads the images the exports embed, reporting each one left out where the speech names it. */
export async function mediaFor(deck: Deck, speech: string, io: CliIo): Promise<EmbeddedMedia> {
  const media = await embedMedia(deck, speech);
  for (const w of media.warnings) io.err(`${w.file}:${w.line}:${w.column}: warning: ${w.message}\n`);
  return media;
}
