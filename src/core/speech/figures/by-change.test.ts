/**
 * A figure said as what a thing is changed by is labelled as that change, and is its slide's point
 * (issue #10: Ford 1975's tax-cut slide showed the families' incomes and taxes, never the cut).
 */
import { describe, expect, it } from 'vitest';
import { byChangeLabel, isChangeAmount, isSetup } from './by-change';
import { figuresBlock } from '../body';
import { sentenceFigures } from './index';

const isWord = (w: string) => !/^(?:the|that|a|an|of|to|in)$/iu.test(w);

describe('the amount a thing is changed by (by-change.ts)', () => {
  it.each([
    ['My proposal reduces that total by ', 'cut in that total'],
    [
      'Accordingly, I propose that future individual income taxes be reduced by ',
      'cut in future individual income taxes',
    ],
    ['The new law will raise the minimum wage by about ', 'increase in the minimum wage'],
    ['Our taxes will be cut by ', 'cut in our taxes'],
    // a possibility is no change made; a verb with no thing changed says nothing
    ['A lack of competition can reduce wages by about ', ''],
    ['Outlays could be reduced by ', ''],
    ['We traveled by ', ''],
    ['Prices rose by ', ''],
  ])('%s → %s', (before, label) => {
    expect(byChangeLabel(before, isWord)).toBe(label);
  });

  it('tells the point from the setup', () => {
    expect(isChangeAmount('My proposal reduces that total by ')).toBe(true);
    expect(isChangeAmount('Families grossing $20,000 would receive a reduction of ')).toBe(true);
    expect(isChangeAmount('A family of four now pays ')).toBe(false);
    expect(isSetup('A family of four with a gross income of ')).toBe(true);
    expect(isSetup('Families grossing ')).toBe(true);
    expect(isSetup('The budget of ')).toBe(false);
  });

  it('labels the change in the sentence, and a goal label never ends on "of"', () => {
    const cards = (s: string) => sentenceFigures(s, 'en').map((f) => [f.value, f.label]);
    expect(cards('My proposal reduces that total by $300.')).toEqual([['$300', 'cut in that total']]);
    // (was "would receive a reduction of")
    expect(cards('Families would receive a reduction of $210.')).toEqual([['$210', '']]);
  });

  it('shows the cut before the incomes that say whose taxes are cut (Ford 1975: the cut was off screen)', () => {
    const text =
      'For example, a typical family of four with a gross income of $5,600 now pays $185 in federal income taxes. Under this tax cut plan, they would pay nothing. A family of four with a gross income of $12,500 now pays $1,260 in federal taxes. My proposal reduces that total by $300. Families grossing $20,000 would receive a reduction of $210.';
    const b = figuresBlock([{ text }], 'en-US');
    const shown = b?.type === 'figures' ? b.items.map((f) => `${f.value} — ${f.label}`) : [];
    expect(shown).toContain('$300 — cut in that total');
    expect(shown).toContain('$185 — in federal income taxes');
    expect(shown).toContain('$1,260 — in federal taxes');
    // (and each family's case whole: its income beside its taxes, body.ts wholeCases, judge29c #1)
    expect(shown).toContain('$12,500 — gross income');
    expect(shown).toHaveLength(5);
  });
});
