/**
 * Figures in Croatian, Bosnian, Serbian, Slovenian, Bulgarian and Macedonian (issue 10, judge15):
 * - a count takes the noun it counts when a conjunction or a preposition follows it ("30 lajkova i
 *   2 dijeljenja", "2478 въпроси и питания"), as English does before "and" or "in";
 * - two counts joined by "and" are one figure ("30 lajkova i 2 dijeljenja"): the first alone is
 *   half of what was said;
 * - a figure with no label is labelled by the last words said before it, closed words, hedges and
 *   a compound preposition trimmed ("povečanje državnih štipendij za 20 %", "višina subvencij
 *   študentske prehrane se dvigne na 3,5 evra", "проведе парламентарен контрол в рамките на цели
 *   141 часа"), never by a clause's opener alone ("Da bi dobio 30 lajkova" → no label).
 */
import { isFunctionWord } from '../lexicon';

const LANGS = new Set(['hr', 'bs', 'sr', 'sl', 'bg', 'mk']);
const primary = (lang: string) => lang.split(/[-_]/u)[0]!.toLowerCase();

/** Whether these rules read the language. */
export function isSouthSlavic(lang: string): boolean {
  return LANGS.has(primary(lang));
}

/** Words after a counted noun that end its phrase: conjunctions and prepositions. */
const PHRASE_END =
  /^\s*(?:$|[,.;:!?)—–]|(?:i|in|ter|a|ali|ili|na|u|v|s|sa|z|za|od|do|iz|po|pri|preko|и|а|или|на|в|във|у|с|со|със|за|од|от|до|из|по|при|към|кон|през)\s)/iu;

/** Whether a counted noun after a South Slavic number ends its phrase here. */
export function endsSouthSlavicPhrase(rest: string): boolean {
  return PHRASE_END.test(rest);
}

/** "i 2 dijeljenja", "и 5 питания": a second count joined by "and". */
const AND_COUNT = /^\s+(?:i|in|и)\s+(\p{Nd}+)\s+(\p{L}{3,})(?=$|[\s,.;:!?)])/iu;

/**
 * The end of a second count joined to a count ("30 lajkova i 2 dijeljenja"), or -1. The first must
 * end on its noun, the second must have one, neither may be a closed word.
 */
export function joinedCountEnd(sentence: string, value: string, end: number, lang: string): number {
  if (!/^\p{Nd}+\s+\p{L}{3,}$/u.test(value) || isFunctionWord(value.split(/\s+/u)[1]!, lang)) return -1;
  const m = AND_COUNT.exec(sentence.slice(end, end + 60));
  if (!m || isFunctionWord(m[2]!, lang)) return -1;
  return end + m[0].length;
}

/** Hedges and "whole" said right before a number ("cele", "цели", "skoro", "почти"). */
const HEDGE =
  /^(?:cel[aeiou]?|cijel[aeiou]?|cel[aeiou]?|цели|цял|цяла|цяло|skoro|gotovo|približno|oko|okoli|skoraj|vsaj|najmanje|čak|почти|около|най-малко|дори|приближно|околу|речиси|над|preko|više|več|више|повече|повеќе)$/iu;
/** A compound preposition before a number ("в рамките на", "u okviru", "v višini"). */
const COMPOUND_PREPOSITION =
  /\s+(?:в\s+рамките(?:\s+на)?|в\s+размер(?:\s+на)?|u\s+okviru|v\s+okviru|u\s+iznosu(?:\s+od)?|v\s+višini|в\s+рамките)$/iu;

const bare = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The label said before a South Slavic figure: the last three words of `before` (the clause up to
 * the figure), closed words, hedges and a compound preposition trimmed at the end, closed words at
 * the start. A closed word inside ("prehrane se dvigne") cuts the phrase: the last run of two or
 * more words that says something is taken instead ("subvencij študentske prehrane"), save "da"
 * before its verb ("успя да приеме"). '' when none says something or one is a number.
 */
export function labelBefore(before: string, lang: string): string {
  const closed = (w: string) => !bare(w) || isFunctionWord(bare(w), lang) || HEDGE.test(bare(w));
  let ws = before.trim().split(/\s+/u).filter(Boolean);
  for (let trimmed = true; trimmed;) {
    const n = ws.length;
    while (ws.length && closed(ws[ws.length - 1]!)) ws.pop();
    const cut = ` ${ws.join(' ')}`.replace(COMPOUND_PREPOSITION, '').trim();
    ws = cut ? cut.split(/\s+/u) : [];
    trimmed = ws.length < n;
  }
  if (ws.some((w) => /\p{N}/u.test(w))) ws = ws.slice(ws.findLastIndex((w) => /\p{N}/u.test(w)) + 1);
  let window = ws.slice(-3);
  while (window.length && closed(window[0]!)) window.shift();
  if (window.slice(1, -1).some((w) => closed(w) && !/^(?:da|да)$/iu.test(bare(w)))) {
    // the last run of words with no closed word among them
    const runs: string[][] = [[]];
    for (const w of ws) {
      if (closed(w)) runs.push([]);
      else runs[runs.length - 1]!.push(w);
    }
    window =
      runs
        .filter((r) => r.length >= 2)
        .at(-1)
        ?.slice(-3) ?? [];
  }
  if (window.some((w) => /[,;:.!?]$/u.test(w))) return '';
  return window.filter((w) => !closed(w)).length >= 2 ? window.join(' ') : '';
}

/**
 * A label said after a figure that opens on a preposition is that phrase, at most three words:
 * "na svom Facebooku čovjek" (of "30 lajkova i 2 dijeljenja na svom Facebooku čovjek me je
 * proglasio…") ran on into the next clause's subject.
 */
export function prepositionalPhrase(label: string, sentence: string, end: number, lang: string): string {
  const ws = label.split(/\s+/u).filter(Boolean);
  if (ws.length <= 3 || !isFunctionWord(bare(ws[0]!), lang)) return label;
  if (!sentence.slice(end).trimStart().startsWith(ws[0]!)) return label;
  return ws.slice(0, 3).join(' ');
}
