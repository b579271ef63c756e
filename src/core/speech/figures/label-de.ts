/**
 * German labels (judge21, Zypries, Jahreswirtschaftsbericht 2018). A German clause keeps its verb
 * for the end, so a phrase read on from a figure runs into it: "90 Prozent — der
 * Gesamtinvestitionen ausmachen", "60 Prozent — BIP fallen". German nouns are written with a
 * capital; a label never ends on a word in lower case that is no function word (the verb, its
 * participle, an adverb): it is cut there, and what is left is a label or none.
 *
 * A change said with "um" ("Die verfügbaren Einkommen sind um etwa 3,6 Prozent gestiegen") is no
 * share of its subject: "3,6 Prozent — verfügbaren Einkommen" read as a part of the incomes. The
 * label says the change ("Anstieg der verfügbaren Einkommen") when the subject is a plural with
 * "die", whose genitive keeps its words ("der verfügbaren Einkommen"); else there is no label.
 */
import type { Span } from '../segment';

/** Participles and infinitives of a change said after "um <figure>". */
const RISE =
  /^(?:gestiegen|angestiegen|gewachsen|erhöht|vergrößert|zugenommen|steigen|wachsen|ansteigen|zunehmen|erhöhen)$/u;
const FALL =
  /^(?:gesunken|gefallen|zurückgegangen|gesenkt|verringert|reduziert|abgenommen|sinken|fallen|zurückgehen|senken|verringern|reduzieren|abnehmen)$/u;

/**
 * The German label of the figure at `fig` (see above): `label` cut before a closing verb, the
 * change it is said with, or '' when no label is left. `isLabel` is label.ts's test.
 */
export function germanLabel(
  sentence: string,
  fig: Span,
  label: string,
  isFunction: (w: string) => boolean,
  isLabel: (l: string) => boolean,
): string {
  // "um etwa 3,6 Prozent gestiegen": the figure is a change of the subject
  const value = sentence.slice(fig.start, fig.end);
  const um =
    /(?<![\p{L}])um\s+$/u.test(sentence.slice(Math.max(0, fig.start - 4), fig.start)) || /^um\s/u.test(value);
  const verb =
    /^\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)(?=\s*(?:$|[,;.:!?]|\s(?:wird|werden|ist|sind|hat|haben|worden)(?![\p{L}])))/u.exec(
      sentence.slice(fig.end, fig.end + 60),
    )?.[1];
  if (um && /^\s+auf\s/u.test(sentence.slice(fig.end, fig.end + 6))) return '';
  const change = um && verb ? (RISE.test(verb) ? 'Anstieg' : FALL.test(verb) ? 'Rückgang' : '') : '';
  if (change) {
    if (!label) return '';
    const at = sentence.lastIndexOf(label, fig.start);
    const plural =
      at >= 0 &&
      /(?:^|\s)[Dd]ie\s+$/u.test(sentence.slice(Math.max(0, at - 5), at)) &&
      /^\s+(?:sind|haben|werden)(?![\p{L}])/u.test(sentence.slice(at + label.length, fig.start));
    return plural ? `${change} der ${label}` : '';
  }
  if (!label) return label;
  const ws = label.split(/\s+/u);
  let cut = false;
  while (ws.length && /^\p{Ll}/u.test(ws[ws.length - 1]!) && !isFunction(ws[ws.length - 1]!)) {
    ws.pop();
    cut = true;
  }
  if (!cut) return label;
  while (ws.length && isFunction(ws[ws.length - 1]!)) ws.pop();
  const kept = ws.join(' ');
  return isLabel(kept) ? kept : '';
}
