import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

const labels = (text: string, lang = 'en') => findFigures(text, lang, 20).map((f) => [f.value, f.label]);

describe('a change "from X to Y" is one figure, or each end at its own time, or none (change.ts)', () => {
  it('joins "с X до Y", "del X al Y", "从X减少到Y": the start is never labelled as the change', () => {
    // was "30 процентов — Уровень бедности снизился": the 30 read as what poverty fell to
    expect(labels('Уровень бедности снизился с 30 процентов до 12 процентов.', 'ru')).toEqual([
      ['с 30 процентов до 12 процентов', 'Уровень бедности снизился'],
    ]);
    // was "40 por ciento — pobreza bajó"
    expect(labels('La pobreza bajó del 40 por ciento al 20 por ciento.', 'es')).toEqual([
      ['del 40 por ciento al 20 por ciento', 'pobreza bajó'],
    ]);
    // was "9899万 — 减少到" and "551万 — 减少到": "reduced to" said of the number it was reduced from
    expect(labels('贫困人口从9899万减少到551万。', 'zh')).toEqual([['从9899万减少到551万', '贫困人口']]);
    expect(labels('城镇化率从30%提高到65%。', 'zh')).toEqual([['从30%提高到65%', '城镇化率']]);
  });
  it('a pair with a year at each end: read to its last year, or each end labelled with its year', () => {
    expect(labels('Federal spending fell from $66 billion in 1976 to $40 billion in 1979.')).toEqual([
      ['from $66 billion in 1976 to $40 billion in 1979', 'Federal spending'],
    ]);
    // Carter 1978: both ends had no label ("— in fiscal year" before that); the sentence names the deficit
    expect(
      labels(
        "We've brought the deficit down by one-third since I ran for President—from more than $66 billion in fiscal year 1976 to about $40 billion in fiscal year 1979—a reduction of more than $25 billion in the Federal deficit in just 3 years.",
      ).slice(0, 2),
    ).toEqual([
      ['more than $66 billion', 'deficit, in fiscal year 1976'],
      ['about $40 billion', 'deficit, in fiscal year 1979'],
    ]);
    expect(
      labels('Число многодетных семей выросло с 1,5 миллиона в 2018 году до 2 миллионов в 2022 году.', 'ru'),
    ).toEqual([
      ['1,5 миллиона', 'Число многодетных семей, в 2018 году'],
      ['2 миллионов', 'Число многодетных семей, в 2022 году'],
    ]);
  });
  it('a pair of years is a span of time, never a figure card', () => {
    expect(labels('From 1990 to 2010, the number of students in our schools doubled.')).toEqual([]);
    expect(
      labels('С 2018 по 2022 год число многодетных семей в России выросло на 26,8 процента.', 'ru'),
    ).toEqual([['26,8 процента', 'число многодетных семей в России: рост']]);
    expect(labels('从1990年到2010年，学生人数翻了一番。', 'zh')).toEqual([]);
  });
  it('too long: each end at its year when both have one, else neither end is a figure', () => {
    // (the thing changed, without its verb, at each end's year: "deuda pasó" → "deuda, en 2010")
    expect(
      labels('La deuda pasó de 300 millones de euros en 2010 a 500 millones de euros en 2020.', 'es'),
    ).toEqual([
      ['300 millones de euros', 'deuda, en 2010'],
      ['500 millones de euros', 'deuda, en 2020'],
    ]);
    expect(labels('国内生产总值从2012年的54万亿元增长到2022年的121万亿元。', 'zh')).toEqual([]);
  });
  it('never pairs figures of two sentences, or two clauses with no "from" (Putin 2024: 42 … 13,5 млн)', () => {
    const found = labels(
      'В 2000 году за чертой бедности в России находилось более 42 миллионов человек. По итогам прошлого года количество людей за чертой бедности снизилось до 13,5 миллиона человек.',
      'ru',
    );
    expect(found.map(([v]) => v)).toEqual(['более 42 миллионов человек', '13,5 миллиона человек']);
    expect(
      labels(
        'We had 42 million people in poverty in 2000, and by last year it had fallen to 13 million people.',
      ).map(([v]) => v),
    ).not.toContain('from');
  });
});
