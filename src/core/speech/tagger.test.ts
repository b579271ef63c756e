import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import {
  forgetTagged,
  lazyTerms,
  matchedTerms,
  maySay,
  neverPlaceWords,
  taggedHeld,
  taggedSentences,
  taggedTerms,
} from './tagger';

describe('remembered tagger', () => {
  it('gives the same reading as a fresh parse, and the same object when asked again', () => {
    forgetTagged();
    const text = 'We will build roads. The future of our children is bright.';
    const fresh = (nlp(text).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>).map(
      (s) => s.terms,
    );
    const first = taggedSentences(text);
    expect(first.map((s) => s.map((t) => [t.text, [...t.tags].sort()]))).toEqual(
      fresh.map((s) => s.map((t) => [t.text, [...t.tags].sort()])),
    );
    expect(taggedSentences(text)).toBe(first);
    expect(taggedTerms(text).map((t) => t.text)).toEqual([
      'We',
      'will',
      'build',
      'roads',
      'The',
      'future',
      'of',
      'our',
      'children',
      'is',
      'bright',
    ]);
  });

  it('holds a bounded number of parses and none after a deck build', () => {
    forgetTagged();
    for (let i = 0; i < 700; i++) taggedSentences(`Sentence number ${i} is here.`);
    expect(taggedHeld()).toBeLessThanOrEqual(2 * 512);
    buildDeck('# Talk\n\nThe future of our children is a common future. We will build it together.', {
      fileName: 't.md',
    });
    expect(taggedHeld()).toBe(0);
  });

  // the tagger reads a sentence on its own: one sentence of a long text is tagged as in the whole
  const long =
    'We met in Geneva. Our partners build roads, and the data network grows. ' +
    'The future of our children is bright; they will build it. Small firms share skills across the region.';
  const whole = (text: string) =>
    (nlp(text).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>).flatMap((s) => s.terms);
  const reading = (terms: ReadonlyArray<{ text: string; tags: readonly string[] }>) =>
    terms.map((t) => [t.text, [...t.tags].sort()]);

  it('finds a phrase where the whole text would, tagged as there, tagging one sentence', () => {
    for (const text of [long, long.replace('Our', "Our town's")])
      for (const phrase of ['data network', 'children', 'share skills', 'Geneva', 'not said here']) {
        forgetTagged();
        const expected = nlp(text).match(phrase).json()[0]?.terms ?? [];
        expect(reading(matchedTerms(text, phrase)), `${phrase} in ${text}`).toEqual(reading(expected));
      }
    forgetTagged();
    matchedTerms(long, 'data network');
    // the tagger read only the second sentence (not the whole text), the tokenizer only the
    // second too: the first has no word of the phrase (maySay)
    expect(taggedHeld()).toBe(2);
  });

  it('tags a text of one sentence at once, and reads its words from that tagging', () => {
    const one = 'Our partners build roads, and the data network grows.';
    // (‘ is an apostrophe to the tokenizer, whose words the tagger may split: found by tokens first)
    for (const text of [one, one.replace('Our', 'Our town‘s')])
      for (const phrase of ['data network', 'partners', 'not said here']) {
        forgetTagged();
        const expected = nlp(text).match(phrase).json()[0]?.terms ?? [];
        expect(reading(matchedTerms(text, phrase)), `${phrase} in ${text}`).toEqual(reading(expected));
      }
    forgetTagged();
    matchedTerms(one, 'data network');
    expect(taggedHeld()).toBe(1);
    const lazy = lazyTerms(one);
    expect(lazy.texts).toEqual(whole(one).map((t) => t.text));
    // no tokenizer's pass: the tagged sentence gave the words
    expect(taggedHeld()).toBe(1);
  });

  it('gives the words of a text and each one tagged as in the whole text', () => {
    for (const text of [long, "He's here. We'll see the roads we've built."]) {
      forgetTagged();
      const expected = whole(text);
      const lazy = lazyTerms(text);
      expect(lazy.texts).toEqual(expected.map((t) => t.text));
      expect(reading(expected.map((_, i) => lazy.term(i)!))).toEqual(reading(expected));
      expect(lazy.term(expected.length)).toBeUndefined();
    }
  });

  it('reads a text only up to the word asked for', () => {
    forgetTagged();
    const lazy = lazyTerms(long);
    expect([lazy.word(0), lazy.word(3), lazy.word(4)]).toEqual(['We', 'Geneva', 'Our']);
    // two sentences tokenized, none tagged, the last two never read
    expect(taggedHeld()).toBe(2);
    expect(lazy.word(10_000)).toBeUndefined();
    expect(taggedHeld()).toBe(4);
  });

  it('skips a sentence only where the tokenizer could not find the phrase in it', () => {
    // (Biden, UNGA 2021; Reagan, first press conference 1981; forms the tokenizer reads in)
    const cases: Array<[string, string]> = [
      ['U.S. military power must be our tool of last resort, not our first.', 'us military power'],
      [
        'Yesterday I announced the elimination of remaining Federal controls on U.S. oil production.',
        'us oil production',
      ],
      ["We're gonna build the co-op's new school.", 'going to'],
      ['We are gonna build the co-op school.', 'going to build'],
      ['We are gonna build the co-op school.', 'coop school'],
      ['Between 5-10 people came, rock & roll fans.', '5 to 10 people'],
      ['Between 5-10 people came, rock & roll fans.', 'rock and roll'],
      ['We cannot spend 1,000 dollars on a 5km road.', 'can not'],
      ['We cannot spend 1,000 dollars on a 5km road.', '1000 dollars'],
      ['We cannot spend 1,000 dollars on a 5km road.', 'km road'],
      ['Und was die Stärke unseres Landes ausmacht.', 'starke unseres'],
      ['U.S. military power must be our tool of last resort, not our first.', 'national interests'],
      ['Yesterday I announced the elimination of remaining Federal controls.', 'oil production'],
    ];
    for (const [sentence, phrase] of cases) {
      const found = nlp.tokenize(sentence).has(nlp.parseMatch(phrase));
      // never a sentence skipped that says the phrase; the last two are skipped untokenized
      if (found) expect(maySay(sentence, phrase), `${phrase} in ${sentence}`).toBe(true);
    }
    expect(maySay(cases[11]![0], cases[11]![1])).toBe(false);
    expect(maySay(cases[12]![0], cases[12]![1])).toBe(false);
  });
});

describe("the tagger's own sweep of its rules", () => {
  it("tags every sentence of real speeches exactly as compromise's sweep does, tag for tag and in order", async () => {
    // (compromise's sweep from its own source: the one tagger.ts stands in for)
    const source = '../../../node_modules/compromise/src/1-one/sweep/methods/sweep/index.js';
    const theirs = ((await import(/* @vite-ignore */ source)) as { default: unknown }).default;
    const methods = (nlp.world() as { methods: { one: { bulkMatch: unknown } } }).methods.one;
    const ours = methods.bulkMatch;
    const dir = 'tests/fixtures/speeches/corpus';
    const sentences = ['en-fdr-day-of-infamy.txt', 'en-obama-pinckney-eulogy-2015.txt']
      .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split(/(?<=[.!?])\s+/u))
      .filter((s) => s.trim())
      .slice(0, 260);
    const read = (sweep: unknown) => {
      methods.bulkMatch = sweep;
      forgetTagged();
      try {
        return sentences.map((s) =>
          taggedSentences(s).map((ts) => ts.map((t) => `${t.text}:${t.tags.join()}`)),
        );
      } finally {
        methods.bulkMatch = ours;
        forgetTagged();
      }
    };
    expect(sentences.length).toBeGreaterThan(200);
    expect(read(ours)).toEqual(read(theirs));
  });
});

describe('neverPlaceWords: words the tagger never reads as a place in a phrase', () => {
  it('names the plain lower-case words, and none when a word may make a place of others', () => {
    expect(neverPlaceWords('Affordable childcare')).toEqual(['childcare']);
    expect(neverPlaceWords('clean energy future')).toEqual(['clean', 'energy', 'future']);
    // "region", "river" are place words ("Murray River"); "west" opens a place ("west Sydney")
    expect(neverPlaceWords('Innovation region investment')).toEqual([]);
    expect(neverPlaceWords('murray river')).toEqual([]);
    expect(neverPlaceWords('west sydney')).toEqual([]);
    // a country, a demonym, an ending read as a place ("-ville"), or no plain words
    expect(neverPlaceWords('american people')).toEqual(['people']);
    expect(neverPlaceWords('australia')).toEqual([]);
    expect(neverPlaceWords('nashville music')).toEqual(['music']);
    expect(neverPlaceWords("America's future")).toEqual([]);
  });

  it('is never wrong: no phrase of a real speech with such a word is tagged a place or people', () => {
    // every window of one to three words of Biden's toast to Australia (2023: "United States",
    // "Australia", "American people"…), as written and lower-cased
    const text = readFileSync(
      'tests/fixtures/speeches/corpus/en-biden-australia-state-dinner-toast-2023.txt',
      'utf8',
    );
    const words = text.split(/[^A-Za-z]+/u).filter(Boolean);
    const phrases = new Set<string>();
    for (let i = 0; i < words.length; i++)
      for (let n = 1; n <= 3 && i + n <= words.length; n++) {
        const p = words.slice(i, i + n).join(' ');
        phrases.add(p).add(p.toLowerCase());
      }
    const placeTags = (tags: readonly string[]) => tags.some((g) => /^(?:Place|Country|Demonym)$/u.test(g));
    let answered = 0;
    let places = 0;
    forgetTagged();
    for (const p of phrases) {
      if (!neverPlaceWords(p).length) continue;
      answered++;
      const terms = taggedSentences(p)[0] ?? [];
      const named = new Set(neverPlaceWords(p));
      if (terms.some((t) => named.has(t.text) && placeTags(t.tags))) places++;
    }
    forgetTagged();
    expect(answered).toBeGreaterThan(1000);
    expect(places).toBe(0);
  });
});
