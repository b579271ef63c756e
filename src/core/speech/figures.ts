/**
 * Key figures: numbers with units, percentages, money, counts and ranks, each with a short label
 * taken from the same clause ("56.1 trillion RMB" — "scale of China's digital economy, 2023").
 */
import type { KeyFigure } from '../deck';
import { clauses, isFunctionWord, sentences, trimPhrase, wordsOf } from './text';

/** At most this many figures on one slide. */
export const MAX_FIGURES = 4;
const MAX_LABEL_WORDS = 6;

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const SCALE = String.raw`(?:trillion|billion|million|thousand|bn|mn|трлн\.?|млрд\.?|млн\.?|тыс\.?)`;
const UNIT = String.raw`(?:RMB|CNY|USD|EUR|yuan|dollars?|euros?|tenge|rubles?|roubles?|рубл[а-яё]*|юан[а-яё]*|доллар[а-яё]*|евро|тенге|km|kilomet(?:re|er)s|GW|MW|TB|PB|Gbps)`;
const ORD_EN = String.raw`(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))`;
const SUPER_EN = String.raw`(?:largest|biggest|highest|fastest|strongest)`;

const PATTERNS: RegExp[] = [
  // percentages
  new RegExp(String.raw`${NUM}\s?(?:%|％|percent\b|per cent\b|процент[а-яё]*|个百分点)`, 'giu'),
  // money / quantities with scale or unit, optional currency sign
  new RegExp(
    String.raw`[$€£¥]?${NUM}(?:\s?${SCALE})(?:\s?${UNIT})?|[$€£¥]${NUM}|${NUM}\s?${UNIT}(?![\p{L}])`,
    'giu',
  ),
  // CJK quantities: 56.1万亿元, 421家
  /\d+(?:\.\d+)?(?:万亿|亿|万|千)?(?:元|美元|人民币|家|个|座|公里|吨|人|项)/gu,
  // ranks
  new RegExp(
    String.raw`\b${ORD_EN}[- ]${SUPER_EN}\b|\b(?:the\s)?world's\s${SUPER_EN}\b|\branks?\s${ORD_EN}(?:\s(?:in the world|globally|worldwide))?`,
    'giu',
  ),
  /(?:перв|втор|трет)[а-яё]*\s(?:мест[а-яё]*(?:\sв\sмире)?|по\sвеличине)|крупнейш[а-яё]*/giu,
  /(?:全球|世界)(?:第[一二三四五六七八九十\d]+|最大)/gu,
  // counts: 421 factories (not years, at least 10)
  new RegExp(String.raw`\b(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{2,})(?=\s+\p{L})`, 'gu'),
];

const LEADING_YEAR = /^(?:(?:in|by|as of|в|к)\s+)?(?:19|20)\d\d(?:\s+году|年)?[,，]?\s*/iu;
const CJK_TRAILING = /(?:达到|约为|约|为|达|超过|已达)$/u;
const LEADING_FILLER =
  /^(?:(?:and|but|while|а|и|но|about|approximately|around|nearly|almost|over|some|up to|more than|accounting for|reaching|reached|the|a|an|около|почти|более|свыше|примерно|约|达|近)\s+)+/iu;
const TRAILING_FILLER =
  /(?:\s+(?:about|approximately|around|nearly|almost|over|some|up to|more than|accounting for|reaching|reached|grew to|rose to|grew|rose|with|of|the|около|почти|более|свыше|примерно|достиг\p{L}*|составил\p{L}*|выросл\p{L}*(?:\s+до)?|до))+$/iu;

interface Hit {
  start: number;
  end: number;
  value: string;
}

function findHits(clause: string): Hit[] {
  const hits: Hit[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(clause)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ start, end, value: m[0].replace(/^(?:ranks?|the)\s/i, '').trim() });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function hasContent(phrase: string): boolean {
  return (
    wordsOf(phrase).some((w) => /\p{L}/u.test(w) && !isFunctionWord(w)) ||
    /[\p{Script=Han}]{2,}/u.test(phrase)
  );
}

function cleanLabel(phrase: string, fromEnd: boolean): string {
  let p = phrase
    .replace(/[\s,.;:!?。，；：]+$/u, '')
    .trim()
    .replace(LEADING_YEAR, '')
    .replace(LEADING_FILLER, '');
  p = p.replace(TRAILING_FILLER, '').replace(CJK_TRAILING, '').trim();
  const words = wordsOf(p);
  if (words.length > MAX_LABEL_WORDS)
    p = (fromEnd ? words.slice(-MAX_LABEL_WORDS) : words.slice(0, MAX_LABEL_WORDS)).join(' ');
  return trimPhrase(p);
}

const YEAR = /\b(?:19|20)\d\d\b|(?:19|20)\d\d年/u;

/** Key figures found in a paragraph, in reading order (at most `max`). */
export function findFigures(text: string, max = MAX_FIGURES): KeyFigure[] {
  const out: KeyFigure[] = [];
  for (const sentence of sentences(text)) {
    let previousLabel = '';
    for (const clause of clauses(sentence)) {
      for (const hit of findHits(clause)) {
        if (out.length >= max) return out;
        if (out.some((f) => f.value === hit.value)) continue;
        const after = clause
          .slice(hit.end)
          .replace(/^(?:\s*(?:in|by|as of|в|к)\s+)?(?:19|20)\d\d(?:年)?\b/iu, '');
        const before = clause.slice(0, hit.start);
        let label = '';
        if (hasContent(after) && !/^\s*(?:in|by)\s+(?:19|20)\d\d/.test(after))
          label = cleanLabel(after, false);
        if (!hasContent(label) && hasContent(before)) label = cleanLabel(before, true);
        let fallback = false;
        if (!hasContent(label)) {
          label = previousLabel;
          fallback = true;
        }
        const year = YEAR.exec(clause)?.[0];
        if (year && fallback && label && !label.includes(year)) label = `${label}, ${year}`;
        if (!fallback) previousLabel = label;
        out.push({ value: hit.value, label });
      }
    }
  }
  return out;
}
