/**
 * What a figure's sentence says of its standing, and of its reach. A hypothesis ("倘有一百个娜拉出走…有一千一万个出走",
 * "if a hundred Noras walked out…", "たとえば…十万円儲けたとすると") counts nothing that happened, and
 * a card cannot carry the "if": it is never a card. An example ("For example, in Arizona, Gila
 * County: They will receive $341,000 for evacuation planning") is one case of what the speaker
 * is talking about: shown beside the slide's total it reads as another total, so the slide keeps
 * it only when it has no figure of the whole (body.ts).
 */
import type { Span } from '../segment';
import type { FoundFigure } from './index';
import { itemOf } from './bounds';
import { figureLabel } from './label';
import { alternation, CONDITIONAL_MODAL, FUTURE_MODAL, MODAL as MODALS } from '../word-classes';
import { englishOrUnsaid } from '../lang';

/** A sentence that opens an example. */
const EXAMPLE =
  /^[\s"“«(]*(?:for example|for instance|e\.\s?g\.|por ejemplo|par exemple|zum beispiel|ad esempio|por exemplo|например|к примеру|例如|比如|譬如|たとえば|例えば|على سبيل المثال|مثلاً|مثلا)(?![\p{L}])/iu;
/** Words of condition, per language ("si" is also Italian's "oneself", so only where it is "if"). */
const IF_WORDS: Record<string, string> = {
  en: 'if|suppose|supposing|imagine',
  es: 'si|supongamos',
  fr: 'si|supposons',
  de: 'wenn|falls',
  ru: 'если|допустим',
  ar: 'إذا|لو',
};
/** A condition before the figure in the same clause ("if 40 percent of us…", "si 300 personas…"). */
const IF_BEFORE = new Map(
  Object.entries(IF_WORDS).map(([lang, words]) => [
    lang,
    // (a comma inside a number, "$8,000", is no clause mark)
    new RegExp(String.raw`(?:^|[^\p{L}])(?:${words})\s(?:[^,;:—–()]|(?<=\p{Nd}),(?=\p{Nd}))*$`, 'iu'),
  ]),
);
/**
 * "If we do not act, then by 1985 we will be using 33 percent more…": a sentence that opens on a
 * condition, closed by its comma, and goes on with "then" or a modal before the figure foretells
 * what follows from the hypothesis (IF_BEFORE stops at the comma, so it misses the main clause).
 * Only the modals of what is to come or would follow: "can", "may", "must", "should" say what is
 * possible or due.
 */
const CONSEQUENCE = alternation(FUTURE_MODAL, CONDITIONAL_MODAL);
const IF_THEN = new Map(
  Object.entries(IF_WORDS).map(([lang, words]) => [
    lang,
    new RegExp(
      String.raw`^[\s"“«(]*(?:(?:but|and|so|pero|y|mais|et|aber|und|но|и)\s+)?(?:${words})\s[^;:—–()]*,\s[^;:—–()]*?(?<![\p{L}])(?:then|${CONSEQUENCE}|entonces|habrá|sería|alors|dann|то|тогда)(?![\p{L}])[^;:—–()]*$`,
      'iu',
    ),
  ]),
);
/**
 * A figure said in a clause of what held before something else happened ("до того, як курс …
 * був 25 гривень. Сьогодні ми маємо з вами 37.": the old rate, the card read as today's, judge29c):
 * the conjunction "before" opening the figure's clause, where a language has one that is never a
 * preposition (uk/ru "до того, як/как", "перш ніж", "прежде чем"; pl "zanim"; de "bevor"; fr
 * "avant que"; es "antes de que"; pt "antes que"). A past state is no fact of now.
 */
const BEFORE_THEN =
  /(?:^|[^\p{L}])(?:до\s+того,?\s+(?:як|как)|перш\s+ніж|прежде\s+чем|zanim|bevor|avant\s+qu(?:e|['’])|antes\s+de\s+que|antes\s+que)\s(?:[^,;:—–()]|(?<=\p{Nd}),(?=\p{Nd}))*$/iu;
/**
 * A Hungarian verb in the conditional mood, third person singular ("bevezetné", "adóztatna",
 * "lenne", "volna"), at most three words before the figure and in its clause: "ha a kormány …
 * bevezetné az általános 25 százalékos társasági adót" is a proposal, and "25 százalékos —
 * társasági adó" read as the tax in force (judge29c). Lower case only (a name, "Kína", is no verb).
 */
const HU_CONDITIONAL = /(?<![\p{L}])\p{Ll}{3,}(?:n[aáeé]|volna)(?:\s+[^\s,;:—–()]+){0,3}\s+$/u;
/** A condition anywhere before the figure in a CJK sentence (its clauses run on with commas). */
const CJK_IF_BEFORE = /倘|如果|假如|假使|假若|若是|要是|万一|もし|仮に/u;
/** A Japanese condition said after the figure ("十万円儲けたとすると"). */
const JA_IF_AFTER = /^[^、。，]{0,16}(?:とすると|としたら|とすれば|ならば)/u;

/**
 * A promise before the figure in the same clause ("They were supposed to buy $200 billion more in
 * American goods", "promising, thanks to his new $10 billion, manufacturing complex would be
 * built"): what was promised or expected is no fact, and a card shows it as one. Verbs only:
 * "its promise exists for all…, and that includes nearly 7 million American Muslims" is a fact.
 */
const PROMISED_BEFORE =
  /(?<![\p{L}])(?:supposed\s+to|promis(?:ed|ing)|pledg(?:ed|ing)|vow(?:ed|ing))(?![\p{L}])[^;:—–()]*$/iu;

/**
 * A figure said of what one must have or be ("If you want to do business in China, you got to have
 * a 51 percent Chinese owner"): a requirement, not a count of what is; the card "51 percent —
 * Chinese owner" states it as a fact, and a label cannot keep the duty in the speech's words
 * without cutting them, so it is no card. Only a duty to have, hold or be, said right before the
 * figure (at most four words between, none opening a clause): a duty to do ("we must cut emissions by 50 percent") keeps
 * its verb in a goal label (goal.ts). Per language; German says its verb after the figure.
 */
/** Up to four words between the duty and the figure, none a mark or a word that opens a clause. */
const DUTY_GAP = String.raw`(?:\s+(?!(?:that|which|who|que|qui|qu['’]\p{L}*|che|dass|weil|because)(?![\p{L}]))[^\s,;:—–()]+){0,4}\s+$`;
const duty = (modal: string, verb: string) =>
  new RegExp(String.raw`(?<![\p{L}])(?:${modal})\s+(?:${verb})(?![\p{L}])${DUTY_GAP}`, 'iu');
const OBLIGED_STATE: Record<string, RegExp> = {
  en: duty(
    String.raw`(?:got|have|has|need|needs|required)\s+to|gotta|must|should|(?:is|are)\s+required\s+to`,
    'have|own|hold|keep|be',
  ),
  fr: duty('doit|doivent|dois|devons|devez|faut|faudra', 'avoir|détenir|posséder|être'),
  it: duty('deve|devono|devi|dobbiamo|dovete|bisogna|occorre', 'avere|possedere|detenere|essere'),
  es: duty(
    String.raw`(?:tiene|tienen|tienes|tenemos|tengo|hay)\s+que|debe|deben|debes|debemos`,
    'tener|poseer|ser',
  ),
};
/** German: a modal of duty before the figure and "haben"/"besitzen"/"sein" after it, in its clause. */
const DE_OBLIGED_BEFORE = /(?<![\p{L}])(?:muss|müssen|musst|müsst)(?![\p{L}])[^,;:—–()]*$/iu;
const DE_STATE_AFTER = /^[^,;:—–()]*?(?<![\p{L}])(?:haben|besitzen|halten|sein)(?![\p{L}])/iu;

/** Whether the figure at `fig` is said of what one must have or be (OBLIGED_STATE). */
export function isObliged(sentence: string, fig: Span, lang = ''): boolean {
  const l = (lang.split('-')[0] ?? '').toLowerCase() || 'en';
  const before = sentence.slice(0, fig.start);
  if (l === 'de') return DE_OBLIGED_BEFORE.test(before) && DE_STATE_AFTER.test(sentence.slice(fig.end));
  return OBLIGED_STATE[l]?.test(before) ?? false;
}

/**
 * "I am sure that 5 percent more is not nearly enough to ask" (Ford, 1974, carded "5 percent — more
 * is not nearly enough", judge22): an amount that opens its clause and is judged at once — "is
 * (not nearly) enough", "is too much/little" — is a figure of speech, a measure of what is asked,
 * never a statistic. ("Inflation of 12 percent is too high": a figure after its noun is measured.)
 */
const JUDGED_AFTER =
  /^\s+(?:(?:more|less|extra)\s+)?(?:is|was|would\s+be|will\s+be|isn['’]t|wasn['’]t)\s+(?:not\s+)?(?:(?:nearly|quite|near|really|simply|just|hardly|never|far\s+from)\s+)?(?:enough|sufficient|too\s+(?:much|little|many|few))(?![\p{L}])/iu;
const CLAUSE_OPENS =
  /(?:^|[,;:—–(]\s*|(?<![\p{L}])(?:that|but|and|because|since)\s+)(?:(?:only|just|even|another|an\s+extra)\s+)?$/iu;

/** Whether the figure at `fig` is an amount judged as it is said (JUDGED_AFTER), English. */
function isJudgedAmount(sentence: string, fig: Span): boolean {
  return (
    CLAUSE_OPENS.test(sentence.slice(0, fig.start)) &&
    JUDGED_AFTER.test(sentence.slice(fig.end, fig.end + 60))
  );
}

/**
 * "This is very different from an approach that would weaken our economy …, add trillions to the
 * debt, and impose what amounts to a sales tax of $4,000 on middle-class families" (Brainard 2024,
 * carded "$4,000 — sales tax", judge23): a figure said in the "would" of a plan the speaker argues
 * against — different from, unlike, rather than, instead of, opposed to, reject — is what
 * that plan would do, a claim about someone else's hypothesis, never a fact of the speaker's
 * economy. A label cannot keep both the "would" and whose plan it is: no card. Only a plan said
 * with its "would" ("an approach that would", "their plan would"), up to a clause of the speaker's
 * own ("Instead of a plan that would cost $4 trillion, our plan costs $1 trillion": $1 trillion is
 * the speaker's); "Unlike last year, exports grew 5 percent" is a fact.
 */
const REJECTED_PLAN =
  /(?<![\p{L}])(?:different\s+from|unlike|rather\s+than|instead\s+of|as\s+opposed\s+to|opposed\s+to|oppose[sd]?|reject(?:s|ed|ing)?)\s[^;:—–()]*?(?:(?<![\p{L}])(?:that|which)|(?:approach|plan|proposal|policy|policies|agenda|scheme|bill|budget|idea)s?)\s+would(?![\p{L}])(?:(?!,\s+(?:(?:and|but|while)\s+)?(?:we|I|our|my|this|it|they|there|you)\s)[^;:—–()])*$/iu;

/**
 * "they are part of our family, an American family 300 million strong" (Obama, Tucson 2011, carded
 * "300 million strong — American family", judge23): a count said with "strong" gives a body's size
 * as its strength — praise, a figure of speech, never a statistic ("strong" is nothing counted). A
 * card cannot keep the figure of speech; the quote can. The same said in words, "three hundred
 * thousand strong", is no figure either (counted.ts).
 */
const STRENGTH = /(?<![\p{L}])strong$/iu;
const STRENGTH_AFTER = /^\s+strong(?![\p{L}])/iu;

/** Whether the figure at `fig` is a size said as strength (STRENGTH), English. */
function isStrength(sentence: string, fig: Span): boolean {
  return (
    STRENGTH.test(sentence.slice(fig.start, fig.end)) ||
    STRENGTH_AFTER.test(sentence.slice(fig.end, fig.end + 12))
  );
}

/** Whether a sentence gives an example ("For example, in Arizona, Gila County: …"). */
export function isExample(sentence: string): boolean {
  return EXAMPLE.test(sentence);
}

/**
 * "But if I were to say, my fellow citizens, that we shall send to the moon, 240,000 miles away…":
 * a condition on the speaker's own saying frames what is said, it does not make it a hypothesis;
 * the "that" clause is read on its own (English).
 */
const SAYING_FRAME =
  /^[\s\S]*?(?<![\p{L}])if\s+(?:I|we)\s+(?:(?:were|was)\s+to\s+|should\s+|may\s+|might\s+|can\s+)?(?:say|said|tell|told)(?:\s+(?:you|them|us))?(?:,[^;:—–()]*?,)?\s+that\s/iu;

/**
 * Whether the figure at `fig` is said of a hypothesis ("if …", "倘…", "…とすると"), of one side of
 * an alternative, of a promise or of a plan the speaker rejects (English), or of a duty to have or
 * be (isObliged), or is a figure of speech (an amount judged as it is said, a size said as
 * strength; English).
 */
export function isHypothetical(sentence: string, fig: Span, lang = ''): boolean {
  const frame = englishOrUnsaid(lang) ? SAYING_FRAME.exec(sentence.slice(0, fig.start)) : null;
  if (frame) {
    const from = frame[0].length;
    return isHypothetical(sentence.slice(from), { start: fig.start - from, end: fig.end - from }, lang);
  }
  const before = sentence.slice(0, fig.start);
  return (
    isAlternative(sentence, fig) ||
    (englishOrUnsaid(lang) && PROMISED_BEFORE.test(before)) ||
    (englishOrUnsaid(lang) && isJudgedAmount(sentence, fig)) ||
    (englishOrUnsaid(lang) && isStrength(sentence, fig)) ||
    (englishOrUnsaid(lang) && REJECTED_PLAN.test(before)) ||
    isObliged(sentence, fig, lang) ||
    (IF_BEFORE.get(lang.split('-')[0] ?? '') ?? IF_BEFORE.get('en')!).test(before) ||
    // ("If this provision is not enacted, 2 million unemployed people will use up…": the modal of
    // the main clause may come after its figure)
    (IF_THEN.get(lang.split('-')[0] ?? '') ?? IF_THEN.get('en')!).test(
      before + (/^[^;:—–()]*/u.exec(sentence.slice(fig.start))?.[0] ?? ''),
    ) ||
    BEFORE_THEN.test(before) ||
    (/^hu\b/iu.test(lang) && HU_CONDITIONAL.test(before)) ||
    CJK_IF_BEFORE.test(before) ||
    JA_IF_AFTER.test(sentence.slice(fig.end, fig.end + 40))
  );
}

/** A modal before the figure: what the clause says is to come, and may not. */
const MODAL = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(MODALS)})(?![\p{L}])`, 'iu');
/** A hedge that may open the number after "or" ("or about 2 percent"). */
const OR_HEDGE = /^(?:about|nearly|almost|some|roughly|around|over|more than|less than|at least)\s+/iu;

/** Amounts: digits (with their currency sign) or a fraction in words. */
const AMOUNT_SOURCE = String.raw`(?:\p{Sc}?\p{Nd}[\p{Nd},.]*|(?:one|two|three|a)[- ](?:half|thirds?|quarters?|fifths?|tenths?))`;
const AMOUNT_FIRST = new RegExp(`^${AMOUNT_SOURCE}`, 'iu');
const AMOUNTS = new RegExp(AMOUNT_SOURCE, 'giu');

/**
 * "We shall constitute one-third and more of the ignorance and crime of the South, or one-third
 * its intelligence and progress": a figure in one branch of an either/or, said of what is to come,
 * is no fact a card can state, and half the alternative misstates the claim. "…, or about 2
 * percent of GDP" (the same amount said another way) is no alternative.
 */
export function isAlternative(sentence: string, fig: Span): boolean {
  const item = itemOf(sentence, fig);
  const before = sentence.slice(item.start, fig.start);
  const after = sentence.slice(fig.end, item.end);
  if (/(?<![\p{L}])either\s/iu.test(before) && /\sor\s/iu.test(after)) return true;
  if (!MODAL.test(before)) return false;
  const text = sentence.slice(item.start, item.end);
  const or = /,\s+or\s+/u.exec(text);
  if (!or) return false;
  // "…, or about 2 percent of GDP": another number right after "or" says the same amount again
  const right = AMOUNT_FIRST.exec(text.slice(or.index + or[0].length).replace(OR_HEDGE, ''));
  const left = [...text.slice(0, or.index).matchAll(AMOUNTS)].pop();
  return !(right && left && right[0].toLowerCase() !== left[0].toLowerCase());
}

/**
 * "$197 million in 100 communities": a count the money is spread over is its reach, no figure of
 * its own; apart, the count took the money's place on the card (Harris on wildfire grants). Joins
 * each such pair of a sentence's figures into one, labelled again; `taken`: the sentence's number
 * spans, which a label never reaches into.
 */
export function joinSpreadMoney(sentence: string, out: FoundFigure[], taken: Span[], lang: string): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const f = out[i]!;
    const g = out[i + 1]!;
    if (
      f.kind !== 'currency' ||
      g.kind !== 'count' ||
      !/\p{Nd}\s+\p{L}/u.test(g.core) ||
      !/^\s+(?:in|across|among|to)\s+$/iu.test(sentence.slice(f.end, g.start))
    )
      continue;
    const whole = { start: f.start, end: g.end };
    const others = taken.filter((t) => t.start >= whole.end || t.end <= whole.start);
    const value = sentence.slice(whole.start, whole.end);
    out.splice(i, 2, {
      ...f,
      ...whole,
      value,
      core: value.slice(f.value.indexOf(f.core)),
      label: figureLabel(sentence, whole, others, lang) || f.label,
    });
  }
}
