/**
 * A title must say what the speech says, in the speaker's sense, and never a piece of a word:
 * - never a phrase the speech denies or sets aside (negation.ts holds the denial words of every
 *   language: "Thuộc địa của Pháp" of "chứ không phải thuộc địa của Pháp nữa", judge27);
 * - never cut inside a word the text writes in parts: a Vietnamese compound is written as
 *   syllables with spaces between ("Quyền tự" of "quyền tự do", judge27), and some sources write
 *   a hyphenated compound with spaces around the hyphen ("ראש הכנסת" of "יושב - ראש הכנסת", the
 *   Knesset record's "יושב - ראש", judge27). Where the text binds a title's edge word to its
 *   neighbour that way, most times it says the word, the title has cut the word in two.
 */
import { primaryLang } from './lang';
import { isDenied } from './negation';
import { escapeRegExp } from './word-classes';

/** A spaced hyphen between two words ("יושב - ראש", "אי - פעם"): one word the source tokenised. */
const SPACED_HYPHEN = /^\s+[-‐‑]\s+$/u;
/** A spaced hyphen anywhere in a text (SPACED_HYPHEN is a gap between two words). */
const SPACED_HYPHEN_IN = /\s[-‐‑]\s/u;
/** Vietnamese: syllables of one word are written with a plain space between them. */
const SYLLABLE_SPACE = /^ $/u;

/** How often a word must come with its neighbour, of all the times the text says it, to be one word with it. */
const BOUND_SHARE = 0.6;

interface Edge {
  /** The neighbour word, lower-cased, and the text between it and the title. */
  word: string;
  gap: string;
}

const WORD = String.raw`[\p{L}\p{M}\p{N}]+`;

/** The last word of a text and what follows it, if the text ends on a word and a gap. */
const LAST_WORD = new RegExp(String.raw`(${WORD})([^\p{L}\p{M}\p{N}]*)$`, 'u');
/** The first word of a text and the gap before it. */
const FIRST_WORD = new RegExp(String.raw`^([^\p{L}\p{M}\p{N}]*)(${WORD})`, 'u');
/** How far from a place its neighbour word is looked for (a word and its gap are shorter). */
const LOOK_BACK = 200;

/**
 * Each place `text` says `t` as whole words, with the word after it (or before it) and the gap
 * between. The places are found first and their neighbours read after: one pattern with the
 * neighbour word in front (an optional group tried at every letter of the text) cost seconds on a
 * long slide, once per candidate title (bench, uk-razumkov).
 */
function edges(text: string, t: string, side: 'before' | 'after'): Array<Edge | null> {
  const find = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])${escapeRegExp(t)}(?![\p{L}\p{M}\p{N}])`, 'giu');
  const out: Array<Edge | null> = [];
  // (a place's neighbour is not looked for again as the start of the next place: after a place and
  // the word after it, or, before a place, only in the text after the place before)
  let from = 0;
  for (let m = find.exec(text); m; m = find.exec(text)) {
    const end = m.index + m[0].length;
    const near =
      side === 'after'
        ? FIRST_WORD.exec(text.slice(end, end + LOOK_BACK))
        : LAST_WORD.exec(text.slice(Math.max(from, m.index - LOOK_BACK), m.index));
    const [gap, word] = near ? (side === 'after' ? [near[1], near[2]] : [near[2], near[1]]) : [];
    out.push(word ? { word: word.toLowerCase(), gap: gap ?? '' } : null);
    from = side === 'after' && near ? end + near[0].length : end;
    find.lastIndex = Math.max(from, m.index + 1);
  }
  return out;
}

/** How many times `text` says `a` and `b` with a gap `gap` allows (whole words, caseless). */
function saidTogether(text: string, a: string, b: string, gap: RegExp): number {
  const re = new RegExp(
    String.raw`(?<![\p{L}\p{M}\p{N}])${escapeRegExp(a)}([^\p{L}\p{M}\p{N}]*)${escapeRegExp(b)}(?![\p{L}\p{M}\p{N}])`,
    'giu',
  );
  let n = 0;
  for (const m of text.matchAll(re)) if (gap.test(m[1]!)) n++;
  return n;
}

/** How many times `text` says the word `w` (whole word, caseless). */
function saidAlone(text: string, w: string): number {
  return [
    ...text.matchAll(
      new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])${escapeRegExp(w)}(?![\p{L}\p{M}\p{N}])`, 'giu'),
    ),
  ].length;
}

/**
 * Whether the title's word at `side` is, each time the text says the title, half of a word the
 * text writes in parts: joined to the same neighbour by `gap`, as it is most times it is said.
 */
function cutAt(t: string, text: string, side: 'before' | 'after', gap: RegExp): boolean {
  const found = edges(text, t, side);
  if (!found.length || found.some((e) => !e || !gap.test(e.gap))) return false;
  const neighbour = found[0]!.word;
  if (found.some((e) => e!.word !== neighbour)) return false;
  const words = t.toLowerCase().split(/\s+/u);
  const edge = side === 'after' ? words[words.length - 1]! : words[0]!;
  const [a, b] = side === 'after' ? [edge, neighbour] : [neighbour, edge];
  // (a spaced hyphen binds the word to whatever its prefix makes of the word before it: "היושב -
  // ראש", "יושב - ראש"; a syllable binds to the one syllable it makes a word with)
  const together =
    gap === SPACED_HYPHEN
      ? edges(text, edge, side).filter((e) => e && gap.test(e.gap)).length
      : saidTogether(text, a, b, gap);
  return together >= 2 && together >= BOUND_SHARE * saidAlone(text, edge);
}

/**
 * Whether `title` cuts a word the text writes in parts: a Vietnamese compound's syllables
 * ("Quyền tự" of "quyền tự do"), or a compound written with a spaced hyphen, in any language
 * ("ראש הכנסת" of "יושב - ראש הכנסת").
 */
export function cutsWrittenWord(title: string, text: string, lang: string): boolean {
  const t = title.trim();
  if (!t) return false;
  // (a text with no spaced hyphen binds no word by one: its places need not be looked for, once
  // per candidate title of every slide)
  const hyphened = SPACED_HYPHEN_IN.test(text);
  const vietnamese = primaryLang(lang) === 'vi';
  if (!hyphened && !vietnamese) return false;
  for (const side of ['before', 'after'] as const) {
    if (hyphened && cutAt(t, text, side, SPACED_HYPHEN)) return true;
    if (vietnamese && cutAt(t, text, side, SYLLABLE_SPACE)) return true;
  }
  return false;
}

/**
 * Whether `title` would turn or cut what the slide's `text` says: a phrase it denies or sets aside
 * (negation.ts), or a piece of a word it writes in parts. Asked where titles are accepted (titles.ts).
 */
export function breaksSense(title: string, text: string, lang = ''): boolean {
  return isDenied(title, text, lang) || cutsWrittenWord(title, text, lang);
}
