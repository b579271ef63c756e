import { describe, expect, it } from 'vitest';
import { bareMarker, enumerationMarker } from './enumeration';

// Zelensky, evening address of 17 Apr 2022 (president.gov.ua, CC BY 4.0; judge24): four paragraphs
// open "Перше." … "Четверте."; the first slide was titled with the bare ordinal "Перше" ("First")
describe('Ukrainian ordinals mark points as Russian ones do (judge24)', () => {
  it.each([
    ['Перше.', 'Перше'],
    ['Друге.', 'Друге'],
    ['Третє.', 'Третє'],
    ['Четверте.', 'Четверте'],
  ])('%s is a sentence that is only a marker', (sentence, marker) => {
    expect(bareMarker(sentence)).toBe(marker);
  });
  it('opens a point inside a sentence, and a word that only starts like one is none', () => {
    expect(enumerationMarker('По-перше, ми відновимо енергетику.')?.kind).toBe('opener');
    expect(enumerationMarker('По-друге, ми допоможемо переселенцям.')?.kind).toBe('middle');
    expect(enumerationMarker('І нарешті, дякую всім, хто допомагає.')?.kind).toBe('last');
    expect(enumerationMarker('Першого дня змагань українці здобули «золото».')).toBeNull();
  });
});
