/** Small things the commands share. */
import type { Deck } from '../core/deck';
import { SPEECH_FORMATS, type SpeechFormat } from '../core/speech';
import { embedMedia, MEDIA_LIMITS, type EmbeddedMedia, type EmbedOptions } from '../host/embed-media';
import { UsageError, type CliIo } from './command';

/** The `--from` option: what format the speech is in, when its name and content do not say. */
export const FROM_OPTION = { from: { type: 'string' } } as const;

/** `--from`'s lines in a command's help, its text starting at `column` like the other options'. */
export function fromHelp(column: number): string {
  const pad = ' '.repeat(column);
  const label = '  --from <format>';
  // a column too narrow for the option's name starts its words on the next line
  const lead = label.length < column ? label.padEnd(column) : `${label}\n${pad}`;
  return `${lead}read the speech as ${SPEECH_FORMATS.join(', ')}
${pad}(default: from its name and content; reveal-md, Marp and Slidev decks are recognised)`;
}

/** The format `--from` names, or undefined without it. */
export function formatOption(value: string | undefined): SpeechFormat | undefined {
  if (value === undefined) return undefined;
  const format = SPEECH_FORMATS.find((f) => f === value.toLowerCase());
  if (!format) throw new UsageError(`--from must be one of ${SPEECH_FORMATS.join(', ')}, not "${value}"`);
  return format;
}

/** The speech's warnings, located, on stderr. */
export function reportWarnings(deck: Deck, io: CliIo): void {
  for (const w of deck.warnings) io.err(`${w.file}:${w.line}:${w.column}: warning: ${w.message}\n`);
}

/**
 * Reads the images the exports embed (and the clips, for a file that plays them), reporting each
 * one left out where the speech names it.
 */
export async function mediaFor(
  deck: Deck,
  speech: string,
  io: CliIo,
  options: EmbedOptions = {},
): Promise<EmbeddedMedia> {
  const media = await embedMedia(deck, speech, MEDIA_LIMITS, options);
  for (const w of media.warnings) io.err(`${w.file}:${w.line}:${w.column}: warning: ${w.message}\n`);
  return media;
}
