/**
 * Teleprompter help: which sentence of the slide's speech the speaker should be on, by the
 * planned pace within the slide. Pure text maths; the presenter highlights and scrolls.
 */

export interface NoteSentence {
  /** Exact text, trailing spaces included: the sentences of a paragraph concatenate to it. */
  text: string;
  paragraph: number;
  /** Spoken weight: words, with each CJK character counted as a word (as the engine does). */
  weight: number;
  /**
   * Not said aloud: in a paragraph of the notes not said (a headnote, a dateline: `Slide.unsaid`),
   * or only a stage direction or a speaker's label (`Slide.unsaidSpans`); its weight is 0.
   */
  unsaid?: true;
  /** Parts [start, end) of `text` not said aloud ("(Applause.)" after "thank you each."): they weigh nothing. */
  quiet?: Array<[number, number]>;
}

import { countWords } from './speech/words';

/**
 * Sentence ends: those that need a space (or the end) after them, so "56.1" or "e.g.x" do not
 * split (Latin, and the Arabic question mark, Urdu full stop and Devanagari danda, which are
 * spaced the same way), and the CJK ones, which need no space.
 */
const LATIN_END = /[.!?…؟۔।॥]/u;
const CJK_END = /[。！？]/u;
const CLOSER = /["'”’»)\]」』]/u;

/** Splits notes into paragraphs, as the deck joins them (a blank line). */
export function notesParagraphs(notes: string): string[] {
  return paragraphsAt(notes).map((p) => p.text);
}

/** The notes' paragraphs (`notesParagraphs`) with the offset each starts at in the notes. */
function paragraphsAt(notes: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const push = (chunk: string, at: number) => {
    const text = chunk.trim();
    if (text) out.push({ text, start: at + chunk.length - chunk.trimStart().length });
  };
  // the blank lines are found, not the paragraphs: a pattern repeated over a 5 MB paragraph
  // overflows the regular expression engine's stack (speech-hostile.test.ts)
  let at = 0;
  for (const m of notes.matchAll(/\n{2,}/g)) {
    push(notes.slice(at, m.index), at);
    at = m.index + m[0].length;
  }
  push(notes.slice(at), at);
  return out;
}

/**
 * Splits the notes (paragraphs separated by blank lines) into sentences. The paragraphs numbered
 * in `unsaid` (a headnote, a dateline, `Slide.unsaid`) weigh nothing: the plan never waits on them;
 * nor do the spans of `unsaidSpans` (offsets of the notes: a stage direction, a speaker's label in
 * a paragraph that is said), which a sentence keeps as its `quiet` parts.
 */
export function splitNotes(
  notes: string,
  unsaid: readonly number[] = [],
  unsaidSpans: ReadonlyArray<readonly [number, number]> = [],
): NoteSentence[] {
  const out: NoteSentence[] = [];
  paragraphsAt(notes).forEach(({ text: paragraph, start }, index) => {
    const silent = unsaid.includes(index);
    let at = start;
    for (const text of splitSentences(paragraph)) {
      const from = at;
      at += text.length;
      if (silent) {
        out.push({ text, paragraph: index, weight: 0, unsaid: true });
        continue;
      }
      const quiet = unsaidSpans
        .filter(([s, e]) => s < at && e > from)
        .map(([s, e]): [number, number] => [Math.max(s, from) - from, Math.min(e, at) - from]);
      if (!quiet.length) {
        out.push({ text, paragraph: index, weight: spokenWeight(text) });
        continue;
      }
      let heard = text;
      for (const [s, e] of quiet) heard = heard.slice(0, s) + ' '.repeat(e - s) + heard.slice(e);
      out.push(
        /[\p{L}\p{N}]/u.test(heard)
          ? { text, paragraph: index, weight: spokenWeight(heard), quiet }
          : { text, paragraph: index, weight: 0, unsaid: true },
      );
    }
  });
  return out;
}

/** Splits one paragraph; the pieces (trailing spaces kept) concatenate to the paragraph. */
export function splitSentences(paragraph: string): string[] {
  const chars = Array.from(paragraph);
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    const latin = LATIN_END.test(ch);
    if (!latin && !CJK_END.test(ch)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (
      end < chars.length &&
      (LATIN_END.test(chars[end]!) || CJK_END.test(chars[end]!) || CLOSER.test(chars[end]!))
    )
      end += 1;
    const spaced = end < chars.length && /\s/u.test(chars[end]!);
    if (latin && end < chars.length && !spaced) {
      i = end;
      continue;
    }
    while (end < chars.length && /\s/u.test(chars[end]!)) end += 1;
    out.push(chars.slice(start, end).join(''));
    start = end;
    i = end;
  }
  if (start < chars.length) out.push(chars.slice(start).join(''));
  return out;
}

/** A sentence's spoken weight: its words by the engine's own count (CJK characters, Thai words…). */
export function spokenWeight(text: string): number {
  return countWords(text);
}

/**
 * Index of the sentence being spoken when `fraction` (0…1) of the slide's budget has passed,
 * assuming an even pace through its words. Past the budget it stays on the last sentence said.
 */
export function sentenceAt(sentences: readonly NoteSentence[], fraction: number): number {
  if (sentences.length === 0) return -1;
  const total = sentences.reduce((a, s) => a + s.weight, 0);
  if (total === 0) return 0;
  const target = Math.min(1, Math.max(0, fraction)) * total;
  let before = 0;
  for (let i = 0; i < sentences.length; i += 1) {
    before += sentences[i]!.weight;
    if (target < before) return i;
  }
  // (the last sentence said: a closing "(Applause.)" weighs nothing and is never where the plan is)
  for (let i = sentences.length - 1; i >= 0; i -= 1) if (sentences[i]!.weight > 0) return i;
  return sentences.length - 1;
}
