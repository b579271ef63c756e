import { describe, expect, it } from 'vitest';
import { euTitleProblem } from './title-eu';
import { isTitle } from './titles';

describe('French, German and Italian titles are headlines, not phrases cut from a clause (title-eu.ts)', () => {
  it.each([
    // judge13's fragment titles
    ['fr', 'Ces parcours', 'points back to what was named before'],
    ['fr', 'Le second discours', 'points back to what was named before'],
    ['fr', 'D’un cap', 'opens on a preposition'],
    ['fr', 'Tabac augmente', 'ends on a verb'],
    ['fr', 'Préféré l’esprit d’ouverture', 'a clause cut across its verb'],
    ['fr', 'Recourir simplement', 'a verb and its object, no headline'],
    ['fr', 'Mais la France doit avancer', 'opens on a conjunction'],
    ['fr', 'Devrait-elle aller', 'opens on a verb'],
    ['fr', 'Tranchera rapidement', 'opens on a verb'],
    ['fr', 'Loi concerneront', 'ends on a verb'],
    ['fr', 'Portant Emmanuel Macron', 'a verb and its object, no headline'],
    ['fr', 'Vit porte', 'opens on a verb'],
    ['it', 'Debbono conquiste', 'opens on a verb'],
    ['it', 'Qualsiasi nostalgia', 'points back to what was named before'],
    ['it', "Vent'anni l'Italia", 'a clause cut across its verb'],
    ['it', 'Considerarsi meritorio', 'opens on a verb'],
    ['de', 'Deutschen Welle', 'an adjective inflected for an article it lost'],
    ['de', 'Demokratie braucht', 'ends on a verb'],
    ['de', 'Zur Zukunft', 'opens on a preposition'],
    // headlines stand
    ['fr', 'Pôle d’excellence française', null],
    ['fr', 'Places de prison', null],
    ['fr', 'La réforme de la justice', null],
    ['fr', 'Seconde série', null],
    ['it', 'Nessuna nostalgia del fascismo', null],
    ['it', 'Riforma del Regolamento', null],
    ['de', 'Deutsche Welle', null],
    ['de', 'Freie Presse', null],
    ['de', 'Europäische Union', null],
    ['en', 'Ces parcours', null],
  ])('%s: %s → %s', (lang, title, why) => {
    expect(euTitleProblem(title, lang)).toBe(why);
  });
  it('is asked by isTitle', () => {
    expect(isTitle('Deutschen Welle', 'de')).toBe(false);
    expect(isTitle('Deutsche Welle', 'de')).toBe(true);
  });
});
