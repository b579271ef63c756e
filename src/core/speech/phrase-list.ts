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
  singular,
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
import { primaryLang } from './lang';
import { articles, conjunctions, isFunctionWord } from './lexicon';
import { alternation } from './word-classes';
import { taggedTerms, type Term } from './tagger';
import { buildMemo } from './memo';

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
  const text = sentences.join(' ');
  if (loose) {
    // (a loose list's phrases do not hang on how many it needs: the two-phrase ask after the
    // three-phrase one reads the same phrases, once)
    const key = JSON.stringify([lang, uncapped, title, boost, sentences]);
    const phrases = loosePhrases(
      key,
      () => chosenPhrases(sentences, text, title, boost, lang, true, uncapped)!.phrases,
    );
    return phrases.length >= fewest ? inSpeechOrder(phrases, text) : null;
  }
  const chosen = chosenPhrases(sentences, text, title, boost, lang, false, uncapped);
  if (!chosen) return null;
  const { phrases, from } = chosen;
  return phrases.length >= 3 && (from.includes(-1) || new Set(from).size >= 2) && saysThePoint(phrases, text)
    ? inSpeechOrder(phrases, text)
    : null;
}

/** The phrases of each loose ask in this build, by its sentences, title, bold phrases, language and cap. */
const loosePhrases = buildMemo<readonly string[]>(256);

/**
 * keyPhraseList's phrases in the order chosen, and the one sentence each was said in (-1: said in
 * several); null where a strict list can no longer say the point.
 */
function chosenPhrases(
  sentences: readonly string[],
  text: string,
  title: string,
  boost: readonly string[],
  lang: string,
  loose: boolean,
  uncapped: boolean,
): { phrases: string[]; from: number[] } | null {
  const t = norm(title);
  const phrases: string[] = [];
  /** The one sentence each phrase was said in (-1: said in several). */
  const from: number[] = [];
  let used = screenWords(title);
  // CJK key phrases without a word grammar are too rough to show; the key line serves better
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
  return { phrases, from };
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

/**
 * A copula whose complement is a clause: "is that", "was that", "es que", "est que", "ist, dass",
 * "è che" — the line claims one thing of another.
 */
const IS_THAT =
  /(?:^|\s)(?:is|was|are|were|remains|es|era|fue|est|était|ist|war|è|era)(?:\s+(?:simply|just|only|still|simplemente|solo|seulement|einfach|nur|semplicemente))?,?\s+(?:that|que|dass|che)(?![\p{L}\p{M}])/iu;

/** A preposition and an article at most, all that parts two phrases of one noun phrase ("di", "con le", "of the"). */
const PREPOSITION_GAP =
  /^\s*(?:of|with|for|di|del|dello|della|dei|degli|delle|con|per|de|del|des|du|avec|pour|von|vom|der|mit|für)\s+(?:(?:the|a|an|il|lo|la|le|i|gli|l['’]|el|los|las|un|una|uno|les|une|die|das|den|dem|einer|eines)\s*)?$/iu;

/**
 * What parts two parallel members of one coordination: a conjunction (after a comma or not), and
 * a preposition, an article or a possessive said again after it ("of X and of Y", "the X and the Y").
 */
const COORDINATION = new RegExp(
  String.raw`^\s*,?\s*(?:${alternation(conjunctions([], ['and', 'or', 'nor']))}|as\s+well\s+as)\s+(?:(?:${alternation(
    articles(),
    [
      'of',
      'for',
      'to',
      'with',
      'our',
      'their',
      'its',
      'de',
      'du',
      'des',
      'à',
      'au',
      'aux',
      'di',
      'von',
      'für',
      'mit',
    ],
  )})\s+){0,2}$`,
  'iu',
);

/**
 * Whether the words before a phrase close a series the line lists, the phrase being the tail of
 * its last member: a short member parted by commas right before ("sabotage, disinformation,
 * attempts to influence …"), then words of the member the phrase ends.
 */
function seriesTail(before: string): boolean {
  const m = /,\s*([^,;:]{1,40}),\s*([^,;:]+)$/u.exec(before);
  if (!m) return false;
  const member = wordsOf(m[1]!);
  const lead = wordsOf(m[2]!).filter((w) => !isFunctionWord(w.toLowerCase()));
  return member.length >= 1 && member.length <= 4 && lead.length > 0;
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
  // a line that says one thing is another ("…our most basic common link is that we all inhabit
  // this small planet.", Kennedy 1963, judge23 D1) is its argument: its nouns on either side of
  // "is that" lose the claim ("Basic common link · Small planet")
  if (IS_THAT.test(line)) return null;
  const text = sentences.join(' ');
  const where = sentences.find((s) => s.includes(line.slice(0, 40))) ?? line;
  const t = norm(title);
  const lowerLine = line.toLowerCase();
  const picked: Array<{ text: string; at: number; score: number }> = [];
  // the key phrases the line says, and (English) the noun phrases the tagger reads in it
  const candidates: Array<{ text: string; score: number }> = keyPhrases(text, lang, boost).slice();
  if (!primaryLang(lang) || primaryLang(lang) === 'en') {
    const lower = text.toLowerCase();
    for (const c of englishNounPhrases(line))
      if (!candidates.some((k) => k.text.toLowerCase() === c.toLowerCase()))
        candidates.push({ text: c, score: chunkScore(c, lower) });
    candidates.sort((a, b) => b.score - a.score);
  }
  for (const p of candidates) {
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
  // phrases on one noun ("one's own faith … somebody else's faith", Obama 2009) are the line's
  // rhetoric: the line says it, its pieces do not
  // (or one noun said twice in the line: "…share common principles, principles of justice…")
  const bareWord = (w: string) => singular(w.replace(/[^\p{L}\p{M}'’-]+/gu, '').replace(/['’]s?$/u, ''));
  const heads = picked.map((p) => bareWord(wordsOf(p.text).pop() ?? ''));
  if (new Set(heads).size < heads.length) return null;
  const lineWords = wordsOf(lowerLine).map(bareWord);
  if (heads.some((h) => lineWords.filter((w) => w === h).length >= 2)) return null;
  // two items of a series the line says ("…join with citizens and governments, community
  // organizations, religious leaders, and businesses…", Obama 2009) are half its list, not its point
  for (let i = 1; i < picked.length; i++) {
    const gap = lowerLine.slice(picked[i - 1]!.at + picked[i - 1]!.text.length, picked[i]!.at);
    if (/^\s*,\s*(?:(?:and|or|et|ou|y|o|e|und|oder)\s+)?$/u.test(gap)) return null;
    // (nor two pieces of one noun phrase, parted by a preposition alone: "…gli interventi effettuati
    // con le ultime manovre di finanza pubblica…", Monti 2011, judge24 D2: "Interventi effettuati ·
    // Ultime manovre · Finanza pubblica" names one thing three times)
    if (PREPOSITION_GAP.test(gap)) return null;
    // the phrases are parallel members of one coordination the line says ("…how volunteer
    // inflation fighters and energy savers can further mobilize…", Ford 1974), never phrases of
    // different roles in it: "Inherent humanity · Outward divisions" lose "is much greater than"
    // (Biden, UNGA 2021), "Spending cuts · Continuing budget deficits" the fear of cutting taxes in
    // view of the deficits (Reagan 1982), "Economic partnership · Clean energy future" (Harris 2021)
    if (!COORDINATION.test(gap)) return null;
  }
  // (and the first one is a whole member: after "sabotage, disinformation, attempts to influence
  // democratic elections and cyber incidents", the member "cyber incidents" is parallel to is
  // "attempts to influence democratic elections", Jonson 2024, judge25 D3: "Democratic elections ·
  // Cyber incidents" turned the attempts into the threats)
  if (seriesTail(lowerLine.slice(0, picked[0]!.at))) return null;
  // (English: a line whose subject is a noun says its point of that subject; phrases that leave
  // the subject out lose the point, "Private sector · High interest rates" for "Only a reduction
  // in the growth of spending can keep … from high interest rates.", Ford 1975)
  const english = !primaryLang(lang) || primaryLang(lang) === 'en';
  if (english && picked.length < 3) {
    const subject = subjectSpan(line);
    // (and when the subject is a noun, two phrases lose what the line says of it: "Private sector ·
    // Cutting-edge technologies" for "The private sector is responding to incentives that make
    // cutting-edge technologies cheaper…"; the line stays)
    if (subject) return null;
    // …and a line that ends on its verdict ("…the health of our economic system are shocking.")
    if (VERDICT.test(line.trim())) return null;
  }
  const phrases = picked.map((p) => capitalize(p.text));
  if (screenWords(phrases.join(' ')) + screenWords(title) > MAX_SCREEN_WORDS) return null;
  return phrases;
}

/** A chunk's weight as keyphrases.ts weighs a phrase: how often the slide says its words, longer phrases first. */
function chunkScore(chunk: string, lowerText: string): number {
  const words = wordsOf(chunk.toLowerCase());
  const said = words.reduce((n, w) => n + Math.min(3, lowerText.split(w).length - 1), 0) / words.length;
  return (1 + said) * (words.length >= 3 ? 1.4 : 1.3);
}

/** Tags that make a term no part of a noun phrase. */
const NOT_NOMINAL =
  /^(?:Pronoun|Determiner|Preposition|Conjunction|Value|Date|Adverb|Modal|Auxiliary|QuestionWord)$/u;

/**
 * The noun phrases of an English line as the tagger reads it: runs of adjectives and nouns (a
 * hyphen joins words: "military-industrial complex") that end on a noun, 2–4 words, with no
 * punctuation inside — "inherent humanity", "outward divisions" of "…to affirm the inherent
 * humanity that unites us is much greater than any outward divisions or disagreements." (Biden,
 * UNGA 2021). Each is said in the line as given.
 */
export function englishNounPhrases(line: string): string[] {
  const terms = taggedTerms(line.slice(0, 600));
  const out: string[] = [];
  const nominal = (t: Term) =>
    (t.tags.includes('Noun') || t.tags.includes('Adjective')) &&
    !t.tags.some((g) => NOT_NOMINAL.test(g)) &&
    /^[\p{L}][\p{L}'’-]*$/u.test(t.text);
  const noun = (t: Term) => t.tags.includes('Noun') && !t.tags.includes('Possessive');
  let run: Term[] = [];
  const flush = () => {
    while (run.length && !noun(run[run.length - 1]!)) run.pop();
    // never a possessive or a function word at its opening ("our economic partnership")
    while (run.length && (isFunctionWord(run[0]!.text) || /^(?:own|one['’]s)$/iu.test(run[0]!.text)))
      run.shift();
    // a name and a word after it that the tagger took for a noun is a subject and its verb
    // ("…that this Congress passes can demonstrate…", Ford 1975)
    if (
      run.length === 2 &&
      /^\p{Lu}/u.test(run[0]!.text) &&
      /^\p{Ll}/u.test(run[1]!.text) &&
      !run[0]!.tags.includes('Adjective')
    )
      run = [];
    if (run.length >= 2) {
      const said = run
        .map((t, i) => t.text + (i < run.length - 1 ? (/-\s*$/u.test(t.post ?? '') ? '-' : ' ') : ''))
        .join('');
      const n = wordsOf(said).length;
      if (n >= 2 && n <= 4 && line.includes(said)) out.push(said);
    }
    run = [];
  };
  for (const t of terms) {
    if (!nominal(t)) {
      flush();
      continue;
    }
    run.push(t);
    // punctuation after a word ends the phrase there (a hyphen joins)
    const post = (t.post ?? '').trim();
    if (post && post !== '-') flush();
  }
  flush();
  return out;
}

/** An English line that ends on a verdict: a copula and an adjective ("… are shocking."). */
const VERDICT =
  /\b(?:is|are|was|were|remains?|seems?|becomes?)\s+(?:(?:so|very|truly|deeply|simply|now|still|all|most|more|less|quite|too)\s+)?\p{L}+(?:ing|ful|ous|ive|ble|ent|ant|al|ic|less|ed|y)[.!]?$/iu;

/**
 * Where an English line's subject ends (its offset in the lower-cased line) when the subject is a
 * noun phrase, not a pronoun: the words before its first verb ("The size of these numbers …
 * are shocking"); 0 when the subject is a pronoun or none is found.
 */
function subjectSpan(line: string): number {
  const terms = taggedTerms(line.slice(0, 600));
  const lower = line.toLowerCase();
  let at = 0;
  let noun = false;
  for (const t of terms) {
    const i = lower.indexOf(t.text.toLowerCase(), at);
    if (i < 0) return 0;
    at = i + t.text.length;
    if (t.tags.includes('Verb') && !t.tags.includes('Noun') && !t.tags.includes('Adjective'))
      return noun ? i : 0;
    // (an opening clause set off by a comma is not the subject: "Similarly, the crisis took…")
    if (/,/u.test(t.post ?? '')) noun = false;
    else if (t.tags.includes('Noun') && !t.tags.includes('Pronoun')) noun = true;
  }
  return 0;
}
