/**
 * A life in milestones is a series of cards (issue #10: Obama's Pinckney eulogy, "He was in the
 * pulpit by 13, pastor by 18, public servant by 23.", showed no figure).
 */
import { describe, expect, it } from 'vitest';
import { milestones } from './milestones';
import { figuresBlock } from '../body';

const cards = (s: string) => milestones(s, 'en-US').map((m) => `${m.value} — ${m.label}`);

describe('milestones (milestones.ts)', () => {
  it.each([
    [
      'He was in the pulpit by 13, pastor by 18, public servant by 23.  He did not exhibit any of it.',
      ['13 — age in the pulpit', '18 — age as pastor', '23 — age as public servant'],
    ],
    [
      'She was captain by 30, admiral by 45, and minister by 60.',
      ['30 — age as captain', '45 — age as admiral', '60 — age as minister'],
    ],
    // two are no series; a series must rise; what changed is no milestone
    ['He was pastor by 18, public servant by 23.', []],
    ['He was pastor by 23, deacon by 18, elder by 30.', []],
    ['Sales rose by 13, fell by 18, rose by 23.', []],
    ['We met at 10, at 11 and at 12.', []],
    // a refrain of fragments said again later is no new series
    ['Preacher by 13.  Pastor by 18.  Public servant by 23.', []],
  ])('%s', (text, expected) => {
    expect(cards(text)).toEqual(expected);
  });

  // (an age says it is one: "13 — in the pulpit" read as thirteen pulpits, render19)
  it("is the slide's figures, each milestone labelled as the age it is", () => {
    const b = figuresBlock(
      [{ text: 'He was in the pulpit by 13, pastor by 18, public servant by 23.' }],
      'en-US',
    );
    expect(b?.type === 'figures' ? b.items.map((f) => [f.value, f.label]) : []).toEqual([
      ['13', 'age in the pulpit'],
      ['18', 'age as pastor'],
      ['23', 'age as public servant'],
    ]);
  });
});
