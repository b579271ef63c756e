/**
 * A deck's tag: a digest of the deck as pages receive it. A page that already holds a deck (the
 * first snapshot shipped in the page, or one it was sent before a reconnection) names its tag when
 * its socket opens, and the host, finding the same deck, sends everything but the deck: a
 * 1,500-slide talk's 7.8 MB is not sent twice. A digest rather than a counter, so that a host that
 * restarted with the same speech still recognises it.
 */
import { createHash } from 'node:crypto';
import type { Deck } from '../core/deck';
import { deckJson } from '../core/deck-json';

const tags = new WeakMap<Deck, string>();

/** The deck's tag (32 hex digits), computed once per deck object. */
export function deckTag(deck: Deck): string {
  let tag = tags.get(deck);
  if (tag === undefined) {
    tag = createHash('sha256').update(deckJson(deck)).digest('hex').slice(0, 32);
    tags.set(deck, tag);
  }
  return tag;
}

/** A tag as a page may send it (anything else is ignored: the page just gets the whole deck). */
export const DECK_TAG = /^[0-9a-f]{32}$/;
