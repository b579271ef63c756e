/**
 * What a speech's CSS names: the slide it styles (SLIDE_SCOPE), and files beside the speech (a
 * url() as a path inside the speech's folder, and the `/media/` URL the live views ask for it).
 * Apart from the CSS parser (css-sanitise.ts), which is loaded only for a speech with CSS.
 */

/** A url() to a file beside the speech, as a path inside its folder, or null for anything else. */
export function localPath(url: string): string | null {
  const u = url.trim();
  if (!u || /^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('/') || u.startsWith('\\') || u.startsWith('#'))
    return null;
  let path: string;
  try {
    path = decodeURIComponent(u.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  if (path.includes('\\') || path.includes('\0') || path.split('/').some((s) => s === '..')) return null;
  return path.replace(/^(?:\.\/)+/, '');
}

/** The `/media/` URL a live page asks its host for a file beside the speech. */
export function mediaUrl(path: string): string {
  return `/media/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The slide, as the speech's CSS names it: `:is()` takes the weight of its heaviest part, an id,
 * so the speech's `h1 { color }` wins over the theme's own `.lectern-slide .slide-title` as its
 * author expects, whatever the theme's selectors; `#lectern-slide` need not exist.
 */
export const SLIDE_SCOPE = '.lectern-slide:is(.lectern-slide,#lectern-slide)';
