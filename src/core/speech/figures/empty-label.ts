/**
 * Phrases that sit next to a number but say nothing of what it counts: a hedge ("где-то в
 * районе", "somewhere around"), an evaluation ("хороший показатель", "a good result"), a verb of
 * proposing or wanting ("предлагаю повысить", "I propose"), a particle ("хотя бы", "even").
 * None of them is a label. And a bare plural of a number word ("миллионы", "millions",
 * "thousands", "тысячи") says no number: it is no figure.
 */

/** Hedges, particles and vague words, one word each (a phrase of only these says nothing). */
const EMPTY_WORD =
  /^(?:где-то|где|то|в|районе|порядка|около|примерно|приблизительно|почти|более|менее|свыше|не|хотя|бы|даже|лишь|только|уже|ещё|еще|же|ведь|вот|именно|всего|как|минимум|максимум|так|это|и|а|но|somewhere|around|roughly|approximately|about|some|nearly|almost|at|least|most|or|so|give|take|even|just|only|still|already|well|over|under|in|the|region|of|neighbourhood|neighborhood|ballpark|range|order)$/iu;
/** Words of judgement and the vague nouns they go with ("хороший показатель", "a good result"). */
const JUDGED =
  /^(?:хорош\p{L}*|отличн\p{L}*|неплох\p{L}*|плох\p{L}*|значительн\p{L}*|серьёзн\p{L}*|серьезн\p{L}*|огромн\p{L}*|большой|высок\p{L}*|низк\p{L}*|рекордн\p{L}*|показател\p{L}*|результат\p{L}*|цифр\p{L}*|уровень|good|great|excellent|remarkable|impressive|strong|solid|big|huge|record|bad|poor|number|figure|result|results|achievement|a|an|very|quite|really|очень|весьма)$/iu;
/** A verb of proposing or wanting that opens a phrase: what the speaker will do, not what is counted. */
const PROPOSING =
  /^(?:предлагаю|предлагаем|предложу|прошу|просим|хочу|хотим|считаю|думаю|полагаю|надо|нужно|необходимо|должны|propose|proposing|suggest|suggesting|want|wish|urge|ask|recommend)$/iu;

const bare = (w: string) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** Whether a would-be label says nothing of what its figure counts. */
export function saysNothing(phrase: string): boolean {
  const ws = phrase.split(/\s+/u).map(bare).filter(Boolean);
  if (!ws.length) return true;
  if (PROPOSING.test(ws[0]!)) return true;
  if (ws.every((w) => EMPTY_WORD.test(w))) return true;
  return ws.every((w) => JUDGED.test(w) || EMPTY_WORD.test(w));
}

/** "миллионы", "thousands", "des milliers": a plural of a number word alone, said without a number. */
const BARE_PLURAL =
  /^(?:(?:many|several|countless|tens\s+of|hundreds\s+of|многие|многих|десятки|сотни|несколько)\s+)?(?:millions|billions|thousands|hundreds|dozens|tens|миллион(?:ы|ов|ами|ам|ах)|миллиард(?:ы|ов|ами|ам|ах)|тысяч(?:и|ами|ам|ах)?|сотни|сотен|десятки|десятков|millones|miles|cientos|millions|milliers|centaines|milliards)$/iu;

/** Whether a figure's value is only a bare plural of a number word (no figure). */
export function isBarePlural(value: string): boolean {
  return !/\p{Nd}/u.test(value) && BARE_PLURAL.test(value.trim());
}
