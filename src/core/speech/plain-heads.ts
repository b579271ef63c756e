/**
 * A printed speech's own section heads in plain text: a line of its own, in title case, with no
 * closing stop, between paragraphs of prose ("Increasing the Availability of Housing Americans Can
 * Afford", above "While job opportunities are much brighter, …"). The page's, not the speaker's
 * words: each opens a section, titles it when it reads as a title, and stays in the notes
 * (notes are the whole speech), never on screen as a sentence.
 */
import type { SpokenPara } from './model';
import { isHeaderLine, structureKind } from './structure';
import { isNameLine } from './names';
import { speakerLabel } from './mask';
import { isTitle, MAX_TITLE_WORDS } from './titles';
import { wordsOf } from './text';
import { isFunctionWord } from './lexicon';
import { endsOnVerb } from './keylist';

/** A head that only says where the talk is ("맺음말", "서론", "Conclusion"): a marker, no headline. */
export const PLACE_HEAD =
  /^(?:맺음말|맺는\s?말|결론|결어|서론|서언|머리말|들어가며|들어가는\s?말|마치며|나가며|인사말|序論|序言|結論|结论|结语|結語|はじめに|おわりに|むすび|introduction|conclusion|closing(?:\s+remarks)?|opening(?:\s+remarks)?)$/iu;

/** Most heads are short; one of more words is a sentence without its stop. */
const MAX_HEAD_WORDS = 16;
/** A sentence's end, as the paragraph before a head closes. */
const SENTENCE_END = /[.!?…:"”’)]$/u;
/** A circumstance that closes a long head ("… During a Global Pandemic"): the head without it. */
const CIRCUMSTANCE = /\s(?:during|in|at|for|through|across|amid|under|after|before|since|with|by)\s/giu;
/** "Increasing the Availability of …": what is increased is the head's topic. */
const ACTION_OF = /^\p{Lu}\p{Ll}+ing\s+the\s+\p{L}+\s+of\s+(.+)$/u;
/** "Addressing Barriers … and Helping First Time Homebuyers": two actions, the first a head. */
const SECOND_ACTION = /\s+and\s+(?=\p{Lu}\p{Ll}+ing\s)/u;

/** Whether the words are written in title case: the first, and most of the longer, capitalised. */
export function titleCased(words: readonly string[]): boolean {
  if (!words.length || !/^\p{Lu}/u.test(words[0]!)) return false;
  const long = words.filter((w) => [...w].length >= 4);
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= Math.ceil(long.length * 0.75);
}

/**
 * Whether `body[i]` is a section head: one line, two to 16 words in title case, no closing stop,
 * no structure line (a dateline, a name, a salutation, a speaker's label), after a paragraph that
 * ends a sentence and above one of prose.
 */
export function isPlainHead(body: readonly SpokenPara[], i: number): boolean {
  const p = body[i];
  const prev = body[i - 1];
  const next = body[i + 1];
  if (!p || !prev || !next || p.bullet || p.voice || p.spokenOnly) return false;
  const t = p.text.trim();
  const words = wordsOf(t);
  // one word only when it says where the talk is ("Conclusion", "Closing")
  if (t.includes('\n') || words.length > MAX_HEAD_WORDS) return false;
  if (words.length < 2 && !PLACE_HEAD.test(t)) return false;
  if (/[.!?。！？;,:…"”]$/u.test(t) || /\p{N}/u.test(t) || !/^\p{Script=Latin}/u.test(t)) return false;
  if (!titleCased(words) || structureKind(t) !== null || speakerLabel(t) || isNameLine(t)) return false;
  // a place or a time line ("East Room", "10:01 A.M. EDT") is a header, not a head
  if (words.length <= 3 && isHeaderLine(t) && !PLACE_HEAD.test(t)) return false;
  const prose = (x: SpokenPara) => wordsOf(x.text).length >= 20 && /[.!?]/u.test(x.text);
  return SENTENCE_END.test(prev.text.trim()) && prose(next) && /^\p{Lu}/u.test(next.text.trim());
}

/**
 * Whether `t` reads as a title: ≤ 8 words, the title rules; a part cut from the head never ends on
 * a verb ("Ensuring Americans Could Afford to Remain"), the head whole may ("… Americans Can Afford").
 */
function fitsTitle(t: string, head: string, lang: string): boolean {
  const words = wordsOf(t);
  return (
    words.length >= 2 &&
    words.length <= MAX_TITLE_WORDS &&
    isTitle(t, lang) &&
    !isFunctionWord(words.at(-1)!, lang) &&
    // (read in lower case: a title-cased verb reads to the tagger as a name, "… to Remain")
    (t === head || !endsOnVerb(t.toLowerCase(), head.toLowerCase()))
  );
}

/**
 * The title a head gives its section: the head whole when it fits; else the head shortened in its
 * own words — its first action of two ("Addressing Barriers to Homeownership"), what an action is
 * done to ("Housing Americans Can Afford" of "Increasing the Availability of …"), or without a
 * closing circumstance; null when none fits (the section's title is then derived from what it says).
 */
export function plainHeadTitle(head: string, lang = 'en'): string | null {
  const h = head.replace(/\s+/gu, ' ').trim();
  if (fitsTitle(h, h, lang)) return h;
  const tries: string[] = [];
  const first = h.split(SECOND_ACTION)[0]!;
  if (first !== h) tries.push(first);
  for (const x of [h, first]) {
    const of = ACTION_OF.exec(x)?.[1];
    if (of) tries.push(of);
  }
  // without a closing circumstance, the last one first ("… in Their Housing During a Global Pandemic")
  const cuts = [...h.matchAll(CIRCUMSTANCE)].map((m) => m.index).reverse();
  for (const at of cuts) tries.push(h.slice(0, at));
  return tries.find((t) => fitsTitle(t, h, lang)) ?? null;
}
