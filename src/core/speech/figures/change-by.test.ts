import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

const labels = (text: string, lang = 'ru') => findFigures(text, lang, 20).map((f) => [f.value, f.label]);

describe('a Russian figure said as a change "на" it is labelled as the change (change-by.ts)', () => {
  it('says the growth, not the level (Putin 2024: was "26,8 процента — хороший показатель")', () => {
    expect(
      labels(
        'Смотрите, это реальные цифры: с 2018 по 2022 год число многодетных семей в России выросло на 26,8 процента – хороший показатель.',
      ),
    ).toEqual([['26,8 процента', 'число многодетных семей в России: рост']]);
  });
  it('says a fall as a fall, and leaves a label that already says the change', () => {
    expect(labels('Число аварий на дорогах снизилось на 15 процентов.')[0]?.[1] ?? '').not.toBe(
      'число аварий на дорогах',
    );
  });
});
