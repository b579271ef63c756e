import type { Deck } from '../../../core/deck';

/** The quiet line in the corner of content slides: speaker and event, when the speech names them. */
export function deckFooter(deck: Deck): string {
  const { speaker, event } = deck.meta;
  return [speaker, event].filter(Boolean).join(' · ');
}
