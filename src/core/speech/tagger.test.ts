import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { forgetTagged, taggedHeld, taggedSentences, taggedTerms } from './tagger';

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
});
