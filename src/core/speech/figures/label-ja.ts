/**
 * Japanese labels (judge13). A Japanese number is followed by what it counts, often after a hedge
 * ("十数万ともいわれる貴い命が失われました": "said to be over a hundred thousand precious lives were
 * lost"), so label.ts's twelve characters after the number gave "ともいわれる貴い命が失わ": a hedge
 * for a start and a verb cut in two. The label is the clause after the number, its hedge taken off
 * ("ともいわれる", "といわれる", "とされる", "ほどの", "もの"), kept whole when it ends the clause on a
 * verb within twelve characters ("貴い命が失われました"), else its noun phrase up to the first case
 * particle ("貴い命"); '' when nothing is left.
 */
const HEDGE = /^(?:とも|と)(?:いわれる|言われる|される|いう)|^(?:ほどの|もの|余りの|以上の|近い|の)/u;
/** A verb that ends a clause, polite or plain, past or present. */
const VERB_END = /(?:ました|ます|ません|でした|です|った|んだ|いた|した|れた|た|る)$/u;
const MAX = 12;

export function japaneseLabel(after: string): string {
  const clause = (/^[^、。，,！？!?]*/u.exec(after.trim())?.[0] ?? '').replace(HEDGE, '');
  if (!clause) return '';
  if ([...clause].length <= MAX && VERB_END.test(clause) && /[がをはも]/u.test(clause)) return clause;
  const noun = /^[^がをはにでもへとやの]+(?:の[^がをはにでもへとやの]+)?/u.exec(clause)?.[0] ?? '';
  return [...noun].length >= 2 && [...noun].length <= MAX ? noun : '';
}
