/**
 * One cache of `Intl.Segmenter`s for the whole app, by language and granularity: ICU builds each
 * segmenter's rules and dictionaries once, and every caller (sentences, CJK words for titles, key
 * phrases, slide line breaks, word counts) shares them. A language tag ICU rejects falls back to the
 * default locale's rules rather than throwing out of a deck build.
 */
const cache = new Map<string, Intl.Segmenter>();

export function segmenter(lang: string | undefined, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity}:${lang ?? ''}`;
  let seg = cache.get(key);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang || undefined, { granularity });
    } catch {
      seg = new Intl.Segmenter(undefined, { granularity });
    }
    cache.set(key, seg);
  }
  return seg;
}
