import { describe, expect, it } from 'vitest';
import { sentenceFigures } from '.';
import { isObliged } from './scope';

/** The span of `number` in `sentence`. */
const at = (sentence: string, number: string) => {
  const start = sentence.indexOf(number);
  return { start, end: start + number.length };
};

describe('a figure said of what one must have or be (scope.ts isObliged)', () => {
  // Biden on trade with China, 2024 (White House transcript, public domain)
  const biden =
    'If you want to do business in China, you got to have a 51 percent Chinese owner, you got to provide access to all your intellectual property, et cetera.';
  it('is no card: a requirement is not a count of what is ("51 percent — Chinese owner" was shown)', () => {
    expect(sentenceFigures(biden, 'en').map((f) => [f.value, f.label])).toEqual([['51 percent', '']]);
    expect(sentenceFigures('Companies must have a 51 percent Chinese owner.', 'en')[0]?.label).toBe('');
  });
  it.each([
    ['en', 'Every firm is required to have a 30 percent local partner.', '30 percent', true],
    ['en', 'You need to be at least 21 years old.', '21', true],
    ['fr', 'Chaque entreprise doit avoir un actionnaire chinois à 51 %.', '51 %', true],
    ['fr', 'Il faut détenir 51 % du capital.', '51 %', true],
    ['de', 'Jede Firma muss einen Anteil von 51 Prozent haben.', '51 Prozent', true],
    ['it', 'Ogni impresa deve avere un socio cinese al 51 per cento.', '51 per cento', true],
    ['es', 'Hay que tener un socio chino del 51 por ciento.', '51 por ciento', true],
    // a duty to do keeps its verb (goal.ts); a fact, a past duty or a duty elsewhere is no duty
    ['en', 'We must cut emissions by 50 percent.', '50 percent', false],
    ['en', 'They have 51 percent of the shares.', '51 percent', false],
    ['en', 'We had to have 51 percent of the shares.', '51 percent', false],
    ['en', 'We have to remember that 500 workers lost their jobs.', '500', false],
    ['en', 'You must have seen it, and 51 percent of the voters did.', '51 percent', false],
    ['de', 'Wir müssen handeln, denn 533 Journalisten sind in Haft.', '533', false],
    ['de', 'Die Firma hat einen Anteil von 51 Prozent.', '51 Prozent', false],
    ['fr', 'Il doit avoir vu que 80 000 décès sont dus au tabac.', '80 000', false],
  ])('%s: %s → %s', (lang, sentence, number, obliged) => {
    expect(isObliged(sentence, at(sentence, number), lang)).toBe(obliged);
  });
  it('leaves the goal label of a duty to do as it was', () => {
    expect(sentenceFigures('We must cut emissions by 50 percent.', 'en')[0]?.label).toBe(
      'must cut emissions',
    );
  });
});
