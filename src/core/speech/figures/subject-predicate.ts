/**
 * A figure that is its clause's subject and says what it counts in its own value (or counts people
 * by its scale alone) has no phrase after it to label it, so its card was dropped (judge23 A5):
 * "At least 20 million lost their lives." (Kennedy 1963) and "More than 36,000 American
 * servicemembers paid the ultimate sacrifice for this noble cause, as did 137,000 soldiers from your
 * country." (Harris 2023) showed the next sentence's figure and the Korean dead alone. What befell
 * them is the point: the label is the predicate, in the sentence's words ("lost their lives", "paid
 * the ultimate sacrifice"), cut before a trailing prepositional phrase, at most five words, never
 * ending on a function word; else no label (no card), as before. English.
 */
import { isFunctionWord } from '../lexicon';
import { englishOrUnsaid } from '../lang';
import { clauseOf } from './label';
import { leadLabel } from './lead';
import type { FoundFigure } from './index';

/** English verbs a predicate opens on: a past in -ed or an irregular one, a copula, have. */
export const EN_PREDICATE_VERB =
  /^(?:\p{L}{3,}ed|saw|got|gave|made|lost|won|paid|spent|took|found|grew|rose|fell|kept|left|went|came|became|felt|held|built|bought|sold|are|were|is|was|have|has|had|say|said|live|lived|work|worked|support|supported|want|wanted|agree|agreed|own|owned)$/iu;
/** Prepositions that open a phrase after the predicate's object ("… for this noble cause"). */
const PREPOSITION =
  /^(?:in|into|for|at|on|during|from|to|with|by|since|over|under|after|before|across|through|throughout|within|without|among|between|because|as|than|like|until)$/iu;
/** Words that end a predicate: a conjunction or a new clause. */
const ENDS =
  /^(?:and|but|or|so|which|who|that|while|since|when|if|although|though|whereas|compared|because)$/iu;
/** A modal or auxiliary before the predicate's verb ("will lose their jobs", "have lost their homes"). */
const AUX = /^(?:will|would|could|can|may|might|must|should|have|has|had|did|do|does)$/iu;
/** What may stand before the subject figure in its clause: nothing, or a joining word. */
const OPENS = /^(?:(?:and|but|yet|so)\s+)?$/iu;
/** A participle after a copula. */
const PARTICIPLE =
  /^(?:\p{Ll}{3,}(?:ed|en)|born|made|left|held|kept|built|lost|sent|put|paid|hurt|shot|cut)$/u;
/** Longest label. */
const MAX_WORDS = 5;

/** The predicate label of an unlabelled subject figure (see above), or ''. */
export function subjectPredicate(sentence: string, f: FoundFigure, lang: string): string {
  if (!englishOrUnsaid(lang) || f.label || f.whole || f.threshold || f.framed) return '';
  if (f.kind !== 'count' && f.kind !== 'scaled') return '';
  const clause = clauseOf(sentence, f);
  if (!OPENS.test(sentence.slice(clause.start, f.start).trim())) return '';
  // a bare number says what it counts only by its scale ("20 million"): "1,000 lost" says nothing
  if (/\p{Nd}$/u.test(f.value.trim())) return '';
  // ("more than 150,000 American troops were based in Australia": a copula's clause says where or
  // what they were, no deed; figures.test.ts keeps it without a card)
  const rest = sentence.slice(f.end, clause.end);
  if (/^\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s/iu.test(rest)) return '';
  const p = predicateAfter(rest, lang);
  return p.split(/\s+/u).length <= MAX_WORDS ? p : '';
}

/**
 * The predicate said right after a subject (" lost their lives", " were out of work at some time
 * during the year"), in the sentence's words: its verb (after auxiliaries; a copula's participle),
 * its object, cut before a phrase that follows the object ("… | for this noble cause", "… | at some
 * time during the year"), a conjunction or a number; '' when it opens on no verb or the verb has
 * nothing after it ("were killed"). English.
 */
export function predicateAfter(rest: string, lang: string): string {
  if (!/^\s+\p{L}/u.test(rest)) return '';
  const all = rest.trim().split(/\s+/u);
  let i = 0;
  while (i < all.length && AUX.test(all[i]!)) i++;
  if (!EN_PREDICATE_VERB.test(all[i] ?? '') && !(i > 0 && /^\p{Ll}{3,}(?:ed|en)$/u.test(all[i] ?? '')))
    return '';
  // "were based", "were killed": a passive's verb is its participle
  if (/^(?:is|are|was|were)$/iu.test(all[i]!) && PARTICIPLE.test(all[i + 1] ?? '')) i++;
  const ws: string[] = [];
  for (const [k, w] of all.entries()) {
    const word = w.replace(/[,;:.!?)"”’]+$/u, '');
    if (k > i && (ENDS.test(word) || /\p{Nd}/u.test(word))) break;
    // "paid the ultimate sacrifice | for this noble cause": the object ends the label; a verb with
    // no object keeps its first phrase ("were based in Australia | to fight…", Biden 2023)
    const object = ws.slice(i + 1).some((x) => !isFunctionWord(x, lang));
    if (k > i + 1 && PREPOSITION.test(word) && !isFunctionWord(ws.at(-1) ?? '', lang) && object) break;
    if (/^to$/iu.test(word) && k > i + 1) break;
    ws.push(word);
    if (word !== w) break;
  }
  // a verb alone ("were based", "were killed") says what befell them only with what follows
  if (!ws.slice(i + 1).some((x) => !isFunctionWord(x, lang))) return '';
  while (ws.length && isFunctionWord(ws.at(-1)!, lang)) ws.pop();
  return ws.length >= 2 ? ws.join(' ') : '';
}

/** A superlative that makes a length of time a record ("the lowest … in over 50 years"). */
const SUPERLATIVE =
  /(?:^|\s)(?:the\s+)?((?:lowest|highest|largest|biggest|smallest|fastest|slowest|strongest|weakest|longest|shortest|greatest|best|worst|most\s+\p{L}+|least\s+\p{L}+)\s+[^,;:.!?—–()]*?)\s+in\s+((?:over|more\s+than|nearly|almost|about|some)\s+)?$/iu;
/** Verbs of a plan or wish before a record: what would be, not what is. */
const PLANNED =
  /(?<![\p{L}])(?:propos\p{L}*|would|could|might|plans?|planned|planning|wants?|wanted|seeks?|seeking|trying|tries|aims?|aiming|threaten\p{L}*)(?![\p{L}])/iu;
/** Longest record label. */
const MAX_RECORD = 6;

/**
 * A length of time that dates a record ("we have maintained the lowest average unemployment of any
 * administration in over 50 years", Brainard 2024, judge23 A2/A5): the record is its label and the
 * hedge joins the value ("over 50 years — lowest average unemployment of any administration"); the
 * card was dropped for an empty label and the slide's title, taken from the record, stood over
 * another figure. null when the length dates no record. English.
 */
export function recordLength(
  sentence: string,
  f: FoundFigure,
  lang: string,
): { start: number; label: string } | null {
  if (!englishOrUnsaid(lang) || f.label || f.kind !== 'duration' || f.whole || f.framed) return null;
  const clause = clauseOf(sentence, f);
  const before = sentence.slice(clause.start, f.start);
  const m = SUPERLATIVE.exec(before);
  // ("they're proposing the lowest funding level for the EPA in over 25 years", Podesta 2024: a
  // plan's record is no fact, and the card would read as one)
  if (!m || PLANNED.test(before.slice(0, m.index))) return null;
  const ws = m[1]!.trim().split(/\s+/u);
  while (ws.length && isFunctionWord(ws.at(-1)!, lang)) ws.pop();
  if (ws.length < 2 || ws.length > MAX_RECORD || ws.some((w) => /\p{Nd}/u.test(w))) return null;
  return { start: f.start - (m[2]?.length ?? 0), label: ws.join(' ') };
}

/** Verbs by which a spender puts money in ("have invested", "committed", "pledged"). */
const SPENT = String.raw`(?:invested|spent|committed|pledged|poured|put)`;
/** "Korean firms have invested": who spent an amount, said right before it (no pronoun). */
const SPENDER_BEFORE = new RegExp(
  String.raw`(?:^|[\s,])((?:\p{Lu}[\p{L}'’-]*\s+)?\p{Ll}[\p{L}-]*s)\s+(?:have|has|had)\s+(?:(?:already|now|also|together)\s+)?${SPENT}\s*$`,
  'u',
);
/**
 * A named spender that opens the clause, and its verb right before the amount: "Ford committed
 * [$1.5 billion]", "General Motors committed [nearly $1 billion]", or the deed a sum is the size of
 * ("Intel broke ground on a [$20 billion] semiconductor complex").
 */
const NAMED_SPENDER = new RegExp(
  String.raw`^(?:(?:and|but|so)\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’&.-]*){0,3})\s+(?:(?:has|have|had)\s+)?(?:(?:already|now|also|just|together)\s+)?(?:${SPENT}|broke\s+ground\s+on\s+an?)\s*$`,
  'u',
);
const PRONOUN_SUBJECT = /^(?:we|they|you|these|those|others|ours|theirs|yours)$/iu;
/** Longest label with its spender. */
const MAX_SPENDER = 7;

/**
 * An amount keeps who spent it when the clause says so right before it, so that a card does not
 * read as the speaker's own money nor lean on a pronoun it cannot show:
 * - labelled only by where it went: "Korean firms have invested more than $100 billion in the United
 *   States" (Harris 2023, judge23 A8) → "Korean firms, in the United States";
 * - the clause opens on the spender's name: "Ford committed $1.5 billion for its Avon Lake assembly
 *   plant" → "Ford, for its Avon Lake assembly plant", "Intel broke ground on a $20 billion
 *   semiconductor complex" → "Intel, semiconductor complex outside Columbus" (Deese 2022, judge28:
 *   Intel, General Motors and Ford were nowhere on screen, "its" pointed off it).
 * null when the clause is not so. English.
 */
export function spenderWhere(sentence: string, f: FoundFigure, lang: string): string | null {
  if (!englishOrUnsaid(lang) || f.kind !== 'currency' || !f.label) return null;
  const clause = clauseOf(sentence, f);
  const before = sentence.slice(clause.start, f.start);
  const m = /^in(?:to)?\s/iu.test(f.label) ? SPENDER_BEFORE.exec(before) : null;
  const named = m ? null : NAMED_SPENDER.exec(before.trim() ? before.trimStart() : '');
  const who = m?.[1] ?? named?.[1];
  if (!who) return null;
  const ws = who.split(/\s+/u);
  if (ws.some((w) => PRONOUN_SUBJECT.test(w)) || isFunctionWord(ws[0]!, lang)) return null;
  // (a label that names the spender already: "retooling Honda’s existing Ohio facilities")
  if (named && f.label.includes(ws[0]!)) return null;
  const label = `${who}, ${f.label}`;
  return label.split(/\s+/u).length <= MAX_SPENDER ? label : null;
}

/** The scale words a bare value ends on: "20 million" names no noun. */
const SCALE_END = /(?:hundred|thousand|million|billion|trillion|dozen)$/iu;
/** Verbs that make their object do what follows ("cause 1.5 million Americans to lose their homes"). */
const CAUSATIVE =
  /^(?:cause|causes|caused|force|forces|forced|drive|drives|drove|lead|leads|led|push|pushes|pushed)$/iu;
/** Pronouns and relatives that cannot open a label ("which would prevent", Podesta 2024). */
const PRONOUN_OPENER = /^(?:i|we|you|he|she|it|they|this|that|these|those|which|who|whom|whose)$/iu;

/**
 * A count that names its noun in its value and is its clause's object has no label after it, and
 * its card was dropped (judge23/24 A5): "Over the next 2 years, this plan will save or create 3.5
 * million jobs." and "By the end of the year, it could cause 1.5 million Americans to lose their
 * homes." (Obama, 24 February 2009) — the headline number of the recovery plan was never on screen.
 * The label is what the clause says of it, in its words: the subject and verb before it ("this plan
 * will save or create"), or what a causative verb makes it do, with the modal ("could lose their
 * homes"); '' when the clause says neither (a pronoun subject, no auxiliary). A hope or a risk
 * keeps its modal on the card ("will", "could"): lead.ts's "jobs saved" would state it as done, so
 * lead.ts gives no card to such a count, and a label lead.ts does give ("7.9 million — jobs
 * created") comes first. English.
 */
export function objectPredicate(sentence: string, f: FoundFigure, lang: string): string {
  if (!englishOrUnsaid(lang) || f.label || f.whole || f.threshold || f.framed) return '';
  if (f.kind !== 'count' && f.kind !== 'scaled') return '';
  const value = f.value.trim();
  if (!/\p{Ll}$/u.test(value) || SCALE_END.test(value)) return '';
  const clause = clauseOf(sentence, f);
  // ("the economy has now created 7.9 million jobs": "7.9 million — jobs created", lead.ts)
  if (leadLabel(sentence, f, lang)) return '';
  const before = sentence
    .slice(clause.start, f.start)
    .trim()
    .replace(/^(?:and|but|so|yet)\s+/iu, '')
    .split(/\s+/u)
    .filter(Boolean);
  const modal = before.find((w) => AUX.test(w));
  if (!modal || before.length < 2) return '';
  const verb = before.at(-1)!;
  if (CAUSATIVE.test(verb)) {
    const then = /^\s+to\s+(\p{Ll}+\s+(?:their|his|her|its|our|the|a|an)\s+\p{Ll}+)\b/u.exec(
      sentence.slice(f.end, clause.end),
    );
    return then ? `${modal} ${then[1]!}` : '';
  }
  // "this plan" is a subject; "this will …" a pronoun's
  const pronoun = PRONOUN_OPENER.test(before[0]!) && (!/^th/iu.test(before[0]!) || AUX.test(before[1] ?? ''));
  if (pronoun || isFunctionWord(verb, lang) || before.length > 6) return '';
  return before.join(' ');
}
