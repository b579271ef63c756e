import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

describe('an English change said without "by" keeps its change too (qualify.ts)', () => {
  const en = (text: string) => findFigures(text, 'en', 20).map((f) => [f.value, f.label]);
  it.each([
    // was "40.5 percent — Mortgage payments", the same misreading as the Portuguese card
    ['Mortgage payments rose 40.5 percent last year.', '40.5 percent', 'rise in mortgage payments'],
    ['Mortgage payments have risen 40.5 percent.', '40.5 percent', 'rise in mortgage payments'],
    ['Home prices jumped 20 percent.', '20 percent', 'jump in home prices'],
    ['Food prices went up 12 percent.', '12 percent', 'rise in food prices'],
  ])('%s', (sentence, value, label) => {
    expect(en(sentence)).toEqual([[value, label]]);
  });
  it('a verb with an object says what was cut, never a change of its subject', () => {
    expect(en('We cut 50 billion dollars in waste.').map(([, l]) => l)).not.toContain('cut in We');
  });
});

describe('a level a change reached is no change', () => {
  it('"fell below 4 percent", "fell from … to …" keep their subject alone', () => {
    expect(
      findFigures('Oil imports fell from 16 million barrels to 6 million barrels a day.', 'en')[0]?.label,
    ).toBe('Oil imports');
  });
});
