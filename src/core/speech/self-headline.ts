/**
 * The speech's own headline line: a short clause that says what the deck is about in the
 * speaker's words, "<the deck's title> is …" ("I must say to you that the state of the Union is
 * not good: …" in a State of the Union). A designer puts that line on its slide as the title; a
 * clause inside quotation marks is someone else's ("Truman said, "… the state of the Union is
 * good."") and is never taken. English only: its copulas are English.
 */
import { capitalize, wordsOf } from './text';
import { isTitle, MAX_TITLE_WORDS } from './titles';
import { DETERMINER, escapeRegExp, oneOf, without } from './word-classes';

const COPULA = /^\s+(?:is|are|was|were|remains|will be|has been)\b/iu;
/** Quoted spans: someone else's words. */
const QUOTED = /“[^”]*”|"[^"]*"/gu;
/**
 * A word right before the title that makes it a phrase inside a longer subject: a determiner or
 * a preposition ("Building resilience in our supply chains is not a partisan effort" is about
 * building resilience, not "Supply chains is not…", Brainard 2024, judge21).
 */
const INSIDE_PHRASE = oneOf(without(DETERMINER, 'that'), [
  'in',
  'of',
  'for',
  'to',
  'on',
  'at',
  'by',
  'with',
  'from',
  'into',
  'across',
]);

export function selfHeadline(deckTitle: string, text: string, lang: string): string | null {
  if (lang !== 'en' || wordsOf(deckTitle).length < 2) return null;
  const own = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  const name = new RegExp(`\\b(?:the\\s+)?${escapeRegExp(deckTitle).replace(/\s+/gu, '\\s+')}(?=\\s)`, 'giu');
  for (const m of own.matchAll(name)) {
    const after = own.slice(m.index + m[0].length);
    if (!COPULA.test(after)) continue;
    const before = /(\S+)\s*$/u.exec(own.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? '';
    if (INSIDE_PHRASE.test(before)) continue;
    const clause = (m[0] + after.split(/[:;,.!?—–()]|\s--\s/u)[0]!).replace(/\s+/gu, ' ').trim();
    if (wordsOf(clause).length > MAX_TITLE_WORDS) continue;
    const title = capitalize(clause);
    if (isTitle(title, lang)) return title;
  }
  return null;
}
