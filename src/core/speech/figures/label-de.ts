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

/**
 * A level a thing falls below or rises above, said in a German verb-final clause: "Erstmals seit 17
 * Jahren wird nächstes Jahr die gesamtstaatliche Schuldenquote wieder unter einen Anteil von 60
 * Prozent des Bruttoinlandsprodukts fallen." (Scholz, Haushaltsrede 2018). The genitive after the
 * figure says only what the share is of ("des Bruttoinlandsprodukts", alone no label: judge22 found
 * no card, and "17 Jahren — wird nächstes Jahr" in its place); what is measured is the subject said
 * before ("die gesamtstaatliche Schuldenquote"), and the bound is what is said of it. A card's value
 * is the number with its unit (judge24 A6: "unter einen Anteil von 60 Prozent des
 * Bruttoinlandsprodukts" was a whole phrase on the card): a bound said right before the number
 * ("unter 60 Prozent", hedge.ts) stays in the value; one said apart from it ("unter einen Anteil von
 * 60 Prozent") goes to the label as "darunter"/"darüber", after the subject and its "wieder":
 * "60 Prozent — gesamtstaatliche Schuldenquote wieder darunter, nächstes Jahr". The label ends with
 * the year it is said for ("nächstes Jahr"). null when the sentence is not so.
 */
const BOUND_BEFORE =
  /(?<![\p{L}])(unter|über|unterhalb|oberhalb)\s+(?:(?:einen|einem|eine|den|dem|die|das)\s+(?:Anteil|Wert|Stand|Niveau|Satz)\s+von\s+)?(?:(?:rund|etwa|knapp|gut)\s+)?$/u;
const GENITIVE_AFTER = /^\s+(?:des|der)\s+\p{Lu}[\p{L}-]+/u;
/** Verbs of moving to a level, closing the clause. */
const MOVE_VERB =
  /^\s+(?:fallen|sinken|steigen|liegen|bleiben|rutschen|gefallen|gesunken|gestiegen|geblieben)(?=\s*[.,;!?]|\s*$)/u;
/** The subject before the bound: its article, at most one adjective, its noun, then adverbs. */
const SUBJECT_BEFORE =
  /(?:^|\s)(?:die|der|das)\s+((?:\p{Ll}[\p{L}-]*e\s+)?\p{Lu}[\p{L}-]+)\s+((?:(?:wieder|erstmals|bald|dann|damit|erneut|dauerhaft)\s+)*)$/u;
/** A year said for the clause in words ("nächstes Jahr"). */
const YEAR_SAID = /(?<![\p{L}])(nächstes|kommendes|dieses|letztes|vergangenes)\s+Jahr(?![\p{L}])/iu;
/** The bound said of the number, as the adverb that stands for it in the label. */
const BOUND_ADVERB: Record<string, string> = {
  unter: 'darunter',
  unterhalb: 'darunter',
  über: 'darüber',
  oberhalb: 'darüber',
};

export function germanBound(
  sentence: string,
  fig: Span,
): { start: number; end: number; label: string } | null {
  // ("unter 60 Prozent": the hedge took the bound into the value already, hedge.ts)
  const inValue = /^(?:unter|über|unterhalb|oberhalb)\s/u.test(sentence.slice(fig.start, fig.end));
  const bound = inValue ? null : BOUND_BEFORE.exec(sentence.slice(Math.max(0, fig.start - 60), fig.start));
  if (!inValue && (!bound || !bound[0].trim())) return null;
  const from = fig.start - (bound?.[0].length ?? 0);
  const genitive = GENITIVE_AFTER.exec(sentence.slice(fig.end));
  if (!MOVE_VERB.test(sentence.slice(fig.end + (genitive?.[0].length ?? 0)))) return null;
  const subject = SUBJECT_BEFORE.exec(sentence.slice(0, from));
  if (!subject) return null;
  const again = /(?<![\p{L}])wieder(?![\p{L}])/u.test(subject[2]!) ? ' wieder' : '';
  const said = bound ? `${subject[1]!}${again} ${BOUND_ADVERB[bound[1]!]!}` : subject[1]!;
  const year = YEAR_SAID.exec(sentence.slice(0, from));
  const label = year ? `${said}, ${year[0].charAt(0).toLowerCase()}${year[0].slice(1)}` : said;
  return { start: fig.start, end: fig.end, label };
}

/**
 * A scaled count that a German relative clause gives its noun ("In einer Welt, die zur Mitte des
 * Jahrhunderts 10 Milliarden Einwohner haben wird, …", Scholz, Haushaltsrede 2018): the value says
 * what is counted, and the clause says whose they are and when; the time alone was no label
 * ("10 Milliarden — Mitte des Jahrhunderts", judge22), and without one the figure had no card
 * (judge23). The label is the noun the clause is said of and its time: "Welt, zur Mitte des
 * Jahrhunderts". '' when the sentence is not so.
 */
const RELATIVE_HOLDER =
  /(?:^|\s)(?:einer|eine|einem|ein|die|der|dem|das)\s+(\p{Lu}[\p{L}-]+),\s+(?:die|der|das)\s+((?:zur|zum|bis\s+zur|bis\s+zum|im|am)\s+[^,;:.!?\p{Nd}]{2,40}?)\s+$/u;
const HAVE_AFTER =
  /^\s+(?:haben|hat|zählen|zählt|umfassen|umfasst)(?:\s+(?:wird|werden|soll|sollen))?\s*[,.;]/u;

export function germanHolder(sentence: string, fig: Span): string {
  if (!/\p{L}$/u.test(sentence.slice(fig.start, fig.end))) return '';
  if (!HAVE_AFTER.test(sentence.slice(fig.end))) return '';
  const m = RELATIVE_HOLDER.exec(sentence.slice(0, fig.start));
  if (!m) return '';
  const label = `${m[1]!}, ${m[2]!.trim()}`;
  return label.split(/\s+/u).length <= 6 ? label : '';
}
