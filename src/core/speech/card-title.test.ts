import { describe, expect, it } from 'vitest';
import type { KeyFigure } from '../deck';
import { opposesCards, repeatsCard } from './card-title';
import { contextTitle, figureSlideTitle } from './figure-title';

const items = (...pairs: Array<[string, string]>): KeyFigure[] =>
  pairs.map(([value, label]) => ({ value, label }));

// Reagan, address on tax and budget legislation, 16 August 1982; Ford, State of the Union 1975 (public domain)
describe('a figure slide’s title neither repeats its one card nor opposes a card', () => {
  it('knows a title that only repeats the card', () => {
    expect(repeatsCard('Outlay cuts', items(['$280 billion', 'in outlay cuts']))).toBe(true);
    expect(repeatsCard('Million Americans', items(['more than 85', 'million Americans']))).toBe(true);
    expect(
      repeatsCard('Degrees Celsius', items(['1.5 degrees Celsius', 'vital goal of limiting global warming'])),
    ).toBe(true);
    expect(repeatsCard('Consumer Price Index', items(['5 percent', 'one-year maximum increase']))).toBe(
      false,
    );
    // over several cards, a title may name what one of them counts: the topic they share
    expect(
      repeatsCard(
        'Health workers',
        items(['18 million', 'shortfall'], ['one tenth', 'of the health workers']),
      ),
    ).toBe(false);
  });

  it('knows a title that says down over a card that says up, and up over down', () => {
    const tax = items(
      ['$19 billion', 'actual new taxes over three years'],
      ['about 54 cents a month', 'telephone tax increase'],
    );
    expect(opposesCards('Tax cuts', tax)).toBe(true);
    expect(opposesCards('Revenue increase', items(['$280 billion', 'in outlay cuts']))).toBe(true);
    expect(
      opposesCards('Original tax reduction', items(['$380 billion', 'reduction in the budget deficits'])),
    ).toBe(false);
    expect(opposesCards('Telephone tax increase', tax)).toBe(false);
    expect(opposesCards('New taxes', items(['$335 billion', 'cut in taxes']))).toBe(true);
  });

  it('retitles from the figure’s sentence, never from another sentence of the slide', () => {
    const notes = [
      'As an additional step toward putting the federal government’s house in order, I recommend a limit on federal pay.',
      'In all government programs tied to the Consumer Price Index—including social security, civil service and military retirement pay, and food stamps—I also propose a one-year maximum increase of 5 percent.',
    ].join('\n\n');
    const at = notes.indexOf('5 percent');
    const block = {
      type: 'figures' as const,
      items: [{ value: '5 percent', label: 'one-year maximum increase', span: { start: at, end: at + 9 } }],
    };
    expect(figureSlideTitle('One-year maximum increase', notes, block, 'en', new Set())).toBe(
      'Consumer Price Index',
    );
  });

  it('never keeps a title that opposes its cards', () => {
    const notes =
      'Now, this leaves $19 billion over three years of actual new taxes, which is far outweighed by the tax cuts which will benefit individuals. The telephone tax increase is only about 54 cents a month for the average household.';
    const a = notes.indexOf('$19 billion');
    const b = notes.indexOf('about 54 cents a month');
    const block = {
      type: 'figures' as const,
      items: [
        { value: '$19 billion', label: 'actual new taxes over three years', span: { start: a, end: a + 11 } },
        { value: 'about 54 cents a month', label: 'telephone tax increase', span: { start: b, end: b + 22 } },
      ],
    };
    const t = figureSlideTitle('Tax cuts', notes, block, 'en', new Set());
    expect(t).not.toBe('Tax cuts');
    expect(opposesCards(t, block.items)).toBe(false);
  });

  it('gives a title that repeats the card way to what the sentence adds to it', () => {
    const notes =
      'There were 59 million Americans employed at the start of 1949; now there are more than 85 million Americans who have jobs. In comparable dollars, the average income of the American family has doubled during the past 26 years.';
    const at = notes.indexOf('more than 85');
    const block = {
      type: 'figures' as const,
      items: [{ value: 'more than 85', label: 'million Americans', span: { start: at, end: at + 12 } }],
    };
    // what the card's noun phrase goes on to say ("… Americans who have jobs"), never another
    // sentence's topic ("Average income" is not what the 85 million are)
    expect(figureSlideTitle('Million Americans', notes, block, 'en', new Set())).toBe('Jobs');
    // Twain, speech at a dinner for Colonel Harvey, 1905 (public domain): the clause before the figure's
    const sold =
      'Of the oldest book, The Innocents Abroad,—now forty years old—you sold upward of 46,000 copies in the four years.';
    const ok = () => true;
    expect(contextTitle(sold, { value: '46,000 copies', label: 'sold upward' }, 'en', new Set(), ok)).toBe(
      'Oldest book',
    );
    // nothing said beside the card: no title from elsewhere
    expect(
      contextTitle(
        'There were almost 8 million Americans out of work.',
        { value: 'almost 8 million', label: 'Americans out of work' },
        'en',
        new Set(),
        ok,
      ),
    ).toBe('');
    // the clause before the figure's leans on the sentence before it ("But …", "this bill"): no title
    // (Reagan, address on the tax and budget bill, 1982, public domain)
    expect(
      contextTitle(
        'But even after passage of this bill, the Federal Government in 1985 will only be taking 19.6 percent of the gross national product.',
        { value: '19.6 percent', label: 'of the gross national product' },
        'en',
        new Set(),
        ok,
      ),
    ).toBe('');
  });
});
