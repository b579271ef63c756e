/**
 * Loads the CJK family's stylesheet (styles/fonts-cjk.css) the first time a page has Han, kana or
 * Hangul to show: the speech's text or the interface's own words (Chinese). Every other page
 * never parses its ~350 @font-face rules.
 */
import { deckStrings, type Deck } from '../../core/deck';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

let loading: Promise<unknown> | null = null;

/** Loads the CJK faces if `text` needs them (once per page). */
export function loadCjkFontFor(text: string): void {
  if (loading || !CJK.test(text)) return;
  loading = import('./styles/fonts-cjk.css').catch((error: unknown) =>
    console.warn('[lectern] the CJK font could not be loaded:', error),
  );
}

/** Speeches already looked at, by their content hash (Deck.sourceId). */
const looked = new Set<string>();

/**
 * Loads the CJK faces if a deck's text needs them. Each string is tested on its own (a 1M-word
 * speech is never joined into one), and a speech already looked at is not looked at again: the
 * page's shipped snapshot and the socket's first one carry the same deck.
 */
export function loadCjkFontForDeck(deck: Pick<Deck, 'meta' | 'slides' | 'sourceId'>): void {
  if (loading || looked.has(deck.sourceId)) return;
  looked.add(deck.sourceId);
  if (deckStrings(deck).some((text) => CJK.test(text))) loadCjkFontFor('字');
}
