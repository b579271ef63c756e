import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { readFileSync } from 'node:fs';
import { buildDeck } from '.';
import { boldHead } from './bold-heads';

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;

describe('an author’s section head set in bold instead of a heading (issue 10, judge18)', () => {
  it.each([
    // Lael Brainard, remarks at the Economic Club of New York, 2023-07-12 (whitehouse.gov, corpus)
    ['**The Outlook**', 'The Outlook', 'The Outlook'],
    ['**Smart Public Investment**', 'Smart Public Investment', 'Smart Public Investment'],
    ['**Conclusion**', 'Conclusion', 'Conclusion'],
    [
      '**Investing in Workers and Communities**',
      'Investing in Workers and Communities',
      'Investing in Workers and Communities',
    ],
    // a printed head of 14 words in title case opens a section; too long to title its slide
    [
      '**Growing the Economy from the Middle Out and Bottom Up—Not the Top\nDown**',
      'Growing the Economy from the Middle Out and Bottom Up—Not the Top Down',
      undefined,
    ],
    ['**Why this matters:**', 'Why this matters', 'Why this matters'],
    // an outline's numbers (Brian Deese, City Club of Cleveland, 2022-10-13, whitehouse.gov; judge26):
    // the heads were read as speech, timed in the notes, and the slides took key phrases as titles
    ['**I. Introduction**', 'I. Introduction', 'Introduction'],
    [
      '**III. The Imperative for an Industrial Strategy**',
      'III. The Imperative for an Industrial Strategy',
      'The Imperative for an Industrial Strategy',
    ],
    [
      '**A. Deploying New Tools and Fresh Approaches**',
      'A. Deploying New Tools and Fresh Approaches',
      'Deploying New Tools and Fresh Approaches',
    ],
    ['**2. Why this matters**', '2. Why this matters', 'Why this matters'],
  ])('%s is a head', (md, head, title) => {
    expect(boldHead(para(md))).toEqual({ head, ...(title ? { title } : {}) });
  });

  it.each([
    // a bold sentence of emphasis: it ends on a stop, or shares its paragraph with prose
    '**We choose to go to the Moon.**', // John F. Kennedy, Rice University, 1962-09-12
    '**This is the most important point.** Resilience is not a project with an end date.',
    // Frederick Douglass, Rochester, 1852-07-05: a question with its commas is a sentence
    '**What, to the American slave, is your 4th of July?**',
    // a structure line in bold stays a structure line
    '**Thank you.**',
    '**Ladies and gentlemen,**',
    '**10:01 A.M. EDT**',
    '**New York, New York**',
    // a long bold line not in title case is a sentence without its stop
    '**the administration has already forged agreements to harmonize these clean energy incentives with partners**',
    // bold words inside a paragraph of prose
    'His agenda has **three pillars**: investment, workers and competition.',
  ])('%s is no head', (md) => expect(boldHead(para(md))).toBeNull());

  it('parts the Brainard speech at its bold heads, each titling the slide it opens; the notes keep every head', () => {
    const file = 'tests/fixtures/speeches/corpus/en-brainard-economic-club.md';
    const deck = buildDeck(readFileSync(file, 'utf8'), { fileName: 'en-brainard-economic-club.md' });
    for (const head of [
      'The Outlook',
      'Smart Public Investment',
      'Investing in Workers and Communities',
      'Conclusion',
    ]) {
      const slide = deck.slides.find((s) => s.notes.startsWith(head));
      expect(slide?.title).toBe(head);
      // the head is the title, never a line of the screen again
      expect(slide?.screenText.split('\n').slice(1)).not.toContain(head);
    }
    // the closing section is its own slide: the figure of the paragraph before it stays there
    const closing = deck.slides.find((s) => s.title === 'Conclusion');
    expect(closing?.screenText).not.toContain('10.5 million');
    expect(closing?.notes).toMatch(/^Conclusion\n\nIn the weeks and months ahead/u);
  });
});
