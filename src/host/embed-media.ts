/**
 * The local images of a deck, read for embedding in an exported file (HTML deck, handout, PDF,
 * delegate viewer) as data: URLs, so the file is whole on its own and its policy needs no `file:`.
 *
 * What may be embedded: a regular file of an image type (files.ts IMAGE_EXTENSIONS) whose real
 * path, through every symlink, is inside the speech's own folder (its real path too), within the
 * size limits. Anything else is left out of the file (the slide shows its alt text in a dashed box)
 * with a warning located at the image in the speech: a speech handed to the speaker cannot make an
 * export carry ~/.ssh/id_rsa or a 4 GB file.
 */
import { realpath } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import type { Block, Deck, Diagnostic, SourcePos } from '../core/deck';
import { contentTypeOf, IMAGE_EXTENSIONS, isInside } from './files';
import { formatBytes, readRegularFile } from './safe-read';

const MB = 1024 * 1024;

export interface MediaLimits {
  /** Largest image embedded, in bytes. Default 10 MB: a projector-sized photo is 1–3 MB. */
  perImage: number;
  /** Most image bytes embedded in one file, in bytes. Default 50 MB: still opens fast from a mail. */
  perFile: number;
}

export const MEDIA_LIMITS: MediaLimits = { perImage: 10 * MB, perFile: 50 * MB };

export interface EmbeddedMedia {
  /** Speech-relative image path → data: URL, for each image embedded. */
  urls: Record<string, string>;
  /** Image bytes embedded (before base64, which adds a third in the file). */
  bytes: number;
  /** One located warning per image left out. */
  warnings: Diagnostic[];
}

/** No images: what an export embeds when it is given none. */
export const NO_MEDIA: EmbeddedMedia = { urls: {}, bytes: 0, warnings: [] };

/** Each image path of the deck once, with where it first occurs in the speech. */
function imagesOf(deck: Deck): Map<string, SourcePos> {
  const found = new Map<string, SourcePos>();
  const walk = (blocks: Block[], fallback: SourcePos): void => {
    for (const block of blocks) {
      if (block.type === 'image' && block.src && !found.has(block.src))
        found.set(block.src, block.source ?? fallback);
      else if (block.type === 'list') block.items.forEach((item) => walk(item, fallback));
      else if (block.type === 'quote') walk(block.children, fallback);
    }
  };
  for (const slide of deck.slides) walk(slide.blocks, slide.source);
  // the images the speech's own CSS names (its backgrounds, a logo)
  for (const path of deck.style?.media ?? []) if (!found.has(path)) found.set(path, { line: 1, column: 1 });
  return found;
}

/** The real path of an image named `src` in the speech, or why it cannot be had. */
async function locate(dir: string, src: string): Promise<string | { problem: string }> {
  // a Markdown URL may %-encode its path ("my%20chart.png"); the file's own name is tried first
  const names = [src];
  try {
    if (decodeURIComponent(src) !== src) names.push(decodeURIComponent(src));
  } catch {
    // not an encoded path
  }
  for (const name of names) {
    try {
      return await realpath(resolve(dir, name));
    } catch {
      // try the next spelling
    }
  }
  return { problem: 'no such file next to the speech' };
}

/** An image read for embedding: its bytes and Content-Type, or why it cannot be had. */
export type SpeechImage = { bytes: Buffer; type: string } | { problem: string };

/**
 * Reads the image a speech names `src` under the rules above. `dir` is the real path of the speech's
 * folder; `used` bytes of the file's allowance are taken already. Never throws.
 */
export async function readSpeechImage(
  dir: string,
  src: string,
  limits: MediaLimits = MEDIA_LIMITS,
  used = 0,
): Promise<SpeechImage> {
  if (!IMAGE_EXTENSIONS.has(extname(src).toLowerCase()))
    return { problem: `not an image type Lectern embeds (${[...IMAGE_EXTENSIONS].join(' ')})` };
  const found = await locate(dir, src);
  if (typeof found !== 'string') return found;
  if (!isInside(dir, found))
    return { problem: "it is outside the speech's folder (links are followed to where they lead)" };
  if (!IMAGE_EXTENSIONS.has(extname(found).toLowerCase()))
    return { problem: 'it is a link to a file that is not an image' };
  const bytes = await readWithin(found, limits, used);
  return typeof bytes === 'string' ? { problem: bytes } : { bytes, type: contentTypeOf(found) };
}

/**
 * Reads the deck's local images from the folder of `speechPath`. Never throws for an image: each
 * one that cannot be embedded becomes a warning instead.
 */
export async function embedMedia(
  deck: Deck,
  speechPath: string,
  limits: MediaLimits = MEDIA_LIMITS,
): Promise<EmbeddedMedia> {
  const images = imagesOf(deck);
  if (images.size === 0) return NO_MEDIA;
  const dir = await realpath(dirname(resolve(speechPath)));
  const media: EmbeddedMedia = { urls: {}, bytes: 0, warnings: [] };
  for (const [src, at] of images) {
    const image = await readSpeechImage(dir, src, limits, media.bytes);
    if ('problem' in image) {
      media.warnings.push({
        severity: 'warning',
        file: deck.fileName,
        line: at.line,
        column: at.column,
        message: `image "${src.slice(0, 120)}" is not in the exported file: ${image.problem}`,
      });
      continue;
    }
    media.urls[src] = `data:${image.type};base64,${image.bytes.toString('base64')}`;
    media.bytes += image.bytes.length;
  }
  return media;
}

/** A regular file's bytes when they fit both limits (`used` bytes are embedded already), else why not. */
async function readWithin(file: string, limits: MediaLimits, used: number): Promise<Buffer | string> {
  const tooBig = (n: number): string | null =>
    n > limits.perImage
      ? `it is ${formatBytes(n)}; images are limited to ${formatBytes(limits.perImage)} each`
      : used + n > limits.perFile
        ? `with it, the file's images would pass ${formatBytes(limits.perFile)} in all`
        : null;
  // A regular file only, never waiting on a pipe (safe-read.ts), and never more than the limits.
  const read = await readRegularFile(file, {
    maxBytes: Math.max(0, Math.min(limits.perImage, limits.perFile - used)),
  });
  if (!read.ok) {
    if (read.reason === 'too-large') return tooBig(read.size ?? limits.perImage + 1)!;
    if (read.reason === 'not-a-file') return 'not a regular file';
    return `it cannot be read (${read.code ?? read.message})`;
  }
  return tooBig(read.data.length) ?? read.data;
}

/** What was embedded, for a progress line: ", 2 images embedded (1.3 MB)", or nothing. */
export function mediaSummary(media: EmbeddedMedia): string {
  const count = Object.keys(media.urls).length;
  if (count === 0) return '';
  return `, ${count} image${count === 1 ? '' : 's'} embedded (${formatBytes(media.bytes)})`;
}
