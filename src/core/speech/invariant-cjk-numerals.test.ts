/**
 * The worst bug: a number on screen the speech did not say. Digits are checked by the corpus test;
 * numbers written in Han characters are checked here: every numeral run on a slide's screen (title,
 * quote, list, figure value and label) is a whole numeral run of that slide's own notes, never a
 * piece of one ("百万的人民" cut from "千百万的人民" shows "a million" for "countless millions").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../deck';
import { buildDeck } from './index';
import { cjkNumeralRuns, cutsCjkNumeral, splitsCjkNumeral } from './cjk-numerals';
import { corpusFiles, expectations, loadCorpus } from '../../../tests/helpers/corpus';

/** Numeral runs shown on a slide that are no whole run of the speech at that place. */
function cutNumerals(deck: Deck, speech: string): string[] {
  const bad: string[] = [];
  const speechRuns = new Set(cjkNumeralRuns(speech));
  for (const s of deck.slides) {
    // the title slide's title is the deck's, taken from anywhere in the speech
    const said = new Set(s.layout === 'title' ? speechRuns : cjkNumeralRuns(s.notes));
    for (const run of cjkNumeralRuns(s.screenText))
      if (!said.has(run)) bad.push(`${run} in "${s.screenText}"`);
  }
  return bad;
}

describe('cjk numerals: the rule', () => {
  it.each([
    ['百万的人民', '你们将失去千百万的人民！', true],
    ['千百万的人民', '你们将失去千百万的人民！', false],
    ['数万ともいわれる', '十数万ともいわれる貴い命', true],
    ['五百人', '两千五百人参加', true],
    ['两千', '两千五百人参加', true],
    ['三十个城市', '有三十个城市', false],
    ['唯一の戦争被爆国', '唯一の戦争被爆国として', false],
    // said whole once is enough
    ['百万', '千百万的人民，百万大军', false],
  ])('%s in %s cuts a numeral: %s', (phrase, text, cut) => {
    expect(cutsCjkNumeral(phrase, text)).toBe(cut);
  });
  it('finds a split at either edge', () => {
    expect(splitsCjkNumeral('失去千百万的', 3, 6)).toBe(true);
    expect(splitsCjkNumeral('失去千百万的', 2, 4)).toBe(true);
    expect(splitsCjkNumeral('失去千百万的', 2, 5)).toBe(false);
  });
});

describe('invariant: a Han numeral on screen is a whole numeral the slide says', () => {
  const cjk = corpusFiles.filter((f) => /^(?:zh|ja)/u.test(expectations[f]?.lang ?? ''));
  it.each(cjk)('holds for the corpus speech %s', (name) => {
    const { text, deck } = loadCorpus(name);
    expect(cutNumerals(deck, text)).toEqual([]);
  });

  const numeral = fc.constantFrom(
    '千百万',
    '十数万',
    '三十',
    '两千五百',
    '一千多',
    '四万万',
    '百万',
    '二十五',
  );
  const noun = fc.constantFrom('人民', '青年', '城市', '工人', '同胞', '学生', '农民');
  const verb = fc.constantFrom('你们将失去', '今天到会的', '我们有', '全国有', '他们杀不完');
  const filler = fc.constantFrom(
    '我们有这个信心。',
    '历史上没有一个反人民的势力不被人民毁灭的！',
    '正义是杀不完的，因为真理永远存在！',
    '我们的光明就要出现了。',
    '这是昆明的光荣！',
  );
  const sentence = fc.oneof(
    fc
      .tuple(verb, numeral, fc.constantFrom('的', '个', ''), noun)
      .map(([v, n, p, o]) => `${v}${n}${p}${o}！`),
    filler,
  );
  const speech = fc
    .array(fc.array(sentence, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 6 })
    .map((ps) => ps.map((p) => p.join('')).join('\n\n'));
  it('holds for generated Chinese speeches with numerals', () => {
    fc.assert(
      fc.property(speech, (text) => {
        expect(cutNumerals(buildDeck(text, { fileName: 'speech.txt' }), text)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
  const jaSentence = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('十数万', '数十万', '二十万', '三千', '百万'),
        fc.constantFrom('ともいわれる', 'の', '人の'),
        fc.constantFrom('貴い命', '市民', '被爆者', '方々'),
      )
      .map(([n, p, o]) => `今から七十四年前の今日、${n}${p}${o}が失われました。`),
    fc.constantFrom(
      '広島と長崎の悲劇を決して繰り返してはなりません。',
      '「核兵器のない世界」の実現に向けた努力を続けます。',
      '被爆者の方々から伝えられた被爆体験を、若い世代へと語り継いでいく。',
    ),
  );
  const jaSpeech = fc
    .array(fc.array(jaSentence, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 })
    .map((ps) => ps.map((p) => p.join('')).join('\n\n'));
  it('holds for a list shared over slides whose first part’s title says a numeral (fast-check seed 404022109)', () => {
    // the second part was titled "七十四年 (2/2)" over 「核兵器のない世界」の実現に向けた努力を続けます。 alone
    const text =
      '今から七十四年前の今日、十数万ともいわれる貴い命が失われました。今から七十四年前の今日、十数万ともいわれる貴い命が失われました。「核兵器のない世界」の実現に向けた努力を続けます。\n\n「核兵器のない世界」の実現に向けた努力を続けます。「核兵器のない世界」の実現に向けた努力を続けます。「核兵器のない世界」の実現に向けた努力を続けます。';
    expect(cutNumerals(buildDeck(text, { fileName: 'speech.txt' }), text)).toEqual([]);
  });

  it('holds for generated Japanese speeches with numerals', () => {
    fc.assert(
      fc.property(jaSpeech, (text) => {
        expect(cutNumerals(buildDeck(text, { fileName: 'speech.txt' }), text)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
  it('holds for the speech that cut "千百万" to "百万"', () => {
    // Wen Yiduo, 最后一次讲演 (1946): the slide was titled "百万的人民"
    const text =
      '反动派暗杀李先生的消息传出以后，大家听了都悲愤痛恨。\n\n你们杀死一个李公朴，会有千百万个李公朴站起来！你们将失去千百万的人民！你们看着我们人少，没有力量？告诉你们，我们的力量大得很，强得很！看今天来的这些人，都是我们的人，都是我们的力量！此外还有广大的市民！我们有这个信心：人民的力量是要胜利的，真理是永远存在的。';
    expect(cutNumerals(buildDeck(text, { fileName: 'wen.txt' }), text)).toEqual([]);
  });
});
