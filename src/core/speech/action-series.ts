/**
 * A series of actions said in one sentence: three to five parallel verb phrases, each whole
 * ("We are going to hold down Government spending, reduce the budget deficit, and eliminate
 * Government waste."; "…our agricultural policies to sustain farm production, to maintain stable
 * prices, and to keep inflation down."). A designer shows such a sentence as its actions, one a
 * line, rather than set an ordinary sentence large as a quote. English only: the verb of each
 * item is read by the tagger.
 */
import { withoutRelativeAside } from './items';
import { englishOrUnsaid } from './lang';
import type { ListRun } from './lists';
import { taggedSentences } from './tagger';
import { capitalize, hasCjk, withoutJoiner, wordsOf } from './text';
import { AUXILIARY, FUTURE_MODAL, oneOf } from './word-classes';

/** Items of a series: at least three (a pair is no series), at most five. */
const MIN_ITEMS = 3;
const MAX_ITEMS = 5;
/** An item's words: a verb and what it acts on, never a clause of its own. */
const MIN_ITEM_WORDS = 2;
const MAX_ITEM_WORDS = 9;

/** A lead-in that denies, refuses or conditions its actions: listed alone they would read as done. */
const NOT_DONE =
  /\b(?:not|never|no|nor|cannot|can['’]t|won['’]t|n['’]t|refuse[sd]?|oppose[sd]?|avoid(?:ed|s)?|without|instead|rather|stop(?:ped|s)?|unless|if|whether|fail(?:ed|s)?|tried|try|trying|asked|ask|should\s+we|critics|they\s+say)\b|\bn['’]t\b/iu;

/**
 * The speaker's side or the audience in the lead-in ("we will…", "our policies to…", "it is up to
 * us…", "you can…"). Actions listed bare read as what the speaker proposes: a series done by
 * someone else ("These two individuals created a global community of white supremacists to
 * communicate online…, disseminate violent propaganda, and encourage physical attacks…") would
 * read as the speaker's own call, the opposite of what was said.
 */
const OWN_SIDE = /\b(?:i|we|us|our|ours|my|let['’]?s|let|you|your)\b/iu;

/** Words after which a bare verb opens the first item ("we are going to hold…", "we will cut…"). */
const BEFORE_VERB =
  /^(?:to|will|['’]ll|shall|must|should|can|could|would|may|might|we|i|you|they|and|also|then|now|today|tonight)$/iu;

const AUX = oneOf(AUXILIARY);
/**
 * An item that holds a clause of its own ("demand that their governments address…") or a pronoun
 * pointing back ("make the most of it"): on its own line it no longer says what it acts on.
 */
const NOT_WHOLE =
  /\b(?:that|which|who|whom|whose|where|when|because|it|its|them|they|this|these|those|he|she|him|her)\b/iu;

/** Whether `item` opens on a verb that acts on what follows (read in "to …", the frame of an action). */
function opensOnVerb(item: string): boolean {
  const first = wordsOf(item)[0]?.toLowerCase() ?? '';
  if (!first || AUX.test(first) || !/^\p{Ll}/u.test(first)) return false;
  const terms = taggedSentences(`to ${item}`)[0] ?? [];
  const verb = terms[1];
  return !!verb && verb.tags.includes('Verb') && !verb.tags.includes('Noun') && !verb.tags.includes('Gerund');
}

/** The item a series's lead-in part ends on, or null ("We are going to hold down X" → "hold down X"). */
function firstItem(part: string, withTo: boolean): { item: string; lead: string } | null {
  if (withTo) {
    const at = part.toLowerCase().lastIndexOf(' to ');
    if (at < 0) return null;
    return { item: part.slice(at + 1), lead: part.slice(0, at) };
  }
  const words = part.split(/\s+/u);
  for (let k = words.length - MIN_ITEM_WORDS; k >= 1 && words.length - k <= MAX_ITEM_WORDS; k--) {
    if (!BEFORE_VERB.test(words[k - 1]!)) continue;
    const item = words.slice(k).join(' ');
    if (!NOT_WHOLE.test(item) && opensOnVerb(item)) return { item, lead: words.slice(0, k).join(' ') };
  }
  return null;
}

/**
 * The actions a sentence lists, each whole and capitalised, without the "to" they share ("Hold
 * down Government spending", "Reduce the budget deficit", "Eliminate Government waste"), or null.
 * The series ends the sentence; its items are parted by commas, the last by "and"/"or"; each opens
 * on a verb and runs 2–9 words; the lead-in does not deny, refuse or condition them, and says who
 * acts: the speaker's side or the audience (`OWN_SIDE`).
 */
export function actionSeries(sentence: string, lang = ''): string[] | null {
  const s = sentence.trim();
  if (/^fr(?:[-_]|$)/iu.test(lang)) return frenchActionSeries(s);
  if (!englishOrUnsaid(lang) || hasCjk(s) || !/[.!]$/u.test(s) || /[;:?"“”()—–]/u.test(s)) return null;
  const parts = s.slice(0, -1).split(/,\s+/u);
  if (parts.length < MIN_ITEMS - 1) return null;
  // the last item after "and"/"or", with its comma ("…, and eliminate waste") or without ("…,
  // reduce the deficit and eliminate waste")
  const end = parts[parts.length - 1]!;
  const joined = /^(?:and|or)\s+(.+)$/iu.exec(end)?.[1];
  const split = joined ? null : /^(.+)\s(?:and|or)\s(.+)$/iu.exec(end);
  if (!joined && !split) return null;
  const items = [...parts.slice(1, -1), ...(joined ? [joined] : [split![1]!, split![2]!])];
  if (parts.length + (joined ? 0 : 1) < MIN_ITEMS || items.length + 1 > MAX_ITEMS) return null;
  const withTo = items.map((x) => /^to\s/iu.test(x));
  // parallel: every item says its "to", or none does
  if (withTo.some((t) => t !== withTo[0])) return null;
  // The checks that need no tagger come first: each only refuses, so their order changes no
  // answer, and most sentences with a comma and an "and" are refused before the tagger reads one
  // of their items (it read a sentence for a tenth of a 100,000-word build's time).
  const rest = items.map((x) => x.replace(/^to\s+/iu, '').trim());
  if (!rest.every((x) => mayBeItem(x))) return null;
  if (!joined && !opensOnVerb(split![2]!)) return null;
  const head = firstItem(parts[0]!, withTo[0]!);
  if (!head || NOT_DONE.test(head.lead) || !wordsOf(head.lead).length || !OWN_SIDE.test(head.lead))
    return null;
  const first = head.item.replace(/^to\s+/iu, '').trim();
  if (!mayBeItem(first) || !opensOnVerb(first) || !rest.every(opensOnVerb)) return null;
  return [first, ...rest].map(capitalize);
}

/**
 * The speaker's side and a modal of what it will do ("We will", "I shall", "We must"): an anaphora
 * opened by them is a recap of actions (stepsOfRecap).
 */
const OWN_SIDE_WILL = new RegExp(String.raw`^(?:we|i)\s+(?:${[...FUTURE_MODAL, 'must'].join('|')})$`, 'iu');

/**
 * The actions of an anaphora of the speaker's side and a modal that a lead-in announces (Carter,
 * 1978: "To summarize the plan I'm announcing tonight: / We will cut the budget deficit. / We will
 * slash Federal hiring… / … / And we will submit new anti-inflation proposals…"): each sentence's
 * verb phrase after the shared words, capitalised ("Cut the budget deficit"), as the one-sentence
 * series shows its actions. The lead-in titles the list, so the shared "We will" says nothing the
 * slide needs and costs every item two words. `text` gives a sentence by its index; the steps
 * by item, or null unless its opening is such a subject and modal and every item goes on with a
 * verb (English, the tagger reads it). With no lead-in, the shared words title it (recapTitle).
 */
export function stepsOfRecap(
  run: ListRun,
  text: (at: number) => string,
  lang = '',
): Map<number, string> | null {
  const opening = run.opening?.trim() ?? '';
  // (with no lead-in the shared words title the list, "What we must do": recapTitle)
  if (run.kind !== 'anaphora' || !OWN_SIDE_WILL.test(opening)) return null;
  if (!englishOrUnsaid(lang)) return null;
  const n = wordsOf(opening).length;
  const steps = new Map<number, string>();
  for (const at of run.items) {
    // (a phrase set off between the modal and its verb is left out: "We must, by including special
    // school aid funds…, improve the quality…", LBJ 1964, items.ts)
    const words = withoutRelativeAside(withoutJoiner(text(at).trim())).split(/\s+/u);
    if (words.slice(0, n).join(' ').toLowerCase() !== opening.toLowerCase()) return null;
    const rest = words.slice(n).join(' ');
    // (the verb read after its modal, as said: "We will slash Federal hiring")
    const verb = taggedSentences(words.join(' '))[0]?.[n];
    if (wordsOf(rest).length < MIN_ITEM_WORDS || !verb?.tags.includes('Verb') || verb.tags.includes('Gerund'))
      return null;
    steps.set(at, capitalize(rest));
  }
  return steps;
}

/**
 * The title of a recap of actions said with no lead-in to name it (stepsOfRecap): what its shared
 * subject and modal say the steps are, "What we must do" over "Expand our small but our successful
 * area redevelopment program" · "Create a National Service Corps…" (LBJ 1964, where the first
 * part's words titled all its parts: "Minimum wage laws (1/3)" over libraries and mass transit,
 * judge34), never a title that ends on the modal ("We will…"); else ''.
 */
export function recapTitle(run: ListRun, text: (at: number) => string, lang = ''): string {
  if (run.lead !== undefined || run.ledBefore || !stepsOfRecap(run, text, lang)) return '';
  const [who, modal] = wordsOf(run.opening!.trim().replace(/[,;:]+$/u, ''));
  return `What ${who === 'I' ? who : who!.toLowerCase()} ${modal!.toLowerCase()} do`;
}

/**
 * An item's own words allow it: 2–9 words, no clause or pronoun of its own (`notWhole`, the
 * language's; no tagger needed).
 */
function mayBeItem(item: string, notWhole: RegExp = NOT_WHOLE): boolean {
  const n = wordsOf(item).length;
  return n >= MIN_ITEM_WORDS && n <= MAX_ITEM_WORDS && !notWhole.test(item);
}

/**
 * French says a series of actions as infinitives each after "de"/"d'" ("qu'il s'agisse de
 * revaloriser le travail, d'aider à l'accession à la propriété, de réformer les universités,
 * d'assurer un service minimal dans les transports ou de lutter contre la récidive."): the
 * infinitive's ending marks the verb, so no tagger is needed. The same limits as English: three to
 * five items of 2–9 words ending the sentence, the last after "et"/"ou", a lead-in that neither
 * denies nor conditions them and says who acts (the speaker's side or the audience).
 */
/** "de"/"d'" and an infinitive (its ending: -er, -ir, -oir, -re but never -ère or -rre), then its object. */
const FR_DE_INFINITIVE = String.raw`d(?:e\s+|['’])(\p{Ll}+(?:er|ir|oir|[^èr]re))\s+(.+)`;
const FR_ITEM = new RegExp(`^${FR_DE_INFINITIVE}$`, 'u');
/** The part that holds the lead-in and the first item after it. */
const FR_FIRST_ITEM = new RegExp(`^(.*\\s)(${FR_DE_INFINITIVE})$`, 'u');
const FR_NOT_DONE = /\b(?:ne|n['’]|pas|jamais|sans|plutôt|refus\p{L}*|si|sauf)\b/iu;
const FR_OWN_SIDE = /\b(?:je|j['’]|nous|vous|notre|nos|votre|vos|mon|ma|mes|on)\b/iu;
/** An item with its own clause or a pronoun pointing back: alone on its line it says less. */
const FR_NOT_WHOLE = /\b(?:qui|que|qu['’]|dont|où|quand|parce|cela|ceci|ça|lui|leur|eux)\b/iu;

function frenchActionSeries(s: string): string[] | null {
  if (!/[.!]$/u.test(s) || /[;:?"“”«»()—–]/u.test(s)) return null;
  const parts = s.slice(0, -1).split(/,\s+/u);
  const last = /^(.+?)\s+(?:et|ou)\s+(d(?:e\s|['’]).+)$/u.exec(parts[parts.length - 1] ?? '');
  if (!last || parts.length < 2) return null;
  const tail = [...parts.slice(0, -1), last[1]!, last[2]!];
  const items: string[] = [];
  let k = tail.length - 1;
  for (; k >= 0 && items.length < MAX_ITEMS + 1; k--) {
    const m = FR_ITEM.exec(tail[k]!);
    if (!m) break;
    items.unshift(`${m[1]} ${m[2]}`);
  }
  // the first item closes the part that holds the lead-in ("qu'il s'agisse de revaloriser le travail")
  const open = k >= 0 ? FR_FIRST_ITEM.exec(tail[k]!) : null;
  if (!open) return null;
  const first = FR_ITEM.exec(open[2]!)!;
  items.unshift(`${first[1]} ${first[2]}`);
  const lead = [...tail.slice(0, k), open[1]!].join(', ');
  if (items.length < MIN_ITEMS || items.length > MAX_ITEMS) return null;
  if (FR_NOT_DONE.test(lead) || !FR_OWN_SIDE.test(lead)) return null;
  return items.every((x) => mayBeItem(x, FR_NOT_WHOLE)) ? items.map(capitalize) : null;
}

/** Most words of the subject that names a series' actions, as a title. */
const NAMED_WORDS = 6;

/**
 * French: "qu'il s'agisse de …" (whether it be …) says the series are instances of the noun phrase
 * before it; the one a relative clause there acts on ("…de lois qui mettront en œuvre les réformes
 * annoncées par le Président…, qu'il s'agisse de revaloriser le travail, …") is what the items are:
 * the first plural noun phrase after the last relative, with the adjective or participle after it.
 */
const FR_INSTANCES_OF = /,\s*qu['’]il\s+s['’]agisse\s*$/iu;
const FR_PLURAL_NP = /\b(?:les|des|ces|nos|vos)\s+\p{Ll}{3,}s(?:\s+\p{Ll}{3,}(?:é|ée|és|ées|aux|ales|s))?\b/u;

/**
 * What a sentence's series of actions is about (action series above), as the title of the slide
 * that shows them, or '': the thing its lead-in says acts or is acted on. English: the lead-in's
 * subject, a noun phrase of up to six words with no pronoun before its verb (Raimondo, Intel
 * announcement, 2022: "Semiconductors produced right here in America will allow us to shore up our
 * supply chains, bring down costs, …" → "Semiconductors"); a lead-in whose subject is the speaker
 * ("We are going to…") names nothing. French: the noun phrase "qu'il s'agisse de" gives instances
 * of (FR_INSTANCES_OF: Woerth, 2007, "…les réformes annoncées…, qu'il s'agisse de revaloriser le
 * travail, …" → "Les réformes annoncées"). A title taken from one item ("Service minimal", "Supply
 * chains") names one action of five.
 */
export function actionsNamed(sentence: string, lang = ''): string {
  const items = actionSeries(sentence, lang);
  if (!items) return '';
  const s = sentence.trim();
  const first = items[0]!;
  const at = s.toLowerCase().indexOf(first.toLowerCase());
  if (at <= 0) return '';
  const lead = s.slice(0, at).replace(/\s*(?:\bto|\bde|\bd['’])?\s*$/iu, '');
  if (/^fr(?:[-_]|$)/iu.test(lang)) {
    if (!FR_INSTANCES_OF.test(lead)) return '';
    const clause =
      lead
        .replace(FR_INSTANCES_OF, '')
        .split(/\b(?:qui|que|qu['’])\s/u)
        .pop() ?? '';
    const np = FR_PLURAL_NP.exec(clause)?.[0] ?? '';
    return np ? capitalize(np) : '';
  }
  const words = wordsOf(lead);
  const terms = taggedSentences(s)[0] ?? [];
  const verb = terms.findIndex((t) => t.tags.includes('Verb') || t.tags.includes('Modal'));
  if (verb < 1 || verb > NAMED_WORDS || verb >= words.length) return '';
  const subject = terms.slice(0, verb);
  if (subject.some((t) => t.tags.includes('Pronoun') || t.tags.includes('Preposition'))) return '';
  if (!subject.some((t) => t.tags.includes('Noun'))) return '';
  return capitalize(subject.map((t) => t.text).join(' '));
}
