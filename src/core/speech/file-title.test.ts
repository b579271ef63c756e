import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { fallbackTitle, isLatinScript, spokenFileTitle } from './file-title';

describe('a deck title from the file name, when the speech names none', () => {
  it('spells the words as the speech does: its hyphen, its accents', () => {
    const carter = 'I want to have a frank talk with you tonight. Our anti-inflation program is tough.';
    expect(spokenFileTitle('en-carter-anti-inflation-1978.txt', carter)).toBe('Carter Anti-Inflation');
    expect(
      spokenFileTitle(
        'fr-blum-declaration-ministerielle.txt',
        'Voici la déclaration ministérielle du Gouvernement.',
      ),
    ).toBe('Blum Déclaration Ministérielle');
  });

  it('never shows a year the speech does not say', () => {
    expect(spokenFileTitle('en-state-of-union-2024-draft.txt', 'We meet tonight.')).toBe(
      'State of Union Draft',
    );
    const deck = buildDeck('I want to have a frank talk with you tonight about inflation.', {
      fileName: 'en-carter-anti-inflation-1978.txt',
    });
    expect(deck.meta.date).toBeUndefined();
    expect(deck.slides[0]!.screenText).not.toContain('1978');
  });

  it('is never a Latin file name over a speech in another script: the speech’s topic in its language', () => {
    const putin =
      'Главное предназначение семьи – это рождение детей, продолжение рода человеческого, воспитание детей. Рождение детей – это счастье. Мы поддержим рождение детей и многодетные семьи.';
    expect(isLatinScript(putin)).toBe(false);
    expect(spokenFileTitle('ru-putin-poslanie-2024-semya.txt', putin)).toBeNull();
    const title = fallbackTitle('ru-putin-poslanie-2024-semya.txt', putin, 'ru');
    expect(title).toMatch(/^\p{Script=Cyrillic}/u);
    expect(title).not.toMatch(/\d/u);
    const deck = buildDeck(putin, { fileName: 'ru-putin-poslanie-2024-semya.txt' });
    expect(deck.meta.title).toMatch(/^\p{Script=Cyrillic}/u);
  });

  it('invents no speaker for an excerpt without a speaker line', () => {
    const deck = buildDeck('Главное предназначение семьи – это рождение детей. Мы выбираем жизнь.', {
      fileName: 'ru-putin-poslanie-2024-semya.txt',
    });
    expect(deck.meta.speaker).toBeUndefined();
    expect(deck.slides[0]!.screenText).not.toMatch(/Putin|Путин/u);
  });
});
