/**
 * A change said as "from X to Y" ("from a potential level of 16 million barrels to 6 million
 * barrels a day", "с 30 процентов до 12 процентов", "del 40 por ciento al 20 por ciento",
 * "从9899万减少到551万") is one figure: X alone would show the starting value as if it were the
 * figure (or the target), and its label ("potential level", "Уровень бедности снизился", "减少到")
 * would say what X was, or that X is where it ended, not what changed.
 *
 * A pair is read only inside one sentence (the caller's), and only when the words between its two
 * numbers are the change's own: its "to" word, and the time each end was said for ("from more than
 * $66 billion in fiscal year 1976 to about $40 billion in fiscal year 1979", "从2012年的54万亿元
 * 增长到2022年的121万亿元"). Two figures of different sentences or clauses are never one change.
 */
import type { Span } from '../segment';
import { articles } from '../lexicon';
import { MONTHS } from '../structure';
import { figureLabel } from './label';
import { qualifiedLabel } from './qualify';
import { withRate } from './rules';

interface Figure extends Span {
  value: string;
  label: string;
  core: string;
}

/** The most words a change can take and still be one card's value (CJK: characters). */
const MAX_WORDS = 10;
const MAX_CJK = 20;

/** A year said for a figure right after it: "in fiscal year 1976", "в 2018 году", "en 2010". */
const YEAR = String.raw`(?:19|20)\d\d`;
/** A month said for a figure ("from … 3.4 percent in April to 3.9 percent in October", Waller 2023). */
const MONTH = String.raw`${MONTHS}(?:\s+${YEAR})?`;

/**
 * Per language: what opens a change before its first value (with up to a few words between, "from
 * a potential level of"), and what may stand between its two values: the time the first was said
 * for (captured), then the "to" word (and, in Chinese, the verb of the change and the time of the
 * second value, which is said before it: "增长到2022年的").
 */
interface Pairing {
  open: RegExp;
  join: RegExp;
  /** The time said right after the second value, in the words the first's was said in. */
  then?: RegExp;
  /** What changed, said right before the change when no label says it (German). */
  thing?: (before: string) => string;
}

/** German articles, from the one article table (lexicon.ts). */
const DE_ARTICLE = articles(['de']);
/** A German adjective's ending before its noun ("investiven Ausgaben"). */
const DE_ADJECTIVE = /^\p{Ll}+(?:e|en|er|es|em)$/u;
/**
 * "die Steigerung der investiven Ausgaben um 3 Milliarden Euro auf 37 Milliarden Euro": the noun
 * phrase right before the change (nouns, their articles and adjectives, back to the verb), its
 * first article off; '' unless it opens on a noun and is two to six words.
 */
function germanThing(before: string): string {
  const ws = before.trimEnd().split(/\s+/u);
  const phrase: string[] = [];
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i]!;
    const next = phrase[0];
    const ok =
      /^\p{Lu}\p{Ll}+$/u.test(w) ||
      (DE_ARTICLE.has(w) && next !== undefined) ||
      (DE_ADJECTIVE.test(w) && next !== undefined && /^\p{Lu}/u.test(next));
    if (!ok || i === 0) break;
    phrase.unshift(w);
  }
  while (phrase.length && DE_ARTICLE.has(phrase[0]!)) phrase.shift();
  return phrase.length >= 2 && phrase.length <= 6 && /^\p{Lu}/u.test(phrase[0]!) ? phrase.join(' ') : '';
}
const PAIRINGS: Record<string, Pairing> = {
  en: {
    // ("from a more than 50-year low of 3.4 percent": six words between, judge22)
    open: /(?<![\p{L}])from\s+(?:[^\s,;:—–]+\s+){0,6}$/iu,
    // ("from over $20,000 per container at the peak of the disruption back down to around $4,400",
    // Brainard 2024: the peak alone was carded as if it were today's rate)
    join: new RegExp(
      String.raw`^(?:\s+((?:in|during)\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?)?${YEAR}|in\s+${MONTH}|at\s+(?:the|its)\s+(?:peak|height|worst)(?:\s+of\s+(?:the\s+)?[\p{L}-]+)?))?(?:\s+back)?(?:\s+(?:down|up))?\s+to\s+$`,
      'iu',
    ),
    then: new RegExp(
      String.raw`^\s+((?:in|during)\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?)?${YEAR}|in\s+${MONTH})(?![\p{L}\p{Nd}])`,
      'iu',
    ),
  },
  // "Steigerung der investiven Ausgaben um 3 Milliarden Euro auf 37 Milliarden Euro" (Scholz, 2018):
  // a change "um" X "auf" the level Y, and "von X auf Y"; X alone was carded as the level (judge22)
  de: {
    open: /(?<![\p{L}])(?:von|um)\s+(?:(?:fast|knapp|rund|gut|über|mehr\s+als|etwa|ungefähr)\s+)?$/iu,
    join: new RegExp(
      String.raw`^(?:\s+((?:im\s+Jahr\s+)?${YEAR}))?\s+auf\s+(?:(?:fast|knapp|rund|gut|über|mehr\s+als|etwa|ungefähr)\s+)?$`,
      'iu',
    ),
    then: new RegExp(String.raw`^\s+((?:im\s+Jahr\s+)?${YEAR})(?![\p{L}\p{Nd}])`, 'iu'),
    thing: germanThing,
  },
  ru: {
    open: /(?<![\p{L}])(?:с|со|от)\s+(?:(?:почти|около|более|менее|свыше|примерно)\s+)?$/iu,
    join: new RegExp(String.raw`^(?:\s+(в\s+${YEAR}\s+году))?\s+до\s+$`, 'iu'),
    then: new RegExp(String.raw`^\s+(в\s+${YEAR}\s+году)(?![\p{L}\p{Nd}])`, 'iu'),
  },
  es: {
    open: /(?<![\p{L}])(?:de|del|desde)\s+(?:(?:casi|más\s+de|menos\s+de|unos|unas|cerca\s+de)\s+)?$/iu,
    join: new RegExp(String.raw`^(?:\s+(en\s+${YEAR}))?\s+(?:a|al|hasta)\s+$`, 'iu'),
    then: new RegExp(String.raw`^\s+(en\s+${YEAR})(?![\p{L}\p{Nd}])`, 'iu'),
  },
  fr: {
    open: /(?<![\p{L}])(?:de|du|depuis)\s+(?:(?:près\s+de|plus\s+de|moins\s+de|environ)\s+)?$/iu,
    join: new RegExp(String.raw`^(?:\s+(en\s+${YEAR}))?\s+(?:à|au)\s+$`, 'iu'),
    then: new RegExp(String.raw`^\s+(en\s+${YEAR})(?![\p{L}\p{Nd}])`, 'iu'),
  },
  zh: {
    open: new RegExp(String.raw`(?:从|由)(?:${YEAR}年的?)?$`, 'u'),
    join: new RegExp(
      String.raw`^(?:减少|增加|增长|下降|提高|降低|上升|扩大|缩小|降|升)?(?:到|至)(${YEAR}年的?)?$`,
      'u',
    ),
  },
};

const pairingOf = (lang: string): Pairing | undefined =>
  PAIRINGS[/^[a-z]{2}/iu.exec(lang)?.[0]?.toLowerCase() ?? 'en'] ?? (lang ? undefined : PAIRINGS.en);

const tooLong = (value: string) =>
  /\p{Script=Han}/u.test(value) ? value.length > MAX_CJK : value.split(/\s+/u).length > MAX_WORDS;

/**
 * Joins, in place, each pair of figures said as "from X to Y" into one figure "from X to Y" (with
 * the rate said after Y), labelled by what is said before "from" ('' when nothing is). A change
 * too long to be a card's value is a phrase of the sentence: when each end was said for a time of
 * its own and the sentence names what changed, each end is a figure of that thing at its time
 * ("more than $66 billion — deficit, in fiscal year 1976"); else neither end is shown alone.
 * `taken`: the spans of the sentence's numbers, which a label never reaches into.
 */
export function joinChanges<F extends Figure>(
  sentence: string,
  figures: F[],
  taken: Span[],
  lang: string,
): void {
  const pairing = pairingOf(lang);
  if (!pairing) return;
  for (let i = 0; i + 1 < figures.length; i++) {
    const f = figures[i]!;
    const g = figures[i + 1]!;
    const join = pairing.join.exec(sentence.slice(f.end, g.start));
    if (!join) continue;
    const head = sentence.slice(Math.max(0, f.start - 60), f.start);
    const from = pairing.open.exec(head);
    if (!from) continue;
    const start = f.start - (head.length - from.index);
    let end = withRate(sentence, g.end);
    // the first end said for a time, the second is too: "from $66 billion in 1976 to $40 billion
    // in 1979" is read to its last time, never cut before it
    const then = join[1] ? pairing.then?.exec(sentence.slice(end)) : null;
    if (then) end += then[0].length;
    const whole = { start, end };
    const others = taken.filter((t) => t.end <= f.start || t.start >= end);
    const value = sentence.slice(start, end);
    const label =
      qualifiedLabel(sentence, whole, figureLabel(sentence, whole, others, lang)) ||
      (pairing.thing?.(sentence.slice(0, start)) ?? '');
    // the change is read whole, "from" and all ("from 16 million barrels to 6 million barrels a
    // day"): "X to Y" alone reads as a range
    if (!tooLong(value)) {
      figures.splice(i, 2, { ...g, start, end, value, core: value, label });
      continue;
    }
    // longer than a card's value can be ("from 40 cents per person per week to more than 50 cents
    // a week"), it is a phrase of the sentence: each end is shown only as the thing changed at
    // the time said for it
    const thing =
      changedThing(sentence.slice(0, start)) || (TIMELESS.test(label) ? label.replace(CHANGE_VERB, '') : '');
    const times = [join[1], then?.[1]];
    if (thing && times[0] && times[1] && !/\p{Script=Han}/u.test(value)) {
      f.label = `${thing}, ${times[0].replace(/\s+/gu, ' ')}`;
      g.label = `${thing}, ${times[1]}`;
      i++;
      continue;
    }
    figures.splice(i, 2);
    i--;
  }
}

/** The verb of the change, which a label of one end at its time drops ("Уровень бедности снизился"). */
const CHANGE_VERB =
  /\s+(?:rose|fell|grew|dropped|declined|increased|decreased|climbed|вырос\p{L}*|снизил\p{L}*|сократил\p{L}*|увеличил\p{L}*|уменьшил\p{L}*|повысил\p{L}*|понизил\p{L}*|упал\p{L}*|bajó|subió|pasó|creció|cayó|aumentó|disminuyó)$/iu;

/** A label that says no time of its own ("in fiscal year" is the pair's frame, not its thing). */
const TIMELESS = /^(?!.*(?:\p{Nd}|(?<![\p{L}])(?:fiscal|year|году?|año|an(?:née)?)(?![\p{L}])))./iu;

/**
 * What a change said after its verb changes: "We've brought the deficit down by one-third …",
 * "we cut Federal spending …" → "deficit", "Federal spending". English only; '' when the sentence
 * does not name it right after such a verb.
 */
const CHANGED =
  /(?<![\p{L}])(?:brought|bring|brings|cut|cuts|reduced|reduce|reduces|lowered|lower|raised|raise|increased|increase|doubled|halved)\s+(?:the|our|its|their)\s+((?:[A-Z][\p{L}]+\s+)?[\p{Ll}]+(?:\s+(?!(?:down|up|by|from)(?![\p{L}]))[\p{Ll}]+)?)(?=\s+(?:down|up|by|from)(?![\p{L}]))/u;
function changedThing(before: string): string {
  const m = CHANGED.exec(before);
  return m ? m[1]! : '';
}
