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
  /** In a paragraph of the notes not said aloud (a headnote, a dateline: `Slide.unsaid`); its weight is 0. */
  unsaid?: true;
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
  return notes
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Splits the notes (paragraphs separated by blank lines) into sentences. The paragraphs numbered
 * in `unsaid` (a headnote, a dateline, `Slide.unsaid`) weigh nothing: the plan never waits on them.
 */
export function splitNotes(notes: string, unsaid: readonly number[] = []): NoteSentence[] {
  const out: NoteSentence[] = [];
  notesParagraphs(notes).forEach((paragraph, index) => {
    const silent = unsaid.includes(index);
    for (const text of splitSentences(paragraph)) {
      out.push(
        silent
          ? { text, paragraph: index, weight: 0, unsaid: true }
          : { text, paragraph: index, weight: spokenWeight(text) },
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
 * assuming an even pace through its words. Past the budget it stays on the last sentence.
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
  return sentences.length - 1;
}
