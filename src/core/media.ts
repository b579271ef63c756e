/**
 * Video and audio on slides. A speech names a clip beside it like an image (`![A demo](demo.mp4)`,
 * or an HTML `<video src>` in an imported deck); the file's extension says what it is.
 *
 * One clip plays per slide, the first: from when its slide comes up — or, when the slide steps
 * (`<!-- steps -->`), from its own Next — until the slide is left, on the audience's screen. When
 * it plays is part of the show's state (`media` in core/show.ts), so the presenter shows where it
 * is and every window agrees.
 */
import type { Block, MediaKind, Slide } from './deck';
import { firstSteps } from './steps';

export const VIDEO_EXTENSIONS = ['.mp4', '.m4v', '.webm', '.ogv', '.mov'];
export const AUDIO_EXTENSIONS = ['.mp3', '.m4a', '.ogg', '.oga', '.opus', '.wav', '.flac'];

/** Video or audio by a file name's extension, or null for anything else. */
export function mediaKindOf(src: string): MediaKind | null {
  const ext = /(\.[a-z0-9]+)(?:[?#].*)?$/i.exec(src.trim())?.[1]?.toLowerCase();
  if (!ext) return null;
  if (VIDEO_EXTENSIONS.includes(ext)) return 'video';
  if (AUDIO_EXTENSIONS.includes(ext)) return 'audio';
  return null;
}

/** The clip that plays on a slide, and the step it starts on (0: when the slide comes up); null for none. */
export function slideMedia(
  slide: Pick<Slide, 'blocks'>,
): { block: Extract<Block, { type: 'media' }>; step: number } | null {
  const steps = firstSteps(slide.blocks);
  for (const [i, block] of slide.blocks.entries())
    if (block.type === 'media' && block.src) return { block, step: steps[i] ?? 0 };
  return null;
}

/** Each slide's clip start step (null: no clip), by index: what the reducer needs. */
export type DeckMedia = ReadonlyArray<number | null>;

export function deckMedia(deck: { slides: ReadonlyArray<Pick<Slide, 'blocks'>> }): DeckMedia {
  return deck.slides.map((s) => slideMedia(s)?.step ?? null);
}
