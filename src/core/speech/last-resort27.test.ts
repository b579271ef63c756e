/**
 * The last resort of a slide with no list, figure or striking line (issue 10, lists27): key
 * phrases are shown only when they say the point together (parallel, each said twice, or a
 * series the speaker said); a slide of rhetorical questions shows its question whole, never a
 * question's head cut at a comma, a mush of its nouns or a line that points back at what is off
 * screen.
 *
 * Sources: corpus en-biden-unga-2021 (White House, 21 Sep 2021), en-douglass-fourth-of-july
 * (5 Jul 1852).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { blocksText } from '../deck';
import { phraseBlock } from './body';
import { commaHead, lastResortLine } from './last-line';

const BIDEN_RIGHTS = [
  'Will we affirm and uphold the human dignity and human rights under which nations in common cause, more than seven decades ago, formed this institution?',
  'Will we apply and strengthen the core tenets of inter- — of the international system, including the U.N. Charter and the Universal Declaration of Human Rights, as we seek to shape the emergence of new technologies and deter new threats?',
  'Or will we allow these universal — those universal principles to be trampled and twisted in the pursuit of naked political power?',
];
const BIDEN_CLIMATE = [
  'Will we work together to save lives, defeat COVID-19 everywhere, and take the necessary steps to prepare ourselves for the next pandemic?',
  'For there will be another one.',
  'Or will we fail to harness the tools at our disposal as the more virulent and dangerous variants take hold?',
];
const DOUGLASS =
  'What have I, or those I represent, to do with your national independence? Are the great principles of political freedom and of natural justice, embodied in that Declaration of Independence, extended to us? and am I, therefore, called upon to bring our humble offering to the national altar, and to confess the benefits, and express devout gratitude for the blessings, resulting from your independence to us?';

describe('key phrases that say no point together are no last resort (body.ts phraseBlock)', () => {
  it('Biden, UNGA 2021: "Human dignity · Core tenets · Universal principles · Political power"', () => {
    expect(phraseBlock(BIDEN_RIGHTS, 'Human rights', [], 'en')).toBeNull();
    // …but still rather than the title alone, when nothing else of the slide's can be shown
    expect(phraseBlock(BIDEN_RIGHTS, 'Human rights', [], 'en', 3, true)?.type).toBe('list');
  });
});

describe('a question is never cut to its head (last-line.ts commaHead)', () => {
  it('Biden, UNGA 2021', () => {
    expect(commaHead(BIDEN_RIGHTS[0]!, 'en')).toBeNull();
  });
});

describe('a slide of questions shows its question whole (last-line.ts lastResortLine, asking)', () => {
  it('Biden, UNGA 2021: a question, not "For there will be another one."', () => {
    const line = lastResortLine(BIDEN_CLIMATE, 'Next pandemic', 40, 'en', false, true);
    expect(line).toMatch(/^Will we .*\?$/u);
    // (without `asking`, no question is a line at all)
    expect(lastResortLine(BIDEN_RIGHTS, 'Human rights', 40, 'en')).toBeNull();
  });

  it('Douglass 1852, in the corpus deck: the question, not a list of its nouns', () => {
    const file = 'tests/fixtures/speeches/corpus/en-douglass-fourth-of-july.txt';
    const deck = buildDeck(readFileSync(file, 'utf8'), { fileName: 'en-douglass-fourth-of-july.txt' });
    const slide = deck.slides.find((s) => s.notes.trim() === DOUGLASS);
    expect(slide).toBeDefined();
    const shown = blocksText(slide!.blocks);
    expect(slide!.blocks.some((b) => b.type === 'list')).toBe(false);
    expect(shown).toMatch(/\?$/u);
    expect(DOUGLASS).toContain(shown.trim());
  });
});
