/**
 * Enumerations and parallel series (review 8, class E): an announced count titles its list, an
 * item keeps the place or thing it is about and never ends inside a phrase, and a series of
 * sentences ending alike (epistrophe) or opening alike after a colon is a list.
 */
import { describe, expect, it } from 'vitest';
import { itemText } from './items';
import { announcedCount } from './list-count';
import { listRuns, type ListUnit } from './lists';
import { sentencesOf } from './segment';

const units = (paras: string[][]): ListUnit[] =>
  paras.flatMap((p, para) => p.map((text) => ({ text, para })));

describe('list items are whole phrases (LBJ 1964, Obama 2015, Carter 1978: public domain)', () => {
  it('keeps the place an item is about, and never ends on an open phrase', () => {
    expect(
      itemText(
        'First, we have been patiently continuing our efforts to resume relations with our neighbors in Panama, and to reconsider with them all issues.',
        'en',
      ),
    ).toBe('We have been patiently continuing our efforts to resume relations with our neighbors in Panama');
    expect(
      itemText(
        'Third, in response to my request, I have received assurances from the new and friendly leaders of Viet-Nam that they are proceeding immediately to step up the pace of military operations.',
        'en',
      ),
    ).toBe('I have received assurances from the new and friendly leaders of Viet-Nam');
    expect(
      itemText(
        'We will set specific standards for both wages and prices throughout the economy, in every industry and in every firm of the land.',
        'en',
      ),
    ).not.toMatch(/wages$/u);
  });

  it('is not cut before "so many" nor after one word past a comma', () => {
    const permit =
      'Perhaps this tragedy causes us to ask some tough questions about how we can permit so many of our children to languish in poverty, or attend dilapidated schools.';
    expect(itemText(permit, 'en')).not.toMatch(/permit$/u);
    const tens =
      'Perhaps it softens hearts towards those lost young men, tens and tens of thousands caught up in the criminal justice system and leads us to make sure.';
    expect(itemText(tens, 'en')).toBe('Perhaps it softens hearts towards those lost young men');
  });
});

describe('an announced count titles its enumeration', () => {
  it('names what is counted when the count matches the items', () => {
    const lead =
      "This past week the United States has demonstrated anew in at least eight different situations this Nation's determination to insure both peace and freedom.";
    expect(announcedCount([lead], 8, 'en')).toBe('Eight situations');
    expect(
      announcedCount(
        ['We are now completing development, for example, on three new and highly advanced weapons systems.'],
        3,
        'en',
      ),
    ).toBe('Three weapons systems');
    expect(announcedCount(['We have three new weapons systems.'], 4, 'en')).toBeUndefined();
  });

  it('reads a lower-case ordinal after a full stop as a new sentence', () => {
    expect(
      sentencesOf('You can take great pride in it. first, the first of these is the Redeye.', 'en'),
    ).toHaveLength(2);
  });
});

describe('parallel sentences are a list', () => {
  it('finds a roll call ending alike, its names the items', () => {
    const names = ['Clementa Pinckney', 'Cynthia Hurd', 'Susie Jackson', 'Ethel Lance'];
    const runs = listRuns(
      units([
        ['Amazing grace.'],
        ...names.map((n) => [`${n} found that grace.`]),
        ['Through the example of their lives, they passed it on.'],
      ]),
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ start: 1, end: 5, closing: 'found that grace' });
  });

  it('finds sentences opening on two function words when set out, or short and said in one paragraph', () => {
    const plan = [
      'We will cut the budget deficit.',
      'We will restrain Federal pay.',
      'We will delay further tax cuts.',
    ];
    const colon = listRuns(
      units([['To summarize the plan I’m announcing tonight:'], ...plan.map((p) => [p])]),
    );
    expect(colon[0]).toMatchObject({ kind: 'anaphora', start: 1, end: 4, lead: 0 });
    // (short sentences in one paragraph are said in one breath: a list too; long ones are not,
    // list-patterns20.test.ts)
    expect(listRuns(units([['This is the plan.', ...plan, 'It will work.']]))).toMatchObject([
      { kind: 'anaphora', start: 1, end: 4 },
    ]);
  });
});
