/**
 * A slide's key phrases as a list: 3–4 noun phrases that each stand on their own where they were
 * said and together say the point (all open or all end on one word, "Common heritage / Common
 * sentiment / Common defense", or each said twice) — never a person's name, a place or a nation
 * alone, nor the same words in another form ("Affordable childcare" / "Afford childcare").
 */
import { standsAlone } from './fragment';
import { keyPhrases } from './keyphrases';
import {
  listPhraseProblem,
  maySayThePoint,
  nearDuplicate,
  PER_SENTENCE,
  saysThePoint,
  sentencesOf,
} from './keylist';
import { isDenied, withDenial } from './negation';
import { euPhraseProblem } from './phrase-eu';
import { phraseCleanProblem } from './phrase-clean';
import { mayStillList, pointShape, type PointShape } from './list-point';
import { isPersonName, isPlaceOrPeople } from './names';
import { MAX_SCREEN_WORDS, screenWords, stemsWithin } from './screen';
import { capitalize, foldWords, hasCjk, wordsOf } from './text';

const norm = foldWords;

/**
 * The key phrases of a slide's sentences to list under `title`, or null when they do not say its
 * point. `loose`: the last resort of a slide that has no line to show (class K of judge9: never a
 * title alone over a minute's speech): 3–4 phrases that each pass the checks of their own words,
 * whether or not together they say the point. `uncapped`: a slide of one or two long periods has
 * no other sentence to draw from, so one sentence may give more than PER_SENTENCE phrases.
 * `fewest`: how many phrases a loose list needs (3; 2 only where the slide would show nothing).
 */
export function keyPhraseList(
  sentences: readonly string[],
  title: string,
  boost: readonly string[],
  lang = '',
  loose = false,
  uncapped = false,
  fewest = 3,
): string[] | null {
  const t = norm(title);
  const phrases: string[] = [];
  /** The one sentence each phrase was said in (-1: said in several). */
  const from: number[] = [];
  let used = screenWords(title);
  // CJK key phrases without a word grammar are too rough to show; the key line serves better
  const text = sentences.join(' ');
  const cjk = /^(?:zh|ja)/u.test(lang) || hasCjk(text.slice(0, 200));
  const found = cjk ? [] : keyPhrases(text, lang, boost);
  // what the point tests read of each phrase the checks of its own words let through (null: refused)
  const lower = text.toLowerCase();
  const shapes: Array<PointShape | null> = [];
  const shapeAt = (i: number): PointShape | null => {
    if (shapes[i] === undefined) {
      const q = found[i]!.text;
      const n = norm(q);
      shapes[i] =
        !n || (t && (t.includes(n) || n.includes(t))) || (hasCjk(q) ? q.length < 3 : wordsOf(q).length < 2)
          ? null
          : pointShape(capitalize(q), lower);
    }
    return shapes[i]!;
  };
  function* rest(from: number): Iterable<PointShape> {
    for (let i = from; i < found.length; i++) {
      const shape = shapeAt(i);
      if (shape) yield shape;
    }
  }
  const kept: PointShape[] = [];
  for (const [i, p] of found.entries()) {
    const n = norm(p.text);
    if (
      !n ||
      (t && (t.includes(n) || n.includes(t))) ||
      phrases.some((q) => norm(q).includes(n) || n.includes(norm(q))) ||
      // the same words again in another form ("Affordable childcare", "Afford childcare")
      stemsWithin(p.text, title) ||
      phrases.some((q) => stemsWithin(p.text, q) || stemsWithin(q, p.text))
    )
      continue;
    // (the checks that need no tagger come first: each only skips a phrase, so their order does
    // not change which phrases are kept, and the tagger is asked about far fewer)
    // a lone word says little on screen; a CJK phrase needs three characters
    if (hasCjk(p.text) ? p.text.length < 3 : wordsOf(p.text).length < 2) continue;
    // no list can come of the phrases kept and those left: the tagger need not read this one
    if (!loose && !mayStillList(kept, rest(i))) return null;
    if (!standsAlone(p.text, text, lang)) continue;
    // never a phrase the slide denies each time it says it: a bullet shown bare says the opposite
    // ("Utilidade visível" of "um expediente sem utilidade visível", "Efeito útil" of "não parece
    // acrescentar, pois, qualquer efeito útil": the President's objections as merits, judge18)
    // ("Sem utilidade visível": the phrase with the word that denies it, when that is right before it)
    const shown = isDenied(p.text, text, lang) ? withDenial(p.text, text) : p.text;
    if (!shown) continue;
    // a bullet is not a near-copy of another, and not the third example of one sentence
    if (phrases.some((q) => nearDuplicate(p.text, q))) continue;
    const said = sentencesOf(p.text, sentences);
    const once = said.length === 1 ? said[0]! : -1;
    if (!uncapped && once >= 0 && from.filter((i) => i === once).length >= PER_SENTENCE) continue;
    // (the last resort's phrases are things said, never how or when: "with utter simplicity", "À bref délai")
    // (asked before the tagger's checks below: each only skips a phrase, and one skipped is not tagged)
    if (loose && adverbial(p.text, text)) continue;
    // (nor a vague phrase or a name without its article: phrase-clean.ts)
    if (loose && phraseCleanProblem(p.text, text, lang)) continue;
    // a bullet is a real noun phrase: together the phrases say the slide's point (before the
    // names: its tagger reads the sentence, shared by the slide's phrases, not each phrase anew)
    // (French, German, Italian and Spanish: a noun phrase, never a verb's fragment: phrase-eu.ts)
    const where = sentences[said[0] ?? -1] ?? text;
    if (listPhraseProblem(p.text, where, lang) || euPhraseProblem(p.text, where, lang)) continue;
    // who and where are not what the slide says: people's names ("Terry Sewell", "Representative
    // Joyce Beatty") and places or nations alone ("United States", "American people")
    if (isPersonName(p.text, text, lang) || isPlaceOrPeople(p.text, lang)) continue;
    used += screenWords(shown);
    if (used > MAX_SCREEN_WORDS) break;
    phrases.push(capitalize(shown));
    kept.push(shapeAt(i)!);
    from.push(once);
    if (phrases.length >= 4) break;
    // the phrases are only a list when together they say the point: once no more of them could
    // make them say it, the rest are not read (each costs the tagger a sentence)
    if (!loose && !maySayThePoint(phrases, text)) break;
  }
  if (loose) return phrases.length >= fewest ? inSpeechOrder(phrases, text) : null;
  return phrases.length >= 3 && (from.includes(-1) || new Set(from).size >= 2) && saysThePoint(phrases, text)
    ? inSpeechOrder(phrases, text)
    : null;
}

/**
 * The phrases in the order the speech says them (judge18, Douglass: "Political freedom · Natural
 * justice · National altar · Express devout gratitude", never the altar before the freedom it
 * follows): a list on screen reads as the speaker went.
 */
function inSpeechOrder(phrases: readonly string[], text: string): string[] {
  const flat = foldWords(text);
  const at = (p: string) => {
    const i = flat.indexOf(foldWords(p));
    return i < 0 ? Infinity : i;
  };
  return phrases
    .map((p, k) => ({ p, k, at: at(p) }))
    .sort((a, b) => a.at - b.at || a.k - b.k)
    .map((x) => x.p);
}

/**
 * Whether a loose list is a mush (judge15): phrases picked from three or more sentences of the
 * slide, one here and one there, that are not parallel and not each said twice — "Energy
 * communities · Tax credits · Clean energy · Fair chance", "Economic partnership · Ethnic
 * minority-owned businesses · Clean energy future · Vietnam transition". They name the slide's
 * nouns, not its point.
 */
export function isMushList(phrases: readonly string[], sentences: readonly string[]): boolean {
  const text = sentences.join(' ');
  if (saysThePoint(phrases, text)) return false;
  // a series the speaker said ("solar panels, EVs, heat pumps, and more") is a list of hers
  return !sentences.some((s) => saidInSeries(phrases, s));
}

/** Whether a sentence says the phrases one after another, parted only by commas and "and"/"or". */
function saidInSeries(phrases: readonly string[], sentence: string): boolean {
  const l = sentence.toLowerCase();
  const at = phrases.map((p) => l.indexOf(p.toLowerCase()));
  if (at.some((i) => i < 0)) return false;
  const order = phrases
    .map((p, i) => ({ start: at[i]!, end: at[i]! + p.length }))
    .sort((a, b) => a.start - b.start);
  return order.every(
    (o, i) => i === 0 || /^[\s,;]*(?:(?:and|or)\s+)?$/u.test(l.slice(order[i - 1]!.end, o.start)),
  );
}

/** Whether every saying of a phrase follows a preposition of manner or time ("with utter simplicity", "à bref délai"). */
function adverbial(phrase: string, text: string): boolean {
  const l = text.toLowerCase();
  const p = phrase.toLowerCase();
  const before: string[] = [];
  for (let at = l.indexOf(p); at >= 0; at = l.indexOf(p, at + 1))
    before.push(l.slice(Math.max(0, at - 12), at));
  return (
    before.length > 0 &&
    before.every((b) =>
      /(?:^|[\s(])(?:with|without|in|at|by|on|avec|sans|à|en|dans|con|sin|с|без|в)\s+$/u.test(b),
    )
  );
}

/** Languages whose phrases are checked as noun phrases (keylist.ts English, phrase-eu.ts fr/de/it/es). */
const NOUN_PHRASE_GRAMMAR = /^(?:en|fr|de|it|es)?(?:[-_]|$)/iu;

/**
 * The key phrases of one plain line of the slide, in the order the line says them: 2–4 noun
 * phrases of the line (each passing the checks of a list's phrases: a real noun phrase of ≥ 2
 * words where it was said, not a vague one, not a name alone, not the title's words) — said in
 * one sentence, they are one thought, never a mush picked from all over the slide. Null when
 * fewer than `fewest` pass, or when the phrases leave most of the line's content unsaid.
 */
export function linePhrases(
  line: string,
  sentences: readonly string[],
  title: string,
  boost: readonly string[],
  lang = '',
  fewest = 2,
): string[] | null {
  if (!NOUN_PHRASE_GRAMMAR.test(lang) || hasCjk(line)) return null;
  const text = sentences.join(' ');
  const where = sentences.find((s) => s.includes(line.slice(0, 40))) ?? line;
  const t = norm(title);
  const lowerLine = line.toLowerCase();
  const picked: Array<{ text: string; at: number; score: number }> = [];
  for (const p of keyPhrases(text, lang, boost)) {
    const at = lowerLine.indexOf(p.text.toLowerCase());
    if (at < 0) continue;
    const n = norm(p.text);
    if (!n || wordsOf(p.text).length < 2) continue;
    if (t && (t.includes(n) || n.includes(t) || stemsWithin(p.text, title))) continue;
    if (
      picked.some(
        (q) => norm(q.text).includes(n) || n.includes(norm(q.text)) || nearDuplicate(p.text, q.text),
      )
    )
      continue;
    if (!standsAlone(p.text, text, lang)) continue;
    if (isDenied(p.text, text, lang)) continue;
    if (adverbial(p.text, line)) continue;
    if (phraseCleanProblem(p.text, text, lang)) continue;
    if (listPhraseProblem(p.text, where, lang) || euPhraseProblem(p.text, where, lang)) continue;
    if (isPersonName(p.text, text, lang) || isPlaceOrPeople(p.text, lang)) continue;
    picked.push({ text: p.text, at, score: p.score });
    if (picked.length >= 4) break;
  }
  // a name beside one phrase ("One-way street · Soviet Union") says no more than the line
  const named = (q: string) => wordsOf(q).every((w) => /^\p{Lu}/u.test(w));
  if (picked.filter((p) => !named(p.text)).length < fewest) return null;
  picked.sort((a, b) => a.at - b.at);
  // two items of a series the line says ("…join with citizens and governments, community
  // organizations, religious leaders, and businesses…", Obama 2009) are half its list, not its point
  for (let i = 1; i < picked.length; i++) {
    const gap = lowerLine.slice(picked[i - 1]!.at + picked[i - 1]!.text.length, picked[i]!.at);
    if (/^\s*,\s*(?:(?:and|or|et|ou|y|o|e|und|oder)\s+)?$/u.test(gap)) return null;
  }
  const phrases = picked.map((p) => capitalize(p.text));
  if (screenWords(phrases.join(' ')) + screenWords(title) > MAX_SCREEN_WORDS) return null;
  return phrases;
}
