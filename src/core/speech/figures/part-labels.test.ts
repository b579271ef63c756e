/**
 * Labels that named a part as the whole or dropped what the number measures (designer review,
 * round 6: Ford 1975, Reagan 1982, Clinton 1994; public domain). Each rule is checked on the
 * sentence it came from and on one like it.
 */
import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';
import { amountOf, wholeBelowPart } from './whole';
import { figuresBlock } from '../body';

const cards = (s: string) => sentenceFigures(s, 'en').map((f) => [f.value, f.label]);

describe('labels that say what the number is', () => {
  it('a "total" smaller than another figure of its unit on the slide is no card', () => {
    const ford = [
      {
        text: 'To bolster business and industry and to create new jobs, I propose a one-year tax reduction of $16 billion.',
      },
      {
        text: 'This cash rebate to individuals amounts to 12 percent of 1974 tax payments—a total cut of $12 billion, with a maximum of $1,000 per return.',
      },
    ];
    const b = figuresBlock(ford, 'en');
    // (the "total cut" restates the rebate before the dash, and is labelled so: whole.ts)
    expect(b?.type === 'figures' && b.items.map((i) => [i.value, i.label])).toEqual([
      ['$16 billion', 'one-year tax reduction'],
      ['$12 billion', 'cash rebate'],
    ]);
    const said = figuresBlock(
      [
        {
          text: 'I propose a one-year tax reduction of $16 billion. The total cut in rates comes to $12 billion.',
        },
      ],
      'en',
    );
    expect(said?.type === 'figures' && said.items.map((i) => i.value)).toEqual(['$16 billion']);
    // a total that is the largest stays, and so does one of another unit
    expect(
      wholeBelowPart({ value: '$20 billion', label: 'total cut' }, [
        { value: '$16 billion', label: 'tax cut' },
      ]),
    ).toBe(false);
    expect(
      wholeBelowPart({ value: '$12 billion', label: 'total cut' }, [
        { value: '€16 billion', label: 'tax cut' },
      ]),
    ).toBe(false);
    expect(
      wholeBelowPart({ value: '40 percent', label: 'whole budget' }, [
        { value: '60%', label: 'of the cuts' },
      ]),
    ).toBe(true);
    expect(amountOf('about $1.5 billion')).toEqual({ unit: '$', n: 1.5e9 });
  });

  it('a passive change is labelled as the change ("cut in taxes"), never the thing changed', () => {
    expect(
      cards(
        'And remember, our original tax reduction remains in place, which means your taxes will still be cut $335 billion in these next three years, even with the passage of this present tax bill.',
      ),
    ).toEqual([['$335 billion', 'cut in taxes, next three years']]);
    expect(
      cards(
        'To offset inflationary distortions, the corporate tax rate will be reduced from 48 percent to 42 percent.',
      ),
    ).toEqual([['from 48 percent to 42 percent', 'cut in corporate tax rate']]);
  });

  it('a share takes the predicate that says what it is, or no label when that is too long', () => {
    expect(
      cards(
        'So, more than 80 percent of the tax bill is not new tax at all, but is better collecting and correcting of flaws in the system.',
      ),
    ).toEqual([['more than 80 percent', 'of the tax bill is not new tax']]);
    // a denied predicate too long to show: no label (the share's own would say the opposite)
    expect(
      cards('So, 80 percent of the bill is not any kind of a new tax on working families at all.'),
    ).toEqual([['80 percent', '']]);
    expect(cards('Today 60 percent of our oil is imported.')).toEqual([
      ['60 percent', 'of our oil is imported'],
    ]);
    // an affirmative predicate too long to show leaves the share's own label, which is true
    expect(cards('One-third of the population of the South is of the Negro race.')).toEqual([
      ['One-third', 'of the population of the South'],
    ]);
    // a share with no predicate keeps its label
    expect(cards('We import 60 percent of our oil.')).toEqual([['60 percent', 'of our oil']]);
  });

  it('a bound is labelled with what it bounds ("exemption for all interest payments")', () => {
    expect(cards('And there will be an exemption for all interest payments of $150 or less.')).toEqual([
      ['$150 or less', 'exemption for all interest payments'],
    ]);
    expect(cards('We set a limit on campaign contributions of $1,000.')).toEqual([
      ['$1,000', 'limit on campaign contributions'],
    ]);
  });

  it('a fraction in words of one place is no card ("one-half of this city")', () => {
    expect(cards('In that time, one-half of this city lived encircled and the other half enslaved.')).toEqual(
      [['one-half', '']],
    );
    expect(cards('One-third of the country voted yes and the rest stayed home.')).toEqual([
      ['One-third', ''],
    ]);
    // a share of a place's people, and a fraction of a quantity, stay
    expect(cards('Urban farms now feed a tenth of our city.')).toEqual([['a tenth', 'of our city']]);
    expect(cards('They keep wasting two-thirds of their fuel value.')).toEqual([
      ['two-thirds', 'of their fuel value'],
    ]);
  });
});

describe('a date is no label', () => {
  it('"on February 1" never labels the amount said before it (Ford 1975)', () => {
    const said = cards(
      'The crude oil fee level will be increased $1 per barrel on February 1, by $2 per barrel on March 1, and by $3 per barrel on April 1.',
    );
    for (const [, label] of said) expect(label).not.toMatch(/^(?:on\s+)?(?:February|March|April)$/u);
  });

  it('a label that names a month beside what is counted stays', () => {
    const said = cards('Exports rose to 4 million tonnes of February wheat shipped through the port.');
    expect(said.some(([, label]) => /wheat/u.test(label ?? ''))).toBe(true);
  });
});
