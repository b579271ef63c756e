/**
 * A quote slide's title agrees with the quote on screen: a title taken from a noun said in another
 * paragraph, or late in the quote's own paragraph, reads as what the quote is about and is not
 * ("White House" over "Some of these factors are under my control as President…", said in the
 * paragraph after it; "Gun safety measures" over "None of us can or should expect a transformation
 * in race relations overnight.", said six sentences later). The title agrees when the quote's
 * sentence or one next to it says it (each word, or its head: the last), or the quote's paragraph
 * says it and the quote is not that paragraph's opening sentence (the quote then caps a paragraph
 * whose point the title names), or two sentences say it (the slide's topic), or the speaker said it
 * as a paragraph of its own. Else the title is taken again from the quote's sentence, then from it
 * and the rest of its paragraph: a phrase of two words or more, no place, people or person alone
 * (one word only when the quote says it and the slide says it again). When none agrees, it stays.
 *
 * A title of another sentence is the quote's topic when the slide keeps saying it (two
 * sentences); said once, next to the quote, it names no one: a name the quote does not say reads as the quote's subject
 * ("Rey Juan Carlos" over the King's own thanks "Sinceramente, me he sentido querido y apreciado…",
 * Felipe VI 2014; "Òmnium Cultural" over "El 1979 s'inicià la seva participació en la vida política
 * institucional.", Riba 2022, judge28). Such a title, and one of another paragraph, gives way to a
 * phrase of the quote's own sentence first.
 */
import { maskForScreen, tidyMasked } from './mask';
import { stemsWithin } from './screen';
import { sentencesOf } from './segment';
import { opensWithTitle } from './striking';
import { isPersonName, isPlaceOrPeople } from './names';
import { lifeTold, titlesInTurn, type UsedTitles } from './titles';
import { foldWords, wordsOf } from './text';
import { isKorean } from './titles-ko';
import { primaryLang } from './lang';
import { matchedTerms } from './tagger';
import { escapeRegExp } from './word-classes';
import { fragmentProblem } from './fragment';
import { nounPhraseProblem } from './noun-phrase';
import { LEADING_ARTICLE } from './lexicon';

/** The paragraph (as its sentences) that says `quote`, and the quote's sentence in it. */
function quotePlace(
  quote: string,
  paras: readonly string[],
  lang: string,
): { sentences: string[]; at: number } | null {
  const probe = foldWords(quote).split(' ').slice(1, 9).join(' ');
  if (!probe) return null;
  for (const p of paras) {
    const sentences = sentencesOf(maskForScreen(p), lang).map(tidyMasked).filter(Boolean);
    const at = sentences.findIndex((s) => foldWords(s).includes(probe));
    if (at >= 0) return { sentences, at };
  }
  return null;
}

/** The sentences said right before and right after the one-sentence paragraph that says `quote`. */
function nextParas(
  paras: readonly string[],
  quote: string,
  lang: string,
): [string | undefined, string | undefined] {
  const probe = foldWords(quote).split(' ').slice(1, 9).join(' ');
  const i = paras.findIndex((p) => foldWords(p).includes(probe));
  // (without the quote marks Korean glues its particle to: "‘경제혁신과 개혁’을" says "개혁")
  const sentences = (p: string | undefined) =>
    p
      ? sentencesOf(maskForScreen(p), lang)
          .map((x) => tidyMasked(x).replace(/[‘’“”]/gu, ''))
          .filter(Boolean)
      : [];
  return [sentences(paras[i - 1]).at(-1), sentences(paras[i + 1])[0]];
}

/**
 * Whether an English phrase opens on a verb the tagger reads as no gerund ("Manage projects" of "…to
 * track and manage projects"): a predicate, where "Promoting peace" names an activity.
 */
function plainVerbFirst(t: string, sentence: string, lang: string): boolean {
  const l = primaryLang(lang);
  if (l && l !== 'en') return false;
  const first = matchedTerms(sentence, wordsOf(t)[0]!)[0];
  return !!first && first.tags.includes('Verb') && !first.tags.includes('Gerund');
}

/** Whether `sentence` ends on `phrase`: its last words, before the closing stop. */
function endsOn(sentence: string, phrase: string): boolean {
  const p = foldWords(phrase);
  const s = foldWords(sentence);
  return !!p && (s === p || s.endsWith(` ${p}`));
}

/** Whether `x` says the title: each of its words, or its last one, the head of a noun phrase ("…found that grace"). */
function says(title: string, x: string): boolean {
  // (a word the speaker marks with quotation marks is said all the same: hydrogen “hubs.”)
  x = x.replace(OPENING_QUOTE, '$1');
  const ws = wordsOf(title);
  return stemsWithin(title, x) || (ws.length >= 2 && stemsWithin(ws[ws.length - 1]!, x));
}

/** A quotation mark that opens a word. */
const OPENING_QUOTE = /[“„«‘"'](?=\p{L})|(\p{L})[”»’"](?!\p{L})/gu;

/**
 * An English word the quote's sentence says as an adjective ("Healthy" of "…all communities are
 * healthy and strong", judge16): one word titles a slide only as a noun.
 */
function adjectiveAlone(t: string, sentence: string, lang: string): boolean {
  const l = primaryLang(lang);
  if (l && l !== 'en') return false;
  const term = matchedTerms(sentence, t.toLowerCase())[0] ?? matchedTerms(sentence, t)[0];
  return !!term && term.tags.includes('Adjective') && !term.tags.includes('Noun');
}

/**
 * Whether `t` is a place (two to four words, each capitalised where `text` says it, after a
 * preposition of place: "in the West Wing", "within the Ninth Circuit") that `text` says once.
 */
function namedOnce(t: string, text: string): boolean {
  const words = t.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const said = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(t.trim())}(?![\\p{L}])`, 'gu'))];
  return said.length === 1 && PLACED.test(text.slice(Math.max(0, said[0]!.index - 24), said[0]!.index));
}

/** A preposition of place right before a name, its article between ("in the West Wing"). */
const PLACED = /(?:^|\s)(?:in|at|within|inside|near)\s+(?:the\s+)?$/iu;

/** Languages that capitalise every noun: a capitalised word there is no name by its case alone. */
const NOUNS_CAPITALISED = /^(?:de|lb)$/u;

/** Short words a name written in capitals keeps in lower case ("Comissió de Govern", "Bank of England"). */
const NAME_LINK =
  /^(?:de|del|dels|d['’]\p{L}*|la|les|el|los|las|i|y|e|of|the|and|von|van|der|di|da|do|du|des)$/iu;

/**
 * Whether `t` names someone or something (a person, a place, an institution): the tagger reads it
 * so, or every word the notes write it with is capitalised (its linking words apart) where it is
 * not a sentence's first word ("Rey Juan Carlos", "Òmnium Cultural", "Fundació Teatre Lliure"),
 * outside German, whose nouns are all capitalised.
 */
export function namesSomeone(t: string, text: string, lang: string): boolean {
  const bare = t.replace(/^the\s+/iu, '');
  if (isPersonName(t, text, lang) || isPlaceOrPeople(bare, lang)) return true;
  const words = t.trim().split(/\s+/u);
  const l = primaryLang(lang);
  // (where every noun is capitalised, case tells no name: "Putins Regime" is a noun phrase)
  if ((words.length < 2 && !l) || (l && NOUNS_CAPITALISED.test(l))) return false;
  const at = new RegExp(`(?<![\\p{L}])${escapeRegExp(t.trim())}(?![\\p{L}])`, 'giu');
  for (const m of text.matchAll(at)) {
    // (at a sentence's start, the first word is capitalised whatever it is)
    if (opensSentence(text, m.index)) continue;
    const said = m[0].split(/\s+/u).filter((w) => !NAME_LINK.test(w));
    if (said.length > 0 && said.every((w) => /^\p{Lu}/u.test(w))) return true;
  }
  return false;
}

/**
 * Whether the word at `at` opens its text or a sentence of it: only space lies between it and the
 * start or a full stop, question or exclamation mark, ellipsis, colon or opening quotation mark
 * (looked back from `at`, never by reading the text up to it).
 */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  return i === 0 || SENTENCE_OPENER.has(text[i - 1]!);
}
const SENTENCE_OPENER = new Set([...'.!?…:"“„«']);

/** Whether the paragraphs say `quote` inside quotation marks: someone else's words the speaker quotes. */
function quotedWords(quote: string, paras: readonly string[]): boolean {
  const head = quote.replace(/^[\s"“«„'‘]+/u, '').slice(0, 30);
  return paras.some((p) => {
    const i = p.indexOf(head);
    if (i < 0) return false;
    const before = p.slice(0, i);
    return (before.match(OPENING_MARK) ?? []).length > (before.match(CLOSING_MARK) ?? []).length;
  });
}

/** Quotation marks that open someone's words, and those that close them. */
const OPENING_MARK = /[«“„]/gu;
const CLOSING_MARK = /[»”]/gu;

/**
 * The first title of the quote's sentence `said` that names a thing: two words or more, a noun
 * phrase by its language's test (noun-phrase.ts: in English the tagger's, "Advanced chips", "Hard
 * choices", never "Issue dividends", "Seeking power", "Reward companies").
 */
function ownNounPhrase(
  said: string,
  lang: string,
  text: string,
  tried: ReadonlySet<string>,
  fits: (t: string) => boolean,
): string {
  const l = primaryLang(lang);
  // (the last resort's phrases too: the slide's other sentences' titles are what it replaces)
  for (const t of titlesInTurn([said], [], lang, new Set(tried), true, 6)) {
    if (wordsOf(t).length < 2 || !fits(t)) continue;
    // (outside English a name is no noun phrase of the quote's: "Punt Avui" of "…com El Punt Avui,
    // El Periódico de Catalunya, …", Riba 2022)
    if (l && l !== 'en' && namesSomeone(t, text, lang)) continue;
    if (!nounPhraseProblem(t, said, lang, text)) return t;
  }
  return '';
}

/** The title of a slide that shows `quote` alone, from its notes' paragraphs `paras`. */
export function quoteSlideTitle(
  title: string,
  quote: string,
  paras: readonly string[],
  lang: string,
  avoid: UsedTitles,
): string {
  const place = quotePlace(quote, paras, lang);
  if (!place) return title;
  const { sentences, at } = place;
  const said = sentences[at]!;
  // a Korean speech written a sentence a paragraph: the sentences next to the quote are those of
  // the paragraphs next to it ("…30년의 성장을 이루겠습니다." / "‘경제혁신과 개혁’을 꼭 이루어내어…")
  const [before, after] =
    sentences.length === 1 && isKorean(said)
      ? nextParas(paras, quote, lang)
      : [sentences[at - 1], sentences[at + 1]];
  // a name the notes say once, in another sentence than the quote's, is mentioned on the way:
  // it agrees with no quote but its own sentence's ("West Wing" of "…to my office in the West Wing"
  // over "South Korea and the United States … share strong cultural and people-to-people ties",
  // "Ninth Circuit" over "John is survived by his loving wife…", judge23)
  const notes = paras.join(' ');
  // a title said next to the quote, in its paragraph, or by two sentences agrees with it when no
  // phrase of its own does; a name it does not say never does
  const near = (t: string) =>
    !namedOnce(t, notes) &&
    ([before, after].some((x) => !!x && says(t, x)) ||
      (at > 0 && stemsWithin(t, sentences.join(' '))) ||
      sentences.filter((s) => stemsWithin(t, s)).length >= 2);
  // (a name said next to words the speaker quotes is whose words they are: "Michel Rocard" over
  // "Défaire ce que les autres ont fait…", « … » Il s'agit des mots de Michel Rocard, Philippe 2017)
  const named = (t: string) => !quotedWords(quote, paras) && namesSomeone(t, notes, lang);
  const agrees = (t: string) => !!t && (says(t, said) || (!named(t) && near(t)));
  // a title the slide keeps saying is its topic, which the quote is part of
  const all = paras.flatMap((p) => sentencesOf(maskForScreen(p), lang));
  // and a line the speaker says as a paragraph of its own ("Threescore years and ten!") heads the passage
  // and so does a headline, a whole sentence of the slide ("Inflation is obviously a serious problem.")
  const heading =
    paras.some((p) => foldWords(p) === foldWords(title)) ||
    all.some((s) => foldWords(s) === foldWords(title));
  // the slide's topic: two of its sentences say it (a name too: whom a eulogy's slide keeps naming
  // is whom its quote speaks of)
  const topic = (t: string) => all.filter((s) => stemsWithin(t, s)).length >= 2;
  // and whose life the slide tells titles every line of it ("Dorwan and Mavy Stoddard" over "A
  // retired construction worker, Dorwan spent his spare time fixing up the church…", titles.ts)
  // (the quote on screen says it too where its sentence was read masked: hydrogen “hubs.”)
  if (
    !title ||
    heading ||
    says(title, said) ||
    says(title, quote) ||
    lifeTold(all, all.join(' '), lang) === title
  )
    return title;
  // the quote's sentence first, then what its paragraph goes on to say: a noun phrase of two words
  // or more (one word, a place or a person names no point), never the quote's own opening
  const text = paras.join(' ');
  const ordered = [
    said,
    ...sentences.filter((_, k) => k !== at),
    ...(sentences.length === 1 ? [after] : []),
  ].filter((x): x is string => !!x);
  const tried = new Set(avoid);
  tried.add(title.toLowerCase());
  // (a last resort's one word only in place of a name: "Personas" says less than "Cohesión social",
  // Felipe VI 2014; never a fragment, "Moskauer Büros" of "Die Moskauer Büros der Deutschen Welle")
  const fits = (t: string, lastResort = false) =>
    agrees(t) &&
    (wordsOf(t).length >= 2 ||
      ((!lastResort || named(title)) &&
        says(t, said) &&
        all.filter((x) => says(t, x)).length >= 2 &&
        !adjectiveAlone(t, said, lang))) &&
    !fragmentProblem(t, text, lang) &&
    wordsOf(t).length < wordsOf(quote).length &&
    !opensWithTitle(quote, t) &&
    !isPlaceOrPeople(t.replace(/^the\s+/iu, ''), lang) &&
    !isPersonName(t, text, lang);
  // an English quote's own noun phrase names the point on screen before a phrase of a sentence
  // only the notes say, however often the slide says it ("Medicare Act" over "Lyndon Johnson
  // established that commitment by signing the Medicare Act of 1965.", not "Our nation"; "Advanced
  // chips" over "…we produce zero percent of these advanced chips now.", not "Javelin missiles")
  // (the quote on screen says it: a quote may be a piece of its sentence, "…NASA has a mission")
  // Outside English, where no tagger reads the words, it does so only over a title that is itself
  // no noun phrase by the same test ("Schrijnende beelden" over "De schrijnende beelden van mensen
  // op drift … leggen … persoonlijk leed bloot", not "Het meest prangend"; "Strategische visie",
  // not "Eerder dit jaar", Troonrede 2015, judge27): a noun phrase of the passage ("Krachtig
  // herstel") stands, for the test cannot tell which of two noun phrases names the slide better
  // (measured over every deck: preferring the quote's own over any title made 11 slides better,
  // 7 worse: "Goede richting" for "Krachtig herstel", "Nostalgie impuissante" for "Espoir formidable")
  const l = primaryLang(lang);
  const own =
    !l || l === 'en' || nounPhraseProblem(title.replace(LEADING_ARTICLE, ''), text, lang)
      ? ownNounPhrase(said, lang, text, tried, (t) => fits(t) && says(t, quote))
      : '';
  if (own) return own;
  if (topic(title)) return title;
  // a title said after the quote, and not before it, names what the speaker goes on to: the phrase
  // the quote's sentence ends on (its new point, said last) titles the quote instead ("Lækkun tekna
  // vegna virðisaukaskatts" over "Annars vegar er 7.200 millj. kr. lækkun tekna vegna
  // virðisaukaskatts.", not "Viðskiptanefndar leggur" of the sentence after, judge35 is)
  if (!sentences.slice(0, at).some((x) => says(title, x)))
    for (const t of titlesInTurn([said], [], lang, new Set(tried), false, 6))
      if (
        wordsOf(t).length >= 2 &&
        fits(t) &&
        says(t, quote) &&
        endsOn(said, t) &&
        !namesSomeone(t, notes, lang) &&
        !plainVerbFirst(t, said, lang)
      )
        return t;
  // elsewhere a phrase said next to the quote, in its paragraph, names its passage: it stands (a
  // phrase of the quote's own, with no tagger to tell its noun, is no better as often as it is:
  // "Lange tijd" for "Krachtig herstel", "Brandhaarden bedreigen", Troonrede 2015)
  if (agrees(title)) return title;
  // a name the quote does not say, or a phrase of another paragraph, gives way to the quote's own
  // words, then to another sentence's ("Wichtigste Kapital" over "Vertrauen,
  // dessen war ich mir immer bewusst, ist das wichtigste Kapital in der Politik.", not "Musikalische
  // Begleitung" of the thanks said after it, Merkel 2021, judge26)
  for (const lastResort of [false, true])
    for (const t of titlesInTurn([said], [], lang, new Set(tried), lastResort, 6))
      if (fits(t, lastResort)) return t;
  for (const t of titlesInTurn(ordered, [], lang, new Set(tried), false, 6)) if (fits(t)) return t;
  return title;
}
