import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';

// judge19, zh-liqiang-zhengfu-gongzuo-baogao-2025 (李强, 政府工作报告, 2025-03-05; official state
// document): labels cut mid-word ("球经济增长的贡献率保持在", "模稳步扩大,国内生产总值")
describe('a Chinese label is whole words and stops before its verb (label.ts)', () => {
  it.each([
    [
      '“稳”的态势巩固延续。主要表现在，经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列，对全球经济增长的贡献率保持在30%左右。',
      ['134.9万亿元 — 国内生产总值', '30%左右 — 对全球经济增长的贡献率'],
    ],
    // ASCII commas, spaces around the digits: as the stored copy has them
    ['主要表现在,经济规模稳步扩大,国内生产总值达到 134.9 万亿元、增长 5%。', ['134.9 万亿元 — 国内生产总值']],
  ])('%s', (text, expected) => {
    const got = cards(text, 'zh');
    for (const e of expected) expect(got).toContain(e);
  });
});
