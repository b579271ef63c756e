import { describe, expect, it } from 'vitest';
import { leansBack } from './striking';
import { usableSentences } from './connective';

// A body must stand alone without the sentence before (judge23 F3).
describe('a line that leans on the sentence before is no body', () => {
  const cases: Array<[string, string, string, boolean]> = [
    // Johnson, Howard University commencement 1965 (judge22)
    ['a conclusion drawn from before', 'Thus, American justice is a very special thing.', 'en', true],
    [
      'a reason given for it',
      'For, from the first, this has been a land of towering expectations.',
      'en',
      true,
    ],
    [
      '…not "For" opening a phrase of its own',
      'For the first time in history, all were to share the harvest.',
      'en',
      false,
    ],
    // Juan Carlos I, Mensaje de Navidad 2008 (judge22)
    [
      'Spanish "Son ellos quienes"',
      'Son ellos quienes más apoyo necesitan para abrirse un digno futuro laboral y profesional.',
      'es',
      true,
    ],
    // Felipe VI, Mensaje de Navidad 2020 (judge23)
    ['Spanish "Es lo que"', 'Es lo que todos queremos.', 'es', true],
    ['a Spanish statement of its own', 'Contamos con la Unión Europea y con sus instrumentos.', 'es', false],
  ];
  it.each(cases)('%s', (_, line, _lang, want) => {
    expect(leansBack(line)).toBe(want);
  });

  it('a run of opinion frames before a pronoun still leans back (Johnson 1965)', () => {
    const line = 'And I hope, and I pray, and I believe, it will be a part of the program of all America.';
    expect(usableSentences([line], 'en')).toEqual([]);
    expect(usableSentences(['And I believe the program of all America will succeed.'], 'en')).toHaveLength(1);
  });
});
