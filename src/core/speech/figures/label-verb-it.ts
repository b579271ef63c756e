/**
 * "La lettera d'intenti inviata alla Commissione europea prevede proventi di almeno 5 miliardi":
 * a label taken from before the figure that holds the clause's verb ("Commissione europea prevede
 * proventi") gives the verb the wrong subject — the letter foresees the proceeds, not the
 * Commission (judge24 A4, Monti, Senato, 17 novembre 2011). Only the words after the verb stay,
 * when they are a label by themselves; else the figure has no label.
 */
import { IT_OPENING_VERB } from '../title-eu';

/** The label without a subject and its verb ('' when what is left is no label). */
export function withoutSubjectVerb(label: string, isLabel: (phrase: string) => boolean): string {
  const ws = label.split(/\s+/u).filter(Boolean);
  const at = ws.findIndex((w, i) => i > 0 && IT_OPENING_VERB.test(w));
  if (at < 0) return label;
  const rest = ws.slice(at + 1).join(' ');
  return isLabel(rest) ? rest : '';
}
