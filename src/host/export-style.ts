/**
 * The deck's look inside an exported file (HTML deck, handout, PDF, delegate viewer): its theme as
 * the variables slides.css reads, on the page's root, and the speech's own CSS with each file it
 * names (`/media/…`) replaced by the embedded data: URL — a file the export could not carry
 * loads nothing (the file's policy allows only data: images and fonts).
 */
import type { Deck } from '../core/deck';
import { resolveTheme, themeCssText } from '../core/themes';
import type { EmbeddedMedia } from './embed-media';

const MEDIA_URL = /url\(\s*"?\/media\/([^")\s]*)"?\s*\)/g;

export function exportStyleCss(deck: Deck, media: EmbeddedMedia): string {
  const theme = `:root{${themeCssText(resolveTheme(deck.meta.theme).theme, deck.meta.lang)}}`;
  if (!deck.style) return theme;
  const own = deck.style.css.replace(MEDIA_URL, (_whole, encoded: string) => {
    let path: string;
    try {
      path = encoded.split('/').map(decodeURIComponent).join('/');
    } catch {
      return 'url()';
    }
    const url = Object.hasOwn(media.urls, path) ? media.urls[path] : undefined;
    return url ? `url("${url}")` : 'url()';
  });
  return `${theme}\n${own}`;
}
