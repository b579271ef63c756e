/**
 * The key line of a slide with nothing striking (issue 10, lists27): of sentences that say as many
 * of the slide's key phrases, the one that stands on its own (no opening connective that joins it
 * to the sentence before) and is memorable (antithesis, repetition, a rule of three) wins; the
 * earlier still wins between equals. A short line whose matter is what was said before ("We can
 * make that commitment here tonight.") is one test, for the key line and the last point.
 *
 * Sources: judge26's en-clinton-rfk-memorial-mass-1993 (6 Jun 1993); Obama 2009 (judge24 F3).
 */
import { describe, expect, it } from 'vitest';
import { keyLine, pointsAtShell } from './body';

const RFK = [
  'When he was alive, some said he was ruthless.',
  "Some said he wasn't a real liberal, and others claimed he was a real radical.",
  'If he were here today, I think he would laugh and say they were both right.',
];

describe('keyLine: a memorable line that stands on its own', () => {
  it('Clinton 1993: the antithesis over the sentence said first', () => {
    expect(keyLine(RFK, 'Real radical', 'en')).toBe(RFK[1]);
  });
});

describe('pointsAtShell: one test for the key line and the last point (compose.ts lastPoint)', () => {
  it.each([
    ['We can make that commitment here tonight.', true],
    ['That plan is working.', true],
    ['We can make a commitment to every child in America tonight.', false],
  ])('%s', (line, shell) => {
    expect(pointsAtShell(line)).toBe(shell);
  });
});
