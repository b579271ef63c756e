import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/temp';
import { readSpeechTexts } from './translations';

describe('translations beside a speech, for the follow page', () => {
  it('each carries the direction of its own language, whatever the speech is written in', async () => {
    const dir = tempDir('translations-dir');
    writeFileSync(join(dir, 'talk.md'), '# Water\n\nGood morning, friends.\n\nThank you.\n');
    writeFileSync(join(dir, 'talk.ar.md'), '# الماء\n\nصباح الخير أيها الأصدقاء.\n\nشكرًا لكم.\n');
    writeFileSync(join(dir, 'talk.zh.md'), '# 水\n\n朋友们，早上好。\n\n谢谢。\n');
    const { speech, translations } = await readSpeechTexts(join(dir, 'talk.md'));
    expect(speech).toHaveLength(2);
    expect(translations.map(({ lang, dir: d, problem }) => ({ lang, dir: d, problem }))).toEqual([
      { lang: 'ar', dir: 'rtl', problem: null },
      { lang: 'zh', dir: 'ltr', problem: null },
    ]);
  });
});
