/**
 * "we were able to sign a lease for 99 years to establish the United States Embassy here in
 * Hanoi": a length said as the term of a thing ("a lease for 99 years") is that thing's term; its
 * label is the thing and what it is for, said after the length ("lease … to establish the United
 * States Embassy"), both from the sentence. A thing alone ("a home for 30 years") says not what the
 * length is, and gets no label (judge15, Harris in Hanoi).
 */
import { isFunctionWord } from '../lexicon';
import type { FoundFigure } from './index';
import { isLabel } from './label';

/** "a lease for", "the moratorium for": an article, one noun, "for", right before the length. */
const TERM_OF = /(?:^|\s)(?:a|an|the)\s+(\p{Ll}[\p{L}-]{2,})\s+for\s+$/u;
/** "to establish the United States Embassy here in Hanoi": what the thing is for. */
const PURPOSE = /^\s+(to\s+\p{Ll}+\s+(?:the|a|an|our|its|their|this|that|new)\s+[^,;:.!?—–()"“”]+)/u;
/** Words of the purpose kept on the label. */
const MAX_PURPOSE = 6;

/** Labels the unlabelled lengths of one English sentence that are a thing's term (in place). */
export function termLabels(sentence: string, figs: FoundFigure[], lang: string): void {
  for (const f of figs) {
    if (f.label || f.kind !== 'duration') continue;
    const thing = TERM_OF.exec(sentence.slice(Math.max(0, f.start - 40), f.start))?.[1];
    const purpose = PURPOSE.exec(sentence.slice(f.end));
    if (!thing || !purpose || isFunctionWord(thing, lang)) continue;
    const ws = purpose[1]!.trim().split(/\s+/u).slice(0, MAX_PURPOSE);
    while (ws.length && isFunctionWord(ws[ws.length - 1]!, lang)) ws.pop();
    const label = `${thing} … ${ws.join(' ')}`;
    // (longer than a plain label may be: the thing and its purpose are two phrases, both said)
    if (ws.length >= 3 && isLabel(`${thing} ${ws.slice(-2).join(' ')}`, lang) && !/\p{Nd}/u.test(label))
      f.label = label;
  }
}
