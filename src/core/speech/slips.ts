/**
 * Spoken slips a transcript keeps and a screen should not: a repetition or restart across a dash
 * ("the omnibus — omnibus bill", "$45 billion — $45 billion in", "the fourth nights of — night
 * of Hanukkah", "Tonight, we cel- — tonight, we celebrate"), a word cut off before a dash
 * ("Well, th- — his answer is yes."), a slip the editor marked and the speaker corrected
 * ("President Velenskyy [sic] — Zelenskyy") and an editor's correction in brackets ("Franc
 * [France]", "30 [300] days"). All are masked with spaces of the same length (mask.ts), so the
 * notes keep the speech verbatim and every span still points into them; what is left reads as the
 * speaker meant it: "the omnibus bill", "$45 billion in", "the fourth night of Hanukkah".
 */
import { bare } from './lexicon';
import { sameStem } from './text';

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** Blanks [start, end) of `text`. */
function blankAt(text: string, start: number, end: number): string {
  return text.slice(0, start) + blank(text.slice(start, end)) + text.slice(end);
}

/** "Velenskyy [sic] — Zelenskyy": the slip, its mark and the dash, so the correction is left. */
const SIC_CORRECTED = /[^\s—–]+\s+\[sic\]\s+[—–]\s+/giu;
/** "Franc [France]", "30 [300]": one word and the editor's one-word correction of it. */
const BRACKET_FIX =
  /(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N},.'’-]*)\s+\[(?!sic\])([\p{L}\p{N}][\p{L}\p{N},.'’-]*)\](?!\()/giu;
/** A dash the speaker broke off at (with spaces; a masked stage direction between dashes is one). */
const DASH = /[ \t]+[—–](?:[ \t]*[—–])*[ \t]+/gu;
/** A word cut off: letters and a hyphen ("cel-", "authori-", "th-"). */
const CUT = /^\p{L}+-$/u;
/** How many words before a dash a repetition may span. */
const SPAN = 6;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(from, to).matchAll(/[^\s—–]+/gu))
    out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

const norm = (w: string): string => (CUT.test(w) ? w.toLowerCase() : bare(w));

/** Whether two words differ by one letter at most, the longer of 5 letters or more ("string"/"sting"). */
function oneOff(a: string, b: string): boolean {
  if (Math.max(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i + (x.length === y.length ? 1 : 0));
  return a.length >= b.length ? tail(a, b) : tail(b, a);
}

/** Whether `b`, said after the dash, says again (or corrects) `a`, said before it. */
function again(a: string, b: string, wildcard: boolean): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  if (CUT.test(a)) return wildcard || y.startsWith(x.slice(0, -1));
  return sameStem(x, y) || oneOff(x, y);
}

/**
 * The longest run of the words before a dash that the words after it say again: k words, of which
 * the first `same` are the same word. 0 when none.
 */
function repeated(before: Token[], after: Token[]): { k: number; same: number } {
  for (let k = Math.min(SPAN, before.length, after.length); k >= 1; k--) {
    const b = before.slice(before.length - k);
    // a cut word may stand for any word once the words before it were said again ("more than fif- — more than 50")
    if (!b.every((t, i) => again(t.text, after[i]!.text, k >= 2 && i === k - 1))) continue;
    // a repetition never reaches back over the end of a sentence
    if (b.slice(0, -1).some((t) => /[.!?:;]$/u.test(t.text))) continue;
    let same = 0;
    while (same < k && norm(b[same]!.text) === norm(after[same]!.text)) same++;
    return { k, same };
  }
  return { k: 0, same: 0 };
}

/**
 * A number the editor corrected ("30 [300] days"): neither what was said nor certain, it is kept
 * as written, and the screen shows neither a card nor a line of it (`hasNumberCorrection`).
 */
const NUMBER_FIX = /\p{N}[\p{N},.]*\s+\[(?!sic\])\p{N}[\p{N},.]*\]/u;

/** Whether a text holds a number the editor corrected in brackets ("In the last 30 [300] days"). */
export function hasNumberCorrection(text: string): boolean {
  return text.includes('[') && NUMBER_FIX.test(text);
}

/** Where a text's corrected numbers are: [start, end) of each "30 [300]". */
export function numberCorrections(text: string): Array<[number, number]> {
  if (!text.includes('[')) return [];
  return [...text.matchAll(new RegExp(NUMBER_FIX.source, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The text with the editor's marks of a slip masked: a corrected "[sic]", a word in brackets
 * ("Franc [France]" reads "France"); a corrected number stays as written (NUMBER_FIX).
 */
export function maskEdits(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(SIC_CORRECTED, blank).replace(BRACKET_FIX, (m: string, said: string, fixed: string) => {
    const alike = said.charAt(0).toLowerCase() === fixed.charAt(0).toLowerCase() && /^\p{L}/u.test(said);
    if (!alike) return m;
    // "Franc [France]" → "      France ": the correction stays where the slip was said
    const at = m.lastIndexOf('[');
    return blank(m.slice(0, at + 1)) + fixed + ' ';
  });
}

/**
 * How the editor's word corrections of a text read once masked ("expedite nuclear leasing
 * [licensing]" → "nuclear licensing"): the corrected word with the word said before the slip. A
 * line holding one is neither the speaker's words nor verbatim: it is never quoted (compose.ts).
 */
export function correctedReadings(text: string): string[] {
  if (!text.includes('[')) return [];
  const out: string[] = [];
  for (const m of text.matchAll(BRACKET_FIX)) {
    const [, said, fixed] = m as unknown as [string, string, string];
    if (said.charAt(0).toLowerCase() !== fixed.charAt(0).toLowerCase() || !/^\p{L}/u.test(said)) continue;
    const before = /([\p{L}\p{N}'’-]+)[\s,]*$/u.exec(text.slice(0, m.index))?.[1];
    out.push(before ? `${before} ${fixed}` : fixed);
  }
  return out;
}

/** The sentences without those that hold one of the paragraphs' corrected readings: lines to quote. */
export function withoutCorrected(sentences: readonly string[], paras: readonly string[]): string[] {
  const readings = paras.flatMap(correctedReadings);
  if (!readings.length) return [...sentences];
  return sentences.filter((s) => !readings.some((r) => s.replace(/\s+/gu, ' ').includes(r)));
}

/**
 * The text with the speaker's repetitions and restarts across a dash masked (same length); stage
 * directions are masked before, so "please join me — (applause) — please join me" is one.
 */
export function maskRepeats(text: string): string {
  if (!/[—–]/u.test(text)) return text;
  let t = text;
  for (const d of [...t.matchAll(DASH)]) {
    const ds = d.index;
    const de = ds + d[0].length;
    let before = tokens(t, Math.max(0, ds - 120), ds);
    // a partial word at the window's edge is no word
    if (ds > 120 && before.length && before[0]!.start === ds - 120) before = before.slice(1);
    const after = tokens(t, de, Math.min(t.length, de + 120)).slice(0, SPAN);
    if (!before.length || !after.length) continue;
    let { k, same } = repeated(before, after);
    const last = before[before.length - 1]!;
    if (!k && CUT.test(last.text)) {
      // a word cut off and nothing said again: the cut word and the dash go ("Well, th- — his answer")
      const rest = before.slice(0, -1);
      ({ k, same } = rest.length ? repeated(rest, after) : { k: 0, same: 0 });
      if (!k) {
        t = blankAt(t, last.start, de);
        continue;
      }
      before = rest;
    }
    if (!k) continue;
    // the second saying stays, whole (a figure in it reads without a gap: "more than 50"); only
    // a sentence's capital keeps the first words as first said ("Tonight, we cel- — tonight, we
    // celebrate" → "Tonight, we celebrate")
    const first = before[before.length - k]!.text;
    const capital = /^\p{Lu}/u.test(first) && /^\p{Ll}/u.test(after[0]!.text);
    const keep = capital ? Math.min(same, k - 1) : 0;
    const from = before[before.length - k + keep]!.start;
    const to = after[keep]!.start;
    t = blankAt(t, from, to);
  }
  return t;
}
