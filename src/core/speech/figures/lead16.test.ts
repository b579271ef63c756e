import { describe, expect, it } from 'vitest';
import type { Block } from '../../deck';
import { figureSlideTitle } from '../figure-title';
import { findFigures } from './index';

const figs = (text: string) => findFigures(text, 'en', 20).map((f) => `${f.value} — ${f.label}`);

describe('lead figures a designer would card keep a label from their sentence (judge15, issue 10)', () => {
  it.each([
    // a count of kinds is whole with what they are kinds of (qualify.ts); other counts are not
    [
      'Australia teams recently mapped 949 cancer cell lines across 40 types of cancers.',
      ['949 — cancer cell lines', '40 types — of cancers'],
    ],
    ['The board has 12 members of Congress.', []],
    ['Nearly sixteen millions of hands.', []],
    // where a share goes, said by its verb, stays on a goal's label (en-counted.ts)
    [
      'The initiative aims to ensure 40% of the benefits of specific federal programs flow to disadvantaged communities.',
      ['40% — aims to ensure … benefits … flow to disadvantaged communities'],
    ],
    [
      'About 30 percent of the new money goes to rural hospitals.',
      // (nothing is left out between the whole and where it goes: no "…", judge18 "flow … flow to")
      ['About 30 percent — new money goes to rural hospitals'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figs(sentence).filter((f) => !f.endsWith(' — '))).toEqual(expected);
  });
});

describe('a slide of two cards from one sentence keeps the title its clause says (figure-title.ts)', () => {
  const cards = (notes: string, items: Array<[string, string]>): Block => ({
    type: 'figures',
    items: items.map(([value, label]) => {
      const at = notes.indexOf(value);
      return { value, label, span: { start: at, end: at + value.length } };
    }),
  });
  it.each([
    [
      'And as I saw when I visited Australia in 2016, Australians and Americans are driving cutting-edge research to end cancer as we know it — and we will — research that has only grown with Australia teams recently mapping 949 cancer cell lines across 40 types of cancers.',
      [
        ['949', 'cancer cell lines'],
        ['40 types', 'of cancers'],
      ] as Array<[string, string]>,
      'Cancer cell lines',
    ],
  ])('%s', (notes, items, title) => {
    expect(figureSlideTitle('Ode Remembrance promise', notes, cards(notes, items), 'en', new Set())).toBe(
      title,
    );
  });

  it('never titles a slide with where its figure comes from', () => {
    const notes =
      'We went to the National Institutes of Hygiene to deliver 1 million vaccines from the United States to the people of Vietnam, on top of the 5 million that we’ve already shared.';
    const t = figureSlideTitle(
      'Prime Minister',
      notes,
      cards(notes, [
        ['1 million vaccines', 'from the United States'],
        ['5 million', 'vaccines … that we’ve already shared'],
      ]),
      'en',
      new Set(),
    );
    expect(t).not.toMatch(/^from\s/iu);
  });
});

describe('a number said without its noun counts the noun of the one before (elided.ts)', () => {
  it.each([
    [
      'We delivered 1 million vaccines from the United States to the people of Vietnam, on top of the 5 million that we’ve already shared.',
      ['1 million vaccines — from the United States', '5 million — vaccines … that we’ve already shared'],
    ],
    // no clause says which ones: no label; another scale is another thing
    [
      'We delivered 1 million vaccines, on top of the 5 million before.',
      ['1 million vaccines — ', '5 million — '],
    ],
    [
      'We gave 2 billion doses, and the 5 million that we sent last year.',
      ['2 billion doses — ', '5 million — '],
    ],
  ])('%s', (sentence, expected) => {
    expect(findFigures(sentence, 'en', 20).map((f) => `${f.value} — ${f.label}`)).toEqual(expected);
  });
});

describe('a length said as a thing’s term is labelled by the thing and its purpose (term.ts)', () => {
  it.each([
    [
      'During this trip, we were able to sign a lease for 99 years to establish the United States Embassy here in Hanoi.',
      ['99 years — lease … to establish the United States Embassy'],
    ],
    [
      'We signed a contract for 10 years to build a new bridge.',
      ['10 years — contract … to build a new bridge'],
    ],
    // a thing alone, or no purpose with its object, says not what the length is
    ['We signed a lease for 99 years.', ['99 years — ']],
    ['I have had a home for 30 years to come back to.', ['30 years — ']],
  ])('%s', (sentence, expected) => {
    expect(findFigures(sentence, 'en', 20).map((f) => `${f.value} — ${f.label}`)).toEqual(expected);
  });
});
