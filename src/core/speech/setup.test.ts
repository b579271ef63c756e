import { describe, expect, it } from 'vitest';
import { keyLine } from './body';
import { quoteScore } from './quotable';
import { afterSetUp, isSetUp, pointsOf } from './setup';

describe('set-up lines', () => {
  it('recognises a sentence that only announces the next one', () => {
    expect(isSetUp('Let me tell you something.')).toBe(true);
    expect(isSetUp('I want to say a word about our teachers.')).toBe(true);
    expect(isSetUp('Now let me turn to education.')).toBe(true);
    expect(isSetUp("I'll close with this.")).toBe(true);
    expect(isSetUp('There is one thing I ask of you.')).toBe(true);
    expect(isSetUp('My point is simple.')).toBe(true);
  });
  it('keeps a frame that holds its point, and plain statements', () => {
    expect(isSetUp('I want to say that we are proud of every one of you.')).toBe(false);
    expect(isSetUp('I have to say, this is the finest team I have ever seen.')).toBe(false);
    expect(isSetUp('I had to make a choice between my job and my family.')).toBe(false);
    expect(isSetUp('We choose to go to the moon.')).toBe(false);
    expect(isSetUp('Let me be clear: we will not stand by.')).toBe(false);
    expect(isSetUp('Déjame decirte algo.', 'es')).toBe(false);
  });
  it('takes the point said after a set-up and its colon', () => {
    expect(
      afterSetUp(
        "I will offer here, as a sound maxim, this: That we can't reach old age by another man's road.",
      ),
    ).toBe("We can't reach old age by another man's road.");
    expect(
      afterSetUp(
        "I desire now to repeat and emphasise that maxim: We can't reach old age by another man's road.",
      ),
    ).toBe("We can't reach old age by another man's road.");
    expect(afterSetUp('Let me be clear: we will not stand by while others suffer.')).toBe(
      'We will not stand by while others suffer.',
    );
    // a colon that is no announcement keeps the sentence whole
    expect(afterSetUp('It was so true: They blushed; they were embarrassed.')).toBeNull();
    expect(afterSetUp('Let me be clear: no.')).toBeNull();
  });
  it('never quotes a set-up; quotes the point instead', () => {
    const slide = [
      'Let me tell you one thing.',
      'I have achieved my seventy years in the usual way.',
      "I will offer here, as a sound maxim, this: That we can't reach old age by another man's road.",
    ];
    expect(pointsOf(slide, 'en')).toEqual([slide[1], "We can't reach old age by another man's road."]);
    expect(quoteScore('I want to say a word about freedom, about freedom itself.', 'en')).toBe(0);
    expect(keyLine(slide, 'Common rule', 'en')).not.toMatch(/^(?:Let me|I will offer)/u);
  });
});
