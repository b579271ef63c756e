/**
 * A figure whose clause denies something of what it counts keeps the denial on its label
 * (judge17, Harris and Biden on broadband): "24 million people in our country do not have access
 * to high-speed Internet" was carded "24 million people — in our country", "For around 24 million
 * Americans across this country, there is no high-speed Internet" as "… — across this country",
 * "Almost 40 percent of households in that area do not have high-speed Internet" as "Almost 40
 * percent — of households": a shortfall read as a population. The point is what they lack.
 *
 * - the figure is the subject and its predicate is negated, or its verb's object is "no …" ("saw
 *   no wage gains", "sahen keine Lohnzuwächse", "n'ont vu aucune hausse", judge18: "90 percent — of
 *   workers saw" of "the bottom 90 percent of workers saw no wage gains"), ("do not have access to…", "haben
 *   keinen Zugang…", "n'ont pas accès à…", "no tienen acceso a…", "не имеют доступа…"): the label
 *   is that predicate, in the sentence's words, after the share's whole when it has one ("of
 *   households … do not have high-speed Internet");
 * - the figure is who a negated clause is said for ("For 24 million Americans, there is no
 *   high-speed Internet"): the label is what there is none of ("no high-speed Internet");
 * - a negated predicate too long to show whole leaves the figure without a label (no card):
 *   never the population without its shortfall. A figure without a label stays without one.
 */
import { conjunctions, isFunctionWord } from '../lexicon';
import { VERB_LIKE } from '../keyphrases';
import { clauseOf } from './label';
import { oneOf } from '../word-classes';
import type { FoundFigure } from './index';
import { EN_PREDICATE_VERB, predicateAfter } from './subject-predicate';

/** A negated predicate, by language: the words that open it. */
const NEGATED: Record<string, RegExp> = {
  en: /(?:(?:still\s+)?(?:do|does|did|can|could|will|would)\s+not|don['’]t|doesn['’]t|didn['’]t|can['’]t|cannot|won['’]t)\s+\p{L}+|(?:have|has|had)\s+no|(?:still\s+)?(?:lack|lacks|lacked)|(?:are|is|were|was|live|go|went)\s+without|(?:have|has|had)\s+never\s+\p{L}+|(?:are|is|were|was)\s+(?:still\s+)?not\s+(?!only|just|merely)\p{L}+|(?:saw|see|sees|seen|received|receive|receives|got|get|gets|gained|gain|earned|earn|found|find|won|made)\s+(?:no|zero)(?!\p{L})/iu,
  de: /(?:haben|hat|hatten|besitzen|bekommen|bekamen|bekam|erhalten|erhielten|erhielt|finden|fanden|sehen|sahen|sah|sieht|verdienen|verdienten)\s+(?:noch\s+|bis\s+heute\s+)?(?:kein\p{L}*|nicht)|(?:sind|waren|leben|lebten)\s+(?:noch\s+)?ohne/iu,
  fr: /(?:n['’]|ne\s+)\p{L}+\s+(?:\p{L}+\s+)?aucun\p{L}*|(?:n['’]|ne\s+)\p{L}+\s+(?:pas|plus|jamais|toujours\s+pas)|(?:sont|vivent|restent)\s+(?:encore\s+)?(?:sans|privés?\s+d(?:e|['’]))/iu,
  es: /(?:todavía\s+|aún\s+)?no\s+\p{L}+|carecen\s+de|(?:están|viven|siguen)\s+sin/iu,
  pt: /(?:ainda\s+)?não\s+\p{L}+|(?:estão|vivem|continuam)\s+sem/iu,
  it: /(?:ancora\s+)?non\s+\p{L}+|(?:sono|vivono|restano)\s+(?:ancora\s+)?senza/iu,
  ru: /(?:до\s+сих\s+пор\s+|всё\s+ещё\s+)?не\s+\p{L}+|(?:лишены|живут\s+без|остаются\s+без)/iu,
};
/** "there is no …", in the languages above: a clause that says something is missing for someone. */
const NONE_FOR: Record<string, RegExp> = {
  en: /^\s*,?\s*there\s+(?:is|are|was|were|'s|’s)\s+(?:still\s+)?(no\s+[^,;:.!?—–()]+)/iu,
};
/** "For 24 million Americans, …": the figure said as whom the next clause is for. */
const FOR_BEFORE: Record<string, RegExp> = {
  en: /(?:^|[\s,;:])for\s+$/iu,
};
/** Words that end a predicate's object: a conjunction or a new clause. */
const OBJECT_END =
  /\s(?:either|because|compared|and|but|or|so|which|who|that|while|since|when|if|after|before|until|once|although|though|weil|und|oder|aber|denn|parce|car|mais|et|ou|porque|pero|y|o|perché|ma|e|porque|mas|ou|потому|но|и|или)\s/iu;
/** Coordinators: a subject that runs over one is another clause ("400 teachers and did not…"). */
const COORDINATOR = oneOf(conjunctions(['en', 'de', 'fr', 'es', 'it', 'pt', 'ru'], ['and', 'or', 'but']));
/**
 * Relative pronouns: "We connected 3 million homes that did not have broadband" denies nothing of
 * the figure's own clause (it was connected); its label stays as it was.
 */
const RELATIVE =
  /^(?:that|who|which|whom|die|der|welche|qui|que|qu['’]|dont|che|cui|quien|quienes|которые|который|которых)$/iu;
/** A value that ends on its number, scale or percent names nothing it counts ("27", "40 percent", "13 millions"). */
const BARE_VALUE =
  /(?:\p{Nd}|[%％٪]|percent|per\s?cent|prozent|pour\s?cent|por\s?ciento|per\s?cento|por\s?cento|процент\p{L}*|(?<!\p{L})(?:thousand|million|billion|trillion|millions?|milliards?|millionen|milliarden|milliarde|million|millones|milioni|miliardi|milhões|bilhões|тысяч\p{L}*|миллион\p{L}*|миллиард\p{L}*))$/iu;
const CLAUSE_MARK = /[,;:.!?—–()«»"“”]/u;

const MAX_SUBJECT = 8;
const MAX_PREDICATE = 8;
const MAX_HEAD = 4;
/** Words of a label with what the value counts and the predicate. */
const MAX_LABEL = 8;

function primary(lang: string): string {
  return (/^[a-z]{2}/iu.exec(lang)?.[0] ?? 'en').toLowerCase();
}

/**
 * The words of a predicate, cut at its object's end and trailing function words; [] when it is too
 * short, or too long to show whole (a cut shortfall is no label either).
 */
function predicateWords(text: string, lang: string): string[] {
  const mark = text.search(CLAUSE_MARK);
  const cut = (mark < 0 ? text : text.slice(0, mark)).split(OBJECT_END)[0]!;
  const all = cut.trim().split(/\s+/u).filter(Boolean);
  if (all.length > MAX_PREDICATE) return [];
  const ws = [...all];
  while (ws.length && isFunctionWord(ws[ws.length - 1]!, lang)) ws.pop();
  return ws.length >= 2 ? ws : [];
}

/** The head of a subject ("of households" of "of households in that area"), and whether it was cut. */
function headOf(subject: string[], lang: string): { head: string[]; cut: boolean } {
  const head: string[] = [];
  for (const w of subject) {
    if (head.some((h) => !isFunctionWord(h, lang)) && isFunctionWord(w, lang)) break;
    head.push(w);
    if (head.length >= MAX_HEAD) break;
  }
  return { head, cut: head.length < subject.length };
}

/**
 * The label of a figure whose clause denies something of it (see above): the new label, '' when
 * the figure must go without one, or null when its clause denies nothing of it.
 */
export function lacksLabel(sentence: string, f: FoundFigure, lang: string): string | null {
  // (a figure left without a label stays so: this only mends a label that misses the denial)
  if (f.kind === 'rank' || f.kind === 'duration' || f.whole || !f.label) return null;
  const code = primary(lang);
  const negated = NEGATED[code];
  if (!negated) return null;
  const clause = clauseOf(sentence, f);
  const rest = sentence.slice(f.end, clause.end);
  // "For around 24 million Americans across this country, there is no high-speed Internet."
  const forBefore = FOR_BEFORE[code]?.test(sentence.slice(clause.start, f.start));
  const none = forBefore ? NONE_FOR[code]?.exec(sentence.slice(clause.end)) : null;
  if (none) {
    const ws = predicateWords(none[1]!, lang);
    return ws.length ? ws.join(' ') : '';
  }
  const opens = new RegExp(String.raw`(?:^|\s)(?:${negated.source})`, 'iu');
  // ("40 percent — of rural homes are not connected to broadband": the label says it already)
  if (opens.test(` ${f.label}`)) return null;
  const m = opens.exec(rest);
  if (!m) return null;
  // the figure is the subject: only its noun phrase between it and the negated verb
  const subject = rest.slice(0, m.index).trim().split(/\s+/u).filter(Boolean);
  if (
    subject.length > MAX_SUBJECT ||
    subject.some((w) => /\p{Nd}/u.test(w) || COORDINATOR.test(w) || (code === 'en' && VERB_LIKE.test(w))) ||
    // (the negated verb is the relative clause's: "homes that did not have…"; "in that area" is no relative)
    RELATIVE.test(subject.at(-1) ?? '')
  )
    return null;
  const ws = predicateWords(rest.slice(m.index), lang);
  if (!ws.length) return '';
  const predicate = ws.join(' ');
  // "27 member states do not agree", "Almost 40 percent of households … do not have high-speed
  // Internet": a value that names nothing keeps what it counts before the predicate
  if (!subject.length || !BARE_VALUE.test(f.value.trim())) return predicate;
  // (the whole subject when it fits, never its head and the predicate stitched with "…": "of
  // households … do not have" is no phrase of the speech, render19)
  const { head, cut } = headOf(subject, lang);
  const said = cut ? subject : head;
  if (!head.some((w) => !isFunctionWord(w, lang)) || said.length + ws.length > MAX_LABEL + (cut ? 2 : 0))
    return '';
  return `${said.join(' ')} ${predicate}`;
}

/** A name in a list of places ("the US", "UK", "South Korea"). */
const PLACE = String.raw`(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}`;
/** "… in the world were located in the US, UK, Japan, Germany and France": where a share is, to its sentence's end. */
const LOCATED_IN = new RegExp(
  String.raw`^(?:\s+in\s+the\s+world)?\s+(?:are|were|is|was)\s+(?:located|based)\s+(in\s+${PLACE}(?:\s*,\s*${PLACE}){0,6}(?:,?\s+and\s+${PLACE})?)(?=\s*(?:[.;!?]|$))`,
  'u',
);
/** Words of a share's label with its predicate ("of workers saw wage gains"). */
const MAX_WITH_PREDICATE = 6;
/** Words a share's label may run over MAX_WITH_PREDICATE with a predicate's head cut from a longer one. */
const CUT_PREDICATE = 2;

/**
 * A share whose label is its whole ("90 percent — of workers") keeps what the sentence says of it
 * when that is short (judge18, corpus: "the bottom 90 percent of workers saw wage gains" showed "of
 * workers", which says little): "of workers saw wage gains". English; the predicate is the clause's
 * words to its end or its first conjunction, its last function words dropped, the whole label at
 * most six words; longer, the label stays the whole alone. null when nothing changes.
 */
export function sharePredicate(sentence: string, f: FoundFigure, lang: string): string | null {
  if (primary(lang) !== 'en' || f.kind !== 'percentage' || !/^of\s/iu.test(f.label)) return null;
  if (!BARE_VALUE.test(f.value.trim())) return null;
  const clause = clauseOf(sentence, f);
  const rest = sentence.slice(f.end, clause.end);
  const m = /^\s+(\S+(?:\s+\S+)*)$/u.exec(rest);
  if (!m || !m[1]!.startsWith(f.label)) return null;
  // "More than 73 percent of all Negroes live in urban areas compared with …" (Johnson, 1965): a
  // label that ran into the verb ("of all Negroes live") is the whole; the verb opens the predicate
  const said = f.label.split(/\s+/u);
  if (said.length >= 3 && EN_PREDICATE_VERB.test(said.at(-1)!) && !isFunctionWord(said.at(-2)!, lang)) {
    const whole = said.slice(0, -1).join(' ');
    const predicate = sharePredicate(sentence, { ...f, label: whole }, lang);
    if (predicate) return predicate;
    // (a predicate too long for a card keeps where, when the verb says where: "…, in urban areas")
    const where =
      /^\s+(?:live|lived|work|worked)\s+((?:in|at)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)(?=\s+(?:compared|while|and|but|than)\s|\s*[,.;:!?]|$)/u.exec(
        m[1]!.slice(whole.length),
      )?.[1];
    if (where && `${whole}, ${where}`.split(/\s+/u).length <= MAX_WITH_PREDICATE) return `${whole}, ${where}`;
    return whole;
  }
  // "53,8 percent of all AI companies in the world were located in the US, UK, Japan, Germany and
  // France" (Jonson 2024, judge25 A3): where they are is the point, a list of names said whole
  const located = LOCATED_IN.exec(sentence.slice(f.end).trimStart().slice(f.label.length));
  // (the sentence's full stop is no part of a name; "U.S." keeps its own)
  if (located) return `${f.label}, ${located[1]!.replace(/(?<!\.\p{L}+)\.$/u, '')}`;
  // "almost 90% of semiconductors—vital for everything from advanced AI to gaming—were
  // manufactured abroad" (Brainard 2024): an aside between dashes stands between the share and
  // what is said of it
  const aside =
    m[1]!.length === f.label.length
      ? /^[—–][^—–.;:!?]{1,100}[—–](?=\p{L})/u.exec(sentence.slice(clause.end))
      : null;
  const after = aside ? ` ${sentence.slice(clause.end + aside[0].length)}` : m[1]!.slice(f.label.length);
  const verb = /^\s+(\p{L}+)/u.exec(after)?.[1] ?? '';
  if (!EN_PREDICATE_VERB.test(verb)) return null;
  const ws = predicateWords(after, lang);
  const room = MAX_WITH_PREDICATE - f.label.split(/\s+/u).length;
  if (ws.length && ws.length <= room) return `${f.label} ${ws.join(' ')}`;
  // a predicate with a phrase after its object keeps its head ("22 percent of experienced Negro
  // workers were out of work at some time during the year", Johnson 1965, judge23: the card lost
  // "out of work"): at most CUT_PREDICATE words more
  const head = predicateAfter(after, lang);
  const n = head ? head.split(/\s+/u).length : 0;
  const cut = !ws.length || n < ws.length;
  return n && cut && n <= room + CUT_PREDICATE ? `${f.label} ${head}` : null;
}
