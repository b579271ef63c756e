/**
 * A figure said as the measure of a noun ("the shortfall of 18 million", "a loss of $3 billion",
 * "a population of 1.4 billion", "un déficit de 18 millones", "убытки в размере 3 млрд"): what it
 * counts is that noun, and only that noun. An earlier head the figure is not the measure of ("a
 * substantial improvement on the shortfall of 18 million") is never its label: the card would say
 * that 18 million was the improvement. When the noun alone is one word, the label takes what the
 * sentence says of it ("the shortfall of 18 million we anticipated in 2016" → "shortfall
 * anticipated", the year added by qualify.ts; "a coalition of 46 countries" after "partnering
 * with" → "partnering with a coalition"), else there is no label and no card.
 *
 * Words of evaluation ("a staggering sum", "a significant savings") say what the speaker thinks
 * of a figure, not what it counts: they are no part of a label, and a head that only says
 * "amount" ("sum", "total", "average", "cifra") counts nothing of its own.
 */
import { VERB_LIKE } from '../keyphrases';
import { isFunctionWord } from '../lexicon';
import { primaryLang } from '../lang';
import { escapeRegExp } from '../word-classes';
import { PLACE_WORD } from './label-words';

/** Adjectives (and a few adverbs) that judge a figure rather than say what it counts. */
const EVALUATIVE =
  /^(?:staggering|significant|substantial|considerable|enormous|huge|massive|vast|tremendous|incredible|remarkable|extraordinary|astonishing|astounding|stunning|shocking|alarming|troubling|worrying|disturbing|sobering|dramatic|impressive|whopping|unprecedented|historic|meagre|meager|paltry|mere|modest|sizeable|sizable|colossal|immense|astronomical|eye-watering|terrible|awful|dire|great|good|bad|welcome|encouraging|tragic|appalling|outrageous|scandalous|unacceptable|record|enormes?|enorme|impresionante|considerable|significativ[oa]s?|importante|énorme|considérable|colossale?|огромн\p{L}*|колоссальн\p{L}*|значительн\p{L}*|существенн\p{L}*)$/iu;
/** Heads that only say "an amount": "a total of 421", "the sum of $5,400 million", "la cifra de". */
const AMOUNT =
  /^(?:total|sum|amount|number|figure|average|count|tally|quantity|value|worth|maximum|minimum|record|equivalent|cifra|suma|total|monto|importe|cantidad|número|promedio|valor|chiffre|somme|montant|nombre|moyenne|valeur|сумм\p{L}*|количеств\p{L}*|объ[её]м\p{L}*|цифр\p{L}*|размер\p{L}*)$/iu;
/** Words that take "of" without being what a figure measures ("one of", "because of", "consist of"). */
const NOT_A_HEAD =
  /^(?:one|each|all|some|many|most|none|any|both|either|neither|part|out|because|instead|ahead|inside|outside|think|thought|consist|consists|consisting|composed|made|dream|speak|spoke|hear|heard|approve|afraid|proud|aware|capable|full|short|tired|rid|kind|sort|lot|lots|couple|set|sets|series|array|host|collection|suite|variety|tens|hundreds|thousands|millions|billions|dozens|más|menos|cerca|alrededor|antes|después|plus|moins|près|autour|lors|beaucoup|peu|trop|tant)$/iu;

const words = (t: string) => t.split(/\s+/).filter(Boolean);
const bare = (w: string) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** The measure word(s) a figure follows: "of" (en), "de/di/du/del" (Romance), Russian phrases. */
const MEASURE_OF =
  /(?:^|\s)(?:of|de|di|du|del|d['’])\s*$|(?:^|\s)(?:в\s+размере|в\s+объ[её]ме|на\s+сумму|в\s+количестве|численностью|стоимостью)\s+$/iu;

/** A relative clause after the figure that says which one it is ("we anticipated", "they had feared"). */
const RELATIVE_AFTER =
  /^\s+(?:(?:that|which)\s+)?(?:we|they|you|he|she|I|it|experts|economists|analysts|scientists)\s+(?:(?:had|have|once|originally|first)\s+)*((?:\p{Ll}{3,}ed|forecast|foresaw|saw|feared|expected|predicted|projected|estimated|anticipated))(?![\p{L}])/u;
/** "in the budget", "for the region" after the figure: what the measure belongs to. */
const PLACE_AFTER =
  /^\s+((?:in|for|on|within|across)\s+(?:(?:the|its|their|our|this|that)\s+)?[\p{L}'’-]{3,}(?:\s+[\p{L}'’-]{3,})?)(?=$|[\s,.;:!?)—–])/iu;
/** Nouns of a change, which say what they are a change of in the phrase after the figure. */
const CHANGE_NOUN = /^(?:jump|increase|rise|drop|fall|cut|reduction|decline|gain|growth|decrease|hike)$/iu;
/**
 * "over the previous debt ceiling", "above last year's level": what a change is measured from,
 * a whole noun phrase ending where the clause does or a new phrase begins.
 */
const CHANGE_OVER =
  /^\s+((?:over|above|below|on)\s+(?:the|its|their|our|this|that|last)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]{3,})(?=\s*(?:$|[,.;:!?)—–]|\s(?:and|but|or|in|by|for|to|since|because|as)\s))/iu;
const PERIOD_WORD =
  /^(?:years?|decades?|months?|weeks?|days?|quarters?|periods?|centur(?:y|ies)|summer|winter|spring|autumn|fall|term|session)$/iu;
/** "partnering with a coalition of": an action on the head says how it is counted. */
const ACTION_BEFORE = /(\p{Ll}{3,}ing\s+(?:with|in|into|from|for|to|by)\s+(?:a|an|the)\s+)$/u;

/** Nouns that set a bound on what they are said of ("an exemption for all interest payments of $150"). */
const BOUND_NOUN =
  /^(?:exemptions?|exceptions?|exclusions?|credits?|deductions?|limits?|caps?|ceilings?|ban|bans|thresholds?|allowances?|penalt(?:y|ies)|fines?|fees?|surcharges?|duty|duties|tariffs?|levy|levies|subsid(?:y|ies)|rebates?|taxe?s?)$/iu;

/**
 * "there will be an exemption for all interest payments of $150 or less": the figure is the bound
 * of the exemption, and "interest payments" alone would read as what is paid. The label is the
 * noun of the bound with the head it is said of ("exemption for all interest payments"), '' when
 * there is none or it is longer than a label.
 */
function boundOn(lead: readonly string[], head: string): string {
  let j = lead.length - 1;
  while (j >= 0 && /^(?:all|the|any|every|each|such)$/iu.test(lead[j]!)) j--;
  if (j < 1 || !/^(?:for|on)$/iu.test(lead[j]!) || !BOUND_NOUN.test(bare(lead[j - 1]!))) return '';
  const ws = [bare(lead[j - 1]!), ...lead.slice(j), ...words(head)];
  return ws.length <= 6 ? ws.join(' ') : '';
}

/** Nouns of what is given, saved or lost, said with whom it goes to ("savings to the taxpayers of"). */
const GIVEN =
  /^(?:savings?|costs?|benefits?|loss(?:es)?|burden|aid|help|payments?|transfers?|refunds?|rebates?|grants?|loans?|subsid(?:y|ies)|gifts?|assistance|relief|profits?|ahorros?|costes?|costos?|ayudas?|économies?|coûts?|aides?|экономи\p{L}*|помощ\p{L}*)$/iu;

/**
 * "savings to the taxpayers of over $4 billion", "the cost to consumers of $3 billion": the figure
 * measures what is given or saved, not those it goes to; the label is the whole phrase, '' when
 * there is none or it is longer than a label.
 */
function givenTo(lead: readonly string[], head: readonly string[]): string {
  let j = lead.length - 1;
  while (j >= 0 && /^(?:the|all|our|their|its|every|los|las|les|des)$/iu.test(lead[j]!)) j--;
  if (j < 1 || !/^(?:to|for|a|para|aux|à|для)$/iu.test(lead[j]!) || !GIVEN.test(bare(lead[j - 1]!)))
    return '';
  const ws = [bare(lead[j - 1]!), ...lead.slice(j), ...head];
  return ws.length <= 6 ? ws.join(' ') : '';
}

/** Most words of a label whose place is an amount and what it is of. */
const MAX_NUMBERED = 8;

/**
 * "of permanent Federal employees already budgeted …" after "in the number": the "of" and its
 * noun phrase, up to four words, cut before a function word, an adverb or a participle; '' when
 * there is none.
 */
function amountOf(rest: string, lang: string): string {
  const m = /^\s+of\s+(.*)$/su.exec(rest);
  if (!m) return '';
  const np: string[] = [];
  for (const w of words(m[1]!)) {
    const b = bare(w);
    if (
      !b ||
      b !== w.replace(/[,.;:!?)]+$/u, '') ||
      isFunctionWord(b, lang) ||
      /(?:ly|ed)$/u.test(b) ||
      /^(?:already|still|now|then|also|just|even)$/iu.test(b)
    )
      break;
    np.push(b);
    if (np.length === 4 || w !== b) break;
  }
  return np.length ? `of ${np.join(' ')}` : '';
}

/** The phrase without its words of evaluation ("a staggering sum" → "a sum"). */
export function withoutEvaluation(phrase: string): string {
  return words(phrase)
    .filter((w) => !EVALUATIVE.test(bare(w)))
    .join(' ');
}

/** Whether a phrase holds a word of evaluation (see `EVALUATIVE`). */
export function evaluates(phrase: string): boolean {
  return words(phrase).some((w) => EVALUATIVE.test(bare(w)));
}

/**
 * Norwegian, Danish and Swedish say a change's measure with "på", "med" or "af" ("med en økning på
 * ca. 10 pst. fra forrige storting", "en ökning med 10 procent"): after a change noun those are the
 * English "of", and the figure is the change, never where it is from ("10 pst. — fra forrige
 * storting" read as a record of 10 %, judge36). The label is the change and what it is from, as
 * CHANGE_OVER says it in English ("økning fra forrige storting"), or none.
 */
const NORDIC_CHANGE_OF =
  /(?:^|\s)(økning|økningen|ökning|ökningen|forøgelse|forøgelsen|stigning|stigningen|nedgang|nedgangen|nedgång|nedgången|minskning|minskningen|reduksjon|reduksjonen|reduktion|reduktionen|vekst|veksten|vækst|væksten|tillväxt|tillväxten|fall|fallet|fald|faldet|kutt|kuttet)\s+(?:på|med|af)\s+(?:(?:ca\.?|cirka|omkring|rundt|drøyt|drygt|knapt|nesten|næsten|nästan|over|över|under|om\s+lag)\s+)?$/iu;
/** What a Nordic change is from ("fra forrige storting", "från förra året"), closing its clause. */
const NORDIC_FROM =
  /^\s+((?:fra|från|frå)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]{3,})(?=\s*(?:$|[,.;:!?)—–]))/iu;

function nordicChange(
  before: string,
  after: string,
  lang: string,
  isLabel: (p: string, l: string) => boolean,
): OfHead {
  const m = NORDIC_CHANGE_OF.exec(before);
  if (!m) return null;
  const from = NORDIC_FROM.exec(after);
  const label = from ? `${m[1]!} ${from[1]!.replace(/\s+/gu, ' ')}` : '';
  return { label: label && isLabel(label, lang) ? label : '' };
}

export type OfHead =
  /** the figure measures no noun before it */
  | null
  /** it measures only an amount ("a total of"): other words of the sentence may label it */
  | { amount: true }
  /** it measures this noun: the label, or '' when no honest label can be made */
  | { label: string };

/**
 * The noun the figure at `fig` is the measure of, as a label (see above). `before` is the text of
 * the figure's clause before it, `after` the text after it up to the clause's end or next number;
 * `isLabel` the label test of label.ts.
 */
export function ofHead(
  before: string,
  after: string,
  lang: string,
  isLabel: (phrase: string, lang: string) => boolean,
): OfHead {
  if (/^(?:no|nb|nn|da|sv)$/u.test(primaryLang(lang))) {
    const change = nordicChange(before, after, lang, isLabel);
    if (change) return change;
  }
  const of = MEASURE_OF.exec(before);
  if (!of) return null;
  const ws = words(before.slice(0, of.index));
  const head = ws[ws.length - 1] ?? '';
  if (
    !/^[\p{L}'’-]+$/u.test(head) ||
    isFunctionWord(head, lang) ||
    NOT_A_HEAD.test(head) ||
    (VERB_LIKE.test(head) && !/\p{Script=Cyrillic}/u.test(head))
  )
    return null;
  // the noun phrase that ends on the head: back to a function word, a comma or a verb
  const np: string[] = [];
  for (let i = ws.length - 1; i >= 0 && np.length < 5; i--) {
    const w = ws[i]!;
    // ("a reduction of more than $4 billion below last year's request of": "below" is the
    // reduction's, so the phrase is "last year's request", judge33 LBJ 1964)
    if (/[,;:]$/u.test(w) || isFunctionWord(w, lang) || PLACE_WORD.test(w) || !/^[\p{L}'’-]+$/u.test(w))
      break;
    if (np.length && VERB_LIKE.test(w) && !/^\p{Ll}{3,}ed$/u.test(w)) break;
    np.unshift(w);
  }
  const kept = np.filter((w) => !EVALUATIVE.test(w));
  // "a staggering sum of", "the energy equivalent of": the head says only "an amount"
  if (!kept.length || AMOUNT.test(kept[kept.length - 1]!)) return { amount: true };
  const label = kept.join(' ');
  const given = givenTo(ws.slice(0, ws.length - np.length), kept);
  if (given && isLabel(given, lang)) return { label: given };
  const bounded = boundOn(ws.slice(0, ws.length - np.length), label);
  if (bounded && isLabel(bounded, lang)) return { label: bounded };
  if (kept.length >= 2 && isLabel(label, lang)) return { label };
  // one noun: what the sentence says of it after the figure, or the action it is counted in
  const relative = RELATIVE_AFTER.exec(after);
  if (relative) {
    const l = `${label} ${relative[1]}`;
    if (isLabel(l, lang)) return { label: l };
  }
  const place = PLACE_AFTER.exec(after);
  // "a reduction of more than 20,000 in the number of permanent Federal employees already
  // budgeted" (Carter, 24 October 1978): "in the number" says nothing without what is numbered
  const numbered =
    place && AMOUNT.test(words(place[1]!).pop() ?? '') ? amountOf(after.slice(place[0].length), lang) : '';
  if (place && numbered) {
    const l = `${label} ${place[1]} ${numbered}`;
    return { label: words(l).length <= MAX_NUMBERED ? l : '' };
  }
  if (place) {
    const l = `${label} ${place[1]}`;
    if (isLabel(l, lang) && !isFunctionWord(words(l).pop() ?? '', lang)) return { label: l };
  }
  // "a dramatic jump of $50 billion over the previous debt ceiling": a change and what it is over
  const over = CHANGE_NOUN.test(head) ? CHANGE_OVER.exec(after) : null;
  if (over) {
    const l = `${label} ${over[1]!.replace(/\s+/gu, ' ')}`;
    // (over a time it is a period, which says not what changed: "a rise of 12 percent over the last decade")
    const last = words(l).pop() ?? '';
    if (isLabel(l, lang) && !isFunctionWord(last, lang) && !PERIOD_WORD.test(last)) return { label: l };
  }
  const action = ACTION_BEFORE.exec(before.slice(0, of.index).replace(/\S+\s*$/u, ''));
  if (action && np.length === 1) {
    const l = `${action[1]}${head}`;
    if (isLabel(l, lang)) return { label: l };
  }
  return { label: '' };
}

/**
 * A phrase as a label without its words of evaluation ("troubling decline" → "decline"), '' when
 * what is left is no label. A noun left alone takes the "in/of" phrase that follows it in `source`
 * ("a troubling decline in freedom around the globe" → "decline in freedom").
 */
export function unjudged(
  phrase: string,
  source: string,
  lang: string,
  isLabel: (phrase: string, lang: string) => boolean,
): string {
  if (!evaluates(phrase)) return isLabel(phrase, lang) ? phrase : '';
  const kept = withoutEvaluation(phrase);
  if (isLabel(kept, lang)) return kept;
  const last = words(kept).pop();
  if (!last) return '';
  const esc = escapeRegExp(last);
  const more = new RegExp(
    String.raw`(?<![\p{L}])${esc}\s+((?:in|of|for)\s+(?:(?:the|its|their|our)\s+)?[\p{L}'’-]{3,})`,
    'u',
  ).exec(source);
  const l = more ? `${kept} ${more[1]}` : '';
  return l && isLabel(l, lang) ? l : '';
}
