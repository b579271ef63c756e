/**
 * Where a slide's local image comes from. A speech names images by a path relative to the speech
 * file; each view decides what that path becomes: the live pages ask the host for it under
 * `/media/`, the exported files carry it inside themselves as a data: URL.
 */
import { createContext } from 'react';

/** The URL to show a speech-relative image from, or null when it cannot be shown (refused, missing). */
export type MediaResolver = (src: string) => string | null;

/** The web host and the desktop app serve the speech's folder under `<base>media/`. */
export function servedMedia(base = '/'): MediaResolver {
  return (src) => `${base}media/${src.split('/').map(encodeURIComponent).join('/')}`;
}

/** Images embedded in an exported file: speech-relative path → data: URL; anything else is not shown. */
export function embeddedMedia(urls: Readonly<Record<string, string>>): MediaResolver {
  return (src) => (Object.hasOwn(urls, src) ? urls[src]! : null);
}

/** The resolver slides render with; live pages use the default, exports provide theirs. */
export const SlideMedia = createContext<MediaResolver>(servedMedia());
