/**
 * judge23 A5/A2: a headline figure dropped because its counted noun sits in its value and nothing
 * after it labels it. What befell a subject figure (its predicate) or the record a length dates is
 * its label; a label that would be a verb alone, or a plan's record, leaves no card (as before).
 * Sentences from real speeches (judge23/judge22 SOURCES.md, corpus SOURCES.md), named above each row.
 */
import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';

describe('a subject figure is labelled by what befell it (subject-predicate.ts)', () => {
  it.each([
    // John F. Kennedy, American University commencement, 1963 (judge23: dropped, the next figure shown)
    ['At least 20 million lost their lives.', ['At least 20 million — lost their lives']],
    // Kamala Harris, toast for President Yoon, 2023 (judge23: only the Korean dead were carded)
    [
      'More than 36,000 American servicemembers paid the ultimate sacrifice for this noble cause, as did 137,000 soldiers from your country.',
      [
        'More than 36,000 American servicemembers — paid the ultimate sacrifice',
        '137,000 soldiers — from your country',
      ],
    ],
    // Joe Biden, Australia state dinner toast, 2023 (corpus): a passive keeps its first phrase
    [
      'During World War Two, more than 150,000 American troops were based in Australia to fight in the Pacific Theater.',
      ['more than 150,000 American troops — were based in Australia'],
    ],
  ])('%s', (text, expected) => {
    expect(cards(text, 'en')).toEqual(expected);
  });

  it.each([
    // Barack Obama, Cairo, 2009 (corpus): a passive verb alone ("were killed") is no label
    'Six million Jews were killed, more than the entire Jewish population of Israel today.',
    // a bare number says nothing of what it counts ("1,000 — lost their lives": of what?)
    'And 1,000 lost their jobs.',
    // the figure is no subject: "as did 137,000 soldiers" keeps its own label, nothing is made up
    'We hired 12,000 teachers last year.',
  ])('no predicate label: %s', (text) => {
    expect(cards(text, 'en').filter((c) => /lives|killed|jobs|hired/u.test(c))).toEqual([]);
  });
});

describe('a length that dates a record is labelled by the record (subject-predicate.ts recordLength)', () => {
  it('Brainard 2024: the unemployment record is carded beside the growth it was said with', () => {
    // Lael Brainard, "Assessing Progress on the US Economy", 2024 (judge23 A2: "2.9 percent — growth
    // in real GDP per year" stood alone under the title "Lowest average unemployment")
    expect(
      cards(
        'Instead, inflation has come back down close to its level just before the pandemic, while we have maintained the lowest average unemployment of any administration in over 50 years, and real GDP has grown by 2.9 percent per year on average.',
        'en',
      ),
    ).toEqual([
      'over 50 years — lowest average unemployment of any administration',
      '2.9 percent — growth in real GDP per year',
    ]);
  });

  it('Podesta 2024 (corpus): a record the other side proposes is no fact, and no card', () => {
    expect(
      cards('But they’re proposing the lowest funding level for the EPA in over 25 years…', 'en'),
    ).toEqual([]);
  });
});

describe('an Arabic verb-first clause after "إذ" labels the figure it ends on (label.ts LEAD_VERB)', () => {
  it("Guterres, World Environment Day 2018 (judge23 A5: the message's one statistic was body text)", () => {
    // "as more than 8 million tonnes of it reach the oceans every year"
    expect(cards('إذ يصل منها إلى المحيطات كل عام أكثر من 8 ملايين طن.', 'ar')).toEqual([
      'أكثر من 8 ملايين طن — المحيطات كل عام',
    ]);
  });
});
