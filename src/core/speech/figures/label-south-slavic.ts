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
import type { Span } from '../segment';

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

/** Prepositions of hr/bs/sr/sl/bg/mk (the lexicon has the short ones only: "uprkos", "ispod" are none). */
const PREPOSITION =
  /^(?:u|na|za|od|do|iz|po|pri|preko|uprkos|ispod|iznad|pod|nad|pred|ispred|iza|sa|s|z|v|k|ka|h|kod|bez|brez|prema|kroz|skozi|čez|između|med|tokom|posle|nakon|zbog|zaradi|radi|osim|umesto|protiv|proti|ob|в|във|на|за|от|до|из|по|при|под|над|пред|с|със|към|през|без|след|около|во|од|со|кон|преку|околу)$/iu;
/** The copula and "amounts to" said before a figure: "je", "biće", "je bila", "iznosi", "znaša", "е". */
const COPULA =
  /^(?:je|su|jeste|biće|bit|bi|će|bio|bila|bilo|bili|bile|iznosi|iznose|iznosio|iznosila|iznosilo|iznosiće|so|bo|bodo|bil|znaša|znašajo|znašal|znašala|znašalo|е|са|беше|бяха|ще|бъде|възлиза|изнесува|изнесуваше)$/iu;
/** "despite": a phrase opened by it says in spite of what, never what is counted. */
const CONCESSIVE = /^(?:uprkos|usprkos|unatoč|unatoc|kljub|въпреки|наспроти)$/iu;
/** The future copula: "biće", "bo", "bodo", "ще". */
const FUTURE = /^(?:biće|bice|bo|bodo|ще)$/iu;
/** Words of time that end a subject before them ("do kraja 2026. godine prosečna plata …"). */
const TIME_WORD =
  /^(?:godin\p{L}*|leto|leta|letu|letos|lani|mese[cč]\p{L}*|mjese[cč]\p{L}*|kvartal\p{L}*|dan|dana|danas|danes|sada?|zdaj|juče|jučer|včeraj|međuvremenu|medtem|година|годината|месец\p{L}*)$/iu;
/** Words that open the next clause inside a label said after a figure ("našeg BDP da pomogne"). */
const CLAUSE_OPENER =
  /^(?:da|koji|koja|koje|koju|kojoj|kojih|kojim|kojom|kojeg|kojem|kojima|kog|kome|što|šta|kako|jer|ako|dok|kada|kad|ki|ko|ker|če|ali|a|pa|te|ter|който|която|което|които|че|ако|когато|кој|која|кое|што|дека|ама|но)$/iu;
/** Words that compare a figure with another ("daleko ispod tog standarda"): never on the other's label. */
const COMPARES = /^(?:ispod|iznad|daleko|pod|nad|ispred|iza|pod|nižje|višje|под|над|далеч)$/iu;
/** An l-participle, the past verb of these languages ("izdvojila", "navršili", "rekao"). */
const L_PARTICIPLE = /\p{L}{2}(?:[aeiou]l[aoie]|ao|io|uo|ал|ела|ало|али|ил|ила|ило|или)$/iu;

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
  window = outOfPhrase(ws, window, lang);
  return window.filter((w) => !closed(w)).length >= 2 ? window.join(' ') : '';
}

/**
 * A window of words that opens inside a prepositional phrase ("svi oni koji su u međuvremenu
 * navršili 16 godina", "za sve nezaposlene isplatili smo 60 evra") is half a phrase: "za" (for
 * whom) is taken in whole, its verb left out ("za sve nezaposlene"); any other gives no label ("navršili"
 * alone says not what is counted, nor "Republike Srbije" of "u BDP-u Republike Srbije").
 */
function outOfPhrase(ws: string[], window: string[], lang: string): string[] {
  if (!window.length) return window;
  let k = ws.lastIndexOf(window[0]!, ws.length - window.length) - 1;
  const skipped: string[] = [];
  while (
    k >= 0 &&
    skipped.length < 2 &&
    isFunctionWord(bare(ws[k]!), lang) &&
    !PREPOSITION.test(bare(ws[k]!)) &&
    !CLAUSE_OPENER.test(bare(ws[k]!)) &&
    !/^(?:i|in|ili|и|или)$/iu.test(bare(ws[k]!)) &&
    !/[,;:.!?]$/u.test(ws[k]!)
  )
    skipped.unshift(ws[k--]!);
  if (k < 0 || !PREPOSITION.test(bare(ws[k]!)) || /[,;:.!?]$/u.test(ws[k]!)) return window;
  if (/^(?:za|за)$/iu.test(bare(ws[k]!)) && window.length + skipped.length < 5) {
    // ("za sve nezaposlene isplatili": for whom, the verb after it left to the notes)
    const phrase = [ws[k]!, ...skipped, ...window];
    while (phrase.length > 2 && L_PARTICIPLE.test(bare(phrase[phrase.length - 1]!))) phrase.pop();
    return phrase;
  }
  return [];
}

/**
 * A label said after a figure that opens on a preposition is that phrase, at most three words:
 * "na svom Facebooku čovjek" (of "30 lajkova i 2 dijeljenja na svom Facebooku čovjek me je
 * proglasio…") ran on into the next clause's subject.
 */
export function prepositionalPhrase(label: string, sentence: string, end: number, lang: string): string {
  const ws = label.split(/\s+/u).filter(Boolean);
  if (!ws.length || !isFunctionWord(bare(ws[0]!), lang)) return label;
  if (!sentence.slice(end).trimStart().startsWith(ws[0]!)) return label;
  // a phrase that runs to its clause's end in six words is said whole ("za namen urejanja stanja
  // voda", "na račune svih naših najstarijih sugrađana"): cut at three it is half a phrase
  const rest = sentence.slice(end).split(/[,;:!?()—–]|\.(?=\s|$)/u)[0]!;
  const phrase = rest.trim().split(/\s+/u).filter(Boolean);
  const whole = phrase.length <= 6 && phrase.join(' ').startsWith(label);
  // a short label stopped before a closed word ("na račune | svih naših…") is half the phrase too;
  // one stopped before a time word ("za sve penzionere | prošle godine") is whole
  if (ws.length <= 3)
    return whole && isFunctionWord(bare(phrase[ws.length] ?? ''), lang) ? phrase.join(' ') : label;
  if (whole) return phrase.join(' ');
  return ws.slice(0, 3).join(' ');
}

interface SlavicFigure extends Span {
  value: string;
  label: string;
  kind: string;
  core: string;
  whole?: true;
}

/**
 * A count that took the verb after its noun into its value ("250 fabrika otvorio" of "250 fabrika
 * otvorio u Srbiji"): the verb goes back to the label ("250 fabrika — otvorio u Srbiji").
 */
function withoutVerbInValue(sentence: string, f: SlavicFigure): void {
  const m = /\s+(\p{L}+)$/u.exec(f.value);
  // (the masculine and plural forms only: "-ala" ends many nouns, "tona materijala")
  if (
    f.kind !== 'count' ||
    !m ||
    !/\p{L}{2}(?:ao|io|uo|[aeiou]li)$/iu.test(m[1]!) ||
    !/\p{Nd}\s+\p{L}+\s+\p{L}+$/u.test(f.value)
  )
    return;
  const said = sentence.slice(f.end).trimStart().startsWith(f.label) && f.label;
  f.end -= m[0].length;
  f.value = sentence.slice(f.start, f.end);
  if (f.core.endsWith(m[0])) f.core = f.core.slice(0, -m[0].length);
  f.label = said ? `${m[1]} ${f.label}` : '';
}

const wordsOf = (t: string) => t.split(/\s+/u).filter((w) => bare(w));

/**
 * The subject of a copula said right before a figure ("udeo javnog duga u BDP-u Republike Srbije je
 * 52,1%", "prosečna plata u Srbiji biće 1.000 evra", "nenamensko porabljenih pa je v preteklem
 * desetletju bilo 53,5 milijonov evrov"): the last three words of the run before the last
 * preposition, and that preposition's phrase when the label stays at six words; '' when none.
 */
function subjectBefore(ws: string[], lang: string): string {
  const closed = (w: string) => isFunctionWord(bare(w), lang) || HEDGE.test(bare(w));
  const tail: string[] = [];
  let k = ws.length - 1;
  for (; k >= 0; k--) {
    const w = ws[k]!;
    if (/[,;:.!?)(—–]$/u.test(w) || /\p{N}/u.test(w) || TIME_WORD.test(bare(w))) break;
    if (closed(w) && !PREPOSITION.test(bare(w))) break;
    tail.unshift(w);
  }
  // a phrase alone before an auxiliary ("pa je v preteklem desetletju bilo"): its subject is before
  let pp: string[] = [];
  if (
    tail.length &&
    PREPOSITION.test(bare(tail[0]!)) &&
    !tail.slice(1).some((w) => PREPOSITION.test(bare(w)))
  ) {
    pp = tail.splice(0);
    while (k >= 0 && closed(ws[k]!) && !PREPOSITION.test(bare(ws[k]!)) && !/[,;:.!?]$/u.test(ws[k]!)) k--;
    for (; k >= 0 && tail.length < 3; k--) {
      const w = ws[k]!;
      if (closed(w) || /[,;:.!?)(—–]$/u.test(w) || /\p{N}/u.test(w) || TIME_WORD.test(bare(w))) break;
      tail.unshift(w);
    }
  } else {
    const last = tail.findLastIndex((w, i) => i > 0 && PREPOSITION.test(bare(w)));
    if (last > 0) pp = tail.splice(last);
  }
  // the head: the last three words before the phrase, none a preposition or a verb
  const head = tail.slice(tail.findLastIndex((w) => PREPOSITION.test(bare(w))) + 1).slice(-3);
  if (head.length < 1 || head.some((w) => L_PARTICIPLE.test(bare(w)))) return '';
  const label = head.length + pp.length <= 6 && pp.length >= 2 ? [...head, ...pp] : head;
  return label.length >= 2 ? label.join(' ') : '';
}

/**
 * Relabels a sentence's hr/bs/sr/sl/bg/mk figures by what they count (judge16, a Serbian budget
 * speech), in place:
 * - the value of a noun's complement ("daleko ispod tog standarda EU od 60%") is labelled by that
 *   noun ("standarda EU"), never by the words comparing another figure with it ("ispod");
 * - the predicate of a copula ("udeo javnog duga u BDP-u … je 52,1%", "da je prosečna plata u
 *   Srbiji oko 610 evra") is labelled by its subject ("udeo javnog duga", "prosečna plata u Srbiji");
 * - a label said after a figure ends before the next clause's opener ("našeg BDP da pomogne");
 * - a label said right before a figure whose preposition governs the figure ("Prijave za novih
 *   100 evra") ends before that preposition; a label never ends on a preposition or a hedge
 *   ("jedna Velika Britanija na preko"), never opens on "despite" ("uprkos ogromnoj pomoći");
 * - a roll of names and figures shares the noun said after its last (rollLabels).
 * A label left with fewer than two words, or none that says something, is no label.
 */
export function southSlavicLabels(
  sentence: string,
  figures: SlavicFigure[],
  lang: string,
  isLabel: (l: string) => boolean,
): void {
  if (!isSouthSlavic(lang)) return;
  const closed = (w: string) => !bare(w) || isFunctionWord(bare(w), lang) || HEDGE.test(bare(w));
  for (const f of figures) {
    if (f.whole) continue;
    withoutVerbInValue(sentence, f);
    const from = figures.filter((o) => o.end <= f.start).reduce((m, o) => Math.max(m, o.end), 0);
    const before = sentence.slice(from, f.start);
    const ws = wordsOf(before);
    while (ws.length && HEDGE.test(bare(ws[ws.length - 1]!))) ws.pop();
    const after = sentence.slice(f.end);
    // "tog standarda EU od 60%": the complement of a noun, never the start of a range ("od 16 do 29")
    const last = ws[ws.length - 1] ?? '';
    if (/^(?:od|от)$/iu.test(last) && !/^\s+(?:do|до)\s/iu.test(after)) {
      const np: string[] = [];
      for (let k = ws.length - 2; k >= 0 && np.length < 3; k--) {
        const w = ws[k]!;
        if (closed(w) || PREPOSITION.test(bare(w)) || /[,;:.!?]$/u.test(w) || /\p{N}/u.test(w)) {
          // ("pomoć … od države Srbije od 100 evra": the complement is not of the source's noun)
          if (/^(?:od|от)$/iu.test(bare(w))) np.length = 0;
          break;
        }
        np.unshift(w);
      }
      const label = np.join(' ');
      if (label && np.length >= 2 && isLabel(label)) f.label = label;
      else if (wordsOf(f.label).some((w) => COMPARES.test(bare(w)))) f.label = '';
      continue;
    }
    // "… je 52,1%", "je bila 329 evra", "biće 1.000 evra": the copula's subject
    let c = ws.length;
    while (c > 0 && COPULA.test(bare(ws[c - 1]!))) c--;
    // ("Vlada Srbije je 500 miliona evra uložila": "je" is the auxiliary of the verb after the figure)
    const auxiliary = L_PARTICIPLE.test(bare(wordsOf(after)[0] ?? ''));
    if (c < ws.length && !auxiliary) {
      const subject = subjectBefore(ws.slice(0, c), lang);
      // ("prosečna plata u Srbiji biće 1.000 evra": a promise keeps its future, never shown as a fact)
      const future = ws.slice(c).find((w) => FUTURE.test(bare(w)));
      if (subject && isLabel(subject)) {
        f.label = future ? `${subject} ${future}` : subject;
        continue;
      }
    }
    // "da je prosečna plata u Srbiji oko 610 evra": the subject after the copula, right before the figure
    const cop = ws.findLastIndex((w) => COPULA.test(bare(w)));
    if (cop >= 0 && ws.length - cop - 1 >= 2 && ws.length - cop - 1 <= 5) {
      const np = ws.slice(cop + 1);
      const says =
        !np.some((w) => /[,;:.!?]$/u.test(w) || /\p{N}/u.test(w) || L_PARTICIPLE.test(bare(w))) &&
        !closed(np[0]!) &&
        !PREPOSITION.test(bare(np[np.length - 1]!));
      if (says && isLabel(np.join(' '))) {
        f.label = np.join(' ');
        continue;
      }
    }
    // a label said before the figure that opens inside a phrase ("nezaposlene isplatili" of "za sve
    // nezaposlene isplatili smo 60 evra")
    const lw = wordsOf(f.label);
    const at = lw.length ? ws.findLastIndex((_, k) => lw.every((w, j) => ws[k + j] === w)) : -1;
    if (at >= 0) f.label = outOfPhrase(ws.slice(0, at + lw.length), lw, lang).join(' ');
    f.label = trimmedLabel(f.label, sentence, f, lang, isLabel);
    if (!f.label) f.label = forWhom(after, lang, isLabel);
  }
  rollLabels(sentence, figures);
}

/**
 * Money with no label given "for" someone right after it ("dodatnih 50 evra za sve penzionere
 * prošle godine"): that phrase, to a time word, a clause opener or the clause's end, at most five
 * words ("za sve penzionere"); '' when it says nothing ("za sve one koji…").
 */
function forWhom(after: string, lang: string, isLabel: (l: string) => boolean): string {
  const m = /^\s+(?:za|за)\s/iu.exec(after);
  if (!m) return '';
  const out: string[] = [];
  for (const w of wordsOf(after.split(/[,;:!?()—–]|\.(?=\s|$)/u)[0]!)) {
    if (out.length && (TIME_WORD.test(bare(w)) || CLAUSE_OPENER.test(bare(w)) || /\p{N}/u.test(w))) break;
    out.push(w);
  }
  while (
    out.length &&
    (isFunctionWord(bare(out[out.length - 1]!), lang) || PREPOSITION.test(bare(out[out.length - 1]!)))
  )
    out.pop();
  // (a demonstrative or adjective before the time word: "prošle" of "prošle godine")
  if (
    out.length &&
    /^(?:prošle|ove|naredne|sledeće|iduće|lani|lanske|letošnje|prejšnje|минал\p{L}*)$/iu.test(
      bare(out[out.length - 1]!),
    )
  )
    out.pop();
  const label = out.join(' ');
  return out.length >= 2 && out.length <= 5 && isLabel(label) ? label : '';
}

/** "jedna", "naša": a word before a name in a roll that is no part of it. */
const NAME_LEAD = /^(?:jedna|jedan|jedno|naša|naš|naše|a|i|in|ena|en|eno|една|един|едно|нашата|и|а)$/iu;

/**
 * A roll of names and their figures with what they count said once, after the last ("Jedna
 * Nemačka koja je sada na preko 70%, jedna Velika Britanija na preko 100%, Francuska 120%, Italija
 * 160%, Grčka preko 220% udeo javnog duga u BDP-u"): each is labelled by its name and that noun
 * phrase ("Nemačka … udeo javnog duga"), never by the name alone ("70% — Jedna Nemačka").
 */
function rollLabels(sentence: string, figures: SlavicFigure[]): void {
  for (let i = 0; i < figures.length; i++) {
    let j = i;
    while (
      j + 1 < figures.length &&
      /^,\s+(?:[^\s\d,;:.!?]+\s+){1,6}$/u.test(sentence.slice(figures[j]!.end, figures[j + 1]!.start))
    )
      j++;
    if (j - i < 2) continue;
    const roll = figures.slice(i, j + 1);
    const last = roll[roll.length - 1]!;
    const shared = wordsOf(last.label);
    if (
      shared.length < 2 ||
      shared.length > 4 ||
      !sentence.slice(last.end).trimStart().startsWith(last.label)
    ) {
      i = j;
      continue;
    }
    const names = roll.map((f, k) => {
      const from = k ? roll[k - 1]!.end : Math.max(0, sentence.lastIndexOf(',', f.start) + 1);
      const ws = wordsOf(sentence.slice(from, f.start));
      while (ws.length && NAME_LEAD.test(bare(ws[0]!))) ws.shift();
      const name: string[] = [];
      for (const w of ws) {
        if (!/^\p{Lu}/u.test(w) || /[,;:.!?]$/u.test(w)) break;
        name.push(w);
      }
      return name.join(' ');
    });
    // (a name and the noun phrase said once after the roll are no one phrase: no label, no card)
    if (names.every(Boolean)) roll.forEach((f) => (f.label = ''));
    i = j;
  }
}

/** A label cut where its own phrase ends (see southSlavicLabels); '' when nothing is left. */
function trimmedLabel(
  label: string,
  sentence: string,
  f: Span,
  lang: string,
  isLabel: (l: string) => boolean,
): string {
  if (!label) return label;
  let ws = wordsOf(label);
  const closed = (w: string) =>
    isFunctionWord(bare(w), lang) || HEDGE.test(bare(w)) || PREPOSITION.test(bare(w));
  if (sentence.slice(f.end).trimStart().startsWith(label)) {
    // ("52,1% uprkos ogromnoj pomoći": despite what, never what is counted)
    if (CONCESSIVE.test(bare(ws[0]!))) return '';
    const cut = ws.findIndex((w, i) => i > 0 && CLAUSE_OPENER.test(bare(w)));
    if (cut > 0) ws = ws.slice(0, cut);
  } else if (
    sentence
      .slice(0, f.start)
      .trimEnd()
      .endsWith(ws[ws.length - 1]!)
  ) {
    // ("Prijave za novih 100 evra": "novih" is the figure's, "za" governs the figure)
    const p = ws.findLastIndex((w) => PREPOSITION.test(bare(w)));
    if (p >= 0 && ws.length - p <= 3 && !ws.slice(p + 1).some((w) => closed(w))) ws = ws.slice(0, p);
  }
  while (ws.length && closed(ws[ws.length - 1]!)) ws.pop();
  const out = ws.join(' ');
  return ws.length >= 2 && isLabel(out) ? out : '';
}
