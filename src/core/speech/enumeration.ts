/**
 * Enumerations: paragraphs that start with "Firstly / Secondly / Last but not least",
 * "First … Finally", "1. 2. 3.", "第一 / 第二 / 最后", "Во-первых / Во-вторых / Наконец".
 * A run of them becomes one numbered on-screen list, items shortened from each paragraph.
 */
import { capitalize, clauses, hasCjk, limitWords, sentences, trimPhrase, wordsOf } from './text';

export type MarkerKind = 'opener' | 'middle' | 'last';

export interface EnumMarker {
  kind: MarkerKind;
  /** Length of the marker (with its punctuation and space) at the start of the paragraph. */
  length: number;
}

/** At most this many items on screen; further items stay in the notes. */
export const MAX_ITEMS = 6;
/** Longest on-screen item, in words. */
export const MAX_ITEM_WORDS = 14;

const END = String.raw`(?=[\s,.:;!]|$)[,.:;]?\s*`;
const MARKERS: Array<[MarkerKind, RegExp]> = [
  [
    'opener',
    new RegExp(
      String.raw`^(?:firstly|first of all|in the first place|to begin with|first(?=[,:]))${END}`,
      'iu',
    ),
  ],
  ['opener', new RegExp(String.raw`^(?:во-первых|прежде всего|в первую очередь|первое)${END}`, 'iu')],
  ['opener', /^(?:第一|首先|一是|其一)[，、,:：]?/u],
  ['opener', /^\(?1[.)]\s+/u],
  ['last', new RegExp(String.raw`^(?:last but not least|finally|lastly|last(?=[,:]))${END}`, 'iu')],
  ['last', new RegExp(String.raw`^(?:и наконец|наконец|в-последних|и последнее)${END}`, 'iu')],
  ['last', /^(?:最后|最终)[，、,:：]?/u],
  [
    'middle',
    new RegExp(
      String.raw`^(?:secondly|thirdly|fourthly|fifthly|sixthly|(?:second|third|fourth|fifth|sixth|next)(?=[,:]))${END}`,
      'iu',
    ),
  ],
  [
    'middle',
    new RegExp(
      String.raw`^(?:во-вторых|в-третьих|в-четв[её]ртых|в-пятых|в-шестых|второе|третье)${END}`,
      'iu',
    ),
  ],
  ['middle', /^(?:第[二三四五六七八九十]|其次|再次|[二三四五六七八九]是|其[二三四五六七八九])[，、,:：]?/u],
  ['middle', /^\(?[2-9][.)]\s+/u],
];

/** The enumeration marker a paragraph starts with, if any. */
export function enumerationMarker(text: string): EnumMarker | null {
  const head = text.trimStart().slice(0, 40);
  for (const [kind, re] of MARKERS) {
    const m = re.exec(head);
    if (m) return { kind, length: m[0].length + (text.length - text.trimStart().length) };
  }
  return null;
}

/**
 * Finds enumeration runs in a list of paragraphs: [start, end) index ranges of at least two
 * consecutive marked paragraphs, beginning with an opener and ending at a "last" marker or the
 * first unmarked paragraph.
 */
export function enumerationRuns(texts: string[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < texts.length) {
    const m = enumerationMarker(texts[i] ?? '');
    if (m?.kind !== 'opener') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < texts.length) {
      const n = enumerationMarker(texts[j] ?? '');
      if (!n || n.kind === 'opener') break;
      j++;
      if (n.kind === 'last') break;
    }
    if (j - i >= 2) runs.push([i, j]);
    i = Math.max(j, i + 1);
  }
  return runs;
}

/** Whether a paragraph introduces what follows ("I'd like to give several proposals:"). */
export function isLeadIn(text: string): boolean {
  return /[:：]\s*$/u.test(text.trim());
}

/** The on-screen item for an enumerated paragraph: its first sentence, shortened. */
export function listItem(text: string): string {
  const marker = enumerationMarker(text);
  const body = text
    .trim()
    .slice(marker?.length ?? 0)
    .trim();
  const first = sentences(body)[0] ?? body;
  if (hasCjk(first) && !/\s/.test(first)) {
    const c = clauses(first)[0] ?? first;
    return trimPhrase(c.length > 28 ? c.slice(0, 28) : c);
  }
  let item = first.replace(/[.!?。！？]+$/u, '');
  if (wordsOf(item).length > MAX_ITEM_WORDS) item = shortenAtBoundary(item);
  return capitalize(item);
}

function shortenAtBoundary(sentence: string): string {
  const words = wordsOf(sentence);
  // cut at the last clause or "and" boundary that keeps at least 4 words within the limit
  for (let n = Math.min(MAX_ITEM_WORDS, words.length - 1); n >= 4; n--) {
    const w = words[n - 1] ?? '';
    const next = words[n] ?? '';
    if (/[,;:]$/.test(w) || /^(?:and|or|which|that|to|и|или|чтобы|который)$/i.test(next)) {
      return trimPhrase(words.slice(0, n).join(' '));
    }
  }
  return limitWords(sentence, MAX_ITEM_WORDS).text + '…';
}
