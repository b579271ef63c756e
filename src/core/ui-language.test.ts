import { describe, expect, it } from 'vitest';
import { pickUiLanguage, uiDirection, uiLanguageOf, UI_LANGUAGES } from './ui-language';

describe('interface language', () => {
  it.each([
    [['zh-CN', 'en-US'], 'zh'],
    [['de-DE', 'ru-RU'], 'ru'],
    [['ar_EG'], 'ar'],
    [['pt-BR', 'xx'], 'en'],
    [[], 'en'],
    [['ES-mx'], 'es'],
  ])('%j → %s', (preferred, lang) => {
    expect(pickUiLanguage(preferred)).toBe(lang);
  });

  it('knows only the languages it has words for, and mirrors Arabic alone', () => {
    expect(uiLanguageOf('fr-CA')).toBe('fr');
    expect(uiLanguageOf('he')).toBeNull();
    expect(uiLanguageOf('')).toBeNull();
    expect(UI_LANGUAGES.filter((l) => uiDirection(l) === 'rtl')).toEqual(['ar']);
  });
});
