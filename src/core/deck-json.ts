/**
 * A deck as JSON, written once per deck object. A 1,500-slide talk is 7.9 MB of it, and the host
 * needs it for every page it serves, every socket that connects and the deck's tag: written again
 * each time it held the host's one thread for 0.2-0.6 s while a page's own script files waited.
 */
import type { Deck } from './deck';

const written = new WeakMap<Deck, string>();

export function deckJson(deck: Deck): string {
  let json = written.get(deck);
  if (json === undefined) {
    json = JSON.stringify(deck);
    written.set(deck, json);
  }
  return json;
}

/**
 * `{"deck":…,…rest}` from a deck's JSON (from the cache) and the rest's (small, written now): what
 * JSON.parse reads back as JSON.stringify({ deck, ...rest }) would have written it.
 */
export function withDeckJson(deckPart: string, restPart: string): string {
  return `{"deck":${deckPart}${restPart === '{}' ? '}' : `,${restPart.slice(1)}`}`;
}
