/**
 * Russian labels before a figure. The noun-phrase rules in label.ts know English verbs; a Russian
 * clause before its figure ("Мы чествуем все 50 штатов", "В программе участвуют 45
 * муниципалитетов", "За год было создано более 3 тысяч мест") left a verb on the card ("чествуем
 * все", "программе участвуют"). The label is the clause's subject, the words before its first
 * finite verb, and only when that is a noun phrase: not a pronoun (that is who acts on the
 * figure, not what it counts) nor a prepositional phrase (where or when).
 */
import { RU_PREPOSITION } from '../lexicon';

/**
 * Finite verbs and short passive participles, by ending; endings that nouns share often
 * (-ал "капитал", -ена "замена", -им "режим") are left out on purpose, and -ила counts only
 * after a verb's prefix ("превысила", not "правила").
 */
export const RU_VERB =
  /^(?:был[оаи]?|будет|будут|стал[оаи]?|является|являются|есть|\p{Ll}{2,}(?:аем|яем|уем|еем|ете|ите|ешь|ишь|ется|ются|ится|ятся|ает|яет|ует|еет|ают|яют|уют|ят|ил|ел|ял|ыл|ала|яла|ыла|али|яли|или|ели|ыли|ось|ась|ись)|\p{Ll}{3,}(?:ано|ено|ято|ыто|аны|ены)|(?:пре|при|про|вы|по|у|с|за|на|от|об|раз|рас)\p{Ll}{2,}(?:ила|ило|или))$/u;
const RU_PRONOUN = /^(?:я|мы|вы|ты|он|она|оно|они|это|все|всё|каждый)$/u;
/**
 * Ukrainian prepositions the Russian list lacks ("Після обстрілу рятувальники працювали…": a
 * phrase that opens on one says when or where, and "обстрілу рятувальники" was carded for 11 hours).
 */
const UK_PREPOSITION =
  /^(?:після|під|від|з|із|зі|у|в|на|до|для|при|про|за|через|над|перед|між|серед|без|біля|внаслідок|протягом|впродовж|упродовж|згідно|завдяки|щодо)$/u;

const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/**
 * The subject of a Russian phrase that runs up to a figure, or '' when it has none that may
 * label the figure. A phrase without a finite verb is returned as it is.
 */
export function russianSubject(phrase: string): string {
  const ws = phrase.split(/\s+/).filter(Boolean);
  const verb = ws.findIndex((w) => RU_VERB.test(bare(w)));
  const subject = verb < 0 ? ws : ws.slice(0, verb);
  const first = bare(subject[0] ?? '');
  if (!subject.length || RU_PREPOSITION.test(first) || UK_PREPOSITION.test(first) || RU_PRONOUN.test(first))
    return '';
  return subject.join(' ');
}

/** A time the figures of a clause are said for: "в 1981–1988 годах", "уже в 2028 году", "к 2028 году". */
const RU_TIME =
  /^(?:уже\s+)?(в|во|к)\s+((?:1[89]|20)\d\d(?:\s*[–—-]\s*(?:1[89]|20)\d\d)?)(?:-?[мх](?![\p{L}])|\s+(?:году|годах|годы|года|г\.))?\s*/u;
/** Verbs that say a subject's figure is the one after them ("составляли", "будут создавать"). */
const RU_AMOUNTS =
  /(?:^|\s)(?:был[аои]?|составля(?:л|ла|ло|ли|ет|ют)|состави(?:л|ла|ло|ли|т|ят)|(?:будут|будет)\s+создавать|созда(?:ют|ёт|вали|вал|вала))$/u;
/** Verbs of a change said with a bound after them ("опустится ниже 28 процентов"): the bound is the value's. */
const RU_BOUND_CHANGE =
  /(?:^|\s)(?:опустится|опустятся|опустился|опустилась|опустилось|снизится|снизятся|упадёт|упадут|поднимется|поднимутся|вырастет|вырастут)\s+(ниже|выше)\s+$/u;
/** The longest whole (characters) a share's value takes in ("глобального ВВП"). */
const WHOLE_CHARS = 20;
/** Hedges between the verb and its figure. */
const RU_HEDGE = /(?:\s+(?:около|более|менее|почти|свыше|примерно|порядка|уже|лишь|только))*\s*$/u;
/** Where a conjunct opens: a colon, a semicolon, ", тогда как", ", а", ", но", ", в то время как". */
const RU_CONJUNCT = /(?::\s+|;\s+|,\s+(?:тогда\s+как|в\s+то\s+время\s+как|а|но)\s+)/gu;
/** A lead-in said before the clause: "Так,", "Итак,", "Смотрите,". */
const RU_LEAD_IN = /^(?:так|итак|смотрите|напомню|и|а|но)[,:]?\s+/iu;

/**
 * "Напомню: в 1981–1988 годах военные расходы СССР составляли 13 процентов валового национального
 * продукта": a figure its subject amounts to is labelled by that subject and the time the clause
 * says it for, "военные расходы СССР, 1981–1988", and takes the whole it is a share of, said right
 * after it, into its value when short ("около 37 процентов глобального ВВП"). The card said "13
 * процентов — валового национального продукта", today's GNP with no one's spending and no years
 * (judge20). A bound after a verb of change joins the value ("тогда как показатель «Группы семи»
 * опустится ниже 28 процентов" → "ниже 28 процентов — показатель «Группы семи», 2028"): without
 * it, a level. The time is the clause's own, else the one its sentence opens on. null when the
 * clause says the figure otherwise or the subject is no noun phrase of 2–5 words.
 * `sentence`: the figure's sentence; `f`: its span there.
 */
export function russianHolder(
  sentence: string,
  f: { start: number; end: number; kind: string },
  isLabel: (l: string) => boolean,
): { label: string; start: number; end: number } | null {
  const before = sentence.slice(0, f.start);
  const bound = RU_BOUND_CHANGE.exec(before);
  const upTo = bound ? before.slice(0, bound.index) : before.replace(RU_HEDGE, '');
  // ("а БРИКС – 31,5 процента": a spaced dash says "is", as the verb would)
  const verb = bound ? null : (RU_AMOUNTS.exec(upTo) ?? /\s[–—]$/u.exec(upTo));
  if (!bound && !verb) return null;
  const head = bound ? upTo : upTo.slice(0, verb!.index);
  // the conjunct the verb is in ("тогда как показатель «Группы семи»"), without a lead-in
  const opens = [...head.matchAll(RU_CONJUNCT)];
  const cut = (k: number) => (k < 0 ? 0 : opens[k]!.index + opens[k]![0].length);
  let clause = head.slice(cut(opens.length - 1)).replace(RU_LEAD_IN, '');
  // the time: the clause's own, else the conjunct's before it ("а в 2022-м уже «семёрка» – 30,3
  // процента, а БРИКС – 31,5 процента"), else the one its sentence opens on
  const timeIn = (t: string) => new RegExp(RU_TIME.source.replace('^', '(?:^|\\s)'), 'u').exec(t);
  const own = timeIn(clause);
  if (own) clause = `${clause.slice(0, own.index)} ${clause.slice(own.index + own[0].length)}`;
  const time =
    own ??
    (opens.length >= 1 ? timeIn(head.slice(cut(opens.length - 2), cut(opens.length - 1))) : null) ??
    RU_TIME.exec(sentence.replace(RU_LEAD_IN, ''));
  // the subject: words up to a preposition, a comma or a verb ("страны БРИКС" of "страны БРИКС с
  // учётом государств, которые…")
  const ws = clause
    .trim()
    .split(/\s+/u)
    .filter((w) => w && !/^(?:уже|ещё|только)$/u.test(w));
  const subject: string[] = [];
  for (const w of ws) {
    const b = bare(w);
    // (a plural in -ны, "страны", "цены", is a noun here, no short participle)
    if (!b || RU_PREPOSITION.test(b) || (RU_VERB.test(b) && !/[ае]ны$/u.test(b)) || /\p{Nd}/u.test(w)) break;
    subject.push(w.replace(/[,;:]+$/u, ''));
    if (/[,;:]$/u.test(w)) break;
  }
  // what is said between the subject and the verb modifies the subject: a prepositional phrase
  // and a relative clause ("с учётом государств, которые недавно стали членами…"), no other verb
  const rest = ws
    .slice(subject.length)
    .join(' ')
    .replace(/,\s*котор[^,]*,?/gu, ' ');
  const restWords = rest.split(/\s+/u).filter(Boolean);
  if (
    restWords.length &&
    (!RU_PREPOSITION.test(bare(restWords[0]!)) || restWords.some((w) => RU_VERB.test(bare(w))))
  )
    return null;
  if (!subject.length || subject.length > 5 || RU_PRONOUN.test(bare(subject[0]!))) return null;
  // "доля в мировом ВВП по паритету покупательной способности «большой семёрки»": a share's noun
  // and the name it is the share of, said last ("доля «большой семёрки»")
  const named = /(«[^«»]{2,30}»)\s*$/u.exec(rest)?.[1];
  const words = subject.length === 1 && named ? [...subject, named] : subject;
  const name = words.join(' ');
  // a name alone ("БРИКС", "«семёрка»") says whose figure it is only with its time
  const isName = words.length === 1 && /^(?:«[^«»]+»|\p{Lu}{2,})$/u.test(name);
  if (!(isName && time) && (words.length < 2 || !isLabel(name))) return null;
  // (after a dash, only a name and its time: "рекорд … – 525 миллионов тонн" is dash-label.ts's)
  if (!bound && !RU_AMOUNTS.test(upTo) && !isName) return null;
  const years = time ? (time[1] === 'к' ? `к ${time[2]}` : time[2]!.replace(/\s+/gu, '')) : '';
  const label = years ? `${name}, ${years}` : name;
  // the whole a share is of, said right after it and ending the clause ("глобального ВВП")
  const whole =
    f.kind === 'percentage'
      ? /^\s+((?:\p{Ll}+(?:ого|его|ой|ей|ых|их)\s+){0,2}(?:\p{Ll}{3,}|\p{Lu}{2,}))(?=\s*(?:[,.;:!?]|$))/u.exec(
          sentence.slice(f.end),
        )
      : null;
  return {
    label,
    start: bound ? before.length - bound[0].length + bound[0].indexOf(bound[1]!) : f.start,
    // (a short whole only: "валового национального продукта" set as the value filled the card with
    // four lines of large type, render21; the subject and the years say the figure without it)
    end: whole && whole[1]!.length <= WHOLE_CHARS ? f.end + whole[0].length : f.end,
  };
}
