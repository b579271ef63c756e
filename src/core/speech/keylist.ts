/**
 * Whether key phrases may stand as a slide's bullet list. A designer shows a list of phrases only
 * when each is a real noun phrase and together they say the slide's point; fragments ("Training
 * folks", "Alive today grew", "Free World's", "rapidly-nothing"), bare names ("Congresswoman
 * Cherfilus-McCormick") and one sentence's examples ("Black women / Federal court / Black woman /
 * Circuit courts") are noise: a clean title or the slide's key line reads better.
 */
import { isFunctionWord } from './lexicon';
import { primaryLang } from './lang';
import { buildMemo } from './memo';
import { lazyTerms, matchedTerms, taggedSentences, taggedTerms, type Term } from './tagger';
import { wordsOf } from './text';
import { ARTICLE, DEMONSTRATIVE, escapeRegExp, oneOf, POSSESSIVE as POSSESSIVES } from './word-classes';

/** A title or role that, before capitalised words, makes the phrase a person ("Senator Coons"). */
const PERSON_TITLE =
  /^(?:mr|mrs|ms|dr|madam|senator|congresswoman|congressman|representative|governor|mayor|ambassador|president|minister|parliamentarian|professor|reverend|rev|judge|justice)\.?$/iu;

/** Words that are no part of a compound: a hyphen beside one was a dash ("rapidly-nothing"). */
const NOT_COMPOUNDED = /^(?:\p{L}+ly|nothing|something|everything|anything|everyone|nobody)$/iu;

/** A word as the term checks compare it: lower case, letters, digits, apostrophes and hyphens only. */
function wordKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, '');
}

/** A tagged term's word, compared as wordKey does ('' for no term). */
const norm = (t: Term | undefined) => wordKey(t?.text ?? '');

/** The phrase's terms as compromise tags them in the sentence it was said in. */
function termsInContext(phrase: string, sentence: string): readonly Term[] {
  const found = matchedTerms(sentence, phrase);
  return found.length ? found : (taggedSentences(phrase)[0] ?? []);
}

/** Determiners and possessives that open a noun phrase ("my race", "the task", "her spokesmen"). */
const OPENER = oneOf(ARTICLE, POSSESSIVES, DEMONSTRATIVE);
const POSSESSIVE = oneOf(POSSESSIVES);
const RELATIVE = /^(?:that|which|whom|who|what|whatever)$/iu;

/**
 * Whether an English phrase ends on its sentence's verb: "terrorism poses" in "the threat that
 * terrorism poses to all", "race understand" in "my race understand that…". The tagger reads the
 * phrase's words in the sentence first; it still takes a verb after a noun for a compound's head
 * ("poses", "understand" as nouns), so the phrase is also read with a pronoun in place of its
 * opening words ("…that it poses to all", "…they understand that…"): a word that is then a verb,
 * with no verb of its own after the phrase (as "climate change **is**" has), was the clause's verb.
 */
export function endsOnVerb(phrase: string, sentence: string): boolean {
  const words = phrase.trim().split(/\s+/u);
  if (words.length < 2) return false;
  // the sentence's words, each read up to the phrase and tagged only when asked about (tagger.ts)
  const terms = lazyTerms(sentence);
  const want = words.map(wordKey);
  // (each word's key worked out once, not once for every place the phrase is tried at)
  const keys: string[] = [];
  const keyAt = (i: number) => {
    if (keys[i] === undefined) {
      const x = terms.word(i);
      if (x === undefined) return undefined;
      keys[i] = wordKey(x);
    }
    return keys[i];
  };
  const saysAt = (i: number) => want.every((w, j) => keyAt(i + j) === w);
  let at = 0;
  while (terms.word(at) !== undefined && !saysAt(at)) at++;
  if (terms.word(at) === undefined) return false;
  const last = terms.term(at + want.length - 1)!;
  const has = (t: Term | undefined, tag: string) => !!t?.tags.includes(tag);
  if (has(last, 'Verb') && !has(last, 'Noun')) return true;
  // only where the phrase opens a clause: after a relative word ("that terrorism poses", "whom her
  // spokesmen speak"), or after a possessive with an object or a clause after it ("my race
  // understand that…"); an object ("we defend human rights") or a longer noun phrase is left alone
  // (asked first: the words after the phrase may be the next sentence's, which costs the tagger a
  // sentence, and where it opens no clause the answer is no either way)
  const before: string[] = [];
  for (let i = 0; i < at; i++) before.push(terms.word(i)!);
  const opener = before.length && OPENER.test(wordKey(before[at - 1]!)) ? wordKey(before[at - 1]!) : '';
  if (opener) before.pop();
  const prev = before.length ? wordKey(before[before.length - 1]!) : '';
  const objectAfter = () => {
    const next = terms.term(at + want.length);
    return !!next && (OPENER.test(norm(next)) || has(next, 'Pronoun'));
  };
  const clause = RELATIVE.test(prev) || RELATIVE.test(opener) || (POSSESSIVE.test(opener) && objectAfter());
  if (!clause) return false;
  const next = terms.term(at + want.length);
  // a verb right after it (or after one more word: "military power alone is") makes it the subject
  const next2 = terms.term(at + want.length + 1);
  if (has(next, 'Verb') || has(next, 'Adverb') || has(next2, 'Verb')) return false;
  const rest = terms.texts.slice(at + want.length);
  const pronoun = /s$/iu.test(want[want.length - 1]!) ? 'it' : 'they';
  const again = taggedTerms([...before, pronoun, last.text, ...rest].join(' '));
  const w = again[before.length + 1];
  // a verb or a bare noun after it says the phrase ran on ("that climate change poses…")
  const after = again[before.length + 2];
  return (
    has(w, 'Verb') && !has(w, 'Noun') && !has(after, 'Verb') && (!has(after, 'Noun') || has(after, 'Pronoun'))
  );
}

/**
 * Why an English phrase is no noun phrase where it was said, or null: it must end on a noun
 * (not a verb, an adjective, a date or a possessive), open with no verb ("Training folks",
 * "Oppose attempts"), hold no verb ("Alive today grew", "Congress declare") and name no person.
 */
function englishProblem(phrase: string, sentence: string): string | null {
  return englishProblems(`${phrase}\u0000${sentence}`, () => englishProblemOf(phrase, sentence));
}

/**
 * The answers of englishProblem in this build: a slide's strict and loose key-phrase passes and
 * its title passes ask about the same phrase in the same sentence again (a third of the asks).
 */
const englishProblems = buildMemo<string | null>(4096);

function englishProblemOf(phrase: string, sentence: string): string | null {
  const terms = termsInContext(phrase, sentence);
  if (!terms.length) return null;
  const has = (t: Term, tag: string) => t.tags.includes(tag);
  const last = terms[terms.length - 1]!;
  // a person and what the person did ("Abe met thousands" of "Abe met thousands of Americans",
  // judge16) is a clause, before it is a person
  if (
    terms.some((t) => has(t, 'Person')) &&
    terms.some((t) => has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective') && !has(t, 'Person'))
  )
    return 'a clause (a person and a verb)';
  if (terms.some((t) => has(t, 'Person'))) return 'a person';
  if (!has(last, 'Noun') || has(last, 'Verb') || has(last, 'Date') || has(last, 'Pronoun'))
    return 'no head noun';
  if (endsOnVerb(phrase, sentence)) return 'ends on a verb';
  if (terms.some((t) => has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective'))) return 'a verb phrase';
  if (terms.some((t) => has(t, 'Preposition') || has(t, 'Conjunction') || has(t, 'Determiner')))
    return 'a clause, not a phrase';
  // a number word inside ("belief real one paper" of "made their belief real one paper, one
  // project…"): a clause run on past its phrase
  if (terms.slice(1).some((t) => has(t, 'Value'))) return 'a clause, not a phrase';
  // a participle is a clause's verb the tagger takes for a noun ("career fighting", "legislation requiring")
  if (terms.slice(1).some((t) => /^\p{Ll}{2,}ing$/u.test(t.text))) return 'a verb phrase';
  return null;
}

/**
 * Why `phrase` (as it was said in `sentence`) is no item of a key-phrase list, or null.
 * Languages other than English get the checks that need no grammar.
 */
export function listPhraseProblem(phrase: string, sentence: string, lang = ''): string | null {
  const words = phrase.trim().split(/\s+/u);
  if (wordsOf(phrase).length < 2) return 'a lone word';
  if (/['’]s?$/u.test(phrase.trim())) return 'ends on a possessive';
  for (const w of words) {
    const parts = w.split('-');
    if (parts.length > 1 && parts.some((p) => NOT_COMPOUNDED.test(p) || isFunctionWord(p, lang)))
      return 'words joined across a dash';
  }
  if (PERSON_TITLE.test(words[0]!) && words.length > 1 && words.slice(1).every((w) => /^\p{Lu}/u.test(w)))
    return 'a person';
  const l = primaryLang(lang);
  return !l || l === 'en' ? englishProblem(phrase, sentence) : null;
}

/** A word's singular, roughly: "women" → "woman", "courts" → "court", "policies" → "policy". */
export function singular(word: string): string {
  const w = word.toLowerCase();
  return w
    .replace(/men$/u, 'man')
    .replace(/ies$/u, 'y')
    .replace(/(?<![su])s$/u, '');
}

/** The same words but for number ("Black women" / "Black woman"). */
export function nearDuplicate(a: string, b: string): boolean {
  const x = wordsOf(a).map(singular);
  const y = wordsOf(b).map(singular);
  return x.length === y.length && x.every((w, i) => w === y[i]);
}

/** Indexes of the sentences that say `phrase` (case-insensitively). */
export function sentencesOf(phrase: string, sentences: readonly string[]): number[] {
  const p = phrase.toLowerCase();
  return lowerSentences(sentences).flatMap((s, i) => (s.includes(p) ? [i] : []));
}

/** A slide's sentences lower-cased, once for all the phrases asked about in them (while they stay the same). */
const lowered = new WeakMap<readonly string[], { said: string[]; lower: string[] }>();
function lowerSentences(sentences: readonly string[]): string[] {
  let seen = lowered.get(sentences);
  if (!seen || seen.said.length !== sentences.length || seen.said.some((s, i) => s !== sentences[i])) {
    seen = { said: [...sentences], lower: sentences.map((s) => s.toLowerCase()) };
    lowered.set(sentences, seen);
  }
  return seen.lower;
}

/**
 * Whether key phrases say a slide's point together: the items are parallel (each opens, or each
 * ends, on the same word: "Common heritage / Common sentiment / Common defense") or the slide
 * keeps coming back to each (each said at least twice). Phrases mentioned once in passing are a
 * sample, not a point; so is the slide's topic word turning up in most of them ("Total energy /
 * Adequate energy / Energy stability / Oil cartel") or a series with a stray beside it
 * ("America's determination / America's leadership / America's commitment / Middle East").
 */
export function saysThePoint(phrases: readonly string[], text: string): boolean {
  if (eachSaidTwice(phrases, text)) return true;
  return phrases.length >= 3 && parallel(phrases);
}

/**
 * Whether phrases added after `phrases` could still make a list that says the point: no longer
 * once one of them is said only once and they are not parallel (each test holds of a list only
 * if it holds of its first items). A list finder stops looking there.
 */
export function maySayThePoint(phrases: readonly string[], text: string): boolean {
  return eachSaidTwice(phrases, text) || parallel(phrases);
}

function eachSaidTwice(phrases: readonly string[], text: string): boolean {
  const lower = text.toLowerCase();
  return phrases.every((p) => lower.split(p.toLowerCase()).length - 1 >= 2);
}

/** Each phrase opens, or each ends, on the same word (but for number). */
function parallel(phrases: readonly string[]): boolean {
  const words = phrases.map((p) => wordsOf(p).map(singular));
  const same = (pick: (ws: string[]) => string | undefined) =>
    new Set(words.map(pick)).size === 1 && !!pick(words[0]!);
  return same((ws) => ws[0]) || same((ws) => ws[ws.length - 1]);
}

/** At most this many items of a key-phrase list are said in one sentence only, the same one (a list of examples). */
export const PER_SENTENCE = 2;

/**
 * Phrases of two to six words around a lone key word in its sentence, best first: the word with
 * the adjectives before it ("Our common future" → "Common future"), with its of-phrase ("Future
 * of our children"), or both; before those, an idiom of the word said twice ("Shoulder to
 * shoulder"), the state it is said to be in ("Principles at risk"). English only (the tagger reads the sentence); each still
 * has to pass the title checks, and the lone word stays when none does.
 */
export function widerPhrases(word: string, sentence: string): string[] {
  const w = escapeRegExp(word);
  // an idiom of the word said twice ("shoulder to shoulder", "side by side", "step by step")
  const idiom = new RegExp(`\\b(${w})\\s+(?:to|by|in|after|for|and)\\s+\\1\\b`, 'iu').exec(sentence)?.[0];
  // the state the sentence puts the word in ("these principles are at risk" → "Principles at risk")
  const state = new RegExp(
    `\\b${w}\\s+(?:is|are|was|were|remains?)\\s+(?:now\\s+|still\\s+)?(at\\s+(?:risk|stake)|under\\s+(?:threat|attack|pressure|siege)|in\\s+(?:danger|crisis|decline|peril))\\b`,
    'iu',
  ).exec(sentence)?.[1];
  const head: string[] = [];
  if (idiom) head.push(idiom);
  if (state) head.push(`${word} ${state}`);
  return [...head.filter((p) => wordsOf(p).length <= 8), ...nounWidened(word, sentence)];
}

/** Whether the tagger reads a word as a verb (and no noun) where the sentence says it ("to change that"). */
export function isVerbIn(word: string, sentence: string): boolean {
  const t = termOf(word, sentence);
  return !!t && t.tags.includes('Verb') && !t.tags.includes('Noun');
}

function termOf(word: string, sentence: string): Term | undefined {
  const terms = taggedTerms(sentence);
  return terms.find((t) => norm(t) === word.toLowerCase());
}

/**
 * Whether a phrase is only a circumstance of every sentence that says it: a time after "since",
 * "until", "before", "after", "during" ("…a major invasion … since World War Two") or the venue
 * after "at the" ("…to be with you tonight at the White House"). Such a phrase is no slide's point.
 */
export function isCircumstance(phrase: string, sentences: readonly string[]): boolean {
  const p = phrase.toLowerCase();
  const before = sentences.flatMap((s) => {
    const l = s.toLowerCase();
    const out: string[] = [];
    for (let at = l.indexOf(p); at >= 0; at = l.indexOf(p, at + 1))
      out.push(l.slice(Math.max(0, at - 20), at));
    return out;
  });
  return (
    before.length > 0 &&
    before.every((b) => /\b(?:since|until|till|before|after|during)\s+(?:the\s+)?$|\bat\s+the\s+$/u.test(b))
  );
}

/** The noun-phrase widenings of a lone word: its adjectives, its of-phrase, or both. */
function nounWidened(word: string, sentence: string): string[] {
  const terms = taggedTerms(sentence);
  const i = terms.findIndex((t) => norm(t) === word.toLowerCase());
  if (i < 0) return [];
  const has = (t: Term | undefined, tag: string) => !!t?.tags.includes(tag);
  // a clause boundary after the word ("together, shoulder to shoulder")
  const stop = (t: Term | undefined) => !t || /[,;:.!?—–()]/u.test(`${t.text}${t.post ?? ''}`);
  let from = i;
  while (
    from > 0 &&
    i - from < 2 &&
    has(terms[from - 1], 'Adjective') &&
    !has(terms[from - 1], 'Determiner') &&
    !has(terms[from - 1], 'Pronoun') &&
    !stop(terms[from - 1])
  )
    from--;
  let to = -1;
  // an adjective may come between the word and its of-phrase ("a future worthy of our children")
  const of =
    norm(terms[i + 1]) === 'of'
      ? i + 1
      : has(terms[i + 1], 'Adjective') && norm(terms[i + 2]) === 'of'
        ? i + 2
        : -1;
  if (of > 0 && !stop(terms[i]) && !stop(terms[of - 1])) {
    for (let j = of + 1; j < terms.length && j <= i + 5; j++) {
      const t = terms[j]!;
      if (has(t, 'Noun') && !has(t, 'Pronoun') && !has(t, 'Possessive') && !has(t, 'Verb')) {
        const after = terms[j + 1];
        // the of-phrase's noun is its last word unless another noun follows ("of our energy policy")
        if (!(has(after, 'Noun') && !has(after, 'Pronoun') && !stop(t))) {
          to = j;
          break;
        }
      }
      if (stop(t) || has(t, 'Verb') || has(t, 'Conjunction')) break;
    }
  }
  const words = (a: number, b: number) =>
    terms
      .slice(a, b + 1)
      .map((t) => t.text)
      .join(' ')
      .replace(/[^\p{L}\p{N}'’-]+$/u, '');
  const out: string[] = [];
  if (from < i) out.push(words(from, i));
  if (to > 0) out.push(words(i, to));
  if (from < i && to > 0) out.push(words(from, to));
  return out.filter((p) => wordsOf(p).length <= 6);
}
