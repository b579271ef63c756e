/**
 * The quiet line in the corner of content slides, decided once for every view and export (the
 * audience deck, the presenter's previews, the HTML deck, the handout and its PDF, PowerPoint).
 * It shows only what the speaker asked for: the front matter's `footer`, else the speaker and
 * event the front matter names. What the engine read off the speech ("East Room", a dateline,
 * "I'm Zhu Gang") goes on the title slide, never on every slide.
 */
import type { Deck } from './deck';

/** Longest speaker or event in the footer, in characters: a quiet line, never a second title. */
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

/**
 * The footer of the deck's content slides, or '' for none: `footer: text` as written, `footer:
 * false` none, `footer: true` the speaker and event however they were found; without the key, the
 * speaker and event only where the front matter gave them (`meta.inferred` lists the rest).
 */
export function deckFooter(deck: Pick<Deck, 'meta'>): string {
  const { footer, inferred = [] } = deck.meta;
  if (footer === false) return '';
  if (typeof footer === 'string') return footer.replace(/\s+/g, ' ').trim();
  return (['speaker', 'event'] as const)
    .filter((k) => footer === true || !inferred.includes(k))
    .map((k) => deck.meta[k])
    .filter((x): x is string => !!x?.trim())
    .map(short)
    .join(' · ');
}
