/**
 * Short slide titles (at most 8 words) taken from the speech itself: the paragraph's `**bold**`
 * emphasis if any, otherwise its lead phrase (first clause, or a name in its first sentence).
 */
import { inlineText, type Inline } from '../deck';
import { capitalize, clauses, hasCjk, limitWords, sentences, trimPhrase, wordsOf } from './text';

export const MAX_TITLE_WORDS = 8;
const MAX_TITLE_CJK = 16;

const CONNECTIVES = new RegExp(
  '^(?:' +
    [
      'nowadays',
      'today',
      'now',
      'besides',
      'moreover',
      'furthermore',
      'however',
      'in addition',
      'additionally',
      'also',
      'regarding',
      'as for',
      'as to',
      'with regard to',
      'in terms of',
      'meanwhile',
      'finally',
      'lastly',
      'firstly',
      'secondly',
      'thirdly',
      'last but not least',
      'first',
      'second',
      'third',
      'so',
      'and',
      'but',
      'well',
      'of course',
      'in fact',
      'indeed',
      'according to [^,]{1,60}',
      'сегодня',
      'кроме того',
      'также',
      'однако',
      'во-первых',
      'во-вторых',
      'в-третьих',
      'наконец',
      'что касается',
      'итак',
      'при этом',
    ].join('|') +
    ')(?=[\\s,])[,]?\\s*',
  'iu',
);
const CJK_CONNECTIVES =
  /^(?:首先|其次|此外|另外|同时|最后|目前|当前|今天|如今|第[一二三四五六七八九十])[，,、]?/u;
const SUBORDINATOR =
  /^(?:that|which|who|where|when|because|while|if|что|который|которая|которые|чтобы|где|когда)$/iu;
const NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for|the|de|и)\s+)?\p{Lu}[\p{L}\d'’-]*)+/u;

/** First strong (bold) phrase of short enough length. */
export function boldPhrase(inlines: Inline[]): string | null {
  for (const n of inlines) {
    if (n.type === 'strong') {
      const t = inlineText(n.children).trim();
      if (t && (hasCjk(t) ? t.length <= MAX_TITLE_CJK : wordsOf(t).length <= MAX_TITLE_WORDS)) return t;
    } else if (n.type === 'emphasis' || n.type === 'link') {
      const inner = boldPhrase(n.children);
      if (inner) return inner;
    }
  }
  return null;
}

/** The bold phrases of a paragraph (for splitting a paragraph that covers several topics). */
export function boldPhrases(inlines: Inline[]): string[] {
  return inlines
    .filter((n) => n.type === 'strong')
    .map((n) => inlineText((n as { children: Inline[] }).children));
}

function stripConnectives(s: string): string {
  let t = s;
  for (let i = 0; i < 3; i++) {
    const next = t.replace(CONNECTIVES, '').replace(CJK_CONNECTIVES, '');
    if (next === t || !next) break;
    t = next;
  }
  return t;
}

/** The lead phrase of a paragraph, as a title. */
export function leadPhrase(text: string): string {
  const first = sentences(text)[0] ?? text;
  const body = stripConnectives(first.trim());
  if (hasCjk(body) && !/\s\S+\s/.test(body)) {
    const c = clauses(body)[0] ?? body;
    return trimPhrase(c.slice(0, MAX_TITLE_CJK));
  }
  const clause = clauses(body)[0] ?? body;
  const words = wordsOf(clause);
  if (words.length >= 2 && words.length <= MAX_TITLE_WORDS) return capitalize(trimPhrase(clause));
  const sub = words.findIndex((w, i) => i >= 2 && SUBORDINATOR.test(w));
  if (sub >= 2 && sub <= MAX_TITLE_WORDS) return capitalize(trimPhrase(words.slice(0, sub).join(' ')));
  const name = NAME.exec(body.slice(1))?.[0];
  if (name && wordsOf(name).length >= 2 && wordsOf(name).length <= MAX_TITLE_WORDS) return trimPhrase(name);
  return capitalize(limitWords(clause, MAX_TITLE_WORDS).text);
}

/** Title for a slide derived from its first paragraph. */
export function deriveTitle(inlines: Inline[], text: string): string {
  const bold = boldPhrase(inlines);
  if (bold) return capitalize(bold);
  return leadPhrase(text);
}

/** A short title from a heading or other explicit text: the text, limited to 8 words. */
export function shortTitle(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return hasCjk(t) && !/\s/.test(t) ? t.slice(0, MAX_TITLE_CJK * 2) : t;
}

/** A key sentence of a paragraph for a content slide (at most `maxWords`), skipping one that only repeats the title. */
export function keySentence(text: string, title: string, maxWords = 30): string {
  const all = sentences(text);
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  let s = all[0] ?? '';
  if (norm(s) === norm(title) && all[1]) s = all[1];
  const { text: limited, cut } = limitWords(s, maxWords);
  return cut ? `${limited}…` : limited;
}
