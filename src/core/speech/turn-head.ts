/**
 * The head of a transcript: the lines above its first turn ("PRESIDENTE OBAMA: …", "السؤال: …") —
 * a press office, a page headline, a hall, a time, a date. They belong to the title slide and its
 * notes, never to a content slide. A line in another language than the speech ("The White House"
 * atop a Spanish toast) is the publisher's, not the talk's title; a heading repeated with its
 * number ("Department Press Briefing" / "Department Press Briefing No. 40") is the talk's own.
 */
import { FUNCTION_WORD_LANGS, isOwnFunctionWord } from './lexicon';
import { isSeparatorLine } from './mask';
import type { RawPara } from './reflow';
import { isTitleLine } from './speech-parts';
import { hasCalendarDate, isHeaderLine, structureKind } from './structure';
import { wordsOf } from './text';
import { isRoomLabel, parliamentName } from './turn-labels';
import { labelName, turnLabelOf } from './voices';

/** Head lines looked at above a transcript's first turn, at most. */
const MAX_HEAD = 8;

/** A line of its own with no sentence in it (a header may end on an initial or "P.M."). */
function isHeadLine(p: RawPara): boolean {
  const t = p.text.trim();
  if (p.bullet || p.lines.length > 1 || wordsOf(t).length > 24) return false;
  return !/[.!?。！？؟…:]$/u.test(t) || isHeaderLine(t) || structureKind(t) !== null;
}

/** The turn label a paragraph opens with, as written and as a name, or null. */
function turnLabel(text: string): { label: string; name: string } | null {
  const label = turnLabelOf(text);
  return label ? { label, name: labelName(label) } : null;
}

/** The turn label a paragraph opens with, as a name, or null. */
function turnName(text: string): string | null {
  return turnLabel(text)?.name ?? null;
}

/**
 * Where a transcript's head ends: the first paragraph from `i` that opens with a turn label, when
 * every paragraph before it is a head line; `i` when the speech is no transcript or a sentence
 * comes first.
 */
export function turnHeadEnd(paras: readonly RawPara[], i: number, end: number): number {
  for (let k = i; k < Math.min(end, i + MAX_HEAD + 1); k++) {
    if (turnName(paras[k]!.text)) return k;
    // a page's lead, in the publisher's sentences, set off by a separator from the first turn
    // (kremlin.ru: "Владимир Путин выступил на заседании…", "* * *", "В.Путин: Уважаемые коллеги…")
    if (isSeparatorLine(paras[k]!.text) && k + 1 < end && turnName(paras[k + 1]!.text)) return k + 1;
    if (!isHeadLine(paras[k]!)) return leadEnd(paras, k, Math.min(end, i + MAX_HEAD + 1)) ?? i;
  }
  return i;
}

/** Where a page's lead ends: past the separator before the first turn, when one comes within the head's reach. */
function leadEnd(paras: readonly RawPara[], k: number, limit: number): number | null {
  for (let j = k; j + 1 < limit; j++)
    if (isSeparatorLine(paras[j]!.text)) return turnName(paras[j + 1]!.text) ? j + 1 : null;
  return null;
}

/**
 * How a paragraph opens with a turn label that names a person as a record does — an initial and a
 * surname ("В.Путин: Уважаемые сенаторы!") or a member of a parliament — not a role ("THE
 * PRESIDENT:"), whose name the speech gives elsewhere: 'label only' when the label is the whole
 * paragraph ("Dr. Johann Wadephul (CDU/CSU):" on a line of its own), 'with words' when the turn's
 * first words follow it; null when it opens with no such label.
 */
export function namedTurnOpening(p: RawPara): 'label only' | 'with words' | null {
  const turn = turnLabel(p.text);
  if (
    !turn ||
    (parliamentName(turn.label) === null && !/^\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}\p{Ll}+/u.test(turn.label))
  )
    return null;
  return turn.label.trim() === p.text.trim() ? 'label only' : 'with words';
}

/**
 * The transcript's one speaker, as the labels name him ("PRESIDENTE OBAMA:" → "Presidente Obama",
 * "السيدة نويرت:"): null when the room is all that speaks or two speakers or more do.
 */
export function soleSpeaker(paras: readonly RawPara[]): string | null {
  const names = new Set<string>();
  for (const p of paras) {
    const name = turnName(p.text);
    if (name && !isRoomLabel(name)) names.add(name);
    if (names.size > 1) return null;
  }
  return [...names][0] ?? null;
}

/** A head line naming the speaker: it says the surname his label gives ("وزير الخارجية مايكل ر. بومبيو"). */
export function namesSpeaker(line: string, speaker: string): boolean {
  const surname = wordsOf(speaker).pop()?.toLowerCase();
  const words = wordsOf(line).map((w) => w.toLowerCase());
  return !!surname && words.length <= 8 && words.includes(surname) && !hasCalendarDate(line);
}

/** Letters of each script in a text, most first. */
export function mainScript(text: string): string | null {
  const counts = new Map<string, number>();
  for (const c of text.slice(0, 4000).match(/\p{L}/gu) ?? []) {
    const s = /\p{Script=Latin}/u.test(c)
      ? 'Latin'
      : /\p{Script=Arabic}/u.test(c)
        ? 'Arabic'
        : /\p{Script=Cyrillic}/u.test(c)
          ? 'Cyrillic'
          : /\p{Script=Han}/u.test(c)
            ? 'Han'
            : 'Other';
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Whether a head line is in another language than the speech (`lang`, `body`): another script, or
 * closed-class words of another language and none of the speech's ("The White House", "Office of
 * the Press Secretary" atop a Spanish toast). A line of names only ("Salón Este") is not.
 */
export function inOtherLanguage(line: string, body: string, lang: string): boolean {
  const script = mainScript(line);
  if (script && script !== mainScript(body)) return true;
  const closed = wordsOf(line).filter((w) => FUNCTION_WORD_LANGS.some((l) => isOwnFunctionWord(w, l)));
  return (
    FUNCTION_WORD_LANGS.includes(lang) && closed.length > 0 && !closed.some((w) => isOwnFunctionWord(w, lang))
  );
}

/**
 * The head's own heading: a head line that repeats an earlier one with a few words more ("الإيجاز
 * الصحفي لوزارة الخارجية" / "الإيجاز الصحفي لوزارة الخارجية رقم 40"), the page's series then
 * the talk itself. Null when no line does.
 */
export function repeatedHeading(lines: readonly string[]): string | null {
  const flat = lines.map((l) => l.replace(/\s+/gu, ' ').trim());
  for (const [j, b] of flat.entries())
    for (const a of flat.slice(0, j))
      if (a && b.startsWith(`${a} `) && wordsOf(b).length - wordsOf(a).length <= 4 && isTitleLine(b))
        return b;
  return null;
}
