/**
 * The `lang` and `dir` attributes of every element that holds the speech's own words (slides,
 * speaker text, transcript, notes). The speech engine decided both (core/language.ts sets
 * `deck.meta.lang` and `deck.meta.dir`); views and exports only carry them to the markup, so the
 * browser picks the right fonts, line breaking, hyphenation and direction. The interface around
 * the speech follows the interface language instead (i18n/), never the speech's.
 */
import type { SpeechMeta } from '../../../core/deck';

export interface SpeechAttributes {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** `{ lang, dir }` to spread on an element holding speech text; empty for a deck without them. */
export function speechAttributes(meta: Pick<SpeechMeta, 'lang' | 'dir'>): SpeechAttributes {
  return {
    ...(meta.lang ? { lang: meta.lang } : {}),
    ...(meta.dir ? { dir: meta.dir } : {}),
  };
}
