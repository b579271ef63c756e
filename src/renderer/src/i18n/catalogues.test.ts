import { describe, expect, it } from 'vitest';
import { CATALOGUES, pickUiLanguage } from './index';

/** Every key of a catalogue, as dotted paths. */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** The {{placeholders}} of a message. */
function placeholders(catalogue: object, key: string): string[] {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
  return [...String(value).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort();
}

describe('interface catalogues', () => {
  const reference = keys(CATALOGUES.en).sort();

  it.each(Object.keys(CATALOGUES))('%s has exactly the English keys, each a non-empty message', (tag) => {
    const catalogue = CATALOGUES[tag as keyof typeof CATALOGUES];
    expect(keys(catalogue).sort()).toEqual(reference);
    for (const key of reference) {
      expect(placeholders(catalogue, key), `${tag}: ${key}`).toEqual(placeholders(CATALOGUES.en, key));
    }
  });

  it('picks the closest catalogue for the preferred languages, else English', () => {
    expect(pickUiLanguage(['en-GB'])).toBe('en');
    expect(pickUiLanguage(['xx', 'en'])).toBe('en');
    expect(pickUiLanguage([])).toBe('en');
  });
});
