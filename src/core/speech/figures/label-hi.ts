/**
 * Hindi labels (judge9, the Mann Ki Baat address). Hindi puts the counted noun right after the
 * number and its postposition after the noun ("करीब 40 लाख घरों को जिओ-टैग किया गया है"), so the
 * English rules cut labels at the wrong ends: "98% — को पार कर गया है और", "600 — जिलों ने स्वयं
 * को खुले में", "23 — राज्यों के". The label is the noun after the number with what its
 * postposition governs, up to the verb's auxiliary or a conjunction ("घरों को जिओ-टैग",
 * "खिलाड़ियों ने भाग लिया"); when the number is followed by a postposition, the noun said before
 * it ("स्वच्छता coverage 98% को पार…"). Never a label that opens or ends on a postposition or a
 * conjunction, never one word, never more than six: no such phrase → no label.
 */
import { isFunctionWord } from '../lexicon';
import type { Span } from '../segment';

const MAX_WORDS = 6;
/** Postpositions: they carry a noun phrase on, but a label never opens or ends on one. */
const POSTPOSITION = /^(?:का|की|के|को|से|में|मे|पर|ने|तक)$/u;
/** Particles of emphasis ("भी", also): inside a label, never at its end. */
const PARTICLE = /^(?:भी|ही|तो)$/u;
/** "take", "give" after a noun ("भाग लिया", took part): part of what is counted; a bare stem is not its end. */
const TAKE_GIVE = /^(?:लिया|लिए|ली|दिया|दिए|दी)$/u;
const STEM = /^(?:ले|दे)$/u;
/** Numbers said in words: a label says what is counted, not how many. */
const NUMBER_WORD =
  /^(?:एक|दो|तीन|चार|पाँच|पांच|छह|छः|सात|आठ|नौ|दस|बीस|पचास|सौ|हज़ार|हजार|लाख|करोड़|अरब|साढ़े|डेढ़|ढाई|सवा|पौने)$/u;

const bare = (w: string) => w.normalize('NFC').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, '');
const wordsOf = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Whether a sentence is Hindi (Devanagari) prose, whose labels this file makes. */
export function isDevanagari(sentence: string, lang: string): boolean {
  return /^(?:hi|mr|ne)(?:-|$)/iu.test(lang) || (!lang && /\p{Script=Devanagari}{2}/u.test(sentence));
}

/** What a Hindi label may not end on: a postposition, a particle, a bare stem, any other function word. */
function endsBadly(w: string): boolean {
  const b = bare(w);
  return (
    POSTPOSITION.test(b) ||
    PARTICLE.test(b) ||
    STEM.test(b) ||
    (isFunctionWord(b, 'hi') && !TAKE_GIVE.test(b))
  );
}

function trimmed(ws: string[]): string {
  const out = ws.map((w) => w.replace(/[|।॥,;:.!?"“”‘’]+$/u, ''));
  while (out.length && endsBadly(out[out.length - 1]!)) out.pop();
  while (out.length && isFunctionWord(bare(out[0]!), 'hi')) out.shift();
  return out.length >= 2 && out.length <= MAX_WORDS ? out.join(' ') : '';
}

/**
 * The phrase after the figure: its noun, then what the noun's postposition governs, up to an
 * auxiliary, a conjunction, a pronoun or the clause's end ("घरों को जिओ-टैग किया गया है" →
 * "घरों को जिओ-टैग").
 */
function after(text: string): string {
  const ws = wordsOf(text);
  const noun = bare(ws[0] ?? '');
  if (!noun || isFunctionWord(noun, 'hi') || NUMBER_WORD.test(noun) || /\p{N}/u.test(noun)) return '';
  const out = [ws[0]!];
  for (const w of ws.slice(1)) {
    const b = bare(w);
    if (/\p{N}/u.test(b) || NUMBER_WORD.test(b)) break;
    if (
      isFunctionWord(b, 'hi') &&
      !POSTPOSITION.test(b) &&
      !PARTICLE.test(b) &&
      !TAKE_GIVE.test(b) &&
      !STEM.test(b)
    )
      break;
    out.push(w);
    if (/[|।॥,;:.!?]$/u.test(w)) break;
  }
  // (a phrase that runs on past six words is a clause, not a label: "जिलों ने स्वयं को खुले में शौच …")
  return out.length > MAX_WORDS ? '' : trimmed(out);
}

/** The verbs and auxiliaries that end what a subject did ("घोषित कर दिया है"). */
const ENDS_DEED = (b: string) =>
  isFunctionWord(b, 'hi') &&
  !POSTPOSITION.test(b) &&
  !PARTICLE.test(b) &&
  !TAKE_GIVE.test(b) &&
  !STEM.test(b);

/** The most words of a subject with "ने" and its deed, said whole. */
const MAX_DEED_WORDS = 9;

/**
 * A subject with "ने" whose deed runs on past a short label ("जिलों ने स्वयं को खुले में शौच मुक्त
 * घोषित कर दिया है"): the subject and its whole deed up to the auxiliary, when it fits a card
 * ("जिलों ने स्वयं को खुले में शौच मुक्त घोषित"). A deed said once after another subject ("गांवों
 * ने और 600 जिलों ने …") is no phrase of the first one's, and a label is never stitched with "…"
 * (render19: "गांवों ने … शौच मुक्त घोषित"): ''.
 */
function deedOf(text: string): string {
  const ws = wordsOf(text);
  if (bare(ws[1] ?? '') !== 'ने' || /[|।॥,;:.!?]$/u.test(ws[1]!)) return '';
  const deed: string[] = [];
  for (const w of ws.slice(2)) {
    if (ENDS_DEED(bare(w))) break;
    deed.push(w);
    if (/[|।॥,;:.!?]$/u.test(w)) break;
  }
  const out = [ws[0]!, ws[1]!, ...deed].map((w) => w.replace(/[|।॥,;:.!?"“”‘’]+$/u, ''));
  while (out.length && endsBadly(out[out.length - 1]!)) out.pop();
  return deed.length > MAX_WORDS - 2 && out.length <= MAX_DEED_WORDS ? out.join(' ') : '';
}

/** The content words said right before the figure ("ग्रामीण भारत में स्वच्छता coverage" → "स्वच्छता coverage"). */
function before(text: string): string {
  const ws = wordsOf(text);
  const out: string[] = [];
  for (let i = ws.length - 1; i >= 0 && out.length < 4; i--) {
    const w = ws[i]!;
    const b = bare(w);
    if (isFunctionWord(b, 'hi') || NUMBER_WORD.test(b) || /\p{N}/u.test(b) || /[|।॥,;:.!?]$/u.test(w)) break;
    out.unshift(w);
  }
  return trimmed(out);
}

/**
 * The label of a Hindi figure at `fig` within its clause `clause` of `sentence`, '' when none reads.
 * `nextNumber` and `prevNumber` bound it: a label never reaches into another number.
 */
export function hindiLabel(
  sentence: string,
  fig: Span,
  clause: Span,
  prevNumber: number,
  nextNumber: number,
): string {
  // "स्वच्छता coverage 98% को पार कर गया है": a figure said with "को पार" (hedge.ts) counts the noun before it
  if (/को\s+पार$/u.test(sentence.slice(fig.start, fig.end)))
    return before(sentence.slice(Math.max(clause.start, prevNumber), fig.start));
  const rest = sentence.slice(fig.end, Math.min(clause.end, nextNumber));
  const next = bare(wordsOf(rest)[0] ?? '');
  if (next && !isFunctionWord(next, 'hi')) return after(rest) || deedOf(sentence.slice(fig.end, clause.end));
  // "स्वच्छता coverage 98% को पार कर गया है": a number before a postposition counts the noun before it
  return POSTPOSITION.test(next) ? before(sentence.slice(Math.max(clause.start, prevNumber), fig.start)) : '';
}
