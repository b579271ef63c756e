/**
 * compromise's reading of an English text, remembered. A deck build asks about the same sentence
 * many times (every candidate phrase of a slide is checked where it was said, and each check read
 * the whole sentence again), and the tagger costs far more than a lookup. A parse depends on its
 * text alone, so a remembered one is the same answer. The memory is bounded (least recently used
 * out), so a long speech never holds every parse, and `buildDeck` forgets it all when it returns.
 */
import nlp from 'compromise';

/** A word as compromise tags it. */
export interface Term {
  text: string;
  tags: string[];
  /** Punctuation and space after the word. */
  post?: string;
}

type Doc = ReturnType<typeof nlp>;

/** Parses kept of each kind; a slide's sentences and its phrases fit many times over. */
const LIMIT = 512;
const docs = new Map<string, Doc>();
const sentences = new Map<string, readonly (readonly Term[])[]>();

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = make();
  cache.set(key, value);
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value as string);
  return value;
}

/** The parsed document of `text` (for matching; callers must not tag or change it). */
export function taggedDoc(text: string): Doc {
  return remember(docs, text, () => nlp(text));
}

/** The terms of each sentence of `text`, as tagged. Shared: callers must not change them. */
export function taggedSentences(text: string): readonly (readonly Term[])[] {
  return remember(sentences, text, () =>
    (taggedDoc(text).json() as Array<{ terms: Term[] }>).map((s) => s.terms),
  );
}

/** All the terms of `text`, sentence after sentence. */
export function taggedTerms(text: string): readonly Term[] {
  return taggedSentences(text).flat();
}

/** Forget every parse (the end of a deck build). */
export function forgetTagged(): void {
  docs.clear();
  sentences.clear();
}

/** How many parses are held (for tests). */
export function taggedHeld(): number {
  return docs.size + sentences.size;
}
