/**
 * "This year's space budget is three times what it was… That budget now stands at $5,400 million
 * a year": a figure said of "that <noun>" measures the thing the paragraph named before. Its
 * sentence alone gives only "that budget", one word once the pointer goes; the label is the name
 * the speech gave it ("space budget"), the nearest earlier mention of the same noun with the word
 * that qualifies it. English only; '' when the paragraph never named it so.
 */
import { isFunctionWord } from '../lexicon';
import type { Span } from '../segment';
import { englishOrUnsaid } from '../lang';

/** "That budget now stands at", "this figure is", "the same deficit reached": the pointer, its noun, a verb of measure. */
const POINTER_SUBJECT =
  /(?:^|[,;:]\s+)(?:that|this|the\s+same)\s+(\p{Ll}[\p{Ll}-]{2,})\s+(?:(?:now|still|alone|already|today)\s+)?(?:stands?\s+at|stood\s+at|is|was|are|were|totals|totaled|totalled|amounts\s+to|amounted\s+to|comes\s+to|came\s+to|(?:has|have)\s+(?:reached|grown\s+to|risen\s+to)|reached|rose\s+to|grew\s+to)\s+(?:(?:about|nearly|almost|over|some|roughly|more\s+than|less\s+than)\s+)*$/iu;

/** The label of `fig` (a span of `sentence`) from the name `earlier` (the paragraph before it) gave its subject, or ''. */
export function antecedentLabel(earlier: string, sentence: string, fig: Span, lang = ''): string {
  if (!englishOrUnsaid(lang)) return '';
  const m = POINTER_SUBJECT.exec(sentence.slice(0, fig.start));
  if (!m) return '';
  const noun = m[1]!.toLowerCase();
  const mentions = [
    ...earlier.matchAll(new RegExp(String.raw`(?<![\p{L}'’-])([\p{L}-]+)\s+${noun}(?![\p{L}'’-])`, 'giu')),
  ];
  const word = mentions.pop()?.[1] ?? '';
  // the word that qualifies the noun: a content word, not a possessive, a number or a name
  if (!word || isFunctionWord(word, lang) || !/^\p{Ll}{3,}$/u.test(word)) return '';
  return `${word} ${noun}`;
}
