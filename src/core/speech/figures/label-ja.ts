/**
 * Japanese labels (judge13). A Japanese number is followed by what it counts, often after a hedge
 * ("十数万ともいわれる貴い命が失われました": "said to be over a hundred thousand precious lives were
 * lost"), so label.ts's twelve characters after the number gave "ともいわれる貴い命が失わ": a hedge
 * for a start and a verb cut in two. The label is the clause after the number, its hedge taken off
 * ("ともいわれる", "といわれる", "とされる", "ほどの", "もの"), kept whole when it ends the clause on a
 * verb within twelve characters ("貴い命が失われました"), else its noun phrase up to the first case
 * particle ("貴い命"); '' when nothing is left.
 *
 * A noun that only says "people" ("約一万人の方々が避難所での生活を余儀なくされ", judge17) repeats
 * the counter 人 and says nothing of them: the label is then what the clause says of them, its
 * object's noun phrase ("避難所での生活", life in shelters), or '' (no card).
 */
const HEDGE = /^(?:とも|と)(?:いわれる|言われる|される|いう)|^(?:ほどの|もの|余りの|以上の|近い|の)/u;
/** A verb that ends a clause, polite or plain, past or present. */
const VERB_END = /(?:ました|ます|ません|でした|です|った|んだ|いた|した|れた|た|る)$/u;
const MAX = 12;
/** Formal nouns ("こと", "もの", "わけ") that stand for a clause and name nothing. */
const FORMAL = /^(?:こと|もの|ところ|わけ|ため|はず|よう)$/u;
/** Nouns that only say "people" (the counter 人 already says it). */
const PEOPLE = /^(?:方々|方|人々|人たち|人|皆様|皆さん|者)$/u;

/** "次の二％の引き上げ": what comes next is no raise already made; the label keeps "次の". */
const NEXT = /(?:次の|今後の|さらなる)$/u;

export function japaneseLabel(after: string, before = ''): string {
  const label = clauseLabel(after);
  return label && NEXT.test(before) && /^\p{Script=Han}/u.test(label) && [...label].length <= MAX - 3
    ? `${NEXT.exec(before)![0]}${label}`
    : label;
}

/**
 * Whether the clause after a figure is only a copula ("実質で二・五％でありますから", "名目六・四％
 * ですよ"): the figure says no noun of its own and may take the one of the figure before it.
 */
export function onlyCopulaAfter(after: string): boolean {
  return /^(?:で(?:あり|ござい)|です|だ)\p{Script=Hiragana}*$/u.test(after.trim());
}

function clauseLabel(after: string): string {
  const clause = (/^[^、。，,！？!?]*/u.exec(after.trim())?.[0] ?? '').replace(HEDGE, '');
  if (!clause) return '';
  if ([...clause].length <= MAX && VERB_END.test(clause) && /[がをはも]/u.test(clause)) return clause;
  const noun = /^[^がをはにでもへとやの]+(?:の[^がをはにでもへとやの]+)?/u.exec(clause)?.[0] ?? '';
  if (PEOPLE.test(noun)) {
    const said = /^[がはも]([^がをはにもへと]+)[をに]/u.exec(clause.slice(noun.length))?.[1] ?? '';
    return [...said].length >= 2 && [...said].length <= MAX ? said : '';
  }
  // ("〇・七％ということは": a formal noun, "thing", says nothing of the figure)
  if (FORMAL.test(noun)) return '';
  return [...noun].length >= 2 && [...noun].length <= MAX ? noun : '';
}
