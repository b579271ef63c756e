import { describe, expect, it } from 'vitest';
import { isPlainHead, plainHeadTitle } from './plain-heads';
import { sectionsAtHeads } from './editor-heads';
import { readPlain } from './plain';
import type { SpokenPara } from './model';

const para = (text: string): SpokenPara => ({ text, inlines: [], pos: { line: 1, column: 1 } });
const PROSE_A =
  'We will keep building on this progress, and I want to walk through the steps we have taken and the steps that are still ahead of us.';
const PROSE_B =
  'While job opportunities are much brighter, and many things have gotten more affordable in recent months, housing costs remain too high for too many families across the country.';
const around = (line: string) => [para(PROSE_A), para(line), para(PROSE_B)];

describe('a printed section head in a plain speech', () => {
  it.each([
    'Increasing the Availability of Housing Americans Can Afford',
    'Promoting a Fair and Affordable Rental Market',
    'Ensuring Americans Could Afford to Remain in Their Housing During a Global Pandemic',
    'Closing',
  ])('reads "%s" between prose as a head', (line) => {
    expect(isPlainHead(around(line), 1)).toBe(true);
  });
  it.each([
    ['a sentence with its stop', 'We Will Build More Homes.'],
    ['a sentence in sentence case', 'we will build more homes for working families'],
    ['a place line', 'East Room'],
    ['a name line', 'Lael Brainard'],
    ['a time', '10:01 A.M. EDT'],
    ['a salutation', 'Ladies and Gentlemen'],
    ['a word that is no marker of place', 'Housing'],
    ['a line with a number', 'The 2024 Housing Agenda'],
  ])('does not read %s as a head', (_, line) => {
    expect(isPlainHead(around(line), 1)).toBe(false);
  });
  it('needs prose below it and a finished sentence above it', () => {
    const head = 'Promoting a Fair and Affordable Rental Market';
    expect(isPlainHead([para('And so we go on'), para(head), para(PROSE_B)], 1)).toBe(false);
    expect(isPlainHead([para(PROSE_A), para(head), para('Thank you.')], 1)).toBe(false);
  });
});

describe('the title a long head gives its section', () => {
  it.each([
    ['Promoting a Fair and Affordable Rental Market', 'Promoting a Fair and Affordable Rental Market'],
    [
      'Addressing Barriers to Homeownership and Helping First Time Homebuyers',
      'Addressing Barriers to Homeownership',
    ],
    [
      'Increasing the Availability of Affordable Housing for Working Families Across America',
      'Affordable Housing for Working Families Across America',
    ],
  ])('"%s" → "%s"', (head, title) => {
    expect(plainHeadTitle(head)).toBe(title);
  });
  it('never cuts a head to end on its verb, and gives none when nothing fits', () => {
    expect(
      plainHeadTitle('Ensuring Americans Could Afford to Remain in Their Housing During a Global Pandemic'),
    ).toBeNull();
  });
});

describe('heads part the body into sections, kept in the notes and off screen', () => {
  it('opens a section at each head, titled by it', () => {
    const body = [para(PROSE_A), para('Promoting a Fair and Affordable Rental Market'), para(PROSE_B)];
    const sections = sectionsAtHeads(body);
    expect(sections).toHaveLength(2);
    expect(sections[1]!.title).toBe('Promoting a Fair and Affordable Rental Market');
    expect(sections[1]!.paras[0]!.spokenOnly).toBe(true);
    expect(sections.flatMap((s) => s.paras.map((p) => p.text))).toEqual(body.map((p) => p.text));
  });
  it('reads a hard-wrapped speech’s heads (Brainard, housing, 2023)', () => {
    const text = [
      'Good morning. It is great to be here today with all of you.',
      PROSE_A,
      'Increasing the Availability of Housing Americans Can Afford',
      PROSE_B,
      'We have taken many steps.',
      'Closing',
      'In closing, we must do more at all levels of government and with partners across the housing landscape to lower housing costs. Congress should act.',
    ].join('\n\n');
    const titles = readPlain(text, 'housing.txt').sections.map((s) => s.title ?? '');
    expect(titles).toContain('Increasing the Availability of Housing Americans Can Afford');
    expect(titles).not.toContain('Closing');
  });
});
