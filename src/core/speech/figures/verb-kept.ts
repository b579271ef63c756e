/**
 * A label that drops its clause's verb says something else (judge29c #3): the verb says what the
 * number is, and without it a count of the dead reads as a population, a streak of falling
 * inflation as inflation.
 *
 * - "We’re mourning more than 4.5 million people — people of every nation" showed "more than 4.5
 *   million — people of every nation"; "the American Climate Corps…which is already supporting
 *   9,000 young people serving their communities" showed "9,000 — young people". A count that is
 *   the object of a verb said right before it keeps that verb as a participle after its noun, as
 *   lead.ts labels an unlabelled count ("jobs created"): "people mourned", "young people supported".
 * - "Annual inflation has now declined every month for 12 months in a row" showed "12 months in a
 *   row — Annual inflation". A length said after "for" is how long the verb went on, never a
 *   measure of the subject: a subject label keeps its verb ("Annual inflation has declined").
 * - "concentration had increased in more than three-quarters of U.S. industries" showed "more than
 *   three-quarters — of U.S. industries". A share said after "in", where its clause's subject and
 *   verb happened, keeps them: "of U.S. industries, where concentration increased".
 *
 * A verb of a plan or a hope ("will hire", "to support") is no fact and is never put on a label
 * here. When the label with its verb is too long for a card the label stays as it was. English.
 */
import { isFunctionWord } from '../lexicon';
import { englishOrUnsaid } from '../lang';
import { clauseOf } from './label';
import { participle } from './lead';
import { EN_PREDICATE_VERB } from './subject-predicate';
import type { FoundFigure } from './index';

/** Most words a label with its verb may have. */
const MAX_WORDS = 6;
/** Hedges said between a verb and its figure ("supporting more than 9,000"). */
const HEDGE_TAIL =
  /(?:\s+(?:about|approximately|around|nearly|almost|over|some|roughly|just|only|more than|less than|fewer than|at least|up to|as many as|another))+\s*$/iu;
/** Auxiliaries and adverbs said between a subject and its verb ("is already", "has now"). */
const AUX_OR_ADVERB =
  /^(?:is|are|was|were|be|been|being|am|['’]re|['’]s|has|have|had|['’]ve|now|already|also|still|just|recently|together|all)$/iu;
/** A modal or an infinitive's "to" before a verb: a plan or a hope, never a fact on a card. */
const NOT_DONE = /^(?:will|would|can|could|may|might|must|shall|should|to|['’]ll|['’]d|let)$/iu;
/**
 * Words in -ing or -ed that are no verb done to the figure: nouns, prepositions, and verbs that
 * say how much a thing measures (label.ts reads those as the figure's own measure).
 */
const NOT_ACTING =
  /^(?:during|including|excluding|according|regarding|concerning|following|being|morning|evening|something|nothing|everything|anything|thing|spending|funding|financing|housing|building|training|lending|pricing|reached|totalled|totaled|averaged|amounted|exceeded|topped|ranked|accounted|increased|decreased|declined|dropped|jumped|climbed|surged|doubled|tripled|needed|called|named|based|estimated|expected|projected|reported)$/iu;
/** A doing verb before its object: a present participle, or a past in -ed. */
const DOING = /^\p{Ll}{3,}(?:ing|ed)$/u;
/** A label that opens on a preposition other than "of" says where or for what, not what is counted. */
const OPENS_ON_PREPOSITION =
  /^(?:in|into|for|from|to|toward|towards|on|at|by|with|across|within|over|under|through|since|per|as)\s/iu;

/** Scale words a value may end on: they name no noun ("nearly 10.5 million"). */
const SCALE = /^(?:hundred|thousand|million|billion|trillion|dozen)$/iu;
/**
 * Verbs whose object is the one given to ("we provided 5,000 campus leaders … with a detailed
 * list"): the count is who received, and "campus leaders provided" would say they gave.
 */
const GIVES_TO =
  /^(?:provid|suppl|supplie|equipp|furnish|present|offer|grant|award|hand|send|show|teach|tell|lend|pay)(?:ed|ing)$/iu;

const words = (s: string) => s.split(/\s+/u).filter(Boolean);
const bare = (w: string) => w.replace(/^[^\p{L}'’]+|[^\p{L}]+$/gu, '');

/** The verb right before the figure (after its hedge), whose object the figure is; '' when none or not done. */
function verbOfObject(before: string): string {
  const ws = words(before.replace(HEDGE_TAIL, '')).map(bare);
  const verb = ws.at(-1) ?? '';
  if (!DOING.test(verb) || NOT_ACTING.test(verb) || GIVES_TO.test(verb)) return '';
  let k = ws.length - 2;
  // "We’re mourning": the contraction is the auxiliary
  const glued = /['’](?:re|ve|s)$/iu.test(ws[k] ?? '');
  while (k >= 0 && AUX_OR_ADVERB.test(ws[k]!)) k--;
  if (k >= 0 && NOT_DONE.test(ws[k]!)) return '';
  // a verb after no subject at all is no clause's verb ("Supporting 9,000 …" opens a title)
  if (k < 0 && !glued) return '';
  return verb;
}

/** The noun a value ends on ("more than 4.5 million people" → "people"), or ''. */
function valueNoun(value: string): { noun: string; end: number } {
  const m =
    /^(.*\p{Nd}[\p{Nd},.]*(?:\s+(?:hundred|thousand|million|billion|trillion))?)\s+((?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}{3,})$/u.exec(
      value,
    );
  if (!m || SCALE.test(m[2]!.split(/\s+/u).at(-1)!)) return { noun: '', end: value.length };
  return { noun: m[2]!, end: m[1]!.length };
}

/** "Annual inflation has now declined every month for": the subject's verb, when the length is how long it went on. */
function durationVerb(before: string, label: string): string {
  if (!before.startsWith(label) || !/\sfor\s*$/iu.test(before)) return '';
  const ws = words(before.slice(label.length)).map(bare);
  let k = 0;
  const aux: string[] = [];
  while (k < ws.length && AUX_OR_ADVERB.test(ws[k]!)) {
    if (/^(?:has|have|had)$/iu.test(ws[k]!)) aux.push(ws[k]!);
    k++;
  }
  const verb = ws[k] ?? '';
  if (!EN_PREDICATE_VERB.test(verb) || /^(?:is|are|was|were|has|have|had)$/iu.test(verb)) return '';
  return [...aux, verb].join(' ');
}

/** "concentration had increased in": the subject and verb of a share said after "in". */
function whereShare(before: string, lang: string): string {
  const ws = words(before.replace(HEDGE_TAIL, ''));
  if (!/^in$/iu.test(ws.at(-1) ?? '')) return '';
  const verb = ws.at(-2) ?? '';
  if (!/^\p{Ll}{3,}ed$/u.test(verb)) return '';
  let k = ws.length - 3;
  while (k >= 0 && AUX_OR_ADVERB.test(bare(ws[k]!))) k--;
  if (k >= 0 && NOT_DONE.test(bare(ws[k]!))) return '';
  const subject = ws.slice(0, k + 1);
  if (!subject.length || subject.length > 2) return '';
  if (subject.some((w) => isFunctionWord(w, lang) || !/^\p{Ll}[\p{L}-]*$/u.test(w))) return '';
  return `${subject.join(' ')} ${verb}`;
}

/**
 * A relative clause that makes its antecedent a share of a whole, said right before the figure
 * ("production and non-supervisory workers who make up roughly 80 percent of the workforce"): the
 * antecedent's words (group 1) are what the share counts.
 */
const MADE_UP_BY =
  /(?:^|\s)([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5})\s+(?:who|that|which)\s+(?:(?:now|together|still|also|alone)\s+)?(?:make|makes|made|account|accounts|accounted|represent|represents|represented|comprise|comprises|comprised|constitute|constitutes|constituted)(?:\s+(?:up|for))?\s*$/iu;
/** Most words of a share's label with what it counts ("of the workforce: production and non-supervisory workers"). */
const MAX_SHARE_WORDS = 8;

/**
 * What a share whose label is only its whole ("of the workforce") counts, from a relative clause
 * before it: the antecedent noun phrase, back to the first function word other than "and"
 * ("…true for production and non-supervisory workers who make up" → "production and
 * non-supervisory workers"); null when the clause is no such relative, '' when it names nothing.
 */
function shareCounts(before: string, lang: string): string | null {
  const m = MADE_UP_BY.exec(before.replace(HEDGE_TAIL, ''));
  if (!m) return null;
  const ws = words(m[1]!);
  const out: string[] = [];
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = bare(ws[k]!);
    if (!w || /[,;:]$/u.test(ws[k]!) || (isFunctionWord(w, lang) && !/^and$/iu.test(w))) break;
    out.unshift(ws[k]!);
  }
  while (out.length && /^and$/iu.test(out[0]!)) out.shift();
  return out.join(' ');
}

/**
 * The figure `f` of `sentence` with its clause's verb on its label where the label dropped it (see
 * above); `f` unchanged otherwise. English.
 */
export function withVerbKept(sentence: string, f: FoundFigure, lang: string): void {
  if (!englishOrUnsaid(lang) || !f.label || f.whole || f.threshold || f.framed) return;
  const clause = clauseOf(sentence, f);
  const before = sentence.slice(clause.start, f.start);
  const fits = (l: string) => words(l).length <= MAX_WORDS;
  if (f.kind === 'duration') {
    const verb = durationVerb(before.trimStart(), f.label);
    if (verb && fits(`${f.label} ${verb}`)) f.label = `${f.label} ${verb}`;
    return;
  }
  if ((f.kind === 'percentage' || f.kind === 'fraction') && /^of\s/iu.test(f.label)) {
    // "roughly 80 percent — of the workforce" said no share of what: the group the relative clause
    // names joins its label, or there is no card (judge27, Brainard 2023)
    const counts = shareCounts(before, lang);
    if (counts !== null) {
      const label = `${f.label}: ${counts}`;
      // (one word, "people who make up…", says no group)
      f.label = words(counts).length >= 2 && words(label).length <= MAX_SHARE_WORDS ? label : '';
      return;
    }
    const where = whereShare(before, lang);
    if (where && fits(`${f.label}, where ${where}`)) f.label = `${f.label}, where ${where}`;
    return;
  }
  if (f.kind !== 'count' && f.kind !== 'scaled') return;
  const verb = verbOfObject(before);
  // ("applications to start new businesses": a purpose says what the count is for already)
  // ("barrels of oil a day": a rate says how often, and a verb after it reads as the rate's)
  if (
    !verb ||
    OPENS_ON_PREPOSITION.test(f.label) ||
    /\sto\s+\p{Ll}+/u.test(f.label) ||
    /\s(?:a|per|each|every)\s+(?:day|week|month|year|hour)$/iu.test(f.label)
  )
    return;
  const done = participle(verb);
  // (a label that says what befell the count already: "jobs created", "people killed by Al Qaida")
  if (!done || words(f.label).some((w) => /^\p{Ll}{3,}ed$/u.test(w) || w === done)) return;
  const { noun, end } = valueNoun(f.value);
  // "more than 160 million doses — of COVID-19 vaccine": the value's noun heads the "of" phrase
  const label = noun
    ? /^of\s/iu.test(f.label)
      ? `${noun} ${f.label} ${done}`
      : `${noun} ${done}`
    : `${f.label} ${done}`;
  if (!fits(label)) return;
  f.label = label;
  if (noun) {
    f.end = f.start + end;
    f.value = f.value.slice(0, end);
  }
}
