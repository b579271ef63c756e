/**
 * People among a passage's phrases. A person's name ("Terry Sewell", "President Obama") or a
 * role said to someone ("Prime Minister") tells who is there, not what a slide says: a designer
 * does not title a slide with it unless nothing else will do, nor list it as a key phrase.
 * English names are found by compromise's people tagger, run only on the sentence that says the
 * phrase (or the words around it in a long one: linear in the speech); a role alone is found by
 * its words.
 */
import { primaryLang } from './lang';
import { buildMemo } from './memo';
import { sentenceSpans } from './segment';
import { neverPlaceWords, taggedDoc, taggedSentences } from './tagger';
import { escapeRegExp } from './word-classes';

/** Roles a person is addressed or named by; a phrase of these only is a person ("Prime Minister"). */
const ROLE =
  /^(?:mr|mrs|ms|madam|madame|dr|doc|president|vice|prime|minister|premier|senator|sen|secretary|governor|mayor|speaker|chancellor|ambassador|excellency|majesty|highness|chairman|chairwoman|chair|representative|rep|congressman|congresswoman|leader|general|admiral|judge|justice|professor|prof)\.?$/iu;

/** How far around the phrase the tagger reads when its sentence is long. */
const CONTEXT = 80;

/**
 * Whether `phrase` is a person's name or a role said to someone, where it was said in `text`:
 * "Terry Sewell", "President Obama", "Prime Minister" — not "Cancer Moonshot", "United States".
 * Only English names are recognised; in other languages only the answer "no" is given.
 */
export function isPersonName(phrase: string, text: string, lang = 'en'): boolean {
  const t = phrase.trim();
  const words = t.split(/\s+/u);
  if (/^\p{Script=Devanagari}/u.test(t)) return devanagariPerson(words, text);
  if (!words.length || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const l = primaryLang(lang);
  if (l && l !== 'en') return false;
  if (words.every((w) => ROLE.test(w))) return true;
  const at = text.indexOf(t);
  if (at < 0) return false;
  const around = sentenceAround(text, at, t.length, lang);
  // The whole sentence is read, not a window cut mid-word: the tagger's reading of a sentence is
  // remembered (tagger.ts) and shared by the slide's other phrases and checks, so a transcript's
  // deck tags about half the text it did (Obama's Cairo speech: 35,851 -> 18,270 characters, the
  // same deck). The answer depends on the phrase and that text alone, and a slide's title passes
  // ask about each of its key phrases again (each pass, each title of a turn): remembered.
  return personMemo(`${t}\u0000${around}`, () => namedIn(words, around));
}

/**
 * The sentences of `text` (segment.ts: ICU's, with the abbreviations it does not know kept whole)
 * that hold [at, at + length), or the words near it when they are long.
 */
function sentenceAround(text: string, at: number, length: number, lang: string): string {
  const spans = sentenceSpans(text, lang);
  const start = spans.find((s) => s.end > at)?.start ?? 0;
  const end = spans.find((s) => s.end >= at + length)?.end ?? text.length;
  if (end - start > 2 * CONTEXT + length + 240)
    return text.slice(Math.max(0, at - CONTEXT), at + length + CONTEXT);
  return text.slice(start, end).trim();
}

const personMemo = buildMemo<boolean>(4096);

/** Whether the people compromise finds in `around` include the name `words` say. */
function namedIn(words: readonly string[], around: string): boolean {
  // (its parse leaves out the chunker, which sets no tag that people() reads)
  const people: string[] = taggedDoc(around).people().out('array');
  // a role before a name is still the person ("Representative Joyce Beatty"), and a name the
  // tagger only half knows is too ("Joyce" of "Joyce Beatty" in a long roll call)
  let first = 0;
  while (first < words.length - 1 && ROLE.test(words[first]!)) first++;
  const name = words.slice(first).join(' ');
  return people
    .map((p) => p.replace(/[\s,.;:]+$/u, ''))
    .some((p) => p.includes(name) || (p.length > 0 && name.startsWith(`${p} `) && words.length - first <= 3));
}

/**
 * Devanagari has no capitals: a person is a phrase whose first word the text says with an honorific
 * after it ("किरण सिदर" of "किरण जी, मैं आपके…") or a title before it ("डॉक्टर विक्रम साराभाई").
 */
function devanagariPerson(words: string[], text: string): boolean {
  const first = escapeRegExp(words[0]!);
  if (/^(?:डॉक्टर|डॉ\.?|श्री|श्रीमती|सुश्री|कुमारी|पंडित|महात्मा)$/u.test(words[0]!)) return words.length > 1;
  return new RegExp(String.raw`(?<!\S)${first}\s+(?:जी|साहब|साहिब|जी,)(?!\p{L})`, 'u').test(text);
}

/** The head nouns of a role: a phrase that ends on one names who holds it ("Budget director"). */
const ROLE_HEAD =
  /^(?:director|secretary|spokes(?:man|men|woman|women|person|people)|chair(?:man|men|woman|women)|ministers?|president|leaders?|senators?|governors?|ambassadors?|officials?|advis[eo]rs?|aides?|commissioners?|mayors?|chancellor|congress(?:man|men|woman|women)|lawmakers?|reporters?|correspondents?)$/iu;

/**
 * Whether an English phrase names people by their role ("Budget director", "Chief farm
 * spokesman", "Conservative leaders", "American President"): it says who is mentioned, not what
 * is said of them. Other languages get "no".
 */
export function namesRole(phrase: string, lang = 'en'): boolean {
  const l = primaryLang(lang);
  if (l && l !== 'en') return false;
  const words = phrase.trim().split(/\s+/u);
  return words.length <= 4 && ROLE_HEAD.test(words[words.length - 1]!.replace(/[?!.]+$/u, ''));
}

/** Offices said with a name that are neither a form of address nor a role's head above ("the Administrator of…", "Ranking Member", "the CEO of AARP"). */
const OFFICE_MORE = /^(?:administrator|member|ceo|whip|founder|commissioner)$/iu;

/**
 * Whether an English word is an office said with a name: a rank or form of address (`ROLE`), a
 * role's head (`ROLE_HEAD`) or another office (`OFFICE_MORE`): "Senator", "Chairman", "CEO".
 * (thanks-list.ts reads who is thanked with which office.)
 */
export const OFFICE_HEAD = {
  test: (w: string): boolean => ROLE.test(w) || ROLE_HEAD.test(w) || OFFICE_MORE.test(w),
};

/** Words that, beside a place or a nation, still say only who: "the American people", "our nation". */
const WHO = /^(?:people|peoples|folks|nation|nations|country|countries|citizens|everyone|everybody|world)$/iu;

/**
 * Whether an English phrase only names places, nations or their people ("United States",
 * "American people", "Australia"): it says who or where, not what a slide is about. compromise
 * tags the places and demonyms; other languages get "no".
 */
export function isPlaceOrPeople(phrase: string, lang = 'en'): boolean {
  const l = primaryLang(lang);
  if (l && l !== 'en') return false;
  // a word the tagger never reads as a place there (and no "who" word) makes the phrase none:
  // the phrase need not be tagged ("Investment platform", "skills strategy")
  if (neverPlaceWords(phrase).some((w) => !WHO.test(w))) return false;
  const terms = taggedSentences(phrase)[0] ?? [];
  const named = terms.filter((t) => t.tags.some((g) => g === 'Place' || g === 'Country' || g === 'Demonym'));
  return named.length > 0 && terms.every((t) => named.includes(t) || WHO.test(t.text));
}

/**
 * Whether a whole line is a person's name ("Friedrich Ebert", "António Guterres"): two to four
 * capitalised words that compromise's people tagger reads as one name, in any language.
 */
export function isNameLine(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)))
    return false;
  return taggedDoc(t)
    .people()
    .out('array')
    .some((p: string) => p.replace(/[\s,.;:]+$/u, '') === t);
}

/**
 * Whether `phrase` is a name the passage `text` says once in passing, in a language other than
 * English (whose names the people tagger finds, `isPersonName`): two to four words, each
 * capitalised where the passage says them, not at a sentence's start. "Donald Trump" over "Und
 * viertens sind wir Teil einer Welt, die leider unsicherer ist", "New York" of "keine Situation
 * wie in London, Paris oder New York" over social housing (Scholz, Bundestag 2018), "Eduardo
 * Galeano" over Rousseff's toast (2015, judge22): who or where is mentioned, not the slide's
 * point (one of its words a person or a place the tagger knows). A name the passage keeps saying ("Europäische Union" twice) may title it.
 */
export function isPassingName(phrase: string, text: string, lang = ''): boolean {
  const l = primaryLang(lang);
  if (!l || l === 'en') return false;
  const t = phrase.trim();
  const words = t.split(/\s+/u);
  if (words.length < 2 || words.length > 4) return false;
  // (asked before the text is searched for the phrase: most key phrases are in lower case)
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const said = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(t)}(?![\\p{L}])`, 'gu'))];
  if (said.length !== 1) return false;
  const before = text.slice(0, said[0]!.index).trimEnd();
  // (at a sentence's start, the first word is capitalised whatever it is)
  if (!before || /[.!?…:"“„«]$/u.test(before)) return false;
  // a rank or a form of address before a name ("Princesa Leonor", "Infanta Sofía", Felipe VI 2021)
  if (opensOnRank(t)) return true;
  // a person or a place the tagger knows by one of its words ("Donald", "York", "Vázquez"): not
  // German's capitalised nouns ("Urinteresse Deutschlands", "Souveränität Europas")
  const terms = taggedSentences(t)[0] ?? [];
  return terms.some((term) => term.tags.some((g) => NAMED.has(g)));
}

/** Whether a name opens on a rank or a form of address ("Princesa Leonor"): named, not quoted. */
export const opensOnRank = (phrase: string): boolean => RANK.test(phrase.trim().split(/\s+/u)[0] ?? '');

/** Ranks and forms of address said before a name, outside English. */
const RANK =
  /^(?:princesa|príncipe|infanta|infante|reina|rey|presidenta|señor|señora|doña|princesse|prince|reine|roi|président|présidente|monsieur|madame|prinzessin|prinz|königin|könig|präsident|präsidentin|kanzler|kanzlerin|principessa|principe|regina|signor|signora|senhor|senhora|rainha|rei)$/iu;

/** The tags compromise gives a person's or a place's name. */
const NAMED = new Set(['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region']);
