/**
 * "число многодетных семей в России выросло на 26,8 процента": a figure said after a verb of
 * change and "на" is the change, not the level; the subject alone as its label ("26,8 процента —
 * число многодетных семей") would say the count is 26,8 percent. Such a label says the change
 * ("число многодетных семей в России: рост"), as the English labels do ("growth in …").
 */

const HEDGE = String.raw`(?:(?:более\s+чем|менее\s+чем|почти|около|примерно|свыше|порядка)\s+)*`;
const UP = String.raw`(?:вырос\p{L}*|увеличил\p{L}*|повысил\p{L}*|подрос\p{L}*|прибавил\p{L}*)`;
const DOWN = String.raw`(?:снизил\p{L}*|сократил\p{L}*|уменьшил\p{L}*|упал\p{L}*|понизил\p{L}*|сниз\p{L}*)`;
const CHANGE_BY = new RegExp(
  String.raw`(?<![\p{L}])(?:(${UP})|(${DOWN}))(?:\s+\p{L}+){0,2}?\s+на\s+${HEDGE}$`,
  'iu',
);
/** A label that already says the change. */
const SAYS_CHANGE = new RegExp(
  String.raw`(?<![\p{L}])(?:рост\p{L}*|прирост\p{L}*|сниж\p{L}*|сокращ\p{L}*|увелич\p{L}*|уменьш\p{L}*|паден\p{L}*|${UP}|${DOWN})`,
  'iu',
);

/**
 * "за 10 месяцев текущего года ВВП вырос на 1,7%" (Putin, 2018): a subject that is one
 * abbreviation, after nothing but the time it was measured over, names what changed by itself.
 */
const ABBREVIATION_CHANGED = new RegExp(
  String.raw`^\s*(?:за\s+[^,;:]*?(?:года|году|месяц\p{L}*|квартал\p{L}*)\s+)?(\p{Lu}{2,5})\s+(?:(${UP})|(${DOWN}))\s+на\s+${HEDGE}$`,
  'u',
);

/** The label of a Russian figure said as a change "на" it ("выросло на 26,8 процента"). */
export function changeByLabel(before: string, label: string): string {
  const abbreviation = label ? null : ABBREVIATION_CHANGED.exec(before);
  if (abbreviation) return `${abbreviation[1]}: ${abbreviation[2] ? 'рост' : 'снижение'}`;
  if (!label || SAYS_CHANGE.test(label)) return label;
  const m = CHANGE_BY.exec(before);
  if (!m) return label;
  return `${label}: ${m[1] ? 'рост' : 'снижение'}`;
}
