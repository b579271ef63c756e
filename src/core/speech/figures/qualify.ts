/**
 * What a label must carry so the card does not mislead (issue #10), applied to a label once it is
 * chosen: the time of a projection ("by 1985"), the rate after it ("of oil a day"), the whole of a
 * list it opens ("for every man, woman, and child"); and when it cannot be made right, no label
 * (the slide then shows the sentence, never a card).
 */
import { isFunctionWord } from '../lexicon';
import type { Span } from '../segment';
import { clauseOf } from './label';
import { withRate } from './rules';
import { actorShare } from './share-actor';
import { alternation, BE_FINITE, HAVE } from '../word-classes';

/** "by 1985", "by the end of 2030": a time the figure is projected to, said in its clause. */
const PROJECTED_TO = /\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b(?![\p{L}\p{Nd}])/iu;
/**
 * "the shortfall we anticipated in 2016": when an estimate was made says which estimate it is; a
 * label that ends on the estimate's verb carries its year ("shortfall anticipated in 2016").
 */
const ESTIMATED =
  /(?:anticipated|projected|expected|forecast|predicted|estimated|feared|foresaw|promised|pledged|planned)$/iu;
/** A value that says no counted noun: its last word is a number ("12 million", "Thirteen"). */
export const BARE =
  /(?:\p{Nd}|hundred|thousand|million|billion|trillion|ten|eleven|twelve|teen|ty|-(?:one|two|three|four|five|six|seven|eight|nine))$/iu;
/** "40 types", "12 kinds": a count of kinds, whole with what they are kinds "of". */
const KINDS = /\p{Nd}\s+(?:types|kinds|sorts|forms|varieties|species|strains|categories|classes)$/iu;
/** "in the first two years", "in the House": when or where, not what is counted. */
const WHEN_OR_WHERE = /^(?:in|during|over|at|on|within|across|from|since|after|before|by)\s/iu;
/**
 * "…, woman, and child": the rest of a list the label opened; "grant, loan, and rebate funding":
 * a list of three or more said before the noun they share, that noun too.
 */
const LIST_REST =
  /^,\s+(?:(?:[\p{L}'’-]+,\s+)*[\p{L}'’-]+,?\s+(?:and|or)\s+[\p{L}'’-]+|(?:[\p{L}'’-]+,\s+)+(?:and|or)\s+[\p{L}'’-]+\s+[\p{L}'’-]+)(?=$|\s*[,.;:!?—–]|\s+(?:in|on|at|of|for|to|by)\s)/u;

/**
 * "the share … has fallen by two thirds", "spending has increased by nearly 100 percent": the
 * figure is a change of what the label names, not its size; the label says so with the noun of the
 * speaker's verb ("fall in share of global semiconductors"). A verb that takes no object says the
 * change without "by" too ("Mortgage payments rose 40.5 percent" was "40.5 percent — Mortgage
 * payments", a change read as a level); "cut $50 billion", "raised $5 million" say what was cut or raised.
 */
const CHANGED_BY =
  /(?:(?:has|have|had|be|been|being|is|are|was|were)\s+)?(?:(increased|decreased|fallen|fell|risen|rose|grown|grew|dropped|declined|climbed|jumped|gone\s+up|went\s+up|gone\s+down|went\s+down|reduced|cut|lowered|raised|slashed|boosted)\s+by|(increased|decreased|fallen|fell|risen|rose|grown|grew|dropped|declined|climbed|jumped|gone\s+up|went\s+up|gone\s+down|went\s+down|edged\s+up|edged\s+down|ticked\s+up|ticked\s+down))\s+(?:(?:about|nearly|almost|roughly|some|over|more than|less than|only|just|an estimated)\s+)*$/iu;
const CHANGE_NOUN: Record<string, string> = {
  increased: 'increase',
  decreased: 'decrease',
  fallen: 'fall',
  fell: 'fall',
  risen: 'rise',
  rose: 'rise',
  grown: 'growth',
  grew: 'growth',
  dropped: 'drop',
  declined: 'decline',
  climbed: 'rise',
  jumped: 'jump',
  'gone up': 'rise',
  'went up': 'rise',
  'gone down': 'fall',
  'went down': 'fall',
  // ("manufacturing output edged up only 0.1 percent", Waller 2023: a rise, never a level)
  'edged up': 'rise',
  'ticked up': 'rise',
  'edged down': 'fall',
  'ticked down': 'fall',
  reduced: 'cut',
  cut: 'cut',
  lowered: 'cut',
  slashed: 'cut',
  raised: 'increase',
  boosted: 'increase',
};

/** "the energy equivalent of 60 barrels": what the figure only stands for ("energy"). */
const EQUIVALENT_OF =
  /(?<![\p{L}])([\p{L}-]{3,})\s+equivalent\s+of\s+(?:(?:about|nearly|almost|some|roughly|over|more than)\s+)?$/iu;
/** "of hands", "de vidas": a label that names only the counted noun, one word after "of"/"de". */
const BARE_OF = /^(?:of|de|del|des|du|d['’])\s*([\p{L}'’-]+)$/iu;
/**
 * A short predicate of the counted noun, said right after it ("de empleos han desaparecido"); of the
 * modals only "will" and "would", which say what happens to it.
 */
const PREDICATE = new RegExp(
  String.raw`^\s+((?:${alternation(BE_FINITE, HAVE, ['will', 'would'])}|han|ha|había|habían|fueron|fue|serán|sont|ont|a|été|wurden|sind|haben)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s*[.!?]?\s*$`,
  'iu',
);

/**
 * The verb of a share's noun and what it says of it ("of the tax bill is not new tax at all"), or
 * what its noun is said to have ("that one-fifth of all American families with incomes too small
 * to even meet their basic needs": without it the fifth is any fifth, LBJ 1964, judge36).
 */
const SHARE_PREDICATE = new RegExp(
  String.raw`^\s+((?:${alternation(BE_FINITE, HAVE, ['will', 'would', 'with'])})\s+[^,;:—–()]+)`,
  'iu',
);
/** "too small to even meet their basic needs": a degree is whole without what it is too much for. */
const DEGREE_COMPLEMENT = /(\stoo\s+[\p{L}'’-]+)\s+to\s[\s\S]*$/iu;
/**
 * The most words of a share's label with its predicate: "of the tax bill is not new tax" (7) says
 * the point; beyond, the predicate is a clause a card cannot hold.
 */
const MAX_SHARE_WORDS = 8;
/** "of this city", "of the world": one place, not a quantity. */
const ONE_PLACE =
  /^of\s+(?:the|this|that|our|their|my|your|its)\s+(?:city|town|village|country|nation|continent|world|planet|globe|earth|region|island|capital|land|house|room|building|street|wall)$/iu;

/** Han measure words that follow a number. */
const CJK_UNIT = /^[年月日天周个位名人家项次倍岁所座条台辆吨米元万亿千百]/u;

/** The label of the figure at `fig`, qualified so the card says what the sentence says; '' when it cannot. */
export function qualifiedLabel(sentence: string, fig: Span & { kind?: string }, label: string): string {
  if (!label) return '';
  const value = sentence.slice(fig.start, fig.end);
  // "12 million — in the first two years": the card would not say what the 12 million are
  if (BARE.test(value) && !/\p{Sc}|%/u.test(value) && WHEN_OR_WHERE.test(label)) return '';
  // "3个月出口增长": a measure word right after the number (月) is its unit, never a label's start
  if (CJK_UNIT.test(label) && sentence.slice(fig.end).startsWith(label)) return '';
  const clause = clauseOf(sentence, fig);
  // "wood--which had provided about 90 percent of all fuel": whose share it is lies outside the clause
  if (/^\s*(?:which|who|that)\s/iu.test(sentence.slice(clause.start, fig.start)) && /^of\s/iu.test(label))
    return '';
  let out = label;
  // a label said right after its figure carries on to the end of its list and its rate
  const at = sentence.indexOf(label, fig.end);
  let labelEnd = -1;
  if (at >= 0 && !/\S/u.test(sentence.slice(fig.end, at))) {
    let end = at + label.length;
    const list = LIST_REST.exec(sentence.slice(end));
    if (list && list[0].split(/\s+/).length <= 5) end += list[0].length;
    end = withRate(sentence, end);
    out = sentence.slice(at, end);
    labelEnd = end;
  }
  // "the energy equivalent of 60 barrels of oil": the barrels are energy said in oil, not oil
  const eq = EQUIVALENT_OF.exec(sentence.slice(clause.start, fig.start));
  if (eq && !isFunctionWord(eq[1]!, '') && !/equivalent/iu.test(out)) {
    if (!/^of\s/iu.test(out)) return '';
    out = `${eq[1]!.toLowerCase()} equivalent in ${out.slice(3)}`;
  }
  // "Nearly sixteen millions — of hands", "500 millones — de empleos": the counted noun alone says
  // not what the count is; the clause's predicate does when it is short and whole, else no label
  // ("20 years — of conflict", "44 percent — of GDP" say what the length or share is of; a count
  // of kinds, "40 types — of cancers", is whole with what they are kinds of)
  const bareOf =
    (fig.kind === 'count' || fig.kind === 'scaled') && !KINDS.test(value) ? BARE_OF.exec(out) : null;
  if (bareOf) {
    const rest = labelEnd >= 0 ? PREDICATE.exec(sentence.slice(labelEnd, clause.end)) : null;
    if (!rest) return '';
    out = `${bareOf[1]} ${rest[1]}`;
  }
  // "more than 80 percent — of the tax bill": what the share is, the predicate after it says
  // ("…is not new tax at all"); shown when short, else no label
  if ((fig.kind === 'percentage' || fig.kind === 'fraction') && /^of\s/iu.test(out) && labelEnd >= 0) {
    const said = SHARE_PREDICATE.exec(sentence.slice(labelEnd, clause.end));
    const predicate =
      said?.[1]!
        .trim()
        .replace(/[.!?…]+$/u, '')
        .replace(/\s+at\s+all$/iu, '') ?? '';
    let whole = `${out} ${predicate}`;
    if (whole.split(/\s+/u).length > MAX_SHARE_WORDS) whole = whole.replace(DEGREE_COMPLEMENT, '$1');
    // a denied predicate makes the share's label false without it ("is not new tax")
    if (predicate && whole.split(/\s+/u).length <= MAX_SHARE_WORDS) out = whole;
    else if (/(?<![\p{L}])(?:not|never|no)(?![\p{L}])|n['’]t(?![\p{L}])/iu.test(predicate)) return '';
    // "the Federal Government in 1985 will only be taking 19.6 percent of the gross national
    // product": without its year, the whole says less than the card would (share-actor.ts)
    else if (!predicate) {
      const whole = actorShare(sentence.slice(clause.start, fig.start), out);
      if (whole === '') return '';
      if (whole) out = whole;
    }
  }
  // "one-half of this city lived encircled and the other half enslaved": a place split in halves,
  // or in parts each named, is a way of speaking, no quantity a designer would set large ("a tenth
  // of our city" is one)
  if (
    fig.kind === 'fraction' &&
    !/\p{Nd}/u.test(value) &&
    ONE_PLACE.test(out) &&
    (/half/iu.test(value) ||
      /(?<![\p{L}])(?:the\s+other|the\s+rest|the\s+remaining)(?![\p{L}])/iu.test(sentence.slice(fig.end)))
  )
    return '';
  const before = sentence.slice(Math.max(clause.start, fig.start - 200), fig.start);
  const change = CHANGED_BY.exec(before);
  // ("fell below 4 percent", "fell from 16 million barrels to 6 million": a level, or the pair itself)
  const said =
    change?.[1] ?? (/^(?:below|under|above|beneath|past|from|to)\s/iu.test(value) ? undefined : change?.[2]);
  const noun = said && CHANGE_NOUN[said.toLowerCase().replace(/\s+/gu, ' ')];
  const verb = said?.replace(/\s+/gu, ' ') ?? '';
  // (a goal's label keeps the speaker's verb already: "must cut emissions"; a passive change its
  // noun: "increase in level")
  if (
    noun &&
    !new RegExp(String.raw`(?<![\p{L}])${noun}(?![\p{L}])`, 'iu').test(out) &&
    !new RegExp(String.raw`(?<![\p{L}])${verb}(?![\p{L}])`, 'iu').test(out)
  ) {
    if (before.replace(/\s+/gu, ' ').includes(out.replace(/\s+/gu, ' ')) && !/…/u.test(out)) {
      // ("Retail sales fell 0.1 percent": the capital was the sentence's, Waller 2023)
      const first = /^\p{Lu}\p{Ll}+(?=\s)/u.exec(out)?.[0];
      if (first && sentence.trimStart().startsWith(out)) out = first.toLowerCase() + out.slice(first.length);
      out = `${noun} in ${out}`;
    }
    // "outlays … would be reduced by 280 billion": a change shown under a label without its change
    // word reads as a level ("280 billion — outlays")
    else return '';
  }
  // "more than $550 billion for imported oil by 1985": a projection is never shown as a fact
  const estimated = ESTIMATED.exec(out)?.[0];
  const made =
    estimated &&
    new RegExp(String.raw`\b${estimated}\s+(in\s+(?:19|20)\d\d)\b(?![\p{L}\p{Nd}])`, 'iu').exec(
      sentence.slice(fig.end, clause.end),
    );
  if (made) return `${out} ${made[1]}`;
  const when = PROJECTED_TO.exec(sentence.slice(clause.start, clause.end));
  if (when && !out.includes(when[0])) out = `${out} ${when[0]}`;
  return out;
}
