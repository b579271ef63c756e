import { describe, expect, it } from 'vitest';
import { deriveTitle } from './titles';
import { sentencesOf } from './segment';
import { buildDeck } from './index';
import { koreanNounPhrases } from './titles-ko';

/**
 * Lee Myung-bak, Liberation Day 2008 (thesis.test.ts): "…계승해야 할 소중한 정신적 자산입니다." A
 * Korean title closes its noun phrase, whose last noun may carry the copula ("자산입니다").
 */
describe('a Korean noun phrase closed by its noun', () => {
  const LEE = [
    '올해는 대한민국이 수립된 지 60년이 되는 매우 의미 있는 해이기도 합니다. 우리 국민들은 그동안 산업화와 민주화를 함께 성취하는 ‘기적의 역사’를 이루어 냈습니다.',
    '광복이 있었기에 건국이 있었습니다. 이 둘은 서로 나누어지고 대립하는 것이 아니라, 우리 모두가 자자손손 함께 기념하고 계승해야 할 소중한 정신적 자산입니다. 저는 대통령으로서 독립유공자와 유족들에게 실질적인 도움이 되도록 복지를 증진하고, 유공자들이 진정으로 대접받는 나라를 만들어 갈 것입니다.',
  ];

  it('never ends on a -적 word whose noun the sentence says after it', () => {
    const titles = buildDeck(LEE.join('\n\n'), { fileName: 'ko-leemyungbak.txt' }).slides.map((s) => s.title);
    expect(titles).not.toContain('소중한 정신적');
    // the noun phrase the sentence says, whole, with its copula taken off
    expect(koreanNounPhrases(LEE[1]!.split('. ')[1]!)).toContain('소중한 정신적 자산');
  });

  it('a verb of purpose opens a clause, no title', () => {
    const said = sentencesOf(LEE[1]!, 'ko');
    expect(deriveTitle(said, [], 'ko', ['소중한 정신적 자산'])).not.toBe('되도록 복지 증진');
  });
});
