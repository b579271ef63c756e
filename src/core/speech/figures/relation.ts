/**
 * What a figure is to the words and figures beside it, where a label taken from its clause would
 * misstate it (issue #10):
 * - an age ("citizens below 65", "those over age 65", "aged 40") measures nobody's count: no figure;
 * - a part of a whole ("Roughly 48 billion of the 99 billion represents closing off special-interest
 *   loopholes", "Of the entire $99 billion, 32 billion is collection of tax…"): what the sentence
 *   says is said of the part; the whole gets no label (the card would give it the part's);
 * - an amount said bare beside money it is coordinated with ("about $8,000 for an individual or
 *   15,300 for those filing joint returns"): it is money too, and shown without its currency under
 *   "for those filing joint returns" it would read as a count of people. It is never given a
 *   currency the speaker did not say there; it gets no label, and the sentence says it.
 */
import { isFunctionWord } from '../lexicon';
import type { Span } from '../segment';
import { isLabel } from './label';

/** "below 65", "over age 65", "aged 40", "ages of 25": what says that a bare number is an age. */
const AGE_BEFORE =
  /(?:(?<![\p{L}])(?:aged?|ages|age\s+of|ages\s+of)|(?<![\p{L}])(?:under|over|below|above|past|older\s+than|younger\s+than)(?:\s+(?:the\s+)?age(?:\s+of)?)?)\s+$/iu;
/** "65 years of age", "40 years old": a length that is an age. */
const AGE_AFTER = /^\s+(?:of\s+age|old)(?![\p{L}])/iu;

/**
 * Hindi: "10 साल के अभिनव" (ten-year-old Abhinav), "10 वर्षीय": years said before a person are an
 * age; "10 साल के अंदर/बाद/लिए/दौरान" (within, after, for, during ten years) is a length of time.
 */
const HI_AGE =
  /^\p{Nd}{1,3}\s+(?:(?:साल|वर्ष)\s+(?:के|की|का)\s+(?!(?:अंदर|अन्दर|भीतर|बाद|लिए|दौरान|पहले|बीच|अंत|अन्त|भी)(?![\p{L}\p{M}]))|वर्षीय(?![\p{L}\p{M}]))/u;
/**
 * Bengali and Malayalam say the word for age after the years: "মাত্র ৯ বছর বয়সে তিনি গুরুর আসন
 * গ্রহণ করেন" (at only nine years of age, judge37: carded "৯ — বছর বয়সে…"), "১২ বছরের বয়সে", "৯
 * বছর বয়সী"; "9 വയസ്സുള്ള", "9 വയസ്സില്‍". (য় is one letter or য and its nukta.)
 */
const BN_ML_AGE =
  /^\p{Nd}{1,3}\s+(?:\u09AC\u099B\u09B0(?:\u09C7\u09B0)?\s+\u09AC(?:\u09AF\u09BC|\u09DF)\u09B8|\u0D35\u0D2F\u0D38)/u;

/**
 * Portuguese, Spanish, French: "jovens com menos de 25 anos", "maiores de 65 anos", "con más de 65
 * años", "25 anos de idade": years said of people are their age, never a length of time.
 */
const ROMANCE_AGE_BEFORE =
  /(?<![\p{L}])(?:(?:com|con|avec)\s+(?:(?:menos|mais|más|moins|plus)\s+de\s+)?|(?:maiores|menores|mayores)\s+de\s+)$/iu;
const ROMANCE_AGE_AFTER = /^\s+(?:de\s+idade|de\s+edad|d['’]âge)(?![\p{L}])/iu;

/**
 * German: "Er erwarb mit 30 Jahren sein erstes parlamentarisches Mandat" (at thirty), "im Alter von
 * 30 Jahren", "Ewald Schurer wurde 63 Jahre alt": years said of a person are an age (carded "30
 * Jahren — sein erstes parlamentarisches Mandat" as a length of service beside his 16 years in the
 * Bundestag, judge23). "mit 30 Jahren Erfahrung", "mit 30 Jahren Verspätung": a noun after the years
 * is what they measure, a length.
 */
const DE_AGE_BEFORE =
  /(?<![\p{L}])(?:mit|im\s+Alter\s+von)\s+(?:(?:knapp|gerade|erst|nur|schon|bereits|fast|kaum|noch)\s+)?$/iu;
const DE_AGE_AFTER = /^\s+(?:alt|jung)(?![\p{L}])/u;

/** Whether a German length of years (`value`, "30 Jahren", "63 Jahre") is somebody's age (see above). */
function isGermanAge(sentence: string, fig: Span, value: string): boolean {
  if (!/^\p{Nd}{1,3}\s+Jahren?$/u.test(value)) return false;
  const after = sentence.slice(fig.end, fig.end + 12);
  if (DE_AGE_AFTER.test(after)) return true;
  const before = sentence.slice(Math.max(0, fig.start - 40), fig.start);
  return /Jahren$/u.test(value) && DE_AGE_BEFORE.test(before) && !/^\s+\p{Lu}/u.test(after);
}

/** Whether the figure at `fig` (its value as shaped, before its hedge) is somebody's age. */
export function isAge(sentence: string, fig: Span): boolean {
  const from = sentence.slice(fig.start, fig.start + 40);
  if (HI_AGE.test(from) || BN_ML_AGE.test(from)) return true;
  const value = sentence.slice(fig.start, fig.end);
  if (isGermanAge(sentence, fig, value)) return true;
  if (
    /^\p{Nd}{1,3}\s+(?:anos|años|ans)$/iu.test(value) &&
    (ROMANCE_AGE_BEFORE.test(sentence.slice(Math.max(0, fig.start - 40), fig.start)) ||
      ROMANCE_AGE_AFTER.test(sentence.slice(fig.end, fig.end + 12)))
  )
    return true;
  if (/^\p{Nd}{1,3}\s+years?$/iu.test(value) && AGE_AFTER.test(sentence.slice(fig.end, fig.end + 12)))
    return true;
  // a bare whole number a life can reach, no counted noun after it ("over 65 countries" is a count)
  if (!/^\p{Nd}{1,3}$/u.test(value) || Number(value) > 120) return false;
  if (/^\s*(?:[%％]|per\s?cent|percent)/iu.test(sentence.slice(fig.end, fig.end + 10))) return false;
  return AGE_BEFORE.test(sentence.slice(Math.max(0, fig.start - 40), fig.start));
}

interface Labelled extends Span {
  kind: string;
  value: string;
  label: string;
}

/** "of the 99 billion", "of the entire $99 billion": what joins a part to its whole. */
const PART_OF =
  /^\s+of\s+(?:(?:the|this|that|these|those|our|its|their|all)\s+)?(?:(?:entire|total|whole)\s+)?$/iu;
/** "Of the entire $99 billion, 32 billion is…": a whole said first, its part after the comma. */
const WHOLE_FIRST =
  /(?:^|[,;:]\s+|(?<![\p{L}])(?:and|but|so|now)\s+)[\s"“]*of\s+(?:the|this|that|these|those|our|its|their|all)\s+(?:(?:entire|total|whole)\s+)?$/iu;
/** What a part is said to be: "represents closing off…", "is collection of tax…", "goes to…". */
const PART_IS =
  /^\s+(?:is|are|was|were|represents?|represented|goes\s+to|go\s+to|went\s+to|comes\s+from|come\s+from|came\s+from)\s+([^,;:.!?—–()]+)/iu;
const PART_IS_END = /^(?:which|that|who|whom|whose|where|when|and|or|but|while|because|if|so)$/iu;

/** The noun phrase a part is said to be, as a label ('' when none is). */
function partLabel(rest: string, lang: string): string {
  const m = PART_IS.exec(rest);
  if (!m) return '';
  const ws: string[] = [];
  for (const w of m[1]!.trim().split(/\s+/u)) {
    if (PART_IS_END.test(w) || ws.length >= 6) break;
    ws.push(w);
  }
  while (ws.length && /^(?:a|an|the)$/iu.test(ws[0]!)) ws.shift();
  while (ws.length && isFunctionWord(ws[ws.length - 1]!, lang)) ws.pop();
  const label = ws.join(' ');
  return isLabel(label, lang) ? label : '';
}

/** Whether a value says its money ("$8,000", "2 billion dollars"). */
const MONEY = /\p{Sc}|dollar|euro|pound|cent|peso|rupee|yen|yuan/iu;

/**
 * Labels of a sentence's figures (in reading order), corrected in place where a figure is the
 * whole of a part said beside it, or bare money coordinated with money (see above).
 */
export function relateFigures(sentence: string, figures: Labelled[], lang: string): void {
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const g = figures[i + 1];
    if (g && PART_OF.test(sentence.slice(f.end, g.start))) {
      g.label = '';
      f.label = partLabel(sentence.slice(g.end), lang) || f.label;
    } else if (
      g &&
      /^\s*,\s*$/u.test(sentence.slice(f.end, g.start)) &&
      WHOLE_FIRST.test(sentence.slice(Math.max(0, f.start - 60), f.start))
    ) {
      f.label = '';
      g.label = partLabel(sentence.slice(g.end), lang) || g.label;
    }
    const prev = figures[i - 1];
    if (
      prev &&
      prev.kind === 'currency' &&
      (f.kind === 'count' || f.kind === 'scaled') &&
      !MONEY.test(f.value) &&
      /\p{Nd}(?:\s+(?:thousand|million|billion|trillion))?$/iu.test(f.value) &&
      /^[^,;:.!?—–()]{0,60}?\s(?:or|and)\s+$/iu.test(sentence.slice(prev.end, f.start))
    )
      f.label = '';
  }
}
