/**
 * Emphasis a plain-text speech writes with underscores or asterisks ("slavery is wrong for _him_.",
 * "This Fourth of July is _yours_, not _mine_."): on screen it is emphasis, never the marks; the
 * notes keep the speech as written. A mark counts only around whole words (after a space or an
 * opening bracket or quote, before a space or punctuation), so "snake_case_name", "5*3*2" and
 * a lone "*" stay as they are.
 */
import type { Inline } from '../deck';

const EMPHASIS = /(^|[\s([{“"‘'«—–-])([_*])([^\s_*](?:[^_*\n]*?[^\s_*])?)\2(?=$|[\s)\]}.,;:!?”"’'»—–-])/gu;

/** The text as inline content, its `_word_` and `*word*` as emphasis. */
export function emphasisInline(value: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of value.matchAll(EMPHASIS)) {
    const start = m.index + m[1]!.length;
    if (start > at) out.push({ type: 'text', value: value.slice(at, start) });
    out.push({ type: 'emphasis', children: [{ type: 'text', value: m[3]! }] });
    at = start + m[2]!.length * 2 + m[3]!.length;
  }
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}

/** The text without its emphasis marks ("wrong for _him_." → "wrong for him."). */
export function withoutEmphasisMarks(value: string): string {
  return value.replace(EMPHASIS, (_, before: string, _mark: string, words: string) => before + words);
}
