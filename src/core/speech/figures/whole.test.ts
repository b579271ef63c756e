/**
 * A part is never labelled the total (judge5/6: Ford 1975 "$12 billion — total cut" beside "$16
 * billion — one-year tax reduction"; the speech: "This cash rebate to individuals amounts to 12
 * percent of 1974 tax payments—a total cut of $12 billion").
 */
import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';

const cards = (s: string) => sentenceFigures(s, 'en').map((f) => `${f.value} — ${f.label}`);

describe('a whole restated after a dash', () => {
  it('is labelled by the subject it restates, never "total"', () => {
    expect(
      cards(
        'This cash rebate to individuals amounts to 12 percent of 1974 tax payments—a total cut of $12 billion, with a maximum of $1,000 per return.',
      ),
    ).toContain('$12 billion — cash rebate');
  });

  it('a total said of the sentence itself stays a total', () => {
    expect(cards('The program costs $5 billion a year, a total cost of $50 billion.')).toContain(
      '$50 billion — total cost',
    );
  });
});
