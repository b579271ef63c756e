import { describe, expect, it } from 'vitest';
import { keyBlock } from './body';

const quoteText = (b: ReturnType<typeof keyBlock>) =>
  b?.type === 'quote' ? JSON.stringify(b.children).match(/"value":"([^"]*)"/u)?.[1] : undefined;

describe('keyBlock', () => {
  it('shows a key line of long sentences rather than leaving a minute of Chinese speech with its title alone', () => {
    // Lu Xun's long periods: every sentence is over 18 "words" (36 characters) but one
    const sentences = [
      '然而现在社会上的论调和趋势，一面固然要求天才，一面却要他灭亡，连预备的土也想扫尽。',
      '举出几样来说：',
      '其一就是“整理国故”。',
      '自从新思潮来到中国以后，其实何尝有力，而一群老头子，还有少年，却已丧魂失魄的来讲国故了，他们说，“中国自有许多好东西，都不整理保存，倒去求新，正如放弃祖宗遗产一样不肖。”',
      '抬出祖宗来说法，那自然是极威严的，然而我总不信在旧马褂未曾洗净叠好之前，便不能做一件新马褂。',
      '倘以为大家非此不可，那更是荒谬绝伦！',
      '我们和古董商人谈天，他自然总称赞他的古董如何好，然而他决不痛骂画家，农夫，工匠等类，说是忘记了祖宗：他实在比许多国学家聪明得远。',
    ];
    expect(quoteText(keyBlock(sentences, '整理国故', [], 'zh'))).toBe(
      '抬出祖宗来说法，那自然是极威严的，然而我总不信在旧马褂未曾洗净叠好之前，便不能做一件新马褂。',
    );
  });

  it('prefers a key line within 18 words when there is one', () => {
    const sentences = [
      'The harbour was rebuilt after the storm of that winter, stone by stone, by the people who had lived beside it for generations and would not leave.',
      'The harbour keeps the town alive and the town keeps the harbour open.',
    ];
    expect(quoteText(keyBlock(sentences, 'Rebuilding', [], 'en'))).toBe(sentences[1]);
  });
});
