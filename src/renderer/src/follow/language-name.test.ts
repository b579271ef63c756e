import { describe, expect, it } from 'vitest';
import { languageName } from './language-name';

describe('languageName', () => {
  it('names a translation’s language in the reader’s interface language', () => {
    expect(languageName('zh', 'en')).toBe('Chinese');
    expect(languageName('zh', 'zh')).toBe('中文');
    expect(languageName('pt-BR', 'fr')).toMatch(/^portugais/);
  });

  it('falls back to the tag itself when it is not a language tag', () => {
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
  });
});
