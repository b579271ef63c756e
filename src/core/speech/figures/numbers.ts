/**
 * Numbers as whole tokens, and what each one is. A figure can only be built from a token whose
 * kind is `number`: thousands groups (spaces, thin spaces, commas, dots) stay whole; digits glued
 * to a word (COVID-19, 5G, G20, H1N1) are names; times of day, dates, years, ordinals and
 * references ("Article 5", "Goal 3") are not figures by themselves.
 */
import { DATE_OR_TIME } from '../structure';
import type { Span } from '../segment';

export type NumberKind = 'number' | 'name' | 'time' | 'date' | 'year' | 'ordinal' | 'reference';

export interface NumberToken extends Span {
  kind: NumberKind;
}

const D = String.raw`\p{Nd}`;
/** Space-grouped (350 000, 350 000), comma/dot/apostrophe-grouped (1,200,000 · 3.000 · 1'000), plain; optional decimals. */
const TOKEN = new RegExp(
  String.raw`(?<![${D}])(?:${D}{1,3}(?:[ \u00A0\u202F\u2009]${D}{3})+(?![${D}])|${D}{1,3}(?:([,.'’٬])${D}{3})(?:\1${D}{3})*(?![${D}])|${D}+)(?:[.,٫]${D}+(?![${D}]))?`,
  'gu',
);

/** Suffixes a figure may carry glued to its digits (units, scales, multipliers, ordinals, decades). */
const GLUED_OK =
  /^(?:x|×|%|％|٪|k|K|m|M|bn|mn|tn|km²?|km2|m²|m2|kg|mg|g|t|l|L|ml|mm|cm|kW|MW|GW|TW|kWh|MWh|GWh|TWh|GB|TB|PB|MB|Gbps|Mbps|ha|°|h|s|st|nd|rd|th|er|e|ème|º|ª|-?й|-?я|-?е|-?го|-?х|万|亿|千|百|年|月|日|倍|个|家|元|名|人|号)(?![\p{L}\p{Nd}])/u;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th|er|e|ème|º|ª|-?й|-?я|-?е|-?го|-?х)(?!\p{L})/u;
const REFERENCE_BEFORE =
  /(?:^|[\s(])(?:article|art\.|section|sec\.|chapter|paragraph|para\.|resolution|goal|sdg|page|p\.|figure|fig\.|table|item|number|no\.|nr\.|#|room|flight|route|apollo|level|phase|round|grade|version|v\.?|vol\.|volume|part|rule|step|stage|session|cop|top|psalm|psalms|verse|статья|статьи|пункт|глава|раздел|номер|№|المادة|الفقرة|البند|artículo|capítulo|apartado|objetivo|número|núm\.|art\.)\s*$/iu;

/** Numeric tokens of a text with their kinds. */
export function numberTokens(text: string): NumberToken[] {
  const dateSpans: Span[] = [];
  DATE_OR_TIME.lastIndex = 0;
  for (const m of text.matchAll(DATE_OR_TIME)) dateSpans.push({ start: m.index, end: m.index + m[0].length });
  const out: NumberToken[] = [];
  TOKEN.lastIndex = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, kind: kindOf(text, start, end, dateSpans) });
  }
  return out;
}

function kindOf(text: string, start: number, end: number, dates: Span[]): NumberKind {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 12);
  const token = text.slice(start, end);
  // "9/11", "21 1/2 percent": a number written with a slash is a date or a fraction, whose parts
  // ("11", "2 percent") are numbers nobody said
  if (/\p{Nd}\/$/u.test(before) || /^\/\p{Nd}/u.test(after)) return 'name';
  // glued to a word on the left: COVID-19, G20, H1N1, A4, x86 (but not US$40, €5, №5)
  if (
    /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}][-‐_]?$/u.test(before) &&
    !/(?:US|A|C|HK|NZ|R|S)\$$|[\p{Sc}№#]$/u.test(before)
  )
    return 'name';
  // a Hindi word joined to the number by a hyphen ("अंडर-21", the under-21 team) names it too
  if (/(?=\p{Script=Devanagari})[\p{L}\p{M}][-‐]$/u.test(before)) return 'name';
  if (/^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(after)) {
    if (ORDINAL_SUFFIX.test(after)) return 'ordinal';
    if (!GLUED_OK.test(after)) return 'name';
    if (/^s(?!\p{L})/u.test(after)) return 'date';
  }
  if (
    /^[-‐]\p{L}/u.test(after) &&
    !/^[-‐](?:fold|times|year|month|day|week|hour|minute|percent|per|million|billion)/iu.test(after)
  )
    return /^[-‐](?:й|я|е|го|х|th|st|nd|rd)\b/u.test(after) ? 'ordinal' : 'name';
  if (/^[:：]\d{2}/u.test(after) || /\d[:：]$/u.test(before)) return 'time';
  if (dates.some((d) => start >= d.start && end <= d.end)) {
    return /^\s*[ap]\.?\s?m\.?|^[:h]\d/iu.test(after) || /^\d{1,2}[.:]\d{2}$/u.test(token) ? 'time' : 'date';
  }
  if (
    /^\s*[ap]\.?\s?m\.?(?:\s|$|[,.;])|^\s*(?:o'clock|h\b|heures?\b|uhr\b|час|बज(?:े|कर)(?![\p{L}\p{M}]))/iu.test(
      after,
    )
  )
    return 'time';
  if (/^(?:1[0-9]|20)\d\d$/u.test(token) && !/^\s?(?:%|％|٪|[x×]\b)/u.test(after)) return 'year';
  if (REFERENCE_BEFORE.test(before)) return 'reference';
  if (/第\s*$/u.test(before)) return 'ordinal';
  return 'number';
}
