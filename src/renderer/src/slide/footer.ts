import type { Deck } from '../../../core/deck';

/** Longest footer, in characters: a quiet line in the corner, never a second title. */
const MAX_FOOTER = 56;

/** A long event line shortened to its first part ("DELIVERED AT THE BANQUET, IN CHICAGO, …"). */
function short(line: string): string {
  const t = line.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_FOOTER) return t;
  const first = t.split(/\s*[,;·–—(]\s*/u)[0] ?? t;
  if (first.length <= MAX_FOOTER && first.split(' ').length >= 2) return first;
  const cut = t.slice(0, MAX_FOOTER).replace(/\s+\S*$/u, '');
  return `${cut}…`;
}

/** The quiet line in the corner of content slides: speaker and event, when the speech names them. */
export function deckFooter(deck: Deck): string {
  const { speaker, event } = deck.meta;
  return [speaker, event]
    .filter((x): x is string => !!x)
    .map(short)
    .join(' · ');
}
