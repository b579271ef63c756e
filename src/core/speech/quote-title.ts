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

/** Whether `x` says the title: each of its words, or its last one, the head of a noun phrase ("…found that grace"). */
function says(title: string, x: string): boolean {
  const ws = wordsOf(title);
  return stemsWithin(title, x) || (ws.length >= 2 && stemsWithin(ws[ws.length - 1]!, x));
}

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
  const agrees = (t: string) =>
    !!t &&
    (says(t, said) ||
      (!namedOnce(t, notes) &&
        ([before, after].some((x) => !!x && says(t, x)) ||
          (at > 0 && stemsWithin(t, sentences.join(' '))) ||
          sentences.filter((s) => stemsWithin(t, s)).length >= 2)));
  // a title the slide keeps saying is its topic, which the quote is part of
  const all = paras.flatMap((p) => sentencesOf(maskForScreen(p), lang));
  // and a line the speaker says as a paragraph of its own ("Threescore years and ten!") heads the passage
  // and so does a headline, a whole sentence of the slide ("Inflation is obviously a serious problem.")
  const heading =
    paras.some((p) => foldWords(p) === foldWords(title)) ||
    all.some((s) => foldWords(s) === foldWords(title));
  // and whose life the slide tells titles every line of it ("Dorwan and Mavy Stoddard" over "A
  // retired construction worker, Dorwan spent his spare time fixing up the church…", titles.ts)
  if (
    !title ||
    heading ||
    agrees(title) ||
    all.filter((s) => stemsWithin(title, s)).length >= 2 ||
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
  for (const from of [[said], ordered])
    for (const t of titlesInTurn(from, [], lang, new Set(tried), false, 6))
      if (
        agrees(t) &&
        (wordsOf(t).length >= 2 ||
          (says(t, said) && all.filter((x) => says(t, x)).length >= 2 && !adjectiveAlone(t, said, lang))) &&
        wordsOf(t).length < wordsOf(quote).length &&
        !opensWithTitle(quote, t) &&
        !isPlaceOrPeople(t.replace(/^the\s+/iu, ''), lang) &&
        !isPersonName(t, text, lang)
      )
        return t;
  return title;
}
