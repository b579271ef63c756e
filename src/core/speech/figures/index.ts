/**
 * Key figures of a text, each a span of the text (so "no number on screen that the speech did
 * not say" is checked on spans) with a label from its own clause.
 *
 * 1. numbers.ts finds every numeric token and what it is (a name like COVID-19, a time, a date…);
 * 2. only `number` tokens can make a figure: our rules (rules.ts) and the recogniser
 *    (recogniser.ts) say how far the figure reaches ("3 billion euros", "44 per cent", "1.5°C");
 * 3. a plain count is a figure when it is at least 10 and names what it counts ("421 factories");
 * 4. ranks with a meaning ("second in the world") are figures without digits;
 * 5. label.ts gives each a label, else the previous figure's label in the sentence, else it is dropped.
 */
import { withBreakdown } from './breakdown';
import { honestLabel } from './honest';
import { objectPredicate, recordLength, spenderWhere, subjectPredicate } from './subject-predicate';
import { anchorLabels, comparedAtTime } from './anchor';
import { dashLabel, isDashApposition } from './dash-label';
import { arabicFractionOf } from './fraction-of';
import { levelLabel, missesReference } from './level-to';
import { changeByLabel } from './change-by';
import { russianHolder } from './label-ru';
import {
  holderLabel,
  portugueseApposition,
  portugueseCounted,
  portugueseLabel,
  portugueseShareOf,
  restatesPrevious,
} from './label-pt';
import { countedNoun, turkishCountLabel, turkishFigureLabel, turkishGenitiveCount } from './label-tr';
import { onlyCopulaAfter } from './label-ja';
import { PAST_VERB, PLACE_WORD, REPORTED_BY } from './label-words';
import { europeanLabel, euLang } from './label-eu';
import { isBarePlural } from './empty-label';
import { joinDurationPairs } from './duration-pair';
import { joinsPair, opensOnRespectively, respectivelyLabel } from './respectively';
import { lacksLabel, sharePredicate } from './lacks';
import { asideOnCount, isThreshold } from './threshold';
import { ownLabels } from './own-label';
import { withPayer } from './payer';
import { differenceLabel } from './difference';
import { isRateUnit, ratePairs } from './per-every';
import { germanBound, germanHolder, germanLabel } from './label-de';
import { withoutMeanVerb } from './verb-label';
import {
  hungarianNominative,
  withoutHungarianParticiple,
  isOpenLang,
  measuredThing,
  opensRange,
  phraseAfter,
  verbBefore,
} from './label-open';
import { nordicLabels } from './label-nordic';
import { isWholeOfPart, joinPartOfWhole } from './part-of-whole';
import { fiscalYearAfter, withFiscalYear, withFrameYear } from './cut-frame';
import { withComparison } from './comparison';
import { withRateAndGroup } from './rate-group';
import { VERB_LIKE } from '../keyphrases';
import { boundLabels, keepTokensWhole } from './bounds';
import { isFunctionWord } from '../lexicon';
import { alternation, BE_FINITE, HAVE } from '../word-classes';
import { sentenceSpans, type Span } from '../segment';
import { clauseOf, figureLabel, isLabel, saysMore } from './label';
import { numberTokens, tokenValue, type NumberToken } from './numbers';
import { recogniseAround, recogniserCovers } from './recogniser';
import { widenOverHedges } from './hedge';
import { PREFIXED_PAIR_JOIN, rankSpans, ruleAt, withRate } from './rules';
import { joinChanges } from './change';
import { includedIn } from './included';
import { appositionLabel } from './apposition';
import { goalLabel } from './goal';
import { dropsOpeningYear, openingAgo, withOpeningAgo, withPinnedYear } from './label-frame';
import { antecedentLabel, comparedAntecedent } from './antecedent';
import { isStated } from './headline';
import { BARE, qualifiedLabel } from './qualify';
import { labelOfFigureBefore } from './between';
import { hebrewCounted } from './label-he';
import { withPredicate } from './predicate';
import { forShareLabel } from './for-share';
import { withoutSubjectVerb } from './label-verb-it';
import { withoutCutExamples } from './like-cut';
import { isExample, isHypothetical, joinSpreadMoney } from './scope';
import { isAge, relateFigures } from './relation';
import { mayHaveSpelled, spelledSpans } from './spelled';
import { countsNext, countsNoun, isElidedCount, polishVerbBefore, slavicCounted } from './counted';
import { growthEvery } from './period';
import { restatedWhole } from './whole';
import { baseEnd, multipleSpans } from './times';
import { raisedTo, timeFrame, withTimeFrame } from './time-frame';
import { NOT_A_LENGTH, TIME_UNIT } from './time-ref';
import { englishOrUnsaid } from '../lang';
import { isKorean, koreanFigures } from './korean';
import { byChangeLabel, isChangeAmount, isSetup } from './by-change';
import { milestones } from './milestones';
import { withVerbKept } from './verb-kept';
import { placeLeftOut } from './where-clause';
import { rateOfSubject } from './rate-of';
import { plannedLabel } from './planned';
import { broughtTo, joinOutOf, namedMoney, perUnit, shareWhere, withoutTrailingVerb } from './en-counted';
import {
  endsSouthSlavicPhrase,
  isSouthSlavic,
  joinedCountEnd,
  labelBefore,
  prepositionalPhrase,
  southSlavicLabels,
} from './label-south-slavic';

export type FigureKind =
  | 'currency'
  | 'percentage'
  | 'scaled'
  | 'multiplier'
  | 'temperature'
  | 'dimension'
  | 'fraction'
  | 'duration'
  | 'rank'
  | 'count';

/** A figure found in a text: `text.slice(start, end)` is its value, exactly as said. */
export interface FoundFigure extends Span {
  kind: FigureKind;
  value: string;
  label: string;
  /** The value without the hedge said with it ("50 cents" of "more than 50 cents"). */
  core: string;
  /** Said in an example ("For example, in Gila County …"): one case, not the slide's whole. */
  example?: true;
  /** Stated as what its subject is ("That budget now stands at $5,400 million"): a headline. */
  stated?: true;
  /** The whole a part before it is taken from ("out of 15"): no label, none borrowed (part-of-whole.ts). */
  whole?: true;
  /** The amount a thing is changed by ("reduces that total by $300"): the sentence's point (by-change.ts). */
  change?: true;
  /** One of a life's milestones ("pastor by 18"): its one-word label says enough (milestones.ts). */
  milestone?: true;
  /** Labelled by the one noun it counts, said right after it ("46 panel"): enough (label-tr.ts). */
  counted?: true;
  /** Said in a year its sentence opens on that no label keeps ("Back in 1978, …"): no label, none borrowed (label-frame.ts). */
  framed?: true;
  /** Says only whom the sentence is about ("with a gross income of $5,600"): its setup (by-change.ts). */
  setup?: true;
  /** Where a line is drawn ("no one earning less than $400,000"): no amount, never labelled (threshold.ts). */
  threshold?: true;
  /** One part of a whole broken into three or more ("51 from industry, 21 …"): shown with the others (breakdown.ts). */
  part?: true;
}

/** At most this many figures on one slide. */
export const MAX_FIGURES = 4;

/** "12 months in a row", "15 consecutive years": what makes a length a record. */
const IN_A_ROW =
  /^\s+(?:in a row|running|straight|подряд|поспіль|z rzędu|v řadě|peräkkäin|i rad|på rad|i træk|hintereinander|in Folge|op rij|di fila|di seguito|seguidos|seguidas|consecutivos|consecutivas|consécutifs|consécutives|d['’]affilée|على التوالي)(?!\p{L})/iu;
/** Figures that say something by themselves (a count or a rank is weaker). */
export const STRONG: ReadonlySet<FigureKind> = new Set([
  'currency',
  'fraction',
  'percentage',
  'scaled',
  'multiplier',
  'temperature',
  'dimension',
]);

/**
 * One and a counter before a noun: ja "1人の女性" ("a woman", judge19 carded "1人 — 女性が花束を
 * 手渡しました"), "1つの", "1個の"; zh "1个孩子", "1位女性". An article, not a count.
 */
const ONE_AND_COUNTER = /^[1１](?:人|つ|個|名|本|枚|台|匹|頭|冊|軒|件|回|社|校)の/u;
const ONE_AND_COUNTER_ZH = /^[1１](?:个|位|名|家|项|种|条|座|所|件|次)(?=\p{Script=Han})/u;
/** The counter a Chinese or Japanese scaled number is said with ("200万人", "300万件", "50万名"). */
const SCALE_COUNTER = /^(?:人|名|件|社|校|戸|台|個|か所|ヵ所|ヶ所|カ所|箇所|个|家|户|位|项|所|次)/u;

/** Extends a figure span so it covers whole tokens only, or null if it would cut a number. */
function wholeSpan(span: Span, tokens: NumberToken[], token: NumberToken): Span | null {
  if (span.start > token.start || span.end < token.end) return null;
  for (const t of tokens) {
    if (t === token) continue;
    const overlaps = t.start < span.end && t.end > span.start;
    const inside = t.start >= span.start && t.end <= span.end;
    if (overlaps && (!inside || t.kind !== 'number')) return null;
  }
  return span;
}

/** The figure (span and kind) starting from a `number` token, if it makes one. */
function figureAt(
  text: string,
  token: NumberToken,
  tokens: NumberToken[],
  lang: string,
): (Span & { kind: FigureKind }) | null {
  // a currency sign before and a percent sign after ("$1% million", a typo for "$1½ million"):
  // neither reading is certain, so no figure
  if (
    /[$€£¥]\s?$/u.test(text.slice(Math.max(0, token.start - 2), token.start)) &&
    /^\s?[%％٪]/u.test(text.slice(token.end, token.end + 2))
  )
    return null;
  // "1人の女性" (a woman), "1つの", "1个孩子": one and a counter before a noun is an article, no count
  const one = text.slice(token.start, token.end + 4);
  if (ONE_AND_COUNTER.test(one) || (/^zh\b/iu.test(lang) && ONE_AND_COUNTER_ZH.test(one))) return null;
  const rule = ruleAt(text, token);
  if (rule) {
    const s = wholeSpan(rule, tokens, token);
    if (s) return { ...s, kind: rule.kind };
  }
  if (recogniserCovers(lang)) {
    const found = recogniseAround(text, token, lang)
      .filter((r) => r.kind !== 'number' || /\p{L}/u.test(text.slice(token.end, r.end)))
      .map((r) => ({ ...r, whole: wholeSpan(r, tokens, token) }))
      .filter((r) => r.whole && /\p{Nd}/u.test(text.slice(r.start, r.end)));
    const best = found.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    // "延べ200万人を超えるボランティア": a scaled number keeps the counter said with it ("200万人")
    const counter =
      best?.kind === 'number' ? (SCALE_COUNTER.exec(text.slice(best.end, best.end + 3))?.[0] ?? '') : '';
    if (best)
      return {
        start: best.start,
        end: best.end + counter.length,
        kind: best.kind === 'number' ? 'scaled' : best.kind,
      };
  }
  const after = text.slice(token.end, token.end + 24);
  // ("числа наших павших – 23 741 – подшивается": a count set off by dashes, dash-label.ts)
  // ("18 людей загинули, 106 – поранені": a count whose noun and verb a dash stands for, counted.ts)
  if (
    tokenValue(text.slice(token.start, token.end)) >= 10 &&
    (isDashApposition(text, token, lang) || isElidedCount(text, token, lang))
  )
    return { start: token.start, end: token.end, kind: 'count' };
  if (tokenValue(text.slice(token.start, token.end)) < 10 || !/^\s\p{L}/u.test(after)) return null;
  // a length of time ("for 17 months", "over 60 years", "87 يومًا") takes its unit
  const unit = TIME_UNIT.exec(after);
  if (!unit) return { start: token.start, end: token.end, kind: 'count' };
  if (NOT_A_LENGTH.test(after)) return null;
  let end = token.end + unit[0].length;
  end += IN_A_ROW.exec(text.slice(end, end + 24))?.[0].length ?? 0;
  return { start: token.start, end, kind: 'duration' };
}

/**
 * A count or a bare scaled number takes the one noun right after it into its value when that
 * noun ends the phrase ("350 000 nurses", "2.4 million downloads"): the value then says what is
 * counted, and the label can say more (or nothing).
 */
/** An English adjective's ending ("bilateral", "national", "effective", "public", "various"). */
const ADJECTIVAL = /\p{L}{3,}(?:al|ive|ic|ous|ary|ful|less|able|ible)$/iu;

function withCountedNoun(sentence: string, start: number, end: number, lang: string): number {
  const spelled = !/\p{Nd}/u.test(sentence.slice(start, end));
  // a Turkish count's noun phrase is its label, said right after it (label-tr.ts)
  if (/^tr\b/iu.test(lang)) return end;
  // "2 milhões de desempregados": a Portuguese scale takes its noun with "de" (portugueseCounted)
  if (/^pt\b/iu.test(lang)) {
    const counted = portugueseCounted(sentence.slice(start, end), sentence.slice(end, end + 60), (w) =>
      isFunctionWord(w, lang),
    );
    if (counted) return end + counted;
  }
  // one noun, or an adjective and its noun ("15 consecutive years", "11 combatant commands")
  const two = /^\s([\p{L}][\p{L}'’-]*)\s([\p{L}][\p{L}'’-]*)(?=$|[\s,.;:!?)])/u.exec(
    sentence.slice(end, end + 60),
  );
  // "10 million emergency rental or utility assistance payments", "60 bilateral and multilateral
  // agreements": what is counted is the whole coordinated phrase, so it stays with the label
  // (not a second count or a new phrase: "13 American heroes and almost 200 innocent Afghan civilians")
  const coordinated = (at: number) => {
    const next = /^\s+(?:and|or)\s+([\p{L}][\p{L}'’-]*)([^,;:.!?]{0,30})/iu.exec(sentence.slice(at, at + 60));
    return (
      !!next &&
      !isFunctionWord(next[1]!, lang) &&
      !/^(?:almost|about|nearly|over|more|less|some|many|few|another|other|most|all)$/iu.test(next[1]!) &&
      !/\p{Nd}/u.test(next[2]!)
    );
  };
  if (two && coordinated(end + two[0].length) && englishOrUnsaid(lang)) return end;
  // "helping 19 million families save around $30": after "help"/"let" the word after the noun is
  // its verb, no part of what is counted (judge17: "19 million families save")
  const object = /(?:^|\s)(?:help|helps|helped|helping|let|lets|letting)\s+(?:\p{L}+\s+)?$/iu.test(
    sentence.slice(Math.max(0, start - 30), start),
  );
  if (
    two &&
    !(object && englishOrUnsaid(lang)) &&
    !isFunctionWord(two[1]!, lang) &&
    !isFunctionWord(two[2]!, lang) &&
    !VERB_LIKE.test(two[2]!) &&
    !PLACE_WORD.test(two[2]!) &&
    countsNoun(sentence, end + two[0].length - two[2]!.length, two[2]!, spelled, lang) &&
    endsPhrase(sentence.slice(end + two[0].length), lang)
  )
    return end + two[0].length;
  const m = /^\s([\p{L}][\p{L}'’-]*)(?=$|[\s,.;:!?)])/u.exec(sentence.slice(end, end + 40));
  if (!m) return end;
  const word = m[1]!;
  if (
    object &&
    englishOrUnsaid(lang) &&
    !isFunctionWord(word, lang) &&
    countsNoun(sentence, end + 1, word, spelled, lang)
  )
    return end + m[0].length;
  // "2,000 tanks and other armored vehicles", "18.9 million seniors and other Medicare
  // beneficiaries": the count is of the whole pair, so the noun stays with its label
  if (/^\s+and\s+other\s/iu.test(sentence.slice(end + m[0].length))) return end;
  if (ADJECTIVAL.test(word) && coordinated(end + m[0].length) && englishOrUnsaid(lang)) return end;
  // "three and a half million men and women" (Eisenhower, 1961), "4 million men and women": the
  // count is of the pair, and the first noun alone says another number (judge21); "50 million lives
  // and dramatically reduced" joins a verb, no noun
  const pairAt = end + m[0].length;
  const pair = /^\s+(?:and|or)\s+([\p{L}][\p{L}'’-]*)/iu.exec(sentence.slice(pairAt, pairAt + 40));
  if (
    pair &&
    englishOrUnsaid(lang) &&
    ((coordinated(pairAt) &&
      !VERB_LIKE.test(pair[1]!) &&
      countsNoun(sentence, pairAt + pair[0].length - pair[1]!.length, pair[1]!, true, lang)) ||
      pluralPair(sentence, pairAt, word, lang))
  )
    return end;
  if (
    !endsPhrase(sentence.slice(end + m[0].length), lang) ||
    isFunctionWord(word, lang) ||
    TIME_UNIT.test(` ${word}`) ||
    !countsNoun(sentence, end + 1, word, spelled, lang)
  )
    return end;
  return end + m[0].length;
}

/**
 * "40,000 teachers and nurses next year", "hiring 25,000 veterans and military spouses by the end
 * of 2013": a plural, "and", and a plural (with one word before it) that ends the phrase are one
 * count, whatever the tagger reads "nurses" as; "25,000 veterans" alone says another number.
 */
function pluralPair(sentence: string, at: number, word: string, lang: string): boolean {
  if (!/\p{Ll}{2,}s$/u.test(word)) return false;
  const m = /^\s+(?:and|or)\s+(?:(\p{Ll}[\p{L}-]*)\s+)?(\p{Ll}{2,}s)(?=[\s,.;:!?]|$)/u.exec(
    sentence.slice(at, at + 60),
  );
  // ("40,000 jobs and supports families": a word in -s before the noun is a verb, no adjective)
  if (
    !m ||
    /s$/u.test(m[1] ?? '') ||
    [m[1], m[2]].some((w) => w && (isFunctionWord(w, lang) || VERB_LIKE.test(w)))
  )
    return false;
  const rest = sentence.slice(at + m[0].length);
  return endsPhrase(rest, lang) || /^\s+(?:next|this|last|every|each)\s/iu.test(rest);
}

const PHRASE_END = new RegExp(
  String.raw`^\s*(?:$|[,.;:!?)—–]|(?:in|on|at|by|for|from|to|across|around|within|worldwide|over|under|with|${alternation(BE_FINITE, HAVE)}|and|or|per|a|each|every|this|last|since|of|who|that|which|в|на|для|из|и|en|de|por|para|y|à|dans|pour|et|في|من|و)\s)`,
  'iu',
);
function endsPhrase(rest: string, lang: string): boolean {
  // ("30 lajkova i 2 dijeljenja", "2478 въпроси и питания": label-south-slavic.ts)
  // ("13 employees sent Beth a postcard": a verb in the past ends the counted noun, label-words.ts)
  return (
    PHRASE_END.test(rest) ||
    (isSouthSlavic(lang) && endsSouthSlavicPhrase(rest)) ||
    (englishOrUnsaid(lang) && PAST_VERB.test(/^\s+(\p{L}+)\s/u.exec(rest)?.[1] ?? '')) ||
    (englishOrUnsaid(lang) && PLACE_WORD.test(/^\s+(\p{L}+)\s/u.exec(rest)?.[1] ?? '')) ||
    // ("8 Millionen Menschen leben …": after a German noun, a word in lower case is the verb)
    (/^de\b/iu.test(lang) &&
      /^\s+\p{Ll}{3,}(?:t|en)\s/u.test(rest) &&
      !isFunctionWord(/^\s+(\p{L}+)/u.exec(rest)![1]!, lang))
  );
}

/**
 * What joins the two ends of a range: "50 to 52 percent", "ages 25–54", "$5 to $10 billion", an
 * em dash set close ("10—15 prosentilla", as Finnish and others print a range). A dash with spaces
 * around it is a break in the speech, not a range ("more than 900 — 9 million cancer screenings"
 * is a speaker correcting himself).
 */
const RANGE_JOIN =
  /^(?:\s+(?:to|through|till|until|à|a|al|hasta|до)\s+|[–—‒~～-]|\s*(?:至|到)\s*)(?:[\p{Sc}]|US\$|Rs\.?\s?)?$/u;
/**
 * What opens a range, said before its first end: "from 50 to 52 percent", "с 350 до 450 тысяч
 * рублей", "between 300 and 400 nurses". It is part of the range's value: without it "50 to 52
 * percent" reads as a span the share lies in, where the speaker said it moved from one to the
 * other, and "350 до 450" is no Russian. "between" and "между" open a range joined by "and"/"и".
 */
const RANGE_OPEN = /(?<![\p{L}])(?:from|с|со|от|од|від|de|desde|von|depuis|od|z|ze)\s+$/iu;
/**
 * "od 16 do 29 godina", "od 5 do 10 %", "z 16 do 29 procent": the Latin-script Slavic "do" joins a
 * range only after its "od" (or Polish/Czech "z"/"ze"), never alone (pt "do" is "of the").
 */
const SLAVIC_OPEN = /(?<![\p{L}])(?:od|z|ze)\s+$/iu;
const SLAVIC_JOIN = /^\s+do\s+(?:[\p{Sc}])?$/u;
const BETWEEN_OPEN = /(?<![\p{L}])(?:between|между|entre|zwischen)\s+$/iu;
const BETWEEN_JOIN = /^\s+(?:and|и|y|et|und)\s+(?:[\p{Sc}]|US\$)?$/u;

/**
 * A range is one figure or none: the first number alone would put a number on screen that means
 * something the speech did not say ("50" from "50 to 52 percent", "25 prime-age workers" from
 * "prime-age workers ages 25 to 54"). The range takes the figure its second number makes (its
 * unit, its counted noun), from the first number (with its currency sign) on; when the second
 * makes no figure, neither does the first. Returns the range figures and the tokens they consumed.
 */
function rangeFigures(
  sentence: string,
  tokens: NumberToken[],
  lang: string,
): { spans: Array<Span & { kind: FigureKind; range: true }>; used: Set<NumberToken> } {
  const spans: Array<Span & { kind: FigureKind; range: true }> = [];
  const used = new Set<NumberToken>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.kind !== 'number' || b.kind !== 'number' || used.has(a)) continue;
    const sign = ruleAt(sentence, a);
    let start = sign && sign.start < a.start && sign.kind === 'currency' ? sign.start : a.start;
    const join = sentence.slice(a.end, b.start);
    // "yüzde 50 veya yüzde 100", "yüzde 4-4,5": a percent said before the first number is the
    // pair's; the pair is one figure from it to the second number (rules.ts)
    if (sign && sign.kind === 'percentage' && sign.start < a.start && PREFIXED_PAIR_JOIN.test(join)) {
      used.add(a).add(b);
      const f = figureAt(sentence, b, tokens, lang);
      const end = f && f.start <= b.start && f.end >= b.end ? f.end : b.end;
      spans.push({ start: sign.start, end, kind: 'percentage', range: true });
      continue;
    }
    const between = BETWEEN_OPEN.exec(sentence.slice(Math.max(0, start - 12), start));
    const slavic = SLAVIC_JOIN.test(join) && SLAVIC_OPEN.test(sentence.slice(Math.max(0, start - 4), start));
    // "в 75 и 50 тысяч рублей": a bare number paired with one that has the unit shares it
    // (respectively.ts); the pair is one figure, never "50 тысяч рублей" alone
    const pair = !between && joinsPair(join);
    if (!RANGE_JOIN.test(join) && !(between && BETWEEN_JOIN.test(join)) && !slavic && !pair) continue;
    const f = figureAt(sentence, b, tokens, lang);
    if (pair && (!f || f.end <= b.end || f.start < b.start)) continue;
    used.add(a).add(b);
    if (!f) continue;
    const open = between ?? RANGE_OPEN.exec(sentence.slice(Math.max(0, start - 12), start));
    if (open) start -= open[0].length;
    spans.push({ start, end: f.end, kind: f.kind, range: true });
  }
  return { spans, used };
}

/** What joins the terms of a sum: "30 plus 30, plus 20 evra", "2 + 2", "30 плюс 20". */
const SUM_JOIN = /^\s*,?\s*(?:plus|\+|плюс|più)\s*,?\s*(?:\p{Sc}\s?)?$/iu;

/**
 * The terms of a sum said bare ("prošle godine 30 plus 30, plus 20 evra"): a term is a piece of
 * the sum, whose unit only the last one carries — "30 — prošle godine" lost both the sum and its
 * unit, and "20 evra" alone is not what was paid. No term is a figure. A term with its own unit
 * or noun is a figure of its own ("30 countries plus 20 agencies"): the join must be the only
 * thing between two numbers.
 */
function sumTerms(sentence: string, tokens: NumberToken[]): Set<NumberToken> {
  const terms = new Set<NumberToken>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.kind !== 'number' || b.kind !== 'number') continue;
    if (SUM_JOIN.test(sentence.slice(a.end, b.start))) terms.add(a).add(b);
  }
  return terms;
}

/** Where a purpose label ends: a conjunction or the verb of the clause it is the subject of. */
const LABEL_END = new RegExp(
  String.raw`\s+(?:and|or|but|while|${alternation(BE_FINITE, HAVE, ['will', 'would'])})\s`,
  'u',
);
/**
 * The label of money followed by the noun it pays for and that noun's purpose ("$10 billion
 * commitment to end hunger and invest…" → "commitment to end hunger"): a noun phrase from the
 * sentence, cut at its first "and"/"or" or clause mark; '' when there is none.
 */
function purposeLabel(after: string, lang: string, joins = /to|for/u): string {
  const m = new RegExp(String.raw`^\s(\p{Ll}[\p{L}'’-]+\s+(?:${joins.source})\s[^,;:.!?—–()]+)`, 'u').exec(
    after.slice(0, 80),
  );
  if (!m || isFunctionWord(m[1]!.split(/\s/)[0]!, lang) || VERB_LIKE.test(m[1]!.split(/\s/)[0]!)) return '';
  const phrase = m[1]!.split(LABEL_END)[0]!.trim().split(/\s+/).slice(0, 6);
  while (phrase.length && isFunctionWord(phrase[phrase.length - 1]!, lang)) phrase.pop();
  const label = phrase.join(' ');
  return isLabel(label, lang) ? label : '';
}

/**
 * Money with no noun-phrase label keeps the purpose it is given for ("more than $140 billion to
 * advance health"): the one infinitive a card may show, because it says what the money is, where
 * a verb after a count ("150,000 troops were based") says only what happened to it.
 */
function moneyPurpose(after: string, kind: FigureKind, lang: string): string {
  if (kind !== 'currency') return '';
  // "over $40 billion to be distributed to 50 states, …, to deliver high-speed Internet": a passive
  // says how the money goes, the infinitive after it what it is for (judge17: no card at all)
  const passive = /^\s+to\s+be\s+\p{Ll}+ed\s[^!?]{0,120}?\s(to\s+\p{Ll}+\s+[^,;:.!?—–()]+)/u.exec(
    after.slice(0, 200),
  );
  const m = passive ?? /^\s+(to\s+\p{Ll}+\s+[^,;:.!?—–()]+)/u.exec(after.slice(0, 80));
  if (!m) return '';
  const ws = m[1]!
    .split(/\s+(?:and|or|but|while|in|at|on|by|over|through|so)\s/u)[0]!
    .trim()
    .split(/\s+/)
    .slice(0, 5);
  while (ws.length && isFunctionWord(ws[ws.length - 1]!, lang)) ws.pop();
  return ws.length >= 3 && isLabel(ws.slice(1).join(' '), lang) ? ws.join(' ') : '';
}

/** A figure's span as shaped, before its label: the purpose money is given for, the value unhedged. */
type Shaped = Span & { kind: FigureKind; range?: true; paysFor: string; core: string };

/**
 * A Portuguese figure left without a label: the subject a sum after a dash restates, or the label
 * of the figure it restates ("isto é") (label-pt.ts); '' otherwise.
 */
function portugueseUnlabelled(sentence: string, f: FoundFigure, all: FoundFigure[], lang: string): string {
  const isWord = (w: string) => !isFunctionWord(w, lang);
  const prev = all.filter((g) => g.end <= f.start).at(-1);
  const label =
    portugueseApposition(sentence.slice(0, f.start), isWord) ||
    (prev && restatesPrevious(sentence.slice(prev.end, f.start)) ? prev.label : '');
  // (a year said for the sum stays beside it: "pagamentos em atraso, 2011")
  return label && isLabel(label.replace(/,\s*(?:1[89]|20)\d\d$/u, ''), lang) ? label : '';
}

/**
 * A uk/pl/cs/el/hu figure's label headed by the verb said right before it in its clause (label-open.ts):
 * "100% — διασώθηκε των μελών της εβραϊκής κοινότητας", "89 народних депутатів — Проголосувало в
 * залі". A figure with no label keeps the verb alone only when its value names what it counts
 * ("28 osób — Zginęło"); a label that has the verb already is kept.
 */
function withVerbBefore(sentence: string, f: FoundFigure, all: FoundFigure[], lang: string): string {
  const clause = clauseOf(sentence, f);
  const from = all.filter((o) => o.end <= f.start).reduce((m, o) => Math.max(m, o.end), clause.start);
  const verb = verbBefore(sentence.slice(from, f.start), lang);
  if (!verb || f.label.includes(verb)) return f.label;
  // ("мільярдів, які ви розікрали на 17 гривень за одне яйце": a figure after a preposition is no
  // object of the verb before it; "17 UAH stolen" was a meaning the speech did not give, render19)
  if (PREPOSITION_BEFORE.test(sentence.slice(from, f.start))) return f.label;
  if (f.label) return `${verb} ${f.label}`;
  return f.kind === 'count' && /\p{Nd}\s+\p{L}/u.test(f.value) ? verb : '';
}

/** A uk/ru/pl/cs/el preposition right before a figure (its hedge aside): the figure is its object. */
const PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:на|за|по|в|у|до|від|из|з|із|для|через|про|от|na|za|po|w|we|do|od|z|ze|dla|przez|v|ve|pro|přes|σε|για|με|από|προς|κατά)(?:\s+(?:більше|менше|понад|близько|около|более|ponad|około|prawie|blisko|více|méně|téměř|přes))?\s+$/iu;

/** Figures of one sentence, in reading order. */
export function sentenceFigures(sentence: string, lang = ''): FoundFigure[] {
  const tokens = numberTokens(sentence);
  // Korean glues scale, counter and particle to its digits and says the subject first (korean.ts)
  if (isKorean(sentence, lang)) return koreanFigures(sentence, tokens);
  const ranges = rangeFigures(sentence, tokens, lang);
  const spans: Array<Span & { kind: FigureKind; range?: true }> = [...ranges.spans];
  // ("30 plus 30, plus 20 evra": no term of a sum is a figure)
  const terms = sumTerms(sentence, tokens);
  for (const token of tokens) {
    if (token.kind !== 'number' || ranges.used.has(token) || terms.has(token)) continue;
    if (spans.some((s) => token.start < s.end && token.end > s.start)) continue;
    const f = figureAt(sentence, token, tokens, lang);
    if (f && !spans.some((s) => f.start < s.end && f.end > s.start)) spans.push(f);
  }
  for (const r of rankSpans(sentence))
    if (!spans.some((s) => r.start < s.end && r.end > s.start)) spans.push({ ...r, kind: 'rank' });
  // multiples said in words, with what they multiply ("three times what it was in January 1961")
  for (const m of multipleSpans(sentence, lang))
    if (!spans.some((s) => m.start < s.end && m.end > s.start)) spans.push({ ...m, kind: 'multiplier' });
  // numbers said in words ("seventy-two crimes", "ten million", "تسعة عشر", "十万円")
  for (const w of spelledSpans(sentence, lang))
    if (!spans.some((s) => w.start < s.end && w.end > s.start)) spans.push(w);
  spans.sort((a, b) => a.start - b.start);
  const shaped: Shaped[] = [];
  for (const s of spans) {
    // (a count joined to the one before it: "2 dijeljenja" of "30 lajkova i 2 dijeljenja")
    if (isSouthSlavic(lang) && shaped.some((o) => s.start < o.end && s.end > o.start)) continue;
    // "for under $10 [$50] a month": the editor's bracket corrects a slip; the slip is never shown
    if (/^\s*\[[^\]]*\p{Nd}[^\]]*\]/u.test(sentence.slice(s.end))) continue;
    // "a $10 billion commitment to end hunger": the noun the money pays for heads its label
    // ("the $35 per month cap on insulin": the noun after the money's rate, and what it is on)
    let paysFor =
      s.kind === 'currency'
        ? purposeLabel(sentence.slice(withRate(sentence, s.end)), lang, /to|for|on/u)
        : '';
    // "10.5 million applications to start new businesses": the noun and its purpose are the label
    if ((s.kind === 'count' || s.kind === 'scaled') && !TIME_UNIT.test(sentence.slice(s.end, s.end + 24)))
      paysFor = purposeLabel(sentence.slice(s.end), lang, /to(?=\s+\p{Ll}+\s)/u);
    if (s.kind === 'count' || s.kind === 'scaled') {
      const said = s.end;
      // a number said in words before a unit of time is a length too ("quarante heures")
      const unit = TIME_UNIT.exec(sentence.slice(s.end, s.end + 24));
      // "a thousand years", "one hundred years" are ways of speaking; a length in words is a
      // figure only when it is measured ("for forty years", "pendant quarante heures")
      const measured =
        /\p{Nd}/u.test(sentence.slice(s.start, s.end)) ||
        /(?:for|over|last|past|pendant|depuis|de|la semaine de|в течение)\s+$/iu.test(
          sentence.slice(Math.max(0, s.start - 20), s.start),
        );
      if (unit && !measured) continue;
      if (unit && !NOT_A_LENGTH.test(sentence.slice(s.end, s.end + 40))) {
        s.end += unit[0].length;
        s.end += IN_A_ROW.exec(sentence.slice(s.end, s.end + 24))?.[0].length ?? 0;
        s.kind = 'duration';
      } else if (!paysFor) s.end = withCountedNoun(sentence, s.start, s.end, lang);
      // "30 lajkova i 2 dijeljenja": two counts joined by "and" are one figure (label-south-slavic.ts)
      if (s.kind === 'count' && isSouthSlavic(lang)) {
        const joined = joinedCountEnd(sentence, sentence.slice(s.start, s.end), s.end, lang);
        if (joined > 0) s.end = joined;
      }
      // a number said in words with nothing it counts after it — an age ("reach seventy
      // comfortably", "I am seventy"), a year ("in two thousand and five"), a number that ends a
      // longer one — is a word of the sentence, never a card; a part of a whole ("nineteen of our
      // allies", "تسعة عشر من حلفاء الناتو") counts what follows
      if (
        !/\p{Nd}/u.test(sentence.slice(s.start, s.end)) &&
        s.kind !== 'duration' &&
        s.end === said &&
        !paysFor &&
        lang !== 'zh' &&
        lang !== 'ja' &&
        !countsNext(sentence, s.end, lang)
      )
        continue;
      // a range of bare numbers ("children aged 5 to 11 can…") says nothing it counts
      if (
        s.range &&
        s.kind === 'count' &&
        !/\p{L}/u.test(sentence.slice(s.start, s.end).replace(/^.*\d/su, ''))
      )
        continue;
    }
    // "citizens below 65", "aged 40": an age counts nothing
    if (isAge(sentence, s)) continue;
    // "3 times what it was in 1961": a multiple keeps what it multiplies (times.ts)
    if (s.kind === 'multiplier' && englishOrUnsaid(lang)) s.end = Math.max(s.end, baseEnd(sentence, s.end));
    // "40 cents per person per week", "300 kilometres per hour": money and measures keep their rates
    if (s.kind === 'currency' || s.kind === 'dimension') s.end = withRate(sentence, s.end);
    shaped.push({ ...s, paysFor, core: sentence.slice(s.start, s.end) });
  }
  // ("35 hodin a 10 minut": one length in two units, duration-pair.ts)
  joinDurationPairs(sentence, shaped);
  keepTokensWhole(sentence, shaped);
  widenOverHedges(sentence, shaped);
  const out: FoundFigure[] = [];
  const example = isExample(sentence) || undefined;
  let previous = '';
  for (const { paysFor, ...s } of shaped) {
    // a name with digits (COVID-19) is part of a label, not a number that ends it
    const taken = [...tokens.filter((t) => t.kind !== 'name'), ...shaped].filter((t) => t.start !== s.start);
    const hypothetical = isHypothetical(sentence, s, lang);
    // "scientific manpower is doubling every 12 years": how often it grows, said with its "every"
    const growth = hypothetical ? null : growthEvery(sentence, s, (w) => !isFunctionWord(w, lang));
    if (growth) {
      out.push({
        ...s,
        start: growth.start,
        value: sentence.slice(growth.start, s.end),
        label: growth.label,
      });
      previous = growth.label;
      continue;
    }
    const clauseStart = clauseOf(sentence, s).start;
    // ("My proposal reduces that total by $300" → "cut in that total": by-change.ts)
    // ("23,816 חללי מערכות ישראל נפלו ב-150 שנה": the words between are the first figure's, between.ts)
    const found = figureLabel(sentence, s, taken, lang);
    const own =
      paysFor ||
      (labelOfFigureBefore(sentence, out.at(-1), s, found) ? '' : found) ||
      moneyPurpose(sentence.slice(s.end), s.kind, lang) ||
      (englishOrUnsaid(lang)
        ? byChangeLabel(sentence.slice(clauseStart, s.start), (w) => !isFunctionWord(w, lang))
        : '');
    // "to increase its outlays for salaries and expenses to $60 million a year" during a time said:
    // the level the thing is brought to, labelled by it and that time (time-frame.ts)
    const raised = own
      ? ''
      : raisedTo(
          sentence.slice(clauseStart, s.start),
          timeFrame(sentence, s, clauseStart),
          (w) => !isFunctionWord(w, lang),
        );
    const said = own || raised;
    // "to insulate 90 percent of American homes by 1985": a goal is never shown as a fact (money
    // given "to support climate action" says its purpose already)
    const goal = hypothetical || raised || /^to\s/iu.test(said) ? null : goalLabel(sentence, s, lang);
    let label = hypothetical ? '' : qualifiedLabel(sentence, s, goal ?? said);
    // "That double-digit inflation, 12.4 percent, has been cut in half" (apposition.ts)
    if (!label && !hypothetical && englishOrUnsaid(lang))
      label = appositionLabel(
        sentence,
        s,
        (w) => isFunctionWord(w, lang),
        (l) => isLabel(l, lang),
      );
    // "about 56.1 trillion RMB in 2023": a clause with nothing but its figure borrows the label before
    // (never a count that names its own noun: "more than 800 artillery systems" are no "armored vehicles")
    if (
      !label &&
      !hypothetical &&
      goal === null &&
      // ("名目で六・四％の成長でありまして、実質で二・五％でありますから": a copula says no noun, label-ja.ts)
      (!saysMore(sentence, s, lang) ||
        (/^ja\b/iu.test(lang) && onlyCopulaAfter(sentence.slice(s.end, clauseOf(sentence, s).end)))) &&
      !((s.kind === 'count' || s.kind === 'scaled') && !BARE.test(s.core))
    )
      label = previous;
    // a figure without a label is kept for the slide to decide (it is never a card by itself)
    if (label) previous = label;
    out.push({ ...s, value: sentence.slice(s.start, s.end), label, ...(example ? { example } : {}) });
  }
  // "we lost 13 American heroes and almost 200 innocent Afghan civilians in the heinous attack":
  // a figure left without a label before "and <figure>" takes the phrase after the pair (or the
  // date they are due by: "950 million solar panels and 120,000 wind turbines by the end of this
  // decade", Deese 2022)
  for (let i = 0; i + 1 < out.length; i++) {
    const f = out[i]!;
    const g = out[i + 1]!;
    if (
      f.label ||
      !/^\s+and\s+(?:(?:almost|nearly|about|over|some|more than)\s+)?$/iu.test(sentence.slice(f.end, g.start))
    )
      continue;
    const rest =
      /^[^,;:.!?—–]{0,40}?\s((?:in|at|on|during|from|across|by(?=\s+(?:the\s+(?:end|middle|close|start)\s+of|\p{Nd})))\s[^,;:.!?—–]{3,60})/iu.exec(
        sentence.slice(g.end),
      );
    const phrase = rest?.[1]!.trim().split(/\s+/).slice(0, 6) ?? [];
    while (phrase.length && isFunctionWord(phrase[phrase.length - 1]!, lang)) phrase.pop();
    if (isLabel(phrase.join(' '), lang)) f.label = phrase.join(' ');
  }
  // "名目二％、そして実質一・七％の成長": a Japanese pair of rates shares the noun said after the
  // second; one half alone on a card reads as the whole, so an unlabelled first half takes the
  // second's card away too (judge17: one half of a coordinated pair is no card)
  if (/^ja\b/iu.test(lang))
    for (let i = 0; i + 1 < out.length; i++) {
      const [f, g] = [out[i]!, out[i + 1]!];
      if (
        !f.label &&
        f.kind === g.kind &&
        /^[、，]?(?:そして|また)?[、，]?$/u.test(sentence.slice(f.end, g.start))
      )
        g.label = '';
    }
  // ("23,816 חללי מערכות ישראל נפלו": the construct chain is what is counted, label-he.ts)
  if (/^he\b/iu.test(lang)) for (const f of out) f.label = hebrewCounted(f.label);
  // ("Commissione europea prevede proventi": the verb's subject is cut away, label-verb-it.ts)
  if (/^it\b/iu.test(lang))
    for (const f of out) f.label = withoutSubjectVerb(f.label, (l) => isLabel(l, lang));
  boundLabels(sentence, out, lang, (f) => isHypothetical(sentence, f, lang));
  relateFigures(sentence, out, lang);
  joinSpreadMoney(sentence, out, [...tokens.filter((t) => t.kind !== 'name'), ...shaped], lang);
  joinChanges(sentence, out, [...tokens.filter((t) => t.kind !== 'name'), ...shaped], lang);
  // "During the next 5 years … some $200 million", "$130 billion over 3 years": the time said for
  // the figure stays on its card (time-frame.ts)
  // ("…amounts to 12 percent of 1974 tax payments—a total cut of $12 billion": whole.ts)
  if (englishOrUnsaid(lang))
    for (const f of out) {
      // ("to limit total wage increases to a maximum of 7 percent per year": level-to.ts)
      const level =
        f.label && levelLabel(sentence.slice(clauseOf(sentence, f).start, f.start), sentence.slice(f.end));
      if (level && isLabel(level, lang)) f.label = level;
      // ("Next year's Defense budget, …, includes, …, $2 4/10 billion": included.ts)
      if (!f.label && !f.whole) f.label = includedIn(sentence.slice(0, f.start), (l) => isLabel(l, lang));
      if (missesReference(f.label, sentence.slice(f.end))) f.label = '';
      f.label = restatedWhole(sentence, f, f.label, (l) => isLabel(l, lang));
      // ("Average hourly earnings, which grew at an annual rate of more than 5 percent": rate-of.ts)
      f.label = rateOfSubject(sentence, f, f.label, lang);
      f.label = withTimeFrame(f.label, timeFrame(sentence, f, clauseOf(sentence, f).start));
      // ("which will mean savings of around $1,200": "mean" is the verb, verb-label.ts)
      f.label = withoutMeanVerb(sentence, f.label);
      // ("1 million more Americans have lost their health insurance": the verb is the fact, predicate.ts)
      f.label = withPredicate(sentence, f.end, f.label);
      // ("end the tax breaks for the wealthiest 2 percent of Americans": what the share is for, for-share.ts)
      f.label = forShareLabel(sentence, f.start, f.end, f.label);
      // ("to develop technologies like wind [power and solar power, …]": no cut list, like-cut.ts)
      f.label = withoutCutExamples(sentence, f.label);
    }
  // "more than $66 billion in fiscal year 1976 to about $40 billion in fiscal year 1979": the time
  // each figure is said for stays on its label, never "— in fiscal year" twice (anchor.ts)
  if (englishOrUnsaid(lang)) anchorLabels(sentence, out);
  // ("total expenditures of $97,900 million—compared to $98,400 million for the current year": anchor.ts)
  if (englishOrUnsaid(lang)) comparedAtTime(sentence, out);
  // "миллионы" alone is no number; "out of 15" is the whole, not what befell the part
  // (empty-label.ts, part-of-whole.ts); a rate or subgroup said for a figure stays on its label
  // (rate-group.ts)
  // ("62 od razpoložljivih 77 milijonov evrov": a bare part and its whole are one figure, part-of-whole.ts)
  const kept = joinPartOfWhole(
    sentence,
    out.filter((f) => !isBarePlural(f.value)),
  );
  for (const f of kept)
    if (isWholeOfPart(sentence, f)) {
      f.label = '';
      f.whole = true;
    }
  for (const f of kept) {
    f.label = withRateAndGroup(
      sentence,
      f,
      kept.filter((o) => o !== f),
    );
    if (/^ru\b/iu.test(lang))
      f.label = changeByLabel(sentence.slice(clauseOf(sentence, f).start, f.start), f.label);
    // "в 1981–1988 годах военные расходы СССР составляли 13 процентов валового национального
    // продукта": whose figure it is and when, the share with its whole (label-ru.ts)
    const held =
      /^ru\b/iu.test(lang) && !f.whole ? russianHolder(sentence, f, (l) => isLabel(l, lang)) : null;
    if (held) {
      f.start = held.start;
      f.end = held.end;
      f.value = sentence.slice(f.start, f.end);
      f.label = held.label;
    }
    // "tinha subido 40,5 %" → "subida do pagamento das prestações", "prevê … 5000 milhões de euros"
    // → "previsão de receita fiscal adicional" (label-pt.ts); a change said before what changed
    // ("tenha subido 40,5 % o pagamento das prestações") too: a value is its number, unit and
    // scale, never the verb ("subido 40,5 %" under "Média europeia" read as the average's rise, judge32)
    if (/^pt\b/iu.test(lang))
      f.label = portugueseLabel(
        sentence.slice(clauseOf(sentence, f).start, f.start),
        sentence.slice(f.end, clauseOf(sentence, f).end),
        f.label,
        f.kind,
        (w) => !isFunctionWord(w, lang),
        (l) => isLabel(l, lang),
      );
    // "12 akademik oturum ve…": a Turkish count is labelled by the noun phrase after it (label-tr.ts)
    if (/^tr\b/iu.test(lang) && f.kind === 'count') {
      f.label = turkishCountLabel(sentence.slice(f.end));
      // "46 panel": the counted noun alone, right after its number, says what is counted
      if (countedNoun(f.label)) f.counted = true;
      // "30 ülkenin katılımcıları": 30 countries, their participants (label-tr.ts)
      const genitive = turkishGenitiveCount(sentence.slice(f.end));
      if (genitive) {
        f.end += genitive.take;
        f.value = sentence.slice(f.start, f.end);
        f.label = genitive.head;
        f.counted = true;
      }
    }
    // "yüzde 50 veya yüzde 100 artırılması", "1,5 milyarlık bin odadan fazla bir saray": a Turkish
    // figure with a unit or a scale is labelled by the noun phrase it measures (label-tr.ts)
    if (/^tr\b/iu.test(lang) && f.kind !== 'count' && !f.whole) {
      const label = turkishFigureLabel(sentence.slice(0, f.start), sentence.slice(f.end));
      if (label && isLabel(label, lang)) f.label = label;
    }
    // "15 000 places supplémentaires de prison", "430 d’entre vous font leurs premiers pas…",
    // "533 inhaftierte Journalistinnen und Journalisten": French, German and Italian (label-eu.ts)
    const eu = euLang(lang);
    const relabel = eu && !f.whole ? europeanLabel(sentence, f, eu, (w) => isFunctionWord(w, lang)) : null;
    if (relabel) {
      f.end = relabel.end;
      f.value = sentence.slice(f.start, f.end);
      f.label = isLabel(relabel.label, lang) ? relabel.label : '';
    }
    // "O Novo Banco teve um lucro de 743 milhões de euros em 2023, um aumento de 83 %" (label-pt.ts)
    if (/^pt\b/iu.test(lang) && !f.label && !f.whole)
      f.label = holderLabel(
        sentence.slice(0, f.start),
        sentence.slice(f.end),
        kept.filter((o) => o.end <= f.start),
        (l) => isLabel(l, lang),
      );
    // "— mais de 5000 milhões de euros" after what it restates, "isto é, mais de 61%" (label-pt.ts)
    if (/^pt\b/iu.test(lang) && !f.label) f.label = portugueseUnlabelled(sentence, f, kept, lang);
    // "uma reserva correspondente a 50% do valor do aumento dos pagamentos em atraso" (label-pt.ts)
    if (/^pt\b/iu.test(lang) && !f.label && f.kind === 'percentage')
      f.label = portugueseShareOf(
        sentence.slice(clauseOf(sentence, f).start, f.start),
        sentence.slice(f.end, clauseOf(sentence, f).end),
        (w) => !isFunctionWord(w, lang),
      );
    // "όπου διασώθηκε το 100% των μελών", "Проголосувало 89 народних депутатів": the verb before
    // the figure says what befell what it counts (label-open.ts)
    if (isOpenLang(lang) && !f.whole) {
      const clause = clauseOf(sentence, f);
      // ("26 працівників Державної служби з надзвичайних ситуацій": a name is never cut before its
      // complement when the whole phrase ends the clause, judge24 A6)
      if (!f.label) f.label = phraseAfter(sentence.slice(f.end, clause.end), lang);
      const whole = /^(?:uk|pl)\b/iu.test(lang)
        ? phraseAfter(sentence.slice(f.end, clause.end), lang, 6)
        : '';
      if (f.label && whole.startsWith(`${f.label} `) && isLabel(whole, lang)) f.label = whole;
      // "97 тонн зерна", "11 годин роботи": what a measure measures, said after its unit, is its
      // label, never the cause or place said before it ("97 тонн — Внаслідок атаки", label-open.ts)
      // (a label said right after the unit is that already: "ponad 10 milionów ha lasów i buszu")
      const what =
        (f.kind === 'dimension' || f.kind === 'duration') &&
        !(f.label && sentence.slice(f.end).trimStart().startsWith(f.label))
          ? measuredThing(sentence.slice(f.end, clause.end), lang)
          : '';
      if (what) {
        f.label = what;
        if (!/\s/u.test(what)) f.counted = true;
      }
      f.label = withVerbBefore(sentence, f, kept, lang);
      if (opensRange(sentence.slice(f.end), lang)) f.label = '';
      // "povečanje državnih štipendij za 20 %": the words before say what is counted (label-south-slavic.ts)
      if (!f.label && isSouthSlavic(lang)) {
        const from = kept.filter((o) => o.end <= f.start).reduce((m, o) => Math.max(m, o.end), clause.start);
        f.label = labelBefore(sentence.slice(from, f.start), lang);
      }
      if (isSouthSlavic(lang)) f.label = prepositionalPhrase(f.label, sentence, f.end, lang);
      // ("25 százalékos — társasági adót": the thing, not the verb's object, label-open.ts)
      if (/^hu\b/iu.test(lang))
        f.label = withoutHungarianParticiple(hungarianNominative(f.label), (l) => isLabel(l, lang));
    }
    // "من البشرية نصفُها": a fraction is carded with what it is a fraction of, or not at all (fraction-of.ts)
    if (f.kind === 'fraction' && /^ar\b/iu.test(lang)) {
      const of = arabicFractionOf(sentence, f.start, f.end);
      f.end = of.end;
      f.value = sentence.slice(f.start, f.end);
      f.label = of.label;
    }
    // "рекорд добычи нефти … – 525 миллионов тонн": what is counted is said before the dash (dash-label.ts)
    if (!f.label && !f.whole) {
      const dash = dashLabel(sentence, f, lang, (l) => isLabel(l, lang));
      if (dash) {
        f.end = dash.end;
        f.value = sentence.slice(f.start, f.end);
        f.label = dash.label;
        if (dash.counted) f.counted = true;
      }
    }
    // ("64 прикордонники.", "наших 23 741 павших от рук врага": the noun said after the count, counted.ts)
    const noun = f.label || f.whole ? null : slavicCounted(sentence, f, lang, (w) => isFunctionWord(w, lang));
    if (noun && (noun.counted || isLabel(noun.label, lang))) {
      f.end = noun.end;
      f.value = sentence.slice(f.start, f.end);
      f.label = noun.label;
      if (noun.counted) f.counted = true;
    } else if (!f.label && !f.whole) {
      // ("najwyższe polskie odznaczenie wojskowe otrzymało ok. 26 tys. osób", counted.ts)
      const verb = polishVerbBefore(sentence, f, lang, (w) => isFunctionWord(w, lang));
      if (isLabel(verb, lang)) f.label = verb;
    }
    // "39 — регионах суммарный коэффициент рождаемости" + "ниже среднероссийского" (comparison.ts)
    f.label = withComparison(sentence, f, f.label);
    // "in fiscal year" cut from its 1976: the frame keeps its year or goes (cut-frame.ts)
    f.label = withFiscalYear(
      withFrameYear(sentence, f.label, (l) => isLabel(l, lang)),
      fiscalYearAfter(sentence, f),
    );
    // "Nous porterons … le prix du paquet de cigarettes à 10 euros": a plan keeps its verb (planned.ts)
    const planned = f.whole ? null : plannedLabel(sentence, f, f.label, lang, (w) => isFunctionWord(w, lang));
    if (planned !== null) f.label = planned;
    // "die gesamtstaatliche Schuldenquote wieder unter einen Anteil von 60 Prozent des
    // Bruttoinlandsprodukts fallen": the bound and what it is said of (label-de.ts)
    const bound = /^de\b/iu.test(lang) && !f.whole && !f.label ? germanBound(sentence, f) : null;
    if (bound && isLabel(bound.label.replace(',', ''), lang)) {
      f.start = bound.start;
      f.end = bound.end;
      f.value = sentence.slice(f.start, f.end);
      f.label = bound.label;
    }
    // "90 Prozent — der Gesamtinvestitionen ausmachen", "um etwa 3,6 Prozent gestiegen" (label-de.ts)
    // "In einer Welt, die zur Mitte des Jahrhunderts 10 Milliarden Einwohner haben wird" (label-de.ts)
    else if (/^de\b/iu.test(lang) && !f.whole && !f.label && germanHolder(sentence, f))
      f.label = germanHolder(sentence, f);
    else if (/^de\b/iu.test(lang) && !f.whole)
      f.label = germanLabel(
        sentence,
        f,
        f.label,
        (w) => isFunctionWord(w, lang),
        (l) => isLabel(l, lang),
      );
  }
  // "av 77 kilometer … beviljades dispens för 44 kilometer", "varav 10 procent avslogs", "för att
  // stötta det svenska lantbruket": sv/da/nb/nl/fi wholes, parts and purposes (label-nordic.ts)
  nordicLabels(sentence, kept, lang);
  // "standarda EU od 60%", "prosečna plata u Srbiji biće 1.000 evra": hr/sr/sl/bg labels by what is counted
  southSlavicLabels(sentence, kept, lang, (l) => isLabel(l, lang));
  // "21 out of 24 tax credit provisions", "$27 billion Greenhouse Gas Reduction Fund", a share and
  // where it is (en-counted.ts)
  if (!englishOrUnsaid(lang)) return kept;
  for (const f of kept) {
    f.label =
      namedMoney(sentence, f) || broughtTo(sentence, f, lang) || (shareWhere(sentence, f, lang) ?? f.label);
    f.label = withoutTrailingVerb(sentence, f);
    f.label = perUnit(sentence, f, kept);
    // ("billionaires pay an average federal tax rate of just 8 percent": payer.ts)
    f.label = withPayer(sentence, f);
    // "our imports will be at least $25 billion more than all the American goods": a difference,
    // labelled by both sides or not at all (difference.ts)
    const diff = differenceLabel(sentence, f, lang);
    if (diff !== null) f.label = diff;
    // ("Every $5 billion increase in oil imports costs us 200,000 American jobs": per-every.ts)
    if (isRateUnit(sentence, f) || kept.some((g) => g.end <= f.start && ratePairs(sentence, g, f)))
      f.label = '';
    // "At least 20 million lost their lives": what befell a subject figure is its label (subject-predicate.ts)
    else if (!f.label) f.label = subjectPredicate(sentence, f, lang);
    // ("this plan will save or create 3.5 million jobs": what the clause says of its object, subject-predicate.ts)
    if (!f.label) f.label = objectPredicate(sentence, f, lang);
    // "Korean firms have invested more than $100 billion in the United States": who spent it (subject-predicate.ts)
    f.label = spenderWhere(sentence, f, lang) ?? f.label;
    // "the lowest average unemployment of any administration in over 50 years": the record a length dates
    const record = recordLength(sentence, f, lang);
    if (record) {
      f.start = record.start;
      f.value = sentence.slice(f.start, f.end);
      f.label = record.label;
    }
    // ("We’re mourning more than 4.5 million people", "declined … for 12 months in a row": verb-kept.ts)
    withVerbKept(sentence, f, lang);
  }
  // ("51 of them came from industry, 21 from industry together with academia, …": breakdown.ts)
  return withBreakdown(sentence, joinOutOf(sentence, kept, lang));
}

/** Whether a value is a pair of numbers sharing its unit ("75 и 50 тысяч рублей"). */
function joinsPairIn(value: string): boolean {
  const nums = [...value.matchAll(/\p{Nd}[\p{Nd}.,\s\u00A0]*\p{Nd}|\p{Nd}/gu)];
  return nums.length >= 2 && joinsPair(value.slice(nums[0]!.index + nums[0]![0].length, nums[1]!.index));
}

/** A quick test before the real work: any digit, or a rank word. */
const MAY_HAVE_FIGURE =
  /\p{Nd}|largest|biggest|highest|first in|second in|third in|世界第|全球第|мест|mayor|الأكبر|الأول/iu;

/** Key figures of a text, spans relative to `text`, in reading order, at most `max`. */
export function findFigures(text: string, lang = '', max = MAX_FIGURES): FoundFigure[] {
  const out: FoundFigure[] = [];
  // "in the pulpit by 13, pastor by 18, public servant by 23": a life in milestones (milestones.ts)
  const steps = englishOrUnsaid(lang) ? milestones(text, lang) : [];
  for (const s of sentenceSpans(text, lang)) {
    const sentence = text.slice(s.start, s.end);
    const own = steps.filter((m) => m.start >= s.start && m.end <= s.end);
    for (const m of own) {
      out.push({ ...m, kind: 'count', core: m.value, milestone: true });
      if (out.length >= max) return out;
    }
    if (own.length) continue;
    if (
      !MAY_HAVE_FIGURE.test(sentence) &&
      !mayHaveSpelled(sentence, lang) &&
      !/\stimes\s|twice/iu.test(sentence)
    )
      continue;
    // ("97 тонн небезпечних відходів за 11 годин": the hours take no label of the tonnes, own-label.ts)
    for (const f of ownLabels(sentence, sentenceFigures(sentence, lang))) {
      if (out.some((o) => o.core === f.core)) continue;
      // "в 75 и 50 тысяч рублей соответственно": a pair said "respectively" is labelled by the
      // two it is given to, or not at all; no label opens on "respectively" (respectively.ts)
      if (opensOnRespectively(sentence.slice(f.end)) || opensOnRespectively(f.label))
        f.label = joinsPairIn(f.value) ? respectivelyLabel(sentence, f) : '';
      // "24 million people … do not have access to high-speed Internet": what they lack is the
      // point, never the population alone (lacks.ts)
      const lacks = lacksLabel(sentence, f, lang);
      if (lacks !== null) f.label = lacks;
      // ("the bottom 90 percent of workers saw wage gains": the share keeps what is said of it, lacks.ts)
      else f.label = sharePredicate(sentence, f, lang) ?? f.label;
      // "no one earning less than $400,000 a year will pay…": a line drawn, no amount (threshold.ts)
      if (isThreshold(sentence, f)) {
        f.label = '';
        f.threshold = true;
        // ("28 climate disasters … that each cost at least a billion dollars—the highest number
        // in U.S. history": the aside is the count's, threshold.ts)
        const aside = asideOnCount(sentence, f);
        const count = out.at(-1);
        if (
          aside &&
          count &&
          count.start >= s.start &&
          !count.label &&
          count.kind === 'count' &&
          /\p{Nd}\s+\p{L}/u.test(count.value) &&
          isLabel(aside, lang)
        )
          count.label = aside;
      }
      // "Das Finanzministerium schätzt die Mehreinnahmen auf 50 Milliarden Euro": who reports is no
      // part of the label, what is reported is (label-words.ts)
      const source = REPORTED_BY.exec(f.label);
      if (source) f.label = source[1] && isLabel(source[1].trim(), lang) ? source[1].trim() : '';
      // a label is one phrase of the speech: never words from two places stitched with "…", which
      // on a card reads as text cut (render19: "about 70 percent — Trucking moves … of all the goods")
      if (/(?:^|\s)…(?:\s|$)/u.test(f.label)) f.label = '';
      // "z nich", "sa antenom", "على أعلى مستوى", "tendrá un impacto…": what is counted, or none (honest.ts)
      f.label = honestLabel(sentence, f, f.label, lang);
      // "Back in 1978, the average truck driver’s pay was $34": a label without the year the
      // sentence opens on says today's figure; none, and none borrowed (label-frame.ts)
      if (dropsOpeningYear(sentence, f.label)) {
        f.label = '';
        f.framed = true;
      }
      // "Ten years ago, … we imported just 2 1/2 million barrels of oil a day": the time stays on
      // the label, or no card (label-frame.ts)
      else if (englishOrUnsaid(lang) && openingAgo(sentence) && f.label) {
        f.label = withOpeningAgo(sentence, f.label);
        if (!f.label) f.framed = true;
      }
      // "…shows that in 2023, more than 3.4 million American families…", "в 1992 году была 45,7
      // процента": a year said for the figure stays on its label, or no label (label-frame.ts)
      else if (f.label && !englishOrUnsaid(lang)) {
        // (English: time-frame.ts and anchor.ts say a figure's time; a rank joins a label as said)
        const c = clauseOf(sentence, f);
        f.label = withPinnedYear(sentence.slice(c.start, c.end), sentence.slice(0, c.start), f.label);
        if (!f.label) f.framed = true;
      }
      // ("αυτό της Ζακύνθου, όπου διασώθηκε το 100%": a figure of a place the label leaves out, where-clause.ts)
      if (placeLeftOut(sentence, clauseOf(sentence, f).start, f.label)) {
        f.label = '';
        f.framed = true;
      }
      // "That budget now stands at $5,400 million": the name the paragraph gave it before
      // ("By last year that rate had grown to 23 percent": "last year that rate" is the pointer, antecedent.ts)
      if ((!f.label || /(?:^|\s)(?:that|this)\s+\p{Ll}+$/u.test(f.label)) && !f.whole && !f.threshold)
        f.label = antecedentLabel(text.slice(0, s.start), sentence, f, lang) || f.label;
      // ("Twenty-two years later it was 90 percent greater": the comparison of the sentence before)
      const compared = f.whole ? '' : comparedAntecedent(text.slice(0, s.start), sentence, f, lang);
      if (compared) f.label = compared;
      const before = sentence.slice(clauseOf(sentence, f).start, f.start);
      if (isStated(before)) f.stated = true;
      // the amount a thing is changed by is the point, the income that says whose it is the setup
      if (englishOrUnsaid(lang) && isChangeAmount(before)) f.change = true;
      else if (englishOrUnsaid(lang) && isSetup(before)) f.setup = true;
      out.push({ ...f, start: f.start + s.start, end: f.end + s.start });
      if (out.length >= max) return out;
    }
  }
  return out;
}
