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

describe('Japanese hedges, people and rates (judge17)', () => {
  it('keeps 約 with its number, and labels "people" by what the clause says of them', () => {
    // was "一万人 — 方々": the hedge lost, the label only the counted noun again
    expect(
      figures(
        '発災から三十四日が経過をしたところでございますが、いまだに約一万人の方々が避難所での生活を余儀なくされ、そしてまた、自動車の中での時間を送っておられるわけでございます。',
        'ja',
      ),
    ).toEqual([['約一万人', '避難所での生活']]);
  });
  it.each([
    ['条約', '日米安全保障条約十万円'],
    ['契約', '契約十万円の支払い'],
  ])('"%s" is no hedge', (_word, text) => {
    expect(figures(text, 'ja').every(([v]) => !/約/u.test(v!))).toBe(true);
  });
  it.each([
    ['の方々が', ''],
    ['の方々が、', ''],
  ])('"people" with nothing said of them is no label: %j', (after, label) => {
    expect(japaneseLabel(after)).toBe(label);
  });
  it('reads percentages in Han numerals whole, with nominal/real, and the next raise as next', () => {
    expect(
      figures(
        'その結果、この三年間の結果どうなったかといえば、名目で六・四％の成長でありまして、実質で二・五％でありますから、我々の経済政策は功を奏している、こう思っているわけでございます。',
        'ja',
      ),
    ).toEqual([
      ['名目で六・四％', '成長'],
      ['実質で二・五％', '成長'],
    ]);
    expect(figures('考え方のもとに、三％の引き上げを行いました。', 'ja')).toEqual([
      ['三％', '引き上げを行いました'],
    ]);
    expect(figures('次の二％の引き上げにつきましては、予定どおり行っていく考えであります。', 'ja')).toEqual([
      ['二％', '次の引き上げ'],
    ]);
  });
  it('never shows one half of a pair of rates, nor "thing" as a label', () => {
    // "名目二％、そして実質一・七％の成長": the noun is the pair's; "一・七％ — 成長" alone reads as the whole
    expect(
      figures('年率でいえば名目二％、そして実質一・七％の成長でございました。', 'ja').filter(([, l]) => l),
    ).toEqual([]);
    expect(
      figures('名目は〇・七％ということは、どういうことかというと。', 'ja').filter(([, l]) => l),
    ).toEqual([]);
    // never "四％" of "六・四％", nor "七％" of "一・七％"
    for (const [v] of figures('名目六・四％ですよ。実質一・七％の成長でございました。', 'ja'))
      expect(v).not.toMatch(/^[四七]％/u);
  });
});
