/**
 * What a figure is per, and among whom, changes what it says: "30 precious lives cut short by
 * gun violence every single day" is not 30 lives; "среди многодетных семей … уровень бедности
 * составляет около 30 процентов" is not the country's poverty rate. When the figure's clause says a
 * rate ("every day", "per year", "a year", "в год") or the sentence names a subgroup before it
 * ("among large families", "среди многодетных семей") and the label lacks it, the label takes it,
 * in the speech's words; a label too long to take it is no label (the figure is then no card).
 */
import type { Span } from '../segment';
import { clauseOf } from './label';

const MAX_WORDS = 8;
const RATE = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`every\s+(?:single\s+)?(?:day|night|week|month|year|hour|minute|second)`,
      String.raw`each\s+(?:day|week|month|year|hour)`,
      String.raw`per\s+(?:day|week|month|year|annum|hour|minute|capita|person|head)`,
      String.raw`(?<!(?:in|on|for|of|one|that|such|half)\s)an?\s+(?:day|week|month|year|hour)(?!\s+(?:ago|later|earlier|before|after|from|or|and|of)(?![\p{L}]))`,
      'annually|daily|weekly|monthly|yearly',
      String.raw`ежедневно|ежегодно|ежемесячно|в\s+(?:день|сутки|неделю|месяц|год)(?!\p{L})|кажд(?:ый|ую|ое)\s+(?:день|неделю|месяц|год)`,
      String.raw`por\s+(?:día|año|mes)|cada\s+(?:día|año)|par\s+(?:jour|an|mois)|chaque\s+(?:jour|année)`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'iu',
);
/** "among large families", "среди многодетных семей": up to three words, to a pause. */
const GROUP =
  /(?:^|[\s,(])((?:among|amongst|среди|entre|parmi)\s+(?![^\s,.;:]*(?:them|these|those|others?|other|us|you|which|whom|них|которых|прочего|прочих|ellos|eux)(?![\p{L}]))[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?)(?=\s*[,;:.!?—–)]|\s(?:is|are|was|were|по|уровень|составля\p{L}*|это)\s)/iu;

const NUMBER =
  /\p{Nd}|(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|два|две|три|четыре|пять)(?![\p{L}])/iu;
/** A figure that is a length of time ("12 months in a row", "три года"). */
const TIME_VALUE =
  /(?<![\p{L}])(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|дн\p{L}*|недел\p{L}*|месяц\p{L}*|год\p{L}*|лет)(?![\p{L}])/iu;

function has(label: string, phrase: string): boolean {
  return label.toLowerCase().includes(phrase.toLowerCase());
}

function withPhrase(label: string, phrase: string): string {
  const joined = `${label} ${phrase}`.replace(/\s+/gu, ' ').trim();
  return joined.split(' ').length <= MAX_WORDS ? joined : '';
}

/**
 * The label of the figure at `fig` with the rate and the subgroup its sentence says for it.
 * `others` are the sentence's other figures: a rate or group said past one of them is its.
 */
export function withRateAndGroup(
  sentence: string,
  fig: Span & { value: string; label: string },
  others: ReadonlyArray<Span>,
): string {
  let label = fig.label;
  if (!label) return label;
  const clause = clauseOf(sentence, fig);
  const next = others.filter((o) => o.start >= fig.end).reduce((m, o) => Math.min(m, o.start), clause.end);
  const prev = others.filter((o) => o.end <= fig.start).reduce((m, o) => Math.max(m, o.end), clause.start);
  const said = `${fig.value} ${label}`;
  const rate =
    RATE.exec(sentence.slice(fig.end, Math.max(fig.end, next)))?.[0] ??
    RATE.exec(sentence.slice(prev, fig.start))?.[0];
  // ("declined every month for 12 months in a row": a length of time is no amount per month)
  if (rate && !RATE.test(said) && !TIME_VALUE.test(fig.value)) label = withPhrase(label, rate);
  if (!label) return label;
  // a subgroup is said anywhere before the figure since the last figure ("а среди многодетных
  // семей, по оценкам, … уровень бедности составляет около 30 процентов")
  const from = others.filter((o) => o.end <= fig.start).reduce((m, o) => Math.max(m, o.end), 0);
  const group = GROUP.exec(sentence.slice(from, fig.start))?.[1];
  // ("Among the three or four million cradles": a number in it makes it the figure's own phrase)
  if (group && !has(said, group) && !NUMBER.test(group)) label = withPhrase(label, group);
  return label;
}
