import { describe, expect, it } from 'vitest';
import { COUNTED_ITEM, listBlock, signpostBlock } from './body';
import { saidNumbering } from './enumeration';
import { listRuns, type ListRun } from './lists';
import { announceRuns } from './list-count';
import { itemText } from './items';
import { clauseAnaphora } from './clause-list';

// judge33: a numbered list shows the numbers its speaker said. Source: Lyndon B. Johnson, State of
// the Union, 8 January 1964 (the American Presidency Project), the "at least 10 different ways".

const LBJ = [
  'First, we must maintain—and our reduced defense budget will maintain—that margin of military safety and superiority obtained through three years of steadily increasing both the quality and the quantity of our strategic, our conventional, and our antiguerilla forces.',
  'Second, we must take new steps—and we shall make new proposals at Geneva—toward the control and the eventual abolition of arms.',
  'Third, we must make increased use of our food as an instrument of peace—making it available by sale or trade or loan or donation—to hungry people in all nations which tell us of their needs and accept proper conditions of distribution.',
  'Fourth, we must assure our pre-eminence in the peaceful exploration of outer space, focusing on an expedition to the moon in this decade—in cooperation with other powers if possible, alone if necessary.',
  'Fifth, we must expand world trade.',
  'Sixth, we must continue, through such measures as the interest equalization tax, as well as the cooperation of other nations, our recent progress toward balancing our international accounts.',
];

const numbers = (block: ReturnType<typeof listBlock>) =>
  block?.type === 'list' ? (block.ordered ? block.items.map((_, k) => (block.start ?? 1) + k) : []) : null;

describe('a numbered list shows the places its speaker said (judge33, en-lbj s26/s27)', () => {
  it('the items said so far, their first ones left out, count on from the speaker\'s "Fourth", never from 1', () => {
    // (the sections of a speech that counted them, "at least 10 different ways": plan.ts itemsCounted)
    const recap = signpostBlock(LBJ, 2, 'en', true, COUNTED_ITEM);
    expect(recap?.type).toBe('list');
    const shown = numbers(recap)!;
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.at(-1)).toBe(6);
    expect(shown[0]).toBeGreaterThan(1);
  });

  it('"Fourth … Sixth" on a slide of their own show 4. 5. 6.', () => {
    const run: ListRun = { kind: 'enumeration', start: 0, end: 3, items: [0, 1, 2], ordered: true };
    expect(numbers(listBlock(run, LBJ.slice(3), 2, 'en'))).toEqual([4, 5, 6]);
  });

  it('places that skip ("First … Third") show no numbers rather than "1. 2."', () => {
    expect(saidNumbering([LBJ[0]!, LBJ[2]!], 1)).toBeNull();
    expect(saidNumbering([LBJ[3]!, LBJ[4]!], 1)).toBe(4);
    // unsaid places count on from the items before
    expect(saidNumbering(['We must expand world trade.', 'We must build more libraries.'], 3)).toBe(3);
  });
});

// Source: John F. Kennedy, Commencement Address at American University, 10 June 1963 (JFK Library).
const KENNEDY = [
  'I am taking this opportunity, therefore, to announce two important decisions in this regard.',
  'First: Chairman Khrushchev, Prime Minister Macmillan, and I have agreed that highlevel discussions will shortly begin in Moscow looking toward early agreement on a comprehensive test ban treaty.',
  'Second: To make clear our good faith and solemn convictions on the matter, I now declare that the United States does not propose to conduct nuclear tests in the atmosphere so long as other states do not do so.',
  'Finally, my fellow Americans, let us examine our attitude toward peace and freedom here at home.',
];

describe('a "Finally" after the two things announced is not a third (judge33, en-kennedy s25)', () => {
  it('"…to announce two important decisions… / First: … / Second: … / Finally, my fellow Americans, …": two items', () => {
    const texts = KENNEDY;
    const units = texts.map((text, para) => ({ text, para }));
    const runs = listRuns(units, 'en');
    announceRuns(runs, texts, 'en');
    const run = runs.find((r) => r.kind === 'enumeration');
    expect(run?.items).toEqual([1, 2]);
  });
});

describe('an item is whole: the phrase between "We must," and its verb is left out (judge33, en-lbj s13/s14)', () => {
  it('"We must, by including…, improve…" is "We must improve…", never the phrase alone', () => {
    expect(
      itemText(
        'We must, by including special school aid funds as part of our education program, improve the quality of teaching, training, and counseling in our hardest hit areas.',
        'en',
      ),
    ).toBe('We must improve the quality of teaching, training, and counseling in our hardest hit areas');
  });
  it('"We must, as a part of a revised housing and urban renewal program, give more help…" is never cut mid-phrase', () => {
    expect(
      itemText(
        'We must, as a part of a revised housing and urban renewal program, give more help to those displaced by slum clearance, provide more housing for our poor and our elderly, and seek as our ultimate goal in our free enterprise system a decent home for every American family.',
        'en',
      ),
    ).toBe('We must give more help to those displaced by slum clearance');
  });
});

describe('a series keeps its last member though one item leaves out the repeated head (judge33, en-twain s03)', () => {
  // Mark Twain, "The Weather", New England Society's seventy-first annual dinner, 22 December 1876
  const TWAIN =
    'And as to quantity well, after he had picked out and discarded all that was blemished in any way, he not only had weather enough, but weather to spare; weather to hire out; weather to sell; to deposit; weather to invest; weather to give to the poor.';
  it('"…weather to sell; to deposit; weather to invest; weather to give to the poor" goes on to the poor', () => {
    const items = clauseAnaphora(TWAIN, 'en');
    expect(items?.at(-1)).toBe('Weather to give to the poor');
    expect(items).toContain('To deposit');
  });
});
