import { describe, expect, it } from 'vitest';
import { splitNotes } from './pacing-prompter';
import { stepAnchors, stepFractions, stepSentenceRange } from './step-words';

const NOTES = [
  'We have three proposals today.',
  'Firstly, we should build digital infrastructure across the region. It connects people.',
  'Secondly, we should open data between customs offices.',
  'Finally, we should train people in digital skills. That is all.',
].join('\n\n');

describe('stepAnchors: where each step is spoken', () => {
  it('finds each item where the speech says it', () => {
    const sentences = splitNotes(NOTES);
    const anchors = stepAnchors(sentences, [
      'Digital infrastructure across the region',
      'Open data between customs',
      'Digital skills training',
    ]);
    expect(anchors.map((a) => sentences[a]!.text.trim().split(' ')[0])).toEqual([
      'Firstly,',
      'Secondly,',
      'Finally,',
    ]);
    expect(stepSentenceRange(anchors, sentences.length, 0)).toEqual([0, 1]);
    expect(stepSentenceRange(anchors, sentences.length, 1)).toEqual([1, 3]);
    expect(stepSentenceRange(anchors, sentences.length, 3)).toEqual([4, 6]);
  });

  it('spreads items it cannot find evenly between the ones it can, never going back', () => {
    const sentences = splitNotes(NOTES);
    const anchors = stepAnchors(sentences, ['Zebra', 'customs offices open data', 'Quokka']);
    expect(anchors[1]).toBe(3);
    expect(anchors[0]).toBeGreaterThan(0);
    expect(anchors[0]).toBeLessThanOrEqual(3);
    expect(anchors[2]).toBeGreaterThanOrEqual(3);
    const none = stepAnchors(sentences, ['Alpha', 'Beta', 'Gamma']);
    expect(none).toEqual([...none].sort((a, b) => a - b));
    expect(stepAnchors([], ['x', 'y'])).toEqual([0, 0]);
  });

  it('gives the pace each step’s share of the words', () => {
    const fractions = stepFractions(NOTES, ['digital infrastructure', 'open data customs', 'digital skills']);
    expect(fractions).toHaveLength(3);
    expect(fractions[0]).toBeGreaterThan(0);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[2]).toBeLessThan(1);
  });
});
