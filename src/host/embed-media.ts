/**
 * The local images of a deck, read for embedding in an exported file (HTML deck, handout, PDF,
 * delegate viewer) as data: URLs, so the file is whole on its own and its policy needs no `file:`;
 * and, for the files that play them (the HTML deck and the delegate viewer), its video and audio
 * clips (core/media.ts), with an allowance of their own.
 *
 * What may be embedded: a regular file of an image type (files.ts IMAGE_EXTENSIONS; the fonts its
 * CSS names too; a clip's type for a clip) whose real path, through every symlink, is inside the
 * speech's own folder (its real path too), within the size limits. Anything else is left out of
 * the file (the slide shows its alt text in a dashed box) with a warning located at the image in
 * the speech: a speech handed to the speaker cannot make an export carry ~/.ssh/id_rsa or a 4 GB file.
 */
import { realpath } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import type { Block, Deck, Diagnostic, SourcePos } from '../core/deck';
import { AUDIO_EXTENSIONS, VIDEO_EXTENSIONS } from '../core/media';
import { contentTypeOf, FONT_EXTENSIONS, IMAGE_EXTENSIONS, isInside } from './files';
import { formatBytes, readRegularFile } from './safe-read';

const MB = 1024 * 1024;

export interface MediaLimits {
  /** Largest image embedded, in bytes. Default 10 MB: a projector-sized photo is 1–3 MB. */
  perImage: number;
  /** Most image bytes embedded in one file, in bytes. Default 50 MB: still opens fast from a mail. */
  perFile: number;
  /** Largest clip embedded, in bytes. Default 100 MB: a few minutes of 1080p video. */
  perClip: number;
  /** Most clip bytes embedded in one file, in bytes. Default 200 MB (a third more as base64). */
  clipsPerFile: number;
}

export const MEDIA_LIMITS: MediaLimits = {
  perImage: 10 * MB,
  perFile: 50 * MB,
  perClip: 100 * MB,
  clipsPerFile: 200 * MB,
};

export interface EmbeddedMedia {
  /** Speech-relative path → data: URL, for each image (and clip) embedded. */
  urls: Record<string, string>;
  /** Image bytes embedded (before base64, which adds a third in the file). */
  bytes: number;
  /** The clips among `urls`, and their bytes. */
  clips: string[];
  clipBytes: number;
  /** One located warning per image or clip left out. */
  warnings: Diagnostic[];
}

/** No images: what an export embeds when it is given none. */
export const NO_MEDIA: EmbeddedMedia = { urls: {}, bytes: 0, clips: [], clipBytes: 0, warnings: [] };

/** What a file beside the speech is embedded as: its types, and the limits that hold for it. */
type AssetKind = 'image' | 'css' | 'clip';
const KIND_TYPES: Record<AssetKind, ReadonlySet<string>> = {
  image: IMAGE_EXTENSIONS,
  css: new Set([...IMAGE_EXTENSIONS, ...FONT_EXTENSIONS]),
  clip: new Set([...VIDEO_EXTENSIONS, ...AUDIO_EXTENSIONS]),
};

/** Each file the deck shows once, with where it first occurs in the speech and what it is. */
function assetsOf(deck: Deck, clips: boolean): Map<string, { at: SourcePos; kind: AssetKind }> {
  const found = new Map<string, { at: SourcePos; kind: AssetKind }>();
  const walk = (blocks: Block[], fallback: SourcePos): void => {
    for (const block of blocks) {
      if (block.type === 'image' && block.src && !found.has(block.src))
        found.set(block.src, { at: block.source ?? fallback, kind: 'image' });
      else if (block.type === 'media' && clips && block.src && !found.has(block.src))
        found.set(block.src, { at: block.source ?? fallback, kind: 'clip' });
      else if (block.type === 'list') block.items.forEach((item) => walk(item, fallback));
      else if (block.type === 'quote') walk(block.children, fallback);
    }
  };
  for (const slide of deck.slides) walk(slide.blocks, slide.source);
  // the images and fonts the speech's own CSS names (its backgrounds, a logo, its faces)
  for (const path of deck.style?.media ?? [])
    if (!found.has(path)) found.set(path, { at: { line: 1, column: 1 }, kind: 'css' });
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

/** An image (or clip) read for embedding: its bytes and Content-Type, or why it cannot be had. */
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
  return readSpeechAsset(dir, src, 'image', limits, used);
}

async function readSpeechAsset(
  dir: string,
  src: string,
  kind: AssetKind,
  limits: MediaLimits,
  used: number,
): Promise<SpeechImage> {
  const types = KIND_TYPES[kind];
  const what = kind === 'clip' ? 'a video or audio' : 'an image';
  if (!types.has(extname(src).toLowerCase()))
    return {
      problem: `not ${kind === 'clip' ? 'a clip' : 'an image'} type Lectern embeds (${[...types].join(' ')})`,
    };
  const found = await locate(dir, src);
  if (typeof found !== 'string') return found;
  if (!isInside(dir, found))
    return { problem: "it is outside the speech's folder (links are followed to where they lead)" };
  if (!types.has(extname(found).toLowerCase()))
    return { problem: `it is a link to a file that is not ${what}` };
  const allowance =
    kind === 'clip'
      ? { each: limits.perClip, all: limits.clipsPerFile, noun: 'clips' }
      : { each: limits.perImage, all: limits.perFile, noun: 'images' };
  const bytes = await readWithin(found, allowance, used);
  return typeof bytes === 'string' ? { problem: bytes } : { bytes, type: contentTypeOf(found) };
}

export interface EmbedOptions {
  /** Embed the clips too (for a file that plays them: the HTML deck, the delegate viewer). Default false. */
  clips?: boolean;
}

/**
 * Reads the deck's local images (and clips) from the folder of `speechPath`. Never throws for a
 * file: each one that cannot be embedded becomes a warning instead.
 */
export async function embedMedia(
  deck: Deck,
  speechPath: string,
  limits: MediaLimits = MEDIA_LIMITS,
  options: EmbedOptions = {},
): Promise<EmbeddedMedia> {
  const assets = assetsOf(deck, options.clips ?? false);
  if (assets.size === 0) return NO_MEDIA;
  const dir = await realpath(dirname(resolve(speechPath)));
  const media: EmbeddedMedia = { urls: {}, bytes: 0, clips: [], clipBytes: 0, warnings: [] };
  for (const [src, { at, kind }] of assets) {
    const clip = kind === 'clip';
    const asset = await readSpeechAsset(dir, src, kind, limits, clip ? media.clipBytes : media.bytes);
    if ('problem' in asset) {
      const noun = clip ? 'clip' : kind === 'css' ? 'file its CSS names' : 'image';
      media.warnings.push({
        severity: 'warning',
        file: deck.fileName,
        line: at.line,
        column: at.column,
        message: `${noun} "${src.slice(0, 120)}" is not in the exported file: ${asset.problem}`,
      });
      continue;
    }
    media.urls[src] = `data:${asset.type};base64,${asset.bytes.toString('base64')}`;
    if (clip) {
      media.clips.push(src);
      media.clipBytes += asset.bytes.length;
    } else media.bytes += asset.bytes.length;
  }
  return media;
}

/** The same without the clips: for a file that cannot play them (a handout, a PDF, PowerPoint). */
export function withoutClips(media: EmbeddedMedia): EmbeddedMedia {
  if (!media.clips.length) return media;
  const urls = Object.fromEntries(Object.entries(media.urls).filter(([src]) => !media.clips.includes(src)));
  return { ...media, urls, clips: [], clipBytes: 0 };
}

/** A regular file's bytes when they fit both limits (`used` bytes are embedded already), else why not. */
async function readWithin(
  file: string,
  limits: { each: number; all: number; noun: string },
  used: number,
): Promise<Buffer | string> {
  const tooBig = (n: number): string | null =>
    n > limits.each
      ? `it is ${formatBytes(n)}; ${limits.noun} are limited to ${formatBytes(limits.each)} each`
      : used + n > limits.all
        ? `with it, the file's ${limits.noun} would pass ${formatBytes(limits.all)} in all`
        : null;
  // A regular file only, never waiting on a pipe (safe-read.ts), and never more than the limits.
  const read = await readRegularFile(file, {
    maxBytes: Math.max(0, Math.min(limits.each, limits.all - used)),
  });
  if (!read.ok) {
    if (read.reason === 'too-large') return tooBig(read.size ?? limits.each + 1)!;
    if (read.reason === 'not-a-file') return 'not a regular file';
    return `it cannot be read (${read.code ?? read.message})`;
  }
  return tooBig(read.data.length) ?? read.data;
}

/** What was embedded, for a progress line: ", 2 images and 1 clip embedded (12 MB)", or nothing. */
export function mediaSummary(media: EmbeddedMedia): string {
  const clips = media.clips.length;
  const images = Object.keys(media.urls).length - clips;
  if (images + clips === 0) return '';
  const parts = [
    images ? `${images} image${images === 1 ? '' : 's'}` : '',
    clips ? `${clips} clip${clips === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `, ${parts.join(' and ')} embedded (${formatBytes(media.bytes + media.clipBytes)})`;
}
