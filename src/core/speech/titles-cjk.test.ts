import { describe, expect, it } from 'vitest';
import { cjkCutPhrase, cjkNounPhrases } from './titles-cjk';
import { buildDeck } from './index';

describe('a CJK title is never a piece cut out of something longer (judge13)', () => {
  it.each([
    // Wen Yiduo: "countless millions" shown as "a million"
    ['百万的人民', '你们将失去千百万的人民！', 'zh', 'a numeral cut'],
    ['千百万的人民', '你们将失去千百万的人民！', 'zh', null],
    // Abe at Hiroshima: "the tragedy of Nagasaki" in the Hiroshima address, half of "広島と長崎"
    [
      '長崎の悲劇',
      '核兵器によってもたらされた広島と長崎の悲劇を決して繰り返してはなりません。',
      'ja',
      'half of a pair',
    ],
    [
      '広島と長崎の悲劇',
      '核兵器によってもたらされた広島と長崎の悲劇を決して繰り返してはなりません。',
      'ja',
      null,
    ],
    // "橋渡し" (bridge-building) cut to "橋渡"
    ['非核兵器国の橋渡', '核兵器国と非核兵器国の橋渡しに努め、双方の協力を得ながら', 'ja', 'half of a pair'],
    ['国の橋渡', '核兵器国と非核兵器国の橋渡しに努め、双方の協力を得ながら', 'ja', 'a word cut'],
    // a phrase that ends before its particle is whole
    ['原子爆弾の犠牲', '原子爆弾の犠牲となられた数多くの方々', 'ja', null],
    ['唯一の戦争被爆国', '唯一の戦争被爆国として', 'ja', null],
    ['昆明的光荣', '李先生在昆明被暗杀是李先生留给昆明的光荣！', 'zh', null],
    // said whole in one place is enough
    ['長崎の悲劇', '広島と長崎の悲劇。長崎の悲劇を忘れない。', 'ja', null],
  ])('%s in %s (%s): %s', (phrase, text, lang, why) => {
    expect(cjkCutPhrase(phrase, text, lang)).toBe(why);
  });
  it('keeps the surname before 先生 and the numeral before a numeral', () => {
    const text = '这是某集团的无耻，恰是李先生的光荣！李先生在昆明被暗杀。';
    expect(cjkNounPhrases(text, '先生', 'zh')).toContain('李先生的光荣');
    expect(cjkNounPhrases(text, '先生', 'zh')).not.toContain('先生的光荣');
    expect(cjkNounPhrases('你们将失去千百万的人民！人民的力量是要胜利的。', '人民', 'zh')).not.toContain(
      '百万的人民',
    );
  });
  it('titles the Wen Yiduo passage without cutting 千百万', () => {
    const text =
      '你们杀死一个李公朴，会有千百万个李公朴站起来！你们将失去千百万的人民！你们看着我们人少，没有力量？告诉你们，我们的力量大得很，强得很！看今天来的这些人，都是我们的人，都是我们的力量！此外还有广大的市民！';
    for (const s of buildDeck(text, { fileName: 'wen.txt' }).slides) expect(s.title).not.toMatch(/^百万/u);
  });
});
