/**
 * Which words of a slide's speech go with each step: the teleprompter follows the speaker's
 * clicks (revealing item 3 means the speaker has reached what they say about item 3) and the pace
 * counts a step revealed early as ground gained. Pure text maths on the slide's notes.
 *
 * Each step is anchored at the first sentence, after the previous step's, that shares the most
 * words with the step's on-screen text (a derived enumeration item is the start of its own
 * paragraph, so it is found exactly). Steps whose words cannot be found are spread evenly between
 * the anchors around them; with none found, the notes are shared out evenly, the words before the
 * first step belonging to step 0.
 */
import { splitNotes, type NoteSentence } from './pacing-prompter';

/** Share of a step's words a sentence must contain to be taken as where the step is spoken. */
const MIN_OVERLAP = 0.5;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function tokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (CJK.test(word)) for (const ch of word) out.add(ch);
    else if (word.length >= 3 || /\p{N}/u.test(word)) out.add(word);
  }
  return out;
}

function overlap(step: Set<string>, sentence: Set<string>): number {
  if (step.size === 0) return 0;
  let shared = 0;
  for (const t of step) if (sentence.has(t)) shared += 1;
  return shared / step.size;
}

/**
 * For each step (1…n), the index of the sentence where its words begin: non-decreasing, each
 * within 0…sentences.length - 1 (or 0 when the notes are empty).
 */
export function stepAnchors(sentences: readonly NoteSentence[], stepTexts: readonly string[]): number[] {
  const n = stepTexts.length;
  const count = sentences.length;
  if (n === 0) return [];
  if (count === 0) return stepTexts.map(() => 0);
  const sentenceTokens = sentences.map((s) => tokens(s.text));
  const found: Array<number | null> = [];
  let from = 0;
  for (const text of stepTexts) {
    const want = tokens(text);
    let best = -1;
    let bestScore = MIN_OVERLAP - 1e-9;
    for (let i = from; i < count; i += 1) {
      const score = overlap(want, sentenceTokens[i]!);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    found.push(best >= 0 ? best : null);
    if (best >= 0) from = best;
  }
  // Spread the unfound between their found neighbours; step 0 sits at sentence 0, "step n+1" at the end.
  const known = [{ step: 0, at: 0 }];
  found.forEach((at, i) => {
    if (at !== null) known.push({ step: i + 1, at });
  });
  known.push({ step: n + 1, at: count });
  const anchors: number[] = [];
  for (let k = 1; k <= n; k += 1) {
    const exact = found[k - 1];
    if (exact !== null && exact !== undefined) {
      anchors.push(exact);
      continue;
    }
    const before = [...known].reverse().find((p) => p.step < k)!;
    const after = known.find((p) => p.step > k)!;
    const at = before.at + ((after.at - before.at) * (k - before.step)) / (after.step - before.step);
    anchors.push(Math.min(count - 1, Math.max(before.at, Math.round(at))));
  }
  return anchors;
}

/** The sentences spoken while `step` steps are out: [first, end) indices into `sentences`. */
export function stepSentenceRange(anchors: readonly number[], count: number, step: number): [number, number] {
  const start = step <= 0 ? 0 : (anchors[step - 1] ?? 0);
  const end = step >= anchors.length ? count : (anchors[step] ?? count);
  return [Math.min(start, Math.max(0, count - 1)), Math.max(end, Math.min(count, start + 1))];
}

/**
 * Where each step's words begin, as fractions (0…1) of the slide's spoken weight: what the pace
 * uses to tell a step revealed early (ahead) from one held long (behind).
 */
export function stepFractions(notes: string, stepTexts: readonly string[]): number[] {
  if (stepTexts.length === 0) return [];
  const sentences = splitNotes(notes);
  const total = sentences.reduce((a, s) => a + s.weight, 0);
  const anchors = stepAnchors(sentences, stepTexts);
  if (total === 0) return anchors.map((_, i) => (i + 1) / (anchors.length + 1));
  const before: number[] = [0];
  for (const s of sentences) before.push(before[before.length - 1]! + s.weight);
  return anchors.map((a) => before[a]! / total);
}
