/**
 * "to deliver 1 million vaccines …, on top of the 5 million that we’ve already shared": a second
 * number of the same scale, said without its noun, counts the noun the first one said; what sets it
 * apart is the relative clause after it. Its label is that noun and that clause ("vaccines … that
 * we’ve already shared"), both from its own sentence; without a clause it says nothing a card can
 * hold, and stays without a label (judge15, Harris in Hanoi).
 */
import { isFunctionWord } from '../lexicon';
import type { FoundFigure } from './index';
import { isLabel } from './label';

/** A value that is a number and its scale only ("5 million"), the scale captured. */
const BARE_SCALE = /^\p{Nd}[\p{Nd},.]*\s+(hundred|thousand|million|billion|trillion)$/iu;
/** A value that is a number, its scale and one noun ("1 million vaccines"). */
const SCALE_NOUN = /^\p{Nd}[\p{Nd},.]*\s+(hundred|thousand|million|billion|trillion)\s+(\p{L}[\p{L}'’-]*)$/iu;
/** "that we’ve already shared", "which were delivered": the clause that says which ones. */
const RELATIVE = /^\s+((?:that|which)\s+[^,;:.!?—–()"“”]+)/iu;
/** The most words such a label may have. */
const MAX_WORDS = 7;

/** Labels the figures of one English sentence whose noun is said by the figure before (in place). */
export function elidedNounLabels(sentence: string, figs: FoundFigure[], lang: string): void {
  for (const [i, f] of figs.entries()) {
    const scale = BARE_SCALE.exec(f.value);
    if (f.label || !scale || !/(?:^|\s)the\s+$/iu.test(sentence.slice(0, f.start))) continue;
    const noun = figs
      .slice(0, i)
      .map((g) => SCALE_NOUN.exec(g.value))
      .reverse()
      .find((m) => m && m[1]!.toLowerCase() === scale[1]!.toLowerCase())?.[2];
    const clause = RELATIVE.exec(sentence.slice(f.end));
    if (!noun || !clause || isFunctionWord(noun, lang)) continue;
    const ws = clause[1]!.trim().split(/\s+/u);
    while (ws.length && isFunctionWord(ws[ws.length - 1]!, lang)) ws.pop();
    const label = `${noun} … ${ws.join(' ')}`;
    if (ws.length >= 2 && ws.length + 1 <= MAX_WORDS && isLabel(label, lang)) f.label = label;
  }
}
