import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { japaneseLabel } from './label-ja';

const figures = (text: string, lang: string) => findFigures(text, lang, 20).map((f) => [f.value, f.label]);

describe('Han numerals that count, and those that do not (judge13)', () => {
  it.each([
    // Abe at Hiroshima: was "ともいわれる貴い命が失わ" (a hedge for a start, a verb cut in two); then missed
    ['ともいわれる貴い命が失われました', '貴い命が失われました'],
    ['といわれる人々が集まった', '人々が集まった'],
    ['人の参列者の皆様が、心を一つにして祈りを捧げてきた', '人の参列者'],
    ['に', ''],
  ])('a Japanese label after the number %j → %j', (after, label) => {
    expect(japaneseLabel(after)).toBe(label);
  });
  it('finds "十数万" with its clause as the label', () => {
    expect(
      figures('今から７４年前の今日、原子爆弾により、十数万ともいわれる貴い命が失われました。', 'ja'),
    ).toContainEqual(['十数万', '貴い命が失われました']);
  });
  it('never reads a piece of a longer numeral: "数十万" is no "十万"', () => {
    expect(figures('数十万ともいわれる貴い命が失われました。', 'ja')).toEqual([]);
    expect(figures('数十万人的城市。', 'zh')).toEqual([]);
  });
  it.each([
    // Wen Yiduo: "countless" said as a number is no count: was "千百万个 — 李公朴站起来！", "千百万 — 人民！"
    ['你们杀死一个李公朴，会有千百万个李公朴站起来！', 'zh'],
    ['你们将失去千百万的人民！', 'zh'],
    ['千千万万的人民站起来了。', 'zh'],
    ['成千上万的青年来了。', 'zh'],
    ['亿万人民的心愿。', 'zh'],
  ])('hyperbole is no figure: %s', (text, lang) => {
    expect(figures(text, lang)).toEqual([]);
  });
  it('a value holds no classifier, a label no end punctuation', () => {
    const found = figures('全国已有三十万个村庄通了电！', 'zh');
    for (const [value, label] of found) {
      expect(value).not.toMatch(/[个名家]$/u);
      expect(label).not.toMatch(/[！!。？?]$/u);
    }
    expect(found.map(([v]) => v)).toEqual(['三十万']);
  });
});
