import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

const labels = (text: string, lang = 'en') => findFigures(text, lang, 20).map((f) => [f.value, f.label]);
const label = (text: string, lang = 'en') => labels(text, lang)[0]?.[1];

describe('a figure said as the measure of a noun is labelled by that noun', () => {
  it('never by an earlier head the figure is not the measure of (WHO, WHA76)', () => {
    // was "18 million — improvement on the shortfall": 18 million was the old shortfall
    expect(
      labels(
        'This is a substantial improvement on the shortfall of 18 million we anticipated in 2016. But it is still far too many.',
      ),
    ).toEqual([['18 million', 'shortfall anticipated in 2016']]);
    expect(labels('Globally, we face a projected shortage of ten million health workers by 2030.')).toEqual([
      ['ten million health workers', 'projected shortage by 2030'],
    ]);
  });
  it('takes the words of the noun phrase, or nothing when the noun alone is one word', () => {
    expect(label('The company reported a net loss of $3 billion last year.')).toBe('net loss');
    expect(label('Last year the company reported a loss of $3 billion.')).toBe('');
    expect(label('India has a population of 1.4 billion.')).toBe('');
    expect(label('The plan shows a deficit of $3 billion in the health budget.')).toBe(
      'deficit in the health budget',
    );
    // Jimmy Carter, Address to the Nation on Anti-Inflation Program, 24 October 1978 (judge25):
    // "in the number" was the label's end, cut before what is numbered
    expect(
      label(
        'This order will mean a reduction of more than 20,000 in the number of permanent Federal employees already budgeted for this fiscal year and will cut the total size of the Federal work force.',
      ),
    ).toBe('reduction in the number of permanent Federal employees');
    expect(label('It has run at annualized rate of 3.3 percent over the last six months.')).toBe(
      'annualized rate, last six months',
    );
    // an action on a one-word head says how it is counted
    expect(label("And that's why we're partnering with a coalition of 46 countries.")).toBe(
      'partnering with a coalition',
    );
  });
  it('does so in Spanish, French and Russian too', () => {
    expect(label('Es una mejora respecto al déficit previsto de 18 millones que anticipamos.', 'es')).toBe(
      'déficit previsto',
    );
    expect(label("C'est une amélioration par rapport au déficit prévu de 18 millions.", 'fr')).toBe(
      'déficit prévu',
    );
    expect(label('Компания получила чистый убыток в размере 3 млрд рублей.', 'ru')).toBe('чистый убыток');
  });
  it('leaves "of" that takes no measure to the other rules', () => {
    // "one of", "each of", "most of": no head noun
    expect(label('One of 20 households in the state has no running water.')).not.toMatch(/^one/iu);
    expect(label('We lost 13 American heroes in the attack.')).toBe('in the attack');
  });
});

describe('a judgement is no label', () => {
  it('a sum the speaker calls staggering counts nothing of its own: no card', () => {
    expect(label('That is a staggering sum of $5,400 million a year.')).toBe('');
    expect(label('Our bill for imported oil is $5,400 million a year, a staggering sum.')).not.toMatch(
      /staggering/u,
    );
    expect(label('They are saving 33 million households an average of $150 a year.', 'en')).not.toMatch(
      /average/u,
    );
  });
  it('keeps the counted noun without its judgement', () => {
    expect(
      label('For 15 consecutive years, we have seen a troubling decline in freedom around the globe.'),
    ).toBe('decline in freedom');
    // "a significant savings" alone is a judgement, no label
    expect(label('It is lowering costs by as much as $3,000 per pair—a significant savings.')).toBe('');
  });
});

describe('goals and targets are never shown as facts', () => {
  it('carries the goal and its verb, or has no label: never one stitched round the figure with "…" (Carter, 1977)', () => {
    expect(labels('Our goal is to insulate 90 percent of American homes by 1985.')).toEqual([
      ['90 percent', ''],
    ]);
    expect(
      labels(
        'These are the goals we set: to reduce gasoline consumption by 10 percent; to insulate 90 percent of American homes and all new buildings.',
      ),
    ).toEqual([
      ['10 percent', 'to reduce gasoline consumption'],
      ['90 percent', ''],
    ]);
    // an infinitive alone is said as the infinitive: "goal" is a word JFK never said ("some $200
    // million — goal: invest"); money keeps what it is put in
    expect(
      labels(
        'NASA expects to double its staff; to invest some $200 million in plant and laboratory facilities; and to grow.',
      ),
    ).toEqual([['some $200 million', '']]);
    // a target level would need "to …" on the card, which reads as a sentence cut off: no card
    expect(label('We must reduce our imports to 6 million barrels a day.')).toBe('');
    expect(label('Our target is to vaccinate 70 percent of the world.')).toBe('');
    expect(label('We plan to invest $1.5 billion each year.')).toBe('plan to invest');
    // a label never opens on "of" for a goal
    expect(label('Our goal is to insulate 90 percent of American homes.')).not.toMatch(/^of\s/u);
  });
  it('a goal with no verb has no card; a fact and a forecast keep their labels', () => {
    expect(label('I have set a goal of 1 million new homes.')).toBe('');
    expect(label('We have insulated 90 percent of American homes.')).toBe('of American homes');
    // "will" foretells more often than it promises: the projection keeps its year instead
    expect(label('We will spend more than $550 billion for imported oil by 1985.')).toBe(
      'for imported oil by 1985',
    );
  });
});

describe('a pair counted together keeps its pair', () => {
  it('"tanks and other armored vehicles" is one thing counted', () => {
    expect(
      labels(
        'More than 50 nations have committed nearly 2,000 tanks and other armored vehicles; more than 800 artillery systems.',
      ).slice(1),
    ).toEqual([
      ['nearly 2,000', 'tanks and other armored vehicles'],
      // was "other armored vehicles", borrowed from the figure before; its own noun labels it
      ['more than 800', 'artillery systems'],
    ]);
  });
});

describe('a possibility and a change are said as such', () => {
  it('"could" stays on the card, and a verb joined on by "and" labels nothing (Brainard)', () => {
    // was "expand opportunities" on both figures
    expect(
      labels(
        'The Federal Trade Commission has launched a rulemaking to ban non-compete agreements, which could increase wages by nearly $300 billion per year and expand opportunities for about 30 million Americans, if finalized as proposed.',
      ),
    ).toEqual([
      ['nearly $300 billion per year', 'could increase wages'],
      // (without "for …" the card would say the Americans expand; with it, a cut-off sentence)
      ['about 30 million Americans', ''],
    ]);
  });
  it('a figure a thing has changed by is not its size', () => {
    // was "two thirds — share of global semiconductors"
    expect(
      label(
        'But, the share of global semiconductors produced by the United States has fallen by two thirds since the 1990s.',
      ),
    ).toBe('fall in share of global semiconductors');
    expect(
      label(
        'And real manufacturing construction spending has increased by nearly 100 percent since the end of 2021.',
      ),
    ).toBe('increase in real manufacturing construction spending');
  });
  it('"U.S. dollars" is part of the money', () => {
    // was "about 2 billion U — .S. dollars"
    expect(labels('A new package of defense support — about 2 billion U.S. dollars.')[0]?.[0]).toBe(
      'about 2 billion U.S. dollars',
    );
  });
  it('the thing given or saved heads the label, not those it goes to (LBJ 1964)', () => {
    // was "taxpayers in fiscal": the $4 billion are the savings, not the taxpayers
    expect(label('The plan will produce savings to the taxpayers of over $4 billion.')).toBe(
      'savings to the taxpayers',
    );
    expect(label('The tariff means a cost to American consumers of $3 billion.')).toBe(
      'cost to American consumers',
    );
    // (not for a noun that is not given: "the governors of 50 states" are no "letters")
    expect(label('He sent letters to the governors of 50 states.')).not.toMatch(/^letters/u);
  });
});

describe('a change measured over something said after it (of-head.ts)', () => {
  it('is labelled by the change and what it is over (Reagan 1981: "$50 billion" had none)', () => {
    const found = (s: string) => findFigures(s, 'en').map((f) => [f.value, f.label]);
    expect(found('This represents a dramatic jump of $50 billion over the previous debt ceiling.')).toEqual([
      ['$50 billion', 'jump over the previous debt ceiling'],
    ]);
    expect(found('A cut of $3 billion on the defense budget.')).toEqual([
      ['$3 billion', 'cut on the defense budget'],
    ]);
    // over a time it is a period, which says not what changed: no label, no card
    expect(found('There was a rise of 12 percent over the last decade in our prices.')).toEqual([
      ['12 percent', ''],
    ]);
    expect(found('It was an increase of 5 percent over the previous year.')).toEqual([['5 percent', '']]);
  });
});
