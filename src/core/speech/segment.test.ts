import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './segment';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim());

describe('sentences (segment.ts)', () => {
  it('keeps "Mr." inside an opening quote with its sentence (Carter, energy address, 8 November 1977; judge21)', () => {
    // the slide showed 'President," he said, "I don’t feel much…' with "Mr." and the quote mark lost
    const text =
      'A few weeks ago, in Detroit, an unemployed steelworker told me something that may reflect the feelings of many of you. "Mr. President," he said, "I don\'t feel much like talking about energy and foreign policy."';
    expect(sentences(text)).toEqual([
      'A few weeks ago, in Detroit, an unemployed steelworker told me something that may reflect the feelings of many of you.',
      '"Mr. President," he said, "I don\'t feel much like talking about energy and foreign policy."',
    ]);
    expect(sentences('“Dr. King dreamed of it.” We still do.')).toEqual([
      '“Dr. King dreamed of it.”',
      'We still do.',
    ]);
  });

  it('still ends a sentence at a quoted word that is no abbreviation', () => {
    expect(sentences('He said "yes." Then he left.')).toEqual(['He said "yes."', 'Then he left.']);
  });
});
