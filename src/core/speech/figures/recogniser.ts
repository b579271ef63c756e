/**
 * Microsoft Recognizers-Text for numbers, percentages, money, dimensions and temperatures in the
 * languages it covers (English, Chinese, Spanish, Portuguese, French, German, Japanese, Dutch,
 * Italian). Models are built once per language, on first use (building one takes ~100 ms).
 *
 * It is slow on long text (the currency model takes milliseconds per call), so it is only asked
 * about a short window around a number the scanner already found, and only the models whose cue
 * is present in that window. It runs on the host (CLI, web host, Electron main), never in the
 * renderer: the renderer receives built decks.
 */
import * as Num from '@microsoft/recognizers-text-number';
import * as Unit from '@microsoft/recognizers-text-number-with-unit';
import type { Span } from '../segment';

export type RecognisedKind = 'currency' | 'percentage' | 'temperature' | 'dimension' | 'number';

export interface Recognised extends Span {
  kind: RecognisedKind;
}

interface Model {
  parse(text: string): Array<{ start: number; end: number; text: string }>;
}

const CULTURES: Record<string, string> = {
  en: Num.Culture.English,
  zh: Num.Culture.Chinese,
  es: Num.Culture.Spanish,
  pt: Num.Culture.Portuguese,
  fr: Num.Culture.French,
  de: Num.Culture.German,
  ja: Num.Culture.Japanese,
  nl: Num.Culture.Dutch,
  it: Num.Culture.Italian,
};

/** Whether the recogniser covers a language (primary tag). */
export function recogniserCovers(lang: string): boolean {
  return lang in CULTURES;
}

const models = new Map<string, Partial<Record<RecognisedKind, Model>>>();

function modelsFor(lang: string): Partial<Record<RecognisedKind, Model>> {
  let m = models.get(lang);
  if (m) return m;
  const culture = CULTURES[lang] ?? Num.Culture.English;
  const num = new Num.NumberRecognizer(culture, Num.NumberOptions.None, true);
  const unit = new Unit.NumberWithUnitRecognizer(culture, Unit.NumberWithUnitOptions.None, true);
  const tryModel = (make: () => Model): Model | undefined => {
    try {
      return make();
    } catch {
      return undefined; // this culture lacks the model
    }
  };
  m = {
    number: tryModel(() => num.getNumberModel(culture, false)),
    percentage: tryModel(() => num.getPercentageModel(culture, false)),
    currency: tryModel(() => unit.getCurrencyModel(culture, false)),
    dimension: tryModel(() => unit.getDimensionModel(culture, false)),
    temperature: tryModel(() => unit.getTemperatureModel(culture, false)),
  };
  models.set(lang, m);
  return m;
}

/** Cues that make a model worth asking (its cost is only paid where it can find something). */
const CUES: Record<RecognisedKind, RegExp> = {
  // only a scale word makes the number model worth asking ("3 Milliarden", "2,5 bilhões", "三億")
  number:
    /mil|bil|tril|mio|mrd|mld|lakh|crore|thousand|hundred|dozen|tausend|mille|duizend|cento|cien|万|億|亿|千|百/iu,
  percentage:
    /[%％٪]|per\s?cent|percent|por\s?ciento|porcentaje|pour\s?cent|prozent|per\s?cento|procent|百分/iu,
  currency:
    /[\p{Sc}]|\b(?:[A-Z]{3}|Rs\.?|dollars?|euros?|pounds?|yen|yuan|renminbi|rupees?|pesos?|reais|real|francs?|rand|dinars?|dirhams?|riyals?|won|lira|naira|shillings?|cents?|dólares|libras|centavos|dollars)\b|元|美元|欧元|人民币|日元|円|ドル/u,
  dimension:
    /\b(?:k?m|km²|m²|mi|miles?|kilomet\w*|met(?:re|er)s?|hectares?|ha|acres?|tonnes?|tons?|kg|kilo\w*|grams?|lit(?:re|er)s?|gallons?|barrels?|[kMGT]Wh?|watts?|gigawatts?|megawatts?|[KMGTP]B|bytes?|Gbps|Mbps|square|cubic|feet|foot|inch\w*|kilómetros?|metros?|toneladas?|litros?|hectáreas?|kilomètres?|mètres?|litres?)\b|公里|千米|米|吨|公顷|平方|千瓦/iu,
  temperature: /°|degrees?|grados?|degrés?|grad\b|度/iu,
};

/** Recent answers by window: speeches and their edits repeat phrases, and a call costs milliseconds. */
const cache = new Map<string, Recognised[]>();
const CACHE_SIZE = 4000;

/** Where a window around a span may end: at most `reach` characters, not across a sentence end. */
function windowAround(text: string, span: Span, reach: number): Span {
  let start = Math.max(0, span.start - reach);
  let end = Math.min(text.length, span.end + reach);
  const head = text.slice(start, span.start);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '));
  if (cut >= 0) start += cut + 2;
  const tail = text.slice(span.end, end);
  const stop = tail.search(/[.;!?](?:\s|$)/u);
  if (stop >= 0) end = span.end + stop;
  return { start, end };
}

/**
 * What the recogniser finds around a number token: spans in `text` (the library reports an
 * inclusive end; these are half-open), each with the model that found it.
 */
export function recogniseAround(text: string, token: Span, lang: string): Recognised[] {
  const win = windowAround(text, token, 40);
  const slice = text.slice(win.start, win.end);
  const key = `${lang}\u0000${token.start - win.start}\u0000${slice}`;
  const cached = cache.get(key);
  if (cached) return cached.map((r) => ({ ...r, start: r.start + win.start, end: r.end + win.start }));
  // a model is only asked when its cue is right by the number — in the two words after it, or a
  // sign just before it — so that its cost (milliseconds a call) is paid where it can find something
  const next = /^[\s\u00A0]*\S*(?:\s+\S+)?/u.exec(text.slice(token.end, token.end + 40))?.[0] ?? '';
  const near =
    text.slice(Math.max(0, token.start - 4), token.start) + text.slice(token.start, token.end) + next;
  const word = /^[\s\u00A0]*\p{L}\S*/u.exec(next)?.[0] ?? '';
  const m = modelsFor(lang);
  const out: Recognised[] = [];
  for (const kind of ['currency', 'percentage', 'temperature', 'dimension', 'number'] as const) {
    const model = m[kind];
    // a scale or a percent word must be the very next word; a currency or unit may follow a scale
    if (!model || !CUES[kind].test(kind === 'number' || kind === 'percentage' ? word : near)) continue;
    let results: ReturnType<Model['parse']>;
    try {
      results = model.parse(slice);
    } catch {
      continue; // the recogniser failing on odd input must not fail the deck
    }
    for (const r of results) out.push({ kind, start: r.start, end: r.end + 1 });
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, out);
  return out.map((r) => ({ ...r, start: r.start + win.start, end: r.end + win.start }));
}
