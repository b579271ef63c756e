/**
 * compromise's reading of an English text, remembered. A deck build asks about the same sentence
 * many times (every candidate phrase of a slide is checked where it was said, and each check read
 * the whole sentence again), and the tagger costs far more than a lookup. A parse depends on its
 * text alone, so a remembered one is the same answer. The memory is bounded (least recently used
 * out), so a long speech never holds every parse, and `buildDeck` forgets it all when it returns.
 */
import nlp from 'compromise';
import { buildMemo } from './memo';
import { escapeRegExp } from './word-classes';

/** A word as compromise tags it. */
export interface Term {
  text: string;
  tags: string[];
  /** Punctuation and space after the word. */
  post?: string;
}

type Doc = ReturnType<typeof nlp>;
/** A match pattern as compromise compiles it (what `match` and `has` do with a string first). */
type Pattern = ReturnType<typeof nlp.parseMatch>;

/** compromise's world: its parse's steps and its sentence splitter. */
const world = nlp.world() as {
  hooks: string[];
  methods: {
    one: {
      tokenize: { splitSentences(text: string, world: unknown): string[] };
      bulkMatch: BulkMatch;
      cacheDoc(document: unknown[][]): Array<Set<string>>;
    };
  };
  model: {
    one: {
      contractions: Array<{ out: string[] }>;
      aliases: Record<string, string>;
    };
  };
};

/** A match rule as compromise's net holds it (the fields its sweep reads). */
interface Rule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}
/** A set of match rules as compromise indexes them: each rule under the words and tags it needs. */
interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}
type Methods = { one: { match(docs: unknown[], rule: Rule): { ptrs: number[][] } } };
type BulkMatch = (docs: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean }) => unknown[];

/** A rule as the sweep below tests it: its pattern and the words and tags it needs as numbers. */
interface Entry {
  rule: Rule;
  pattern: number;
  needs: Int32Array;
  ifNo: Int32Array;
  wants: Int32Array;
  /** The index's lists it is in (ascending) and where in each it stands. */
  lists: Int32Array;
  places: Int32Array;
}

/**
 * An index's lists in its own order, each word or tag (and each a rule excludes) as a number (the
 * index's own words and tags first, by where they stand in it), and the clause each word or tag
 * and each rule's pattern was last seen in (the sweep drops a rule whose pattern it has seen).
 */
interface Index {
  lists: Entry[][];
  /**
   * Each rule under one word or tag it needs (the one with the fewest rules), or, needing none,
   * under each it wants: a rule can only run where that word or tag is said. Null when two rules
   * share a pattern (then the sweep walks the lists as compromise does).
   */
  anchored: Entry[][] | null;
  id: Map<string, number>;
  /** How many of the ids are the index's own words and tags. */
  keys: number;
  had: Int32Array;
  seen: Int32Array;
  clause: number;
}
const indexes = new WeakMap<Net['hooks'], Index>();

function indexOf(hooks: Net['hooks']): Index {
  let index = indexes.get(hooks);
  if (!index) {
    const keys = Object.keys(hooks);
    const id = new Map(keys.map((k, i) => [k, i]));
    const idOf = (k: string) => {
      if (!id.has(k)) id.set(k, id.size);
      return id.get(k)!;
    };
    const patterns = new Map<string, number>();
    const entries = new Map<Rule, Entry>();
    const entryOf = (rule: Rule): Entry => {
      let entry = entries.get(rule);
      if (!entry) {
        const key = String(rule.match);
        if (!patterns.has(key)) patterns.set(key, patterns.size);
        entry = {
          rule,
          pattern: patterns.get(key)!,
          needs: Int32Array.from(rule.needs, idOf),
          ifNo: Int32Array.from(rule.ifNo ?? [], idOf),
          wants: Int32Array.from(rule.wants, idOf),
          lists: new Int32Array(0),
          places: new Int32Array(0),
        };
        entries.set(rule, entry);
      }
      return entry;
    };
    const lists = keys.map((k) => hooks[k]!.map(entryOf));
    const where = new Map<Entry, Array<[number, number]>>();
    lists.forEach((list, at) =>
      list.forEach((entry, place) => {
        if (!where.has(entry)) where.set(entry, []);
        where.get(entry)!.push([at, place]);
      }),
    );
    for (const [entry, at] of where) {
      entry.lists = Int32Array.from(at, ([list]) => list);
      entry.places = Int32Array.from(at, ([, place]) => place);
    }
    const unique =
      new Set([...where.keys()].map((e) => e.pattern)).size === where.size &&
      lists.every((list) => list.length < ORDER);
    let anchored: Entry[][] | null = null;
    if (unique) {
      anchored = keys.map(() => []);
      for (const entry of where.keys()) {
        if (entry.needs.length) {
          let best = entry.needs[0]!;
          for (const need of entry.needs) if (lists[need]!.length < lists[best]!.length) best = need;
          anchored[best]!.push(entry);
        } else for (const want of new Set(entry.wants)) anchored[want]!.push(entry);
      }
    }
    index = {
      lists,
      anchored,
      id,
      keys: keys.length,
      had: new Int32Array(id.size),
      seen: new Int32Array(patterns.size),
      clause: 0,
    };
    indexes.set(hooks, index);
  }
  return index;
}

/** Whether the clause (its words and tags stamped in `had`) meets a rule's needs, exclusions and wants. */
function meets(entry: Entry, had: Int32Array, clause: number): boolean {
  for (const need of entry.needs) if (had[need] !== clause) return false;
  for (const no of entry.ifNo) if (had[no] === clause) return false;
  if (entry.wants.length) {
    let found = 0;
    for (const w of entry.wants) if (had[w] === clause) found++;
    if (found < entry.rule.minWant) return false;
  }
  return true;
}

/**
 * compromise's tagger ends by running its ~570 rules, indexed under the ~730 words and tags they
 * need. Its sweep walks the whole index for each clause, joins the lists of the words and tags the
 * clause has, drops rules seen before (by their pattern), then those whose needs, exclusions and
 * wants the clause does not meet, and runs the rest (40% of tagging a two-word phrase, 0.2 ms;
 * half of it the walk and the joins, even with the index first cut to the document's words).
 * This is that sweep, step for step and in the same order (so the same rules run in the same
 * order and the tags are the same), but each clause looks up only the words and tags it has,
 * a pattern seen is a number, and the tests build no lists: sentences tag in 0.7 of the time.
 * Each rule is tested once, under the rarest word or tag it needs (Index.anchored), not under
 * every list it is in, and the rules that pass are put in the walk's order (the first of their
 * lists the clause has, then their place in it): a third of the tests, the same rules in the
 * same order.
 */
/** More places than any list of the index has (a rule's order in the sweep is list × ORDER + place). */
const ORDER = 1 << 16;

world.methods.one.bulkMatch = (document, net, methods, opts) => {
  const index = indexOf(net.hooks);
  const caches = world.methods.one.cacheDoc(document);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    if (index.clause > 1e9) {
      index.clause = 0;
      index.had.fill(0);
      index.seen.fill(0);
    }
    const clause = ++index.clause;
    const keys: number[] = [];
    for (const k of caches[n]!) {
      const id = index.id.get(k);
      if (id === undefined) continue;
      index.had[id] = clause;
      if (id < index.keys) keys.push(id);
    }
    const todo: Rule[] = [];
    if (index.anchored) {
      // the rules that can run, each found once under its anchor, in the order the walk below
      // meets them: by the first of its lists the clause has, then by its place in that list
      const found: Array<{ rule: Rule; order: number }> = [];
      for (const at of keys)
        for (const entry of index.anchored[at]!) {
          if (index.seen[entry.pattern] === clause) continue;
          index.seen[entry.pattern] = clause;
          if (!meets(entry, index.had, clause)) continue;
          let j = 0;
          while (index.had[entry.lists[j]!] !== clause) j++;
          found.push({ rule: entry.rule, order: entry.lists[j]! * ORDER + entry.places[j]! });
        }
      found.sort((a, b) => a.order - b.order);
      for (const f of found) todo.push(f.rule);
    } else
      for (const at of Int32Array.from(keys).sort())
        for (const entry of index.lists[at]!) {
          if (index.seen[entry.pattern] === clause) continue;
          index.seen[entry.pattern] = clause;
          if (meets(entry, index.had, clause)) todo.push(entry.rule);
        }
    todo.push(...net.always);
    const words = document[n]!.length;
    for (const rule of todo) {
      if (!(words >= rule.minWords)) continue;
      const res = methods.one.match([document[n]], rule);
      if (!res.ptrs.length) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        results.push({ ...rule, pointer: ptr });
      }
      if (opts?.matchOne === true) return [results[0]];
    }
  }
  return results;
};

/** Parses kept of each kind; a slide's sentences and its phrases fit many times over. */
const LIMIT = 512;
const docs = new Map<string, Doc>();
const sentences = new Map<string, readonly (readonly Term[])[]>();
const tokenized = new Map<string, Doc>();
const patterns = new Map<string, Pattern>();
const splits = new Map<string, string[]>();
const flats = new Map<string, readonly Term[]>();

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
  return remember(docs, text, () => parse(text));
}

/**
 * compromise's parse without its last step, the chunker (which groups words into phrases for its
 * own phrase methods and sets no tag): only words and tags are read here, and it is a tenth of
 * the cost.
 */
function parse(text: string): Doc {
  const all = world.hooks;
  world.hooks = all.filter((h) => h !== 'chunks');
  try {
    return nlp(text);
  } finally {
    world.hooks = all;
  }
}

/** compromise's own word objects (what its `json()` copies, at a fraction of the cost). */
interface RawTerm {
  text: string;
  post: string;
  tags: Set<string>;
}

/** The terms of each sentence (or each match) of a document, as `json()` would give them. */
function termsOf(doc: { docs: unknown }): Term[][] {
  return (doc.docs as RawTerm[][]).map((words) =>
    words.map((t) => ({ text: t.text, tags: [...t.tags], post: t.post })),
  );
}

/** The terms of each sentence of `text`, as tagged. Shared: callers must not change them. */
export function taggedSentences(text: string): readonly (readonly Term[])[] {
  return remember(sentences, text, () => termsOf(taggedDoc(text)));
}

/** compromise's own split of a text into sentences (the first step of its parse). */
function sentencesIn(text: string): readonly string[] {
  return remember(splits, text, () => world.methods.one.tokenize.splitSentences(text, world));
}

/** The tokenizer's reading of a sentence (its words, untagged), remembered like the parses. */
function tokensOf(sentence: string): Doc {
  return remember(tokenized, sentence, () => nlp.tokenize(sentence));
}

/** `phrase` compiled as a match pattern once, for every sentence it is looked for in. */
function patternOf(phrase: string): Pattern {
  return remember(patterns, phrase, () => nlp.parseMatch(phrase));
}

/** Plain words, no match syntax: a phrase the tokenizer alone can find. */
const PLAIN = /^[\p{L}\p{N}\s-]+$/u;
/** The tagger may split a contraction the tokenizer keeps whole ("he's"): such text is tagged whole. */
const APOSTROPHE = /['’]/u;
/** Every mark the tokenizer reads as an apostrophe (compromise's unicode model), where the tagger may split a word. */
const APOSTROPHE_LIKE = /['‘‛❛❜’]/u;

/**
 * Words the tokenizer puts in a sentence that are not written there: what it expands ("gonna" →
 * "going to", "5-10" → "5 to 10") and what it reads a sign as ("&" → "and"), from its own model.
 */
const UNWRITTEN = new Set(
  [
    ...world.model.one.contractions.flatMap((c) => c.out),
    ...Object.values(world.model.one.aliases),
    'to',
  ].map((w) => w.toLowerCase()),
);
const ASCII = /^\p{ASCII}*$/u;

/**
 * Whether the tokenizer may find plain `phrase` in `sentence`. Where both are ASCII (no letter
 * its Unicode folding could change), each word the tokenizer reads is the sentence's own letters
 * and digits, lower-cased and without marks ("U.S." → "us", "co-op" → "coop", "1,000" → "1000"),
 * or an unwritten word above: a phrase word that is neither, nor inside the sentence's letters
 * and digits run together, cannot be matched, and the sentence need not be tokenized.
 */
export function maySay(sentence: string, phrase: string): boolean {
  if (!ASCII.test(sentence) || !ASCII.test(phrase)) return true;
  const said = sentence.toLowerCase().replace(/[^a-z0-9]+/gu, '');
  return phrase
    .toLowerCase()
    .split(/[\s-]+/u)
    .every((w) => {
      const core = w.replace(/[^a-z0-9]+/gu, '');
      return !core || UNWRITTEN.has(w) || said.includes(core);
    });
}

/**
 * The terms of the first place `phrase` is said in `text`, as tagged there ([] when it is not).
 * The tagger reads each sentence on its own (a word's tags never depend on another sentence), so
 * only the sentence that says the phrase is tagged; the tokenizer, a tenth of the tagger's cost,
 * finds it.
 */
export function matchedTerms(text: string, phrase: string): readonly Term[] {
  const pattern = patternOf(phrase);
  if (!PLAIN.test(phrase) || APOSTROPHE.test(text)) return termsOf(taggedDoc(text).match(pattern))[0] ?? [];
  const all = sentencesIn(text);
  // one sentence (the sentence a phrase was said in) is tagged at once: with no mark the tokenizer
  // reads as an apostrophe, its words are the tagger's, and the tokenizer would only tell first
  // whether the tagged sentence says the phrase
  const one = all.length === 1 && !APOSTROPHE_LIKE.test(text);
  for (const sentence of all) {
    if (!one && (!maySay(sentence, phrase) || !tokensOf(sentence).has(pattern))) continue;
    const found = termsOf(taggedDoc(sentence).match(pattern))[0];
    if (found?.length) return found;
  }
  return [];
}

/** The words of a text in order, each read (and tagged) only when asked for. */
export interface LazyTerms {
  /** Each word's text (reads the whole text). */
  readonly texts: readonly string[];
  /** The word at `i`'s text, or undefined past the end (reads the sentences up to it). */
  word(i: number): string | undefined;
  /** The word at `i` as tagged in its sentence. */
  term(i: number): Term | undefined;
}

/**
 * The words of `text` as the tagger splits them, a sentence tokenized only when one of its words
 * is asked for and tagged only when one of its words is asked about (a long text asked about one
 * phrase costs the sentences up to it and the tagging of its own, not the whole).
 */
export function lazyTerms(text: string): LazyTerms {
  if (APOSTROPHE.test(text)) {
    const terms = taggedTerms(text);
    const texts = terms.map((t) => t.text);
    return { texts, word: (i) => texts[i], term: (i) => terms[i] };
  }
  const all = sentencesIn(text);
  const texts: string[] = [];
  /** Each sentence read so far: its text and its first word's index. */
  const starts: Array<{ sentence: string; from: number }> = [];
  const readTo = (i: number) => {
    while (texts.length <= i && starts.length < all.length) {
      const sentence = all[starts.length]!;
      starts.push({ sentence, from: texts.length });
      // (a sentence tagged already gives its words: with no apostrophe, the tokenizer's own)
      const read = (!APOSTROPHE_LIKE.test(sentence) && docs.get(sentence)) || tokensOf(sentence);
      for (const words of read.docs as Array<Array<{ text: string }>>)
        for (const w of words) texts.push(w.text);
    }
  };
  return {
    get texts() {
      readTo(Infinity);
      return texts;
    },
    word(i) {
      if (i < 0) return undefined;
      readTo(i);
      return texts[i];
    },
    term(i) {
      if (i < 0) return undefined;
      readTo(i);
      if (i >= texts.length) return undefined;
      let k = starts.length - 1;
      while (k > 0 && starts[k]!.from > i) k--;
      return taggedTerms(starts[k]!.sentence)[i - starts[k]!.from];
    },
  };
}

/**
 * Whether compromise knows the word as something other than a person's name: a word of its
 * lexicon ("figure", "budget"), or one its rules read alone as an adjective, a verb, an adverb,
 * a determiner or a place ("annual", "digital"). An unknown word ("Podesta") or a name it knows
 * ("Obama", "Jill") is none.
 */
export function isKnownNonName(word: string): boolean {
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string> } } }).model.one.lexicon;
  const known = lexicon[word.toLowerCase()];
  if (known) return !/Name$|^Person$/u.test(known);
  const tags = taggedTerms(word.toLowerCase())[0]?.tags ?? [];
  // (an adjective by its ending only: "-ic" reads "Zorcic", "Kovačić" as "historic")
  const adjective = /(?:i[cćč]|ich)$/iu.test(word) ? 'Adjective\0' : 'Adjective';
  return (
    !tags.includes('Person') &&
    tags.some(
      (t) =>
        t === adjective ||
        /^(?:Verb|Adverb|Determiner|Place|Preposition|Conjunction|Pronoun|Value)$/u.test(t),
    )
  );
}

/** Whether compromise's lexicon knows the word as a person or a first or last name ("Silva", "Jill", "JFK"). */
export function isKnownName(word: string): boolean {
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string> } } }).model.one.lexicon;
  return /Name$|^Person$/u.test(lexicon[word.toLowerCase()] ?? '');
}

/** compromise's models, as far as the place check below reads them. */
interface Models {
  one: {
    tagSet: Record<string, { parents?: string[] } | undefined>;
    lexicon: Record<string, string | string[]>;
    frozenLex: Record<string, unknown>;
    typeahead?: Record<string, unknown>;
    contractions: Array<{ word?: string }>;
  };
  two: {
    matches: Array<{ match: string; tag?: unknown }>;
    placeWords: Record<string, unknown>;
    switches: Record<string, string>;
    clues: Record<string, Record<string, Record<string, unknown> | undefined>>;
    suffixPatterns: Array<Record<string, string>>;
    prefixPatterns: Array<Record<string, string>>;
    regexText: Array<[RegExp, string]>;
    regexNormal: Array<[RegExp, string]>;
    regexNumbers: Array<[RegExp, string]>;
    endsWith: Record<string, Array<[RegExp, string]>>;
  };
}

/** What the place check needs of compromise's models, read once. */
interface PlaceModel {
  /** Whether a tag is a place's, a country's or a demonym's (or one under them: City, Region). */
  placeTag(tag: unknown): boolean;
  /** Words that let the tagger read other words of the phrase as a place. */
  triggers: Set<string>;
  /** Its look-alike patterns (by spelling, prefix and ending) that tag a word as a place. */
  looks: RegExp[];
}
let placeModel: PlaceModel | null | undefined;

/**
 * The ways compromise can tag a word as a place (Place, Country, City, Region, Demonym) that
 * do not hang on the word's own entry: its rules (each needs one of a few literal words: "west",
 * "harbor", "in", "mount"…), its place words ("river", "county": the titlecased words around them
 * become the place), its multi-word and frozen entries ("new york", "financial times"), words
 * that switch to a place by their neighbours, and the spellings it reads as places ("-ville",
 * "-shire"). Null when some rule could tag a place with no literal word (then every phrase is
 * tagged).
 */
function readPlaceModel(): PlaceModel | null {
  const models = (nlp.world() as unknown as { model: Models }).model;
  const { tagSet, lexicon, frozenLex, contractions } = models.one;
  const two = models.two;
  const FAMILY = /^(?:Place|Country|Demonym)$/u;
  const placeTag = (tag: unknown): boolean =>
    typeof tag === 'string' &&
    tag.split(/\s+/u).some((t) => {
      const bare = t.replace(/^#/u, '');
      return FAMILY.test(bare) || (tagSet[bare]?.parents ?? []).some((p) => FAMILY.test(p));
    });
  if (Object.keys(models.one.typeahead ?? {}).length) return null;
  const triggers = new Set<string>();
  const addWords = (phrase: string) => {
    for (const w of phrase.toLowerCase().split(/\s+/u)) if (w) triggers.add(w);
  };
  for (const rule of two.matches) {
    if (!placeTag(rule.tag)) continue;
    const regs = nlp.parseMatch(rule.match) as unknown as Array<{
      word?: string;
      fastOr?: Set<string>;
      choices?: unknown[];
      optional?: boolean;
      negative?: boolean;
    }>;
    // every rule that tags a place needs a word of its own, always said: its literals are triggers
    let literal = false;
    for (const reg of regs) {
      if (reg.optional || reg.negative) continue;
      if (reg.word) {
        triggers.add(reg.word);
        literal = true;
      } else if (reg.fastOr && !reg.choices) {
        for (const w of reg.fastOr) triggers.add(w);
        literal = true;
      }
    }
    if (!literal) return null;
  }
  for (const w of Object.keys(two.placeWords)) triggers.add(w);
  const tags = (entry: unknown) => (Array.isArray(entry) ? entry : [entry]) as unknown[];
  for (const [k, entry] of Object.entries(frozenLex)) if (tags(entry).some(placeTag)) addWords(k);
  for (const [k, entry] of Object.entries(lexicon))
    if (/\s/u.test(k) && tags(entry).some(placeTag)) addWords(k);
  for (const c of contractions) if (c.word) addWords(c.word);
  for (const [word, form] of Object.entries(two.switches)) {
    const clues = two.clues[form] ?? {};
    if (/Place/u.test(form) || Object.values(clues).some((c) => Object.values(c ?? {}).some(placeTag)))
      triggers.add(word);
  }
  const looks: RegExp[] = [];
  for (const table of two.suffixPatterns)
    for (const [end, tag] of Object.entries(table ?? {}))
      if (placeTag(tag)) looks.push(new RegExp(`${escapeRegExp(end)}$`, 'u'));
  for (const table of two.prefixPatterns)
    for (const [start, tag] of Object.entries(table ?? {}))
      if (placeTag(tag)) looks.push(new RegExp(`^${escapeRegExp(start)}`, 'u'));
  for (const [re, tag] of [
    ...two.regexText,
    ...two.regexNormal,
    ...two.regexNumbers,
    ...Object.values(two.endsWith).flat(),
  ])
    if (placeTag(tag)) looks.push(re);
  return { placeTag, triggers, looks };
}

/**
 * The words of a plain phrase (letters and single spaces) that compromise can never tag as a
 * place, a country or a demonym when it reads the phrase alone: lower-case words whose lexicon
 * entry (if any) is no place, with no spelling it reads as one, in a phrase with no word that
 * lets its rules make a place of others (readPlaceModel). [] when any word may be one.
 */
export function neverPlaceWords(phrase: string): string[] {
  if (!/^[A-Za-z]+(?: [A-Za-z]+)*$/u.test(phrase)) return [];
  if (placeModel === undefined) placeModel = readPlaceModel();
  const model = placeModel;
  if (!model) return [];
  const words = phrase.split(' ');
  if (words.some((w) => model.triggers.has(w.toLowerCase()))) return [];
  const lexicon = (nlp.world() as unknown as { model: Models }).model.one.lexicon;
  return words.filter((w) =>
    neverPlace(w, () => {
      if (!/^[a-z]+$/u.test(w)) return false;
      const entry: unknown = Object.hasOwn(lexicon, w) ? lexicon[w] : undefined;
      if (entry !== undefined && (Array.isArray(entry) ? entry : [entry]).some(model.placeTag)) return false;
      return !model.looks.some((re) => re.test(w));
    }),
  );
}

/** Each word's answer in neverPlaceWords (its entry and its spelling only), for the build. */
const neverPlace = buildMemo<boolean>(4096);

/** All the terms of `text`, sentence after sentence. */
export function taggedTerms(text: string): readonly Term[] {
  return remember(flats, text, () => taggedSentences(text).flat());
}

/** Forget every parse (the end of a deck build). */
export function forgetTagged(): void {
  docs.clear();
  sentences.clear();
  tokenized.clear();
  patterns.clear();
  splits.clear();
  flats.clear();
}

/** How many parses are held (for tests). */
export function taggedHeld(): number {
  return docs.size + sentences.size + tokenized.size;
}
