/**
 * French, German and Italian count labels (issue 10, judge13). label.ts reads an English noun
 * phrase around the number, so a French count got no label at all ("plus de 80 000 décès",
 * "15 000 places supplémentaires de prison", "le paquet de cigarettes à 10 euros": never a card),
 * a partitive became the label ("430 — d’entre vous font") and a German coordinated pair was
 * halved ("533 — inhaftierte Journalistinnen" ← "533 inhaftierte Journalistinnen und
 * Journalisten").
 *
 * Each label is words of the figure's own sentence, in their order:
 * - the noun phrase said right after the number, when it has two words or more: the value is
 *   then the number (with its hedge) and the phrase its label ("15 000 — places supplémentaires
 *   de prison"); a German noun phrase is its lower-case attributes and the capitalised noun, with
 *   a pair joined by "und"/"oder" kept whole ("inhaftierte Journalistinnen und Journalisten");
 * - a partitive after the number ("430 d’entre vous", "533 von ihnen", "due di voi") is part of
 *   the value, and the label is what the verb after it says of them ("premiers pas dans cette
 *   enceinte");
 * - else the number keeps its one noun ("plus de 80 000 décès", "10 euros") and the label is the
 *   noun phrase it is said of: the one before a preposition right before the number ("le prix
 *   du paquet de cigarettes à 10 euros" → "prix du paquet de cigarettes") or the subject before
 *   the verb right before it ("le tabac en France entraîne plus de 80 000 décès" → "tabac en
 *   France"). Such a phrase must open on an article (it is then a noun phrase, not a verb's);
 *   a German one must end on a capitalised noun.
 * A partitive with nothing said of it has no label; else, nothing found here, label.ts's label stands.
 */

export type EuLang = 'fr' | 'de' | 'it';

/** The French, German or Italian primary tag of `lang`, else null. */
export function euLang(lang: string): EuLang | null {
  const m = /^(fr|de|it)\b/iu.exec(lang);
  return m ? (m[1]!.toLowerCase() as EuLang) : null;
}

const ARTICLE: Record<EuLang, RegExp> = {
  fr: /^(?:le|la|les|l|un|une|ce|cet|cette|ces)$/u,
  de: /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|diese|dieser|diesen|diesem)$/u,
  it: /^(?:il|lo|la|i|gli|le|l|un|uno|una|questo|questa|questi|queste)$/u,
};
/** Words that join a noun to its complement inside one noun phrase. */
const LINKER: Record<EuLang, RegExp> = {
  fr: /^(?:de|d|du|des|en|à|au|aux)$/u,
  de: /^(?:der|des|von|für)$/u,
  it: /^(?:di|d|del|dello|della|dei|degli|delle|da|in|a)$/u,
};
/** A preposition right before the number: the noun phrase before it is what the number is of. */
const BEFORE_NUMBER: Record<EuLang, RegExp> = {
  fr: /^(?:à|de|d|pour|sur)$/u,
  de: /^(?:auf|von|um|bei)$/u,
  it: /^(?:a|di|d|per|su)$/u,
};
/** Hedges said before the number ("plus de", "mehr als", "oltre"). */
const HEDGE =
  /(?:\s+(?:plus|moins|près|environ|presque|quelque|de|d['’]|mehr|weniger|als|über|rund|etwa|fast|knapp|circa|quasi|oltre|più|meno|di|d['’]|almeno|ben))+\s*$/iu;
/** "d’entre vous", "von uns", "di voi": whom the number counts, said as a pronoun. */
const PARTITIVE: Record<EuLang, RegExp> = {
  fr: /^\s+(?:d['’]entre|parmi)\s+(?:nous|vous|eux|elles)(?![\p{L}])/iu,
  de: /^\s+(?:von|unter)\s+(?:uns|euch|ihnen|Ihnen)(?![\p{L}])/u,
  it: /^\s+(?:di|tra|fra)\s+(?:noi|voi|loro)(?![\p{L}])/iu,
};
/** Possessives and articles a predicate's object opens on ("leurs premiers pas"). */
const OPENER: Record<EuLang, RegExp> = {
  fr: /^(?:le|la|les|l|un|une|des|du|leur|leurs|son|sa|ses|notre|nos|votre|vos)$/u,
  de: /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|ihre|ihren|ihrem|seine|seinen|unsere)$/u,
  it: /^(?:il|lo|la|i|gli|le|l|un|uno|una|i|loro|suoi|sue|nostri|nostre)$/u,
};
/** Scale words that belong to the number ("80 millions", "2 Milliarden", "30 mila"). */
const SCALE =
  /^\s+(?:millions?|milliards?|mille|Millionen|Million|Milliarden|Milliarde|milioni|milione|miliardi|miliardo|mila)(?![\p{L}])/u;

const CLAUSE_MARK = /[,;:.!?()«»"“”„—–]/u;
const MAX_WORDS = 6;

const bare = (w: string) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
/** "d’entre" → "d", "l’État" → "l" + "État": an elided article or preposition is a word of its own. */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((w) => {
      const m = /^([dlDL])['’](\p{L}.*)$/u.exec(w);
      return m ? [`${m[1]}’`, m[2]!] : [w];
    });
}
/** The text up to the first clause mark. */
const toClauseMark = (t: string) => {
  const i = t.search(CLAUSE_MARK);
  return i < 0 ? t : t.slice(0, i);
};
const fromClauseMark = (t: string) => {
  let i = t.length;
  while (i > 0 && !CLAUSE_MARK.test(t.charAt(i - 1))) i--;
  return t.slice(i);
};

/** Rejoin words, an elided article glued to its word again ("l’" + "État"). */
const join = (ws: string[]) => ws.join(' ').replace(/([dlDL]’)\s/gu, '$1');

/**
 * The noun phrase said right after a number, in its words, or [] when it opens on no noun.
 * `isFunction` is the language's function-word test.
 */
export function nounPhraseAfter(rest: string, lang: EuLang, isFunction: (w: string) => boolean): string[] {
  const ws = wordsOf(toClauseMark(rest));
  const out: string[] = [];
  if (lang === 'de') {
    let noun = false;
    for (let i = 0; i < ws.length && out.length < MAX_WORDS; i++) {
      const w = ws[i]!;
      const b = bare(w);
      if (!b) break;
      if (noun) {
        // "Journalistinnen und Journalisten": a pair joined by "und"/"oder" is counted whole
        if ((b === 'und' || b === 'oder') && ws[i + 1] && /^\p{Lu}/u.test(ws[i + 1]!)) {
          out.push(w, ws[i + 1]!);
          i++;
          continue;
        }
        break;
      }
      if (/^\p{Lu}/u.test(w)) {
        out.push(w);
        noun = true;
      } else if (!isFunction(b) && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(w)) out.push(w);
      else break;
    }
    return noun ? out : [];
  }
  for (let i = 0; i < ws.length && out.length < MAX_WORDS; i++) {
    const w = ws[i]!;
    const b = bare(w);
    if (!b) break;
    if (LINKER[lang].test(b) && out.length) {
      // "places supplémentaires de prison", "della giustizia": a complement after a linker
      let j = i + 1;
      if (ws[j] && ARTICLE[lang].test(bare(ws[j]!))) j++;
      const next = ws[j];
      if (!next || isFunction(bare(next)) || /\p{Nd}/u.test(next)) break;
      out.push(...ws.slice(i, j + 1));
      i = j;
      continue;
    }
    if (isFunction(b) || /\p{Nd}/u.test(w)) break;
    out.push(w);
  }
  return out;
}

/**
 * The noun phrase that ends `before` (read back to its article), or '': "Nous porterons le prix
 * du paquet de cigarettes" → "prix du paquet de cigarettes".
 */
function nounPhraseBefore(before: string, lang: EuLang, isFunction: (w: string) => boolean): string {
  const ws = wordsOf(before);
  const out: string[] = [];
  for (let i = ws.length - 1; i >= 0 && out.length <= MAX_WORDS; i--) {
    const w = ws[i]!;
    const b = bare(w);
    if (!b) return '';
    if (ARTICLE[lang].test(b)) {
      // "du prix de la baguette": an article after a linker is inside the phrase
      const prev = ws[i - 1];
      if (prev && LINKER[lang].test(bare(prev)) && out.length) {
        out.unshift(w);
        continue;
      }
      if (!out.length || LINKER[lang].test(bare(out[0]!))) return '';
      if (lang === 'de' && !/^\p{Lu}/u.test(out[out.length - 1]!)) return '';
      return out.length >= 2 && out.length <= MAX_WORDS ? join(out) : '';
    }
    if (LINKER[lang].test(b)) {
      if (!out.length) return '';
      out.unshift(w);
      continue;
    }
    if (isFunction(b) || /\p{Nd}/u.test(w)) return '';
    out.unshift(w);
  }
  return '';
}

export interface EuLabel {
  /** Where the value ends (the number's end, or past the noun or partitive it keeps). */
  end: number;
  label: string;
}

/**
 * The value's end and label of a French, German or Italian count, scaled number or sum at
 * [start, end) of `sentence`, or null when these rules say nothing of it.
 */
export function europeanLabel(
  sentence: string,
  fig: { start: number; end: number; kind: string },
  lang: EuLang,
  isFunction: (w: string) => boolean,
): EuLabel | null {
  if (fig.kind !== 'count' && fig.kind !== 'scaled' && fig.kind !== 'currency') return null;
  const value = sentence.slice(fig.start, fig.end);
  const lastDigit = value.search(/\p{Nd}(?!.*\p{Nd})/su);
  if (lastDigit < 0) return null;
  let numEnd = fig.start + lastDigit + 1;
  numEnd += SCALE.exec(sentence.slice(numEnd))?.[0].length ?? 0;
  const rest = sentence.slice(numEnd);
  const partitive = PARTITIVE[lang].exec(rest);
  if (partitive) {
    // "430 d’entre vous font leurs premiers pas dans cette enceinte": the verb's object says it
    const ws = wordsOf(toClauseMark(rest.slice(partitive[0].length)));
    const verb = ws.shift();
    if (!verb || isFunction(bare(verb))) return { end: numEnd + partitive[0].length, label: '' };
    while (ws.length && OPENER[lang].test(bare(ws[0]!))) ws.shift();
    const phrase = ws.slice(0, MAX_WORDS);
    while (phrase.length && isFunction(bare(phrase[phrase.length - 1]!))) phrase.pop();
    return { end: numEnd + partitive[0].length, label: phrase.length >= 2 ? join(phrase) : '' };
  }
  const np = fig.kind !== 'currency' ? nounPhraseAfter(rest, lang, isFunction) : [];
  while (np.length && isFunction(bare(np[np.length - 1]!))) np.pop();
  if (np.length >= 2) return { end: numEnd, label: join(np) };
  // a bare count whose one noun was left out of its value ("da 51 articoli e, …" → "51 —
  // decreto-legge era composto inizialmente", judge17): the value keeps its noun, and the label
  // is only the phrase it is said of, or none (never the clause around a count of nothing)
  const dropped =
    (fig.kind === 'count' || (lang === 'de' && fig.kind === 'scaled' && /^\s+\p{Lu}/u.test(rest))) &&
    fig.end === numEnd &&
    np.length === 1 &&
    /^\s+\p{L}/u.test(rest)
      ? rest.indexOf(np[0]!) + np[0]!.length
      : 0;
  // "224 Einsprüchen gegen die Gültigkeit der Bundestagswahl": a German noun and the complement
  // that says what it is about is the label (judge19: no card at all)
  if (lang === 'de' && fig.kind === 'count' && np.length === 1) {
    const complement = germanComplement(rest.slice(rest.indexOf(np[0]!) + np[0]!.length), isFunction);
    if (complement) return { end: numEnd, label: `${np[0]!} ${complement}` };
  }
  // one noun (or a unit): the number keeps it, and the phrase it is said of labels it
  const before = fromClauseMark(sentence.slice(0, fig.start)).replace(HEDGE, '').trimEnd();
  const ws = wordsOf(before);
  const last = ws.at(-1);
  const none = dropped ? { end: numEnd + dropped, label: '' } : null;
  if (!last) return none;
  let head: string;
  if (BEFORE_NUMBER[lang].test(bare(last))) head = join(ws.slice(0, -1));
  else if (!isFunction(bare(last)) && /^\p{Ll}/u.test(last)) head = join(ws.slice(0, -1));
  else return none;
  // nothing read: label.ts's reading stands ("au déficit prévu de 18 millions" → "déficit prévu")
  const label = nounPhraseBefore(head, lang, isFunction);
  return label ? { end: dropped ? numEnd + dropped : fig.end, label } : none;
}

/** Prepositions that open what a German noun is about or for ("Einsprüche gegen …", "Anträge auf …"). */
const DE_COMPLEMENT = /^(?:gegen|für|auf|über|zur|zum|mit|ohne)$/u;

/**
 * The complement said right after a German counted noun, to the first clause mark or number:
 * "gegen die Gültigkeit der Bundestagswahl". It must end on a capitalised noun and, with its
 * noun, keep to MAX_WORDS; else ''.
 */
function germanComplement(after: string, isFunction: (w: string) => boolean): string {
  const ws = wordsOf(toClauseMark(after));
  if (!ws.length || !DE_COMPLEMENT.test(ws[0]!)) return '';
  const out: string[] = [ws[0]!];
  for (const w of ws.slice(1)) {
    if (/\p{Nd}/u.test(w) || out.length >= MAX_WORDS - 1) break;
    // a verb in lower case ends the phrase ("… bewilligt"), an attribute before its noun does not
    if (/^\p{Ll}/u.test(w) && !isFunction(bare(w)) && !/^\p{Ll}+(?:e|en|er|es|em)$/u.test(w)) break;
    out.push(w);
  }
  while (out.length > 1 && !/^\p{Lu}/u.test(out.at(-1)!)) out.pop();
  return out.length >= 2 ? join(out) : '';
}
