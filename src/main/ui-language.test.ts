import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../tests/helpers/temp';
import { afterAll, describe, expect, it } from 'vitest';
import { effectiveUiLanguage, loadUiLanguageChoice, mainText, saveUiLanguageChoice } from './ui-language';

const dir = tempDir('ui-lang');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the desktop app’s interface language', () => {
  it('follows the system until the speaker chooses, and remembers the choice', async () => {
    expect(loadUiLanguageChoice(dir)).toBeNull();
    expect(effectiveUiLanguage(null, ['ru-RU', 'en-US'])).toBe('ru');
    expect(effectiveUiLanguage(null, ['ja-JP'])).toBe('en');
    await saveUiLanguageChoice(dir, 'ar');
    expect(loadUiLanguageChoice(dir)).toBe('ar');
    expect(effectiveUiLanguage(loadUiLanguageChoice(dir), ['ru-RU'])).toBe('ar');
    await saveUiLanguageChoice(dir, null);
    expect(JSON.parse(readFileSync(join(dir, 'ui-language.json'), 'utf8'))).toEqual({ lang: null });
    expect(loadUiLanguageChoice(dir)).toBeNull();
  });

  it('reads a damaged or foreign file as no choice', () => {
    writeFileSync(join(dir, 'ui-language.json'), '{"lang": "klingon"}');
    expect(loadUiLanguageChoice(dir)).toBeNull();
    writeFileSync(join(dir, 'ui-language.json'), 'not json');
    expect(loadUiLanguageChoice(dir)).toBeNull();
  });

  it('speaks its menu and dialogs in each language', () => {
    expect(mainText('fr').menu.language).toBe('Langue');
    expect(mainText('ar').presenter.confirm.rehearseAccept).toBe('ابدأ التدريب');
  });
});
