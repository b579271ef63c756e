import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { isHypothetical } from './scope';
import { figuresBlock } from '../body';

const labels = (text: string, lang = 'en') => findFigures(text, lang, 20).map((f) => [f.value, f.label]);

// JFK at Rice, 1962 (designer review 7): the speech's most figure-dense paragraphs were empty
// slides, or showed a minor figure without the headline one
describe('a figure-dense paragraph labels each of its figures from its own words', () => {
  const rocket =
    'But if I were to say, my fellow citizens, that we shall send to the moon, 240,000 miles away from the control station in Houston, a giant rocket more than 300 feet tall, the length of this football field, and then return it safely to earth, reentering the atmosphere at speeds of over 25,000 miles per hour, then we must be bold.';
  it('a condition on the speaker’s own saying frames a statement, not a hypothesis', () => {
    const at = rocket.indexOf('240,000');
    expect(isHypothetical(rocket, { start: at, end: at + 13 }, 'en')).toBe(false);
    expect(labels(rocket)).toEqual([
      ['240,000 miles', 'away from the control station'],
      ['more than 300 feet', 'giant rocket'],
      ['over 25,000 miles per hour', 'reentering the atmosphere'],
    ]);
    // a real condition still has no card
    const s = 'If we were to send 300 rockets, the budget would break.';
    expect(isHypothetical(s, { start: s.indexOf('300'), end: s.indexOf('300') + 11 }, 'en')).toBe(true);
    const t = 'If I say that, you would send 300 rockets there.';
    expect(isHypothetical(t, { start: t.indexOf('300'), end: t.indexOf('300') + 11 }, 'en')).toBe(true);
  });
  it('a distance said away from a place is labelled by that place', () => {
    expect(labels('The ship is now 2,000 miles away from the coast of Chile.')).toEqual([
      ['2,000 miles', 'away from the coast'],
    ]);
  });
  it('the noun phrase a long clause ends on after its preposition labels the money', () => {
    // "over $1 billion — from this Center": where, not what
    expect(
      labels(
        'NASA expects to hire; and to direct or contract for new space efforts over $1 billion from this Center in this City.',
      ),
    ).toEqual([['over $1 billion', 'new space efforts']]);
    // a tail with a function or number word is no noun phrase (Ford: "foreign energy supplies from three")
    expect(
      labels(
        'These proposals and actions, cumulatively, can reduce our dependence on foreign energy supplies from three to five million barrels per day by 1985.',
      ).map(([, l]) => l),
    ).not.toContain('foreign energy supplies from three by 1985');
  });
  it('a figure said of "that <noun>" takes the name the paragraph gave it', () => {
    expect(
      labels(
        'This year’s space budget is three times what it was in January 1961. That budget now stands at $5,400 million a year—a staggering sum.',
      ),
    ).toEqual([
      // (the multiple, said with its base, is a figure of its own: times.ts)
      ['three times what it was in January 1961', 'space budget'],
      ['$5,400 million a year', 'space budget'],
    ]);
    // never named so before: no label, no card
    expect(labels('We spent a lot. That budget now stands at $5,400 million a year.')).toEqual([
      ['$5,400 million a year', ''],
    ]);
  });
});

describe('a slide that cannot show all its figures shows the headline one', () => {
  it('a figure stated as what its subject is wins over minor ones said before it', () => {
    const text =
      'The city spent $10 million in road repairs, $20 million in school lunches, $30 million in bridge repairs and $40 million in park upkeep. This year’s city budget is larger than ever. That budget now stands at $5,400 million a year.';
    const block = figuresBlock([{ text }], 'en');
    const shown = block?.type === 'figures' ? block.items.map((f) => f.value) : [];
    // the headline is shown, the last minor amount gives way, the cards keep the speech's order
    expect(shown).toEqual(['$10 million', '$20 million', '$30 million', '$5,400 million a year']);
    expect(findFigures(text, 'en', 20).find((f) => f.stated)?.value).toBe('$5,400 million a year');
  });
});

// President Biden's remarks on tariffs, 14 May 2024 (judge13): unkept promises shown as facts
describe('a figure said of a promise is no card', () => {
  const cards = (text: string) => {
    const block = figuresBlock([{ text }], 'en');
    return block?.type === 'figures' ? block.items.map((f) => `${f.value} — ${f.label}`) : [];
  };
  it('"supposed to", "promising", "pledged" before it in the same clause', () => {
    expect(
      cards('They were supposed to buy $200 billion more in American goods. Instead, imports barely budged.'),
    ).toEqual([]);
    expect(
      cards(
        'My predecessor showed up carrying a golden shovel, promising, thanks to his new $10 billion, manufacturing complex would be built in Racine.',
      ),
    ).toEqual([]);
    const at = (s: string, n: string) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length });
    const pledged = 'The company pledged 3,000 new jobs in the county.';
    expect(isHypothetical(pledged, at(pledged, '3,000'), 'en')).toBe(true);
    // a clause after the promise, past a semicolon, states what happened
    const kept = 'They promised a plant; we built it and hired 3,000 workers.';
    expect(isHypothetical(kept, at(kept, '3,000'), 'en')).toBe(false);
    expect(cards('China imports from America rose by $40 billion in a year, to $190 billion.')).not.toEqual(
      [],
    );
    // Obama at Cairo, 2009: "promise" the noun is no promise of the figure
    expect(
      cards(
        'The dream of opportunity has not come true for everyone in America, but its promise exists for all who come to our shores, and that includes nearly 7 million American Muslims in our country today.',
      ),
    ).not.toEqual([]);
    // Obama at Cairo, 2009: "promise" the noun is no promise of the figure
    expect(
      cards(
        'The dream of opportunity has not come true for everyone in America, but its promise exists for all who come to our shores, and that includes nearly 7 million American Muslims in our country today.',
      ),
    ).not.toEqual([]);
  });
});
