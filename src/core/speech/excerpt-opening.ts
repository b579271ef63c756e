/**
 * An excerpt whose first part is the opening courtesies, set off from the speech by the editor's
 * separator ("****", "* * *"): the State Department's Arabic excerpts of a State of the Union give
 * the salutations ("السيد رئيس مجلس النواب، والسيدة نائبة الرئيس، …"), the thanks, an aside to the
 * Chief Justice and the roll of the Cabinet, then "****", then the speech. Everything above the
 * separator is the opening: the title slide's notes, never a content slide (like an English
 * "Madam Speaker, Madam Vice President, …" paragraph).
 */
import type { RawPara } from './reflow';
import { isSeparatorLine, maskForScreen } from './mask';
import { sentenceSpans } from './segment';
import { structureKind, VOCATIVE } from './structure';
import { wordsOf } from './text';

/** Paragraphs above the separator, at most, and words in any one of them. */
const MAX_PARAS = 6;
const MAX_WORDS = 60;

/** Whether a paragraph (masked for screen) opens by addressing the room. */
function addresses(said: string): boolean {
  if (structureKind(said) === 'salutation') return true;
  const first = sentenceSpans(said)[0];
  const sentence = first ? said.slice(first.start, first.end).trim() : said;
  return structureKind(sentence) === 'salutation' || VOCATIVE.test(sentence);
}

/**
 * The index just past the separator that ends an opening of courtesies starting at paragraph
 * `from`, or `from` when there is none: a separator within the first few paragraphs, speech after
 * it, every paragraph above it short, and at least half of the spoken ones opening with an address.
 */
export function courtesyExcerptEnd(paras: readonly RawPara[], from: number, end: number): number {
  for (let j = from; j < Math.min(end - 1, from + MAX_PARAS + 1); j++) {
    if (!isSeparatorLine(paras[j]!.text)) continue;
    const spoken = paras
      .slice(from, j)
      .map((p) => maskForScreen(p.text).trim())
      .filter((t) => /[\p{L}\p{N}]/u.test(t));
    if (!spoken.length || spoken.some((t) => wordsOf(t).length > MAX_WORDS)) return from;
    return spoken.filter(addresses).length * 2 >= spoken.length ? j + 1 : from;
  }
  return from;
}

/** A sentence that welcomes the room ("Welcome, everyone, to …", "مرحباً بالجميع في …"). */
const WELCOME =
  /^(?:welcome\b|you(?:['’]re| are) (?:all )?welcome\b|bienvenid[oa]s?\b|bienvenue\b|добро пожаловать|مرحب(?:ا|اً|ًا)?\s|أهلا(?:ً|\s)|أهلاً|欢迎)/iu;

/**
 * A paragraph of courtesies only: thanks to the host and a welcome to the room ("شكرا لك يا
 * دوروثي. مرحباً بالجميع في احتفال الولايات المتحدة الأمريكية السنوي في قلب القاهرة، في مصر
 * الجميلة."), each sentence thanks, a greeting, a salutation or a welcome of at most 20 words.
 */
export function isCourtesyParagraph(said: string): boolean {
  const t = said.trim();
  if (!t || wordsOf(t).length > 40) return false;
  const sentences = sentenceSpans(t).map((s) => t.slice(s.start, s.end).trim());
  return (
    sentences.length >= 2 &&
    sentences.every(
      (s) =>
        ['thanks', 'greeting', 'salutation'].includes(structureKind(s) ?? '') ||
        (WELCOME.test(s) && wordsOf(s).length <= 20),
    )
  );
}
