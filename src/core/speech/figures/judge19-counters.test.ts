import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';

// judge19, ja-abe-shisei-hoshin-2019 (安倍晋三, 第198回国会 施政方針演説, 2019-01-28; sankei.com full
// text): "1人の女性" (a woman) was carded "1人 — 女性が花束を手渡しました", "延べ200万人を超えるボランティア" missed
describe('one and a counter before a noun is an article; a scaled count keeps its counter and hedge', () => {
  it('ja: the repro', () => {
    const text =
      '東日本大震災の直後、仙台市の避難所を訪れた皇后陛下に、1人の女性が花束を手渡しました。全国から集まった延べ200万人を超えるボランティアも復興の大きな力となりました。';
    expect(cards(text, 'ja')).toEqual(['延べ200万人を超える — ボランティア']);
  });
  it.each([
    ['ja', '1つの町に300人の子どもが暮らしています。', '300人 — 子どもが暮らしています'],
    ['zh', '1个孩子在哭，全国有200万名志愿者。', '200万名 — 志愿者'],
  ])('%s: %s', (lang, text, card) => {
    expect(cards(text, lang)).toEqual([card]);
  });
});
