import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { isLabel } from './label';

const labels = (text: string, lang = 'en') => findFigures(text, lang, 20).map((f) => [f.value, f.label]);

describe('a label that says nothing is none, and a bare plural of a number word is no figure (empty-label.ts)', () => {
  it('a hedge, an evaluation, a verb of proposing, a particle are no label (Putin 2024)', () => {
    for (const l of [
      'где-то в районе',
      'хороший показатель',
      'предлагаю повысить',
      'хотя бы',
      'somewhere around',
    ])
      expect(isLabel(l, l.match(/\p{Script=Cyrillic}/u) ? 'ru' : 'en'), l).toBe(false);
    expect(isLabel('уровень бедности', 'ru')).toBe(true);
    expect(
      labels(
        'Это потребует дополнительных денег – где-то в районе 100 миллиардов рублей, но они предусмотрены.',
        'ru',
      ),
    ).not.toContainEqual(['100 миллиардов рублей', 'где-то в районе']);
    expect(
      labels(
        'Размер дохода, на который распространяется вычет, также предлагаю повысить с 350 до 450 тысяч рублей.',
        'ru',
      ).map((l) => l[1]),
    ).not.toContain('предлагаю повысить');
  });
  it('"миллионы", "millions", "thousands" alone are no figure', () => {
    expect(
      labels(
        'Наш выбор разделяет большинство людей в мире, в том числе миллионы граждан западных стран.',
        'ru',
      ),
    ).toEqual([]);
    expect(labels('Millions of families and thousands of schools were hit.')).toEqual([]);
    expect(
      labels(
        'Ещё важнее, что миллионы российских семей улучшили свои жилищные условия, в том числе более 900 тысяч – с помощью семейной ипотеки.',
        'ru',
      ).map((l) => l[0]),
    ).toEqual(['более 900 тысяч']);
  });
  it('a verb of what "we" will do is no label (Putin 2024: was "75 миллиардов рублей — направим таким регионам")', () => {
    expect(
      labels(
        'До конца 2030 года направим таким регионам не менее 75 миллиардов рублей, чтобы они могли нарастить свои программы.',
        'ru',
      ).map((l) => l[1]),
    ).toEqual(['']);
    for (const l of ['выделим регионам', 'сохраним выплату', 'увеличим финансирование'])
      expect(isLabel(l, 'ru'), l).toBe(false);
    // (an adjective's or a possessive's -им is no verb)
    for (const l of ['высоким доходом семьи', 'последним данным Росстата'])
      expect(isLabel(l, 'ru'), l).toBe(true);
  });
  it('hedges, evaluations and verbs of proposing in Spanish, French, German, Arabic and Chinese', () => {
    for (const [l, lang] of [
      ['alrededor de', 'es'],
      ['un buen dato', 'es'],
      ['propongo aumentar', 'es'],
      ['environ', 'fr'],
      ['un bon résultat', 'fr'],
      ['souhaitons porter', 'fr'],
      ['mindestens', 'de'],
      ['ein gutes Ergebnis', 'de'],
      ['schlagen vor', 'de'],
      ['على الأقل', 'ar'],
      ['نتيجة جيدة', 'ar'],
      ['大约', 'zh'],
      ['很好', 'zh'],
    ])
      expect(isLabel(l!, lang), l).toBe(false);
    expect(isLabel('tasa de paro', 'es')).toBe(true);
    expect(isLabel('taux de chômage', 'fr')).toBe(true);
  });
  it('bare plurals of number words are no figure in any language', () => {
    expect(labels('Des milliers de familles ont été touchées.', 'fr')).toEqual([]);
    expect(labels('Millionen Menschen haben ihre Arbeit verloren.', 'de')).toEqual([]);
  });
});
