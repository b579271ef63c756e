/**
 * A line a designer would set on screen from a sentence that opens with "And", "But" or "So":
 * the connective joins the sentence to the one before, so on screen it is dropped and the next
 * word capitalised ("And since our founding, American Muslims have enriched the United States."
 * → "Since our founding, …"). When what is left still leans on what came before ("And it means
 * a lot for us.", "And that's exactly what we've done.", "But in the summer, she would return
 * East…", "And when these principles were at risk…, you came and did the same."), the line is
 * no quote at all and another is picked. English only: other languages keep their sentences.
 */
import { cjkOnScreen } from './cjk-lines';
import { primaryLang } from './lang';
import { unbalancedQuotes } from './quotable';
import { unsignedQuotation } from './reported';
import { pointsOf } from './setup';
import { structureKind } from './structure';
import { hasNumberCorrection } from './slips';
import { capitalize, foldWords } from './text';
import { bare, isFunctionWord } from './lexicon';

/** The connectives dropped from a line's opening (several in a row: "And yet", "But then"). */
const OPENING =
  /^(?:(?:and|but|or|then|so(?!\s+(?:many|much|far|long|few|little|great|often|that|too)\b)|yet(?!\s+(?:another|again|more)\b))\b,?\s+)+/iu;

/** A short opening adverbial ("Critically,", "For me,", "In the summer,") before the clause proper. */
const ADVERBIAL = /^(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s+/u;

/**
 * A frame of opinion before the clause proper ("I think it can all be avoided…"), said once or
 * in a row ("I hope, and I pray, and I believe, it will be a part of the program of all
 * America.", Johnson 1965, judge22).
 */
const FRAME =
  /^(?:(?:and\s+)?(?:i|we)\s+(?:think|believe|know|hope|guess|pray|trust)\s*,?\s+(?:that\s+)?)+/iu;

/** A demonstrative that points back, in a line's first clause ("When these principles were at risk, …"). */
const POINTS_BACK = /\b(?:these|those|such)\s+\p{L}/iu;

/**
 * A pronoun for something said before ("it", "that's", "their", "she"), at the line's opening or
 * past an adverbial ("In the summer, she would return East"); "this" points at the occasion or the
 * matter in hand and stands ("For me, this is a historic moment.", "This can really be an
 * American moment that proves…").
 */
const PRONOUN =
  /^(?:(?:it|its|they|them|their|he|she|his|her|him|those|these|such)\b|(?:it|that|they|he|she)['’]|that\s+(?:is|was|will|would|has|had|can|could|must|means|made|makes|did|does)\b)/iu;

/** Sentences said to the room, never a line on screen. */
const SAID_TO_ROOM = new Set(['greeting', 'salutation']);

/** Whether a line opens with a connective this module drops. */
export function opensOnConnective(line: string): boolean {
  return OPENING.test(line.trim());
}

/** A line past the connectives it opens with ("But then if that happens, …" → "if that happens, …"), as it was when it has none. */
export function pastConnective(line: string): string {
  const s = line.trim();
  const m = OPENING.exec(s);
  return m ? s.slice(m[0].length) : s;
}

/** Whether a line leans on the sentence before it, past an opening adverbial or frame. */
function leansPast(line: string): boolean {
  const past = line.replace(ADVERBIAL, '');
  const firstClause = line.split(/[,;:—–]/u)[0] ?? line;
  return (
    PRONOUN.test(line) ||
    PRONOUN.test(past) ||
    PRONOUN.test(past.replace(FRAME, '')) ||
    /^to\s/iu.test(past) ||
    POINTS_BACK.test(firstClause)
  );
}

/**
 * The line without its opening connective, capitalised, or null when it does not stand alone
 * without the sentence before. A line without a connective is returned as it is.
 */
export function withoutConnective(line: string, lang = ''): string | null {
  const s = line.trim();
  const m = OPENING.exec(s);
  if (!m) return s;
  const l = primaryLang(lang);
  if (l && l !== 'en') return null;
  const rest = s.slice(m[0].length);
  if (!/^\p{L}/u.test(rest) || leansPast(rest)) return null;
  return capitalize(rest);
}

/** A noun and the relative that opens its clause, at a sentence's opening ("Desafíos que…"). */
const NOUN_THEN_RELATIVE =
  /^(\p{Lu}[\p{L}\p{M}'’-]+),?\s+(?:que|qui|che|cui|which|that|who|whom|welche|który|która|które|którzy|который|которая|которое|которые|koji|koja|koje)\s/u;

/**
 * Whether a sentence takes up a noun of the sentence before it and says only a relative clause of
 * it: "…para enfrentar los desafíos que tiene por delante la comunidad internacional. | Desafíos
 * que España, mi país, encara desde la esperanza de la acción común…" (Sánchez, ONU 2018): a noun
 * phrase with no verb of its own, which on screen reads as a fragment.
 */
export function takesUpNoun(line: string, sentences: readonly string[], lang = ''): boolean {
  const m = NOUN_THEN_RELATIVE.exec(line.trim());
  // (a preposition or a connective before a demonstrative "that" is no noun: "In that period, …",
  // "So that we search our hearts…")
  if (!m || isFunctionWord(bare(m[1]!).toLowerCase(), lang)) return false;
  const at = sentences.findIndex((s) => s.trim().startsWith(line.trim().slice(0, 40)));
  const before = at > 0 ? sentences[at - 1]! : '';
  return ` ${foldWords(before)} `.includes(` ${foldWords(m[1]!)} `);
}

/**
 * The sentences a line may be picked from: all but those with a number the editor corrected, and
 * those opening on a connective that cannot be dropped (they lean on the sentence before), or
 * that only set up the next one (a set-up before a colon gives way to its point) — English only. The pick is still weighed with its
 * connective (a line that opens on one is a weaker line), and shown through `onScreen`.
 */
export function usableSentences(sentences: readonly string[], lang = ''): string[] {
  const l = primaryLang(lang);
  // a number the editor corrected ("30 [300] days") is neither what was said nor certain: no line
  // nor one whose quotation marks do not pair up: cut inside someone's quotation (quotable.ts)
  // nor a greeting or a roll of addressees, said to the room ("السيد رئيس مجلس النواب، والسيدة …")
  // nor someone's quoted words the slide does not say whose they are (reported.ts)
  const certain = sentences.filter(
    (s) =>
      !hasNumberCorrection(s) &&
      !unbalancedQuotes(s) &&
      !SAID_TO_ROOM.has(structureKind(s.trim()) ?? '') &&
      !unsignedQuotation(s, sentences, lang) &&
      !takesUpNoun(s, sentences, lang),
  );
  // Chinese and Japanese: never a line that opens on a particle, a conjunction or a pronoun
  // pointing back ("が、そうすると…", "即使产生了…"), as English never one on "And it…" (cjk-lines.ts)
  if (l === 'zh' || l === 'ja') return certain.filter((s) => cjkOnScreen(s, l) !== null);
  if (l && l !== 'en') return certain;
  // a set-up ("Let me tell you something.") is no line; the point said after one is (setup.ts)
  return pointsOf(certain, lang).filter((s) => !opensOnConnective(s) || withoutConnective(s, lang) !== null);
}

/**
 * A paragraph's list number before its sentence ("1. 교육은…", "2) We will…", "（三）…", "3 — Um destes…"): the
 * speech's numbering, not its words. A line on screen never opens on it (the title or the list
 * says the place); a number said in the sentence ("1.5 million") has no space after its point.
 */
const NUMBERING =
  /^\s*(?:\(?\d{1,2}[.)]|\d{1,2}\s[—–](?=\s+\p{L})|[（(](?:\d{1,2}|[一二三四五六七八九十])[）)]|\d{1,2}）)\s*(?=\S)/u;

/** A line without the list number it opens with, if any (its own words otherwise untouched). */
export function withoutNumbering(line: string): string {
  const m = NUMBERING.exec(line);
  // "1.\s" needs its space: "1.5 million" is a number said; a bracket needs none ("（一）整理国故")
  if (!m || (/^\s*\d{1,2}\.$/u.test(m[0]) && !/^\s*\d{1,2}\.\s/u.test(line))) return line;
  return line.slice(m[0].length);
}

/**
 * A reading printed after its kanji in full-width brackets ("満ち溢（あふ）れた", "御霊（みたま）"):
 * a help for the reader of the notes, not words of the line; never on screen.
 */
const RUBY = /(?<=\p{Script=Han})（[\p{Script=Hiragana}ー]{1,8}）/gu;

/** A line without the readings glossed after its kanji. */
export function withoutRuby(line: string): string {
  return line.includes('（') ? line.replace(RUBY, '') : line;
}

/**
 * A picked line as it is shown: without the list number it opens with, else as it was said, its
 * opening "And"/"But" kept ("But God gives it to us anyway.": a quote is the speaker's words,
 * judge11); Chinese and Japanese as cjk-lines.ts cuts.
 */
export function onScreen(given: string, lang = ''): string {
  const line = withoutRuby(withoutNumbering(given));
  const l = primaryLang(lang);
  if (l === 'zh' || l === 'ja') return cjkOnScreen(line, l) ?? line;
  return line;
}
