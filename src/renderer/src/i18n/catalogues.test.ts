import { describe, expect, it } from 'vitest';
import {
  catalogueFor,
  createI18n as createI18nWithCatalogue,
  loadCatalogue,
  pickUiLanguage,
  uiDirection,
  UI_LANGUAGES,
} from './index';
import { CATALOGUES, createBundledI18n as createI18n } from './catalogues';

/** Every key of a catalogue, as dotted paths. */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Keys with i18next's plural suffixes folded into one ("x_one", "x_other" → "x"). */
function messages(catalogue: object): string[] {
  return [...new Set(keys(catalogue).map((key) => key.replace(PLURAL, '')))].sort();
}

function message(catalogue: object, key: string): string {
  return String(
    key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue),
  );
}

/** The {{placeholders}} of a message. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!))].sort();
}

describe('interface catalogues', () => {
  const reference = messages(CATALOGUES.en);
  const pluralKeys = new Set(
    keys(CATALOGUES.en)
      .filter((key) => PLURAL.test(key))
      .map((key) => key.replace(PLURAL, '')),
  );

  it('carries English, Chinese, Russian, Spanish, French and Arabic', () => {
    expect([...UI_LANGUAGES].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  it.each(UI_LANGUAGES)('%s has every English message, with its placeholders, and no other', (tag) => {
    const catalogue = CATALOGUES[tag];
    expect(messages(catalogue)).toEqual(reference);
    const english = keys(CATALOGUES.en);
    for (const key of keys(catalogue)) {
      const text = message(catalogue, key);
      expect(text.trim(), `${tag}: ${key} is empty`).not.toBe('');
      // a plural form may leave out the count ("one slide"), never add a placeholder English lacks
      const base = key.replace(PLURAL, '');
      const en = english.includes(key) ? key : english.find((k) => k.replace(PLURAL, '') === base)!;
      const expected = placeholders(message(CATALOGUES.en, en));
      if (pluralKeys.has(base))
        expect(expected, `${tag}: ${key}`).toEqual(expect.arrayContaining(placeholders(text)));
      else expect(placeholders(text), `${tag}: ${key}`).toEqual(expected);
    }
  });

  it.each(UI_LANGUAGES)('%s has every plural form its grammar needs (Intl.PluralRules)', (tag) => {
    const needed = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    const present = keys(CATALOGUES[tag]);
    for (const base of pluralKeys)
      for (const form of needed) expect(present, `${tag}: ${base}_${form}`).toContain(`${base}_${form}`);
  });

  it('picks the closest catalogue for the preferred languages, else English', () => {
    expect(pickUiLanguage(['en-GB'])).toBe('en');
    expect(pickUiLanguage(['xx', 'en'])).toBe('en');
    expect(pickUiLanguage([])).toBe('en');
    expect(pickUiLanguage(['zh-CN', 'en'])).toBe('zh');
    expect(pickUiLanguage(['de-DE', 'ru-RU'])).toBe('ru');
    expect(pickUiLanguage(['ar_EG'])).toBe('ar');
    expect(catalogueFor('fr-CA')).toBe('fr');
    expect(catalogueFor('he')).toBeUndefined();
  });

  it('mirrors Arabic only, and chooses plural forms by language', () => {
    expect(UI_LANGUAGES.filter((l) => uiDirection(l) === 'rtl')).toEqual(['ar']);
    const ru = createI18n('ru');
    expect(ru.t('delegate.matches', { count: 1 })).toBe('1 совпадение');
    expect(ru.t('delegate.matches', { count: 3 })).toBe('3 совпадения');
    expect(ru.t('delegate.matches', { count: 5 })).toBe('5 совпадений');
    expect(ru.t('delegate.matches', { count: 21 })).toBe('21 совпадение');
    expect(createI18n('zh').t('pace.rehearse')).toBe('排练');
  });
});

describe('a page loads its own catalogue only', () => {
  it('each language loads the same messages as the bundled catalogue, and no other', async () => {
    for (const tag of UI_LANGUAGES) {
      const loaded = await loadCatalogue(tag);
      expect(loaded).toEqual(CATALOGUES[tag]);
      const { t } = createI18nWithCatalogue(tag, loaded);
      expect(t('pace.rehearse')).toBe(message(CATALOGUES[tag], 'pace.rehearse'));
      // nothing of another language is in the instance: a key it lacks comes back as the key
      expect(t('no.such.key')).toBe('no.such.key');
    }
  });
});
