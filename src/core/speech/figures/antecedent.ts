/**
 * "This year's space budget is three times what it was… That budget now stands at $5,400 million
 * a year": a figure said of "that <noun>" measures the thing the paragraph named before. Its
 * sentence alone gives only "that budget", one word once the pointer goes; the label is the name
 * the speech gave it ("space budget"), the nearest earlier mention of the same noun with the word
 * that qualifies it, and whom it is for when that is said with it ("By last year that rate had
 * grown to 23 percent" after "the 8 percent unemployment rate for Negro teenage boys": "unemployment
 * rate for Negro teenage boys", Johnson at Howard University, 1965).
 *
 * "The infant mortality of nonwhites in 1940 was 70 percent greater than whites. Twenty-two years
 * later it was 90 percent greater." (Johnson, 1965): "it" and a comparison left without its other
 * side are the sentence before's; the figure is labelled as that one was ("infant mortality of
 * nonwhites greater than whites", difference.ts), never by its time phrase.
 * English only; '' when the paragraph never named it so.
 */
import { isFunctionWord } from '../lexicon';
import { sentenceSpans, type Span } from '../segment';
import { englishOrUnsaid } from '../lang';
import { differenceLabel } from './difference';

/** "That budget now stands at", "this figure is", "the same deficit reached": the pointer, its noun, a verb of measure. */
const POINTER_SUBJECT =
  /(?:^|[,;:]\s+|^(?:by|in|at)?\s*(?:last|this|next)\s+(?:year|month|week)\s+)(?:that|this|the\s+same)\s+(\p{Ll}[\p{Ll}-]{2,})\s+(?:(?:now|still|alone|already|today)\s+)?(?:stands?\s+at|stood\s+at|is|was|are|were|totals|totaled|totalled|amounts\s+to|amounted\s+to|comes\s+to|came\s+to|(?:has|have|had)\s+(?:reached|grown\s+to|risen\s+to|climbed\s+to|fallen\s+to)|reached|rose\s+to|grew\s+to)\s+(?:(?:about|nearly|almost|over|some|roughly|more\s+than|less\s+than)\s+)*$/iu;

/** The label of `fig` (a span of `sentence`) from the name `earlier` (the paragraph before it) gave its subject, or ''. */
export function antecedentLabel(earlier: string, sentence: string, fig: Span, lang = ''): string {
  if (!englishOrUnsaid(lang)) return '';
  const m = POINTER_SUBJECT.exec(sentence.slice(0, fig.start));
  if (!m) return '';
  const noun = m[1]!.toLowerCase();
  const mentions = [
    ...earlier.matchAll(new RegExp(String.raw`(?<![\p{L}'’-])([\p{L}-]+)\s+${noun}(?![\p{L}'’-])`, 'giu')),
  ];
  const mention = mentions.pop();
  const word = mention?.[1] ?? '';
  // the word that qualifies the noun: a content word, not a possessive, a number or a name
  if (!word || isFunctionWord(word, lang) || !/^\p{Ll}{3,}$/u.test(word)) return '';
  // ("unemployment rate for Negro teenage boys": whom it is for, when said with it)
  const rest = earlier.slice(mention!.index + mention![0].length);
  const forWhom =
    /^\s+for\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:was|were|is|are|had|has|have|rose|fell|grew)\s|[,;:.])/u.exec(
      rest,
    )?.[1];
  const whom =
    forWhom && forWhom.split(/\s+/u).every((w) => !isFunctionWord(w, lang)) ? ` for ${forWhom}` : '';
  const label = `${word} ${noun}${whom}`;
  return label.split(/\s+/u).length <= 6 ? label : `${word} ${noun}`;
}

/** "it was 90 percent greater", "it is 20 percent higher": a pronoun subject and a comparison without its other side. */
const IT_COMPARED_BEFORE =
  /(?:^|\s)it\s+(?:(?:now|still|already)\s+)?(?:was|is|had\s+become|has\s+become|stood\s+at|stands\s+at)\s+(?:(?:about|nearly|almost|over|some|roughly|more\s+than)\s+)*$/iu;
const COMPARED_ALONE = /^\s+(greater|higher|lower|larger|smaller|more|less)(?=\s*(?:$|[,;:.!?]))/iu;

/**
 * The label of a figure said of "it" as a comparison whose other side is left out ("it was 90
 * percent greater"): the label of the same comparison in the sentence before, or ''.
 */
export function comparedAntecedent(earlier: string, sentence: string, fig: Span, lang = ''): string {
  if (!englishOrUnsaid(lang) || !IT_COMPARED_BEFORE.test(sentence.slice(0, fig.start))) return '';
  const compared = COMPARED_ALONE.exec(sentence.slice(fig.end));
  if (!compared) return '';
  const last = sentenceSpans(earlier, lang).at(-1);
  if (!last) return '';
  const prev = earlier.slice(last.start, last.end);
  // the figure the sentence before compares the same way ("70 percent greater than whites")
  const same = new RegExp(
    String.raw`\p{Nd}[\p{Nd},.]*\s*(?:percent|per\s+cent|%)(?=\s+${compared[1]!}\s+than\s)`,
    'iu',
  ).exec(prev);
  if (!same) return '';
  // (the year the sentence before said its figure for is not this one's)
  const label = differenceLabel(prev, { start: same.index, end: same.index + same[0].length }, lang) ?? '';
  return label.replace(/,\s*(?:1[89]|20)\d\d$/u, '');
}
