/**
 * English figures whose label said something other than what is counted (judge15, Podesta's IRA
 * keynote):
 * - "Treasury guidance is now available on 21 out of 24 tax credit provisions": a part said with
 *   its whole is one figure, "21 out of 24", labelled by what both count ("tax credit
 *   provisions"), never "21 — Treasury guidance" (the subject of the clause);
 * - "Some big examples are EPA’s $27 billion Greenhouse Gas Reduction Fund": money said right
 *   before the name it is is that name ("Greenhouse Gas Reduction Fund"), not the subject of "are";
 * - "58 percent of the new clean energy jobs created since … are located in Congressional
 *   districts represented by Republicans": where the share is, said by the clause's verb, is the
 *   point and stays on the label ("new clean energy jobs … in Congressional districts represented
 *   by Republicans"); a share that flows somewhere keeps where ("aims to ensure … benefits … flow
 *   to disadvantaged communities").
 */
import { isFunctionWord } from '../lexicon';
import { escapeRegExp } from '../word-classes';
import { VERB_LIKE } from '../keyphrases';
import { clauseOf } from './label';
import type { FoundFigure } from './index';
import { ING_NOUN } from './verb-label';

/** A value's number, with its sign or percent ("24", "$3", "40%", "40 percent"). */
const NUMBER_HEAD = /^[\p{Sc}]?\p{Nd}[\p{Nd},.]*(?:\s*%|\s+per\s?cent)?/iu;

/** The noun phrase that opens `text`: content words up to a function word, a verb or a stop. */
function nounsAtStart(text: string, lang: string, max = 5): string {
  const m = /^\s+([^,;:.!?—–()]+)/u.exec(text);
  if (!m) return '';
  const out: string[] = [];
  for (const w of m[1]!.trim().split(/\s+/u)) {
    if (isFunctionWord(w, lang) || VERB_LIKE.test(w) || /\p{Nd}/u.test(w)) break;
    out.push(w);
    if (out.length >= max) break;
  }
  return out.length >= 1 && out.some((w) => /\p{L}{3,}/u.test(w)) ? out.join(' ') : '';
}

/**
 * "21 out of 24 tax credit provisions": the part and its whole are one figure, labelled by the
 * noun both count ('' when none is said right after). The whole is no figure of its own.
 */
export function joinOutOf(sentence: string, figs: FoundFigure[], lang: string): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i]!;
    const g = figs[i + 1];
    if (!g || !/^\s+out\s+of\s+$/iu.test(sentence.slice(f.end, g.start))) {
      out.push(f);
      continue;
    }
    const number = NUMBER_HEAD.exec(g.value);
    if (!number) {
      out.push(f);
      continue;
    }
    const end = g.start + number[0].length;
    const label = nounsAtStart(sentence.slice(end), lang);
    out.push({ ...f, end, value: sentence.slice(f.start, end), core: sentence.slice(f.start, end), label });
    i++;
  }
  return out;
}

/** Words that end the name of a sum of money ("… Reduction Fund", "… Grants", "… Program"). */
const MONEY_NAME =
  /^\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,5}(?:Fund|Funds|Grant|Grants|Program|Programme|Initiative|Account|Facility|Loan|Loans|Bond|Bonds|Package|Plan))(?=$|[\s,.;:!?])/u;

/** "EPA’s $27 billion Greenhouse Gas Reduction Fund": the name the money is, or ''. */
export function namedMoney(sentence: string, f: FoundFigure): string {
  if (f.kind !== 'currency') return '';
  return MONEY_NAME.exec(sentence.slice(f.end))?.[1] ?? '';
}

/** "are located in …", "are in …": where a share of something is. */
const LOCATED =
  /\s(?:are|is|were|was)\s+(?:(?:now|all|still)\s+)?(?:(?:located|based|found|concentrated|sited)\s+)?((?:in|across)\s+[^,;:.!?—–()]+)/iu;

/**
 * "of the benefits of specific federal programs flow to disadvantaged communities": where a share
 * goes, said with its verb (the verb stays: "to disadvantaged communities" alone says not what befalls them).
 */
const FLOWS = /\s((?:flow|flows|flowed|go|goes|went|accrue|accrues|accrued)\s+to\s+[^,;:.!?—–()]+)/iu;

/**
 * "58 percent of the new clean energy jobs created since the IRA passed are located in
 * Congressional districts represented by Republicans": the share's label keeps where it is
 * ("new clean energy jobs … in Congressional districts represented by Republicans"); '' when the
 * clause says no place for it.
 */
export function shareWhere(sentence: string, f: FoundFigure, lang: string): string {
  // ("aims to ensure … of the benefits": a goal's label keeps its verb before the share's noun)
  const share = /^((?:[^…]+\s…\s+)?)of\s+(?:the\s+)?([\s\S]+)$/iu.exec(f.label);
  if (f.kind !== 'percentage' || !share) return '';
  const clause = clauseOf(sentence, f);
  const rest = sentence.slice(f.end, clause.end);
  const at = LOCATED.exec(rest) ?? FLOWS.exec(rest);
  if (!at) return '';
  const place = at[1]!.trim().split(/\s+/u).slice(0, 7);
  while (place.length && isFunctionWord(place[place.length - 1]!, lang)) place.pop();
  if (place.length < 2) return '';
  // ("40 percent of the benefits flow to …": a label that ran on into the verb stops before it,
  // and a place said right after the whole joins it without a gap, never "flow … flow to")
  const whole = share[2]!.replace(new RegExp(String.raw`\s+${escapeRegExp(place[0]!)}$`, 'iu'), '');
  const gap = rest.slice(0, at.index).trimEnd().endsWith(whole) ? ' ' : ' … ';
  return `${share[1]}${whole}${gap}${place.join(' ')}`;
}

/**
 * "over 300 new clean energy projects totaling $282 billion", "9,000 young people serving their
 * communities": a label said right after its count ends on the noun counted, never on the
 * participle that goes on about it.
 */
export function withoutTrailingVerb(sentence: string, f: FoundFigure): string {
  const ws = f.label.split(/\s+/u);
  // (only the counted noun itself: "$2 billion in additional revenue sharing" is what is paid)
  if (ws.length < 3 || isFunctionWord(ws[0]!, 'en') || !sentence.slice(f.end).trimStart().startsWith(f.label))
    return f.label;
  const last = ws[ws.length - 1]!;
  const participle = /^\p{Ll}{3,}ing$/u.test(last) && !ING_NOUN.test(last);
  // ("four million cradles now rocking": a participle after an adverb is what the noun is doing)
  if (/^(?:now|still|already|currently|all|just)$/iu.test(ws[ws.length - 2]!)) return f.label;
  return participle ? ws.slice(0, -1).join(' ') : f.label;
}

/**
 * "for every dollar to fight these diseases, we expect $31 in health gains", "For each dollar
 * invested, we get $7 back": a sum said per unit of money said before it in its sentence. Its rate
 * ("for every dollar", with the participle that says which: "invested") stays on the label: "$31 —
 * in health gains and economic returns" read as $31 in all.
 */
const PER_UNIT =
  /(?<![\p{L}])(for\s+(?:every|each)\s+(?:single\s+)?(?:dollar|euro|pound|peso|rupee|franc|cent)(?:\s+(?:invested|spent|given|contributed|donated|raised))?)(?![\p{L}])/giu;

/** The label of a sum said for every dollar before it, the rate kept (see PER_UNIT); the label as is otherwise. */
export function perUnit(sentence: string, f: FoundFigure, others: FoundFigure[]): string {
  if (f.kind !== 'currency' || /(?<![\p{L}])(?:every|each|per)(?![\p{L}])/iu.test(`${f.value} ${f.label}`))
    return f.label;
  const rate = [...sentence.slice(0, f.start).matchAll(PER_UNIT)].at(-1);
  if (!rate) return f.label;
  // (another sum between says what the rate is of: "$1 of every $10 … and $3 for…")
  const at = rate.index + rate[0].length;
  if (others.some((o) => o !== f && o.start >= at && o.end <= f.start && o.kind === 'currency'))
    return f.label;
  const label = f.label.split(/\s+/u).filter(Boolean);
  return label.length >= 2 && label.length <= 6 ? `${f.label} ${rate[1]}` : rate[1]!;
}

/**
 * "bringing the overall global pledge, as of today, to $14 billion": a total said as the level a
 * thing is brought to is labelled by that thing ("overall global pledge"), never by the label of
 * the sum before it ("to the Global Fund", the United States' own $6 billion); '' when none is said.
 */
const BROUGHT_TO =
  /(?<![\p{L}])(?:bring|brings|bringing|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed|lifting|lifts|lifted)\s+(?:the|our|its|their|this|that)?\s*([^,;:.!?—–()]{3,60}?)(?:\s*,[^,;:.!?—–()]{1,30},)?\s+(?:up\s+)?to\s+(?:(?:about|nearly|almost|over|some|roughly|more\s+than|a\s+total\s+of)\s+)*$/iu;

/** The thing a total is brought to (see BROUGHT_TO), or ''. */
export function broughtTo(sentence: string, f: FoundFigure, lang: string): string {
  if (f.kind !== 'currency' && f.kind !== 'scaled' && f.kind !== 'count') return '';
  const m = BROUGHT_TO.exec(sentence.slice(Math.max(0, f.start - 120), f.start));
  if (!m) return '';
  const ws = m[1]!.trim().split(/\s+/u);
  while (ws.length && isFunctionWord(ws[0]!, lang)) ws.shift();
  if (ws.length < 2 || ws.length > 5 || ws.some((w) => isFunctionWord(w, lang) || VERB_LIKE.test(w)))
    return '';
  return ws.join(' ');
}
