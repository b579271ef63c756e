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
 * an alternative, or of a promise (English).
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
    (IF_BEFORE.get(lang.split('-')[0] ?? '') ?? IF_BEFORE.get('en')!).test(before) ||
    // ("If this provision is not enacted, 2 million unemployed people will use up…": the modal of
    // the main clause may come after its figure)
    (IF_THEN.get(lang.split('-')[0] ?? '') ?? IF_THEN.get('en')!).test(
      before + (/^[^;:—–()]*/u.exec(sentence.slice(fig.start))?.[0] ?? ''),
    ) ||
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
