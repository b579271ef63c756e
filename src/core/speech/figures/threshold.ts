/**
 * A threshold is no amount (judge18, the worst class: a number shown with a meaning the speech did
 * not give it). "No one earning less than $400,000 a year will pay an additional penny in new taxes"
 * says who is spared, by where the line is drawn; "less than $400,000 a year" on a card with any
 * label reads as money that is paid, raised or spent. Dutch "vermogens boven 1 miljoen euro", German
 * "wer mehr als 1 Million Euro verdient", Finnish "yli 100 000 euroa ansaitsevat" likewise.
 *
 * A figure is a threshold when a bound is said right before its number (in its value, as its hedge,
 * or just before it: "boven", "onder", "yli") and what it bounds is an income or a fortune: a word
 * of earning or owning said right before the bound ("earning", "making", "who earn", "with incomes
 * of", "net worth over", "een vermogen boven", "Einkommen über", "revenus supérieurs à"), or, in the
 * languages that put the verb last, an earning verb right after the figure ("meer dan 1 miljoen euro
 * verdient", "yli 100 000 euroa ansaitsevat"). A threshold has no label and borrows none: the card
 * would have to say "who earns less than", and the sentence never says it as a noun phrase.
 * A bound after a verb that did something ("earned more than $40 billion in profits") is an amount.
 */
import type { Span } from '../segment';

/** Bounds said before a number: "less than", "over", "boven", "über", "plus de", "yli", "свыше". */
const BOUND = String.raw`(?:less\s+than|more\s+than|fewer\s+than|under|over|above|below|up\s+to|at\s+least|in\s+excess\s+of|boven|onder|meer\s+dan|minder\s+dan|vanaf|über|unter|mehr\s+als|weniger\s+als|ab|plus\s+de|moins\s+de|au-dessus\s+de|au-delà\s+de|(?:supérieure?s?|inférieure?s?)\s+à|más\s+de|menos\s+de|por\s+(?:encima|debajo)\s+de|(?:superior|inferior)(?:es)?\s+a|mais\s+de|menos\s+de|acima\s+de|abaixo\s+de|più\s+di|meno\s+di|oltre|sopra|sotto|(?:superior|inferior)[ei]?\s+a|yli|alle|över|mer\s+än|mindre\s+än|mere\s+end|mindre\s+end|свыше|более|менее|выше|ниже|понад|більше|менше|вище|нижче|powyżej|poniżej|ponad|nad|pod|více\s+než|méně\s+než)`;

/**
 * Words of earning or owning said right before a bound: participles and relative clauses that say
 * which people or firms are meant, and the nouns of income and wealth. A finite verb in the past
 * ("earned", "made") says an amount was earned, never where a line is drawn.
 */
const EARNING_VERB = String.raw`(?:earning|making|who\s+(?:earn|earns|make|makes)|(?:die|der|wer)\s+verdien(?:t|en)|gagnant|qui\s+gagnent|(?:que|quienes|quien)\s+ganan?|ganando|(?:que|quem)\s+ganham?|(?:che|chi)\s+guadagna(?:no)?|som\s+tjänar|der\s+tjener|зарабатывающ\p{L}*|які\s+заробляють)`;
/** Nouns of income and wealth ("incomes", "net worth", "vermogen", "Einkommen", "revenus", "tulot"). */
const WEALTH = String.raw`(?:incomes?|salar(?:y|ies)|wages?|earnings|profits?|revenues?|turnover|assets|wealth|fortunes?|(?:net\s+)?worth|estates?|\p{L}*(?:inkomens?|vermogens?|winst(?:en)?|omzet|einkommens?|vermögens?|gewinn(?:en?)?|umsatz|umsätzen?)|salaris(?:sen)?|Gehältern?|revenus?|patrimoines?|bénéfices|salaires?|ingresos|patrimonios?|beneficios|rentas?|salarios?|rendimentos?|rendas?|património|patrimônio|lucros|salários?|redditi|reddito|patrimoni|utili|stipendi|inkomster?|förmögenhet(?:er)?|indkomster?|formuer?|tulot|tuloja|varallisuus|доход(?:ом|ами)?|дохід|доходом|зарплат(?:ой|ою)?)`;
/** "with", as said before a noun of income that draws a line ("households with incomes of"). */
const WITH = String.raw`(?:with|met|mit|avec|con|com|med|с|з)\s+(?:(?:a|an|their|een|hun|einem|einer|ihrem|des|un|une|leurs?|sus?|unos?|seus?|suas?|uma?|en|ett|sina|sitt)\s+)?(?:\p{L}+\s+)?`;
/**
 * Words of earning or owning said right before a bound: participles and relative clauses that say
 * which people or firms are meant ("earning", "who make", "die … verdienen"), a noun of income or
 * wealth said with "with" ("with incomes of", "met een vermogen") or right before the bound
 * ("incomes above", "vermogens boven"). A finite verb in the past ("earned", "made") says an
 * amount was earned, never where a line is drawn; "revenues of more than $5 billion" is an amount.
 */
/** A copula between a noun of income and its bound ("dont les revenus sont inférieurs à"). */
const COPULA = String.raw`(?:\s+(?:is|are|sont|est|son|es|são|é|sono|è|zijn|is|sind|ist|är|er|ovat|on))?`;
const EARNING = String.raw`(?:${EARNING_VERB}|${WITH}${WEALTH}(?:\s+(?:of|van|von|de|di|av|på))?|${WEALTH}${COPULA}|(?:net\s+)?worth(?:\s+of)?)`;

const BEFORE = new RegExp(String.raw`(?<![\p{L}])${EARNING}\s+${BOUND}\s+(?:(?:de|het|the)\s+)?$`, 'iu');
/** A bound right before the number, when the earning word comes after the figure (SOV clauses). */
const BOUND_BEFORE = new RegExp(String.raw`(?<![\p{L}])${BOUND}\s+(?:(?:de|het|the)\s+)?$`, 'iu');
/** An earning verb right after the figure: "verdient", "verdienen", "ansaitsevat", "tjänar". */
const VERB_AFTER =
  /^\s+(?:(?:per|a|pro|im|par|por|al|ao|l'|vuodessa|om|i)\s+(?:\p{L}+\s+)?)?(?:verdient|verdienen|verdienden|ansaitsevat|ansaitseva|ansaitsee|tienaavat|tjänar|tjener|gagnent|ganan|ganham|guadagnano|зарабатывают|заробляють)(?![\p{L}])/iu;

/**
 * "28 climate disasters last year that each cost at least a billion dollars" (Brainard, 2024): a
 * bound said after "each" is the line every counted thing passes — what makes one of them count —
 * never an amount of its own; on a card it read "at least a billion dollars — highest number", the
 * aside that belongs to the 28.
 */
const EACH_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])each\s+(?:(?:cost|costs|costing|caused|causing|worth|valued\s+at|totall?ing|exceeding|with)\s+)?${BOUND}\s+$`,
  'iu',
);

/** Whether the figure at `fig` (its value with any hedge) is a threshold: of income or wealth, or of each thing counted. */
export function isThreshold(sentence: string, fig: Span): boolean {
  const value = sentence.slice(fig.start, fig.end);
  // the bound may be the figure's hedge ("less than $400,000") or said just before it ("boven")
  const lead = new RegExp(String.raw`^${BOUND}\s+`, 'iu').exec(value);
  const before = sentence.slice(Math.max(0, fig.start - 80), fig.start) + (lead ? lead[0] : '');
  if (BEFORE.test(before) || EACH_BEFORE.test(before)) return true;
  return BOUND_BEFORE.test(before) && VERB_AFTER.test(sentence.slice(fig.end, fig.end + 40));
}

/**
 * "We saw 28 climate disasters last year that each cost at least a billion dollars—the highest
 * number in U.S. history" (Brainard, 2024): an aside on a number, said after the line each counted
 * thing passes, is said of the count, whose card it labels ("28 climate disasters — highest number
 * in U.S. history"); '' when the sentence says no such aside after the threshold at `fig`.
 */
const NUMBER_ASIDE =
  /^\s*[—–]\s*(?:the\s+)?((?:highest|largest|biggest|greatest|lowest|smallest|most|record)\s+(?:number|count|total)(?:\s+[\p{L}.]+){0,4})\s*(?=$|[.;:!?,—–])/iu;

export function asideOnCount(sentence: string, fig: Span): string {
  const lead = new RegExp(String.raw`^${BOUND}\s+`, 'iu').exec(sentence.slice(fig.start, fig.end));
  const before = sentence.slice(Math.max(0, fig.start - 80), fig.start) + (lead ? lead[0] : '');
  if (!EACH_BEFORE.test(before)) return '';
  return (
    NUMBER_ASIDE.exec(sentence.slice(fig.end))?.[1]
      ?.replace(/\s+/gu, ' ')
      .replace(/(?<=\p{Ll}{2})\.$/u, '') ?? ''
  );
}
