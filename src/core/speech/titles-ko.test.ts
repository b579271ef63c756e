import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { koreanHeadline, koreanTitleProblem } from './titles-ko';
import { deriveTitle, isTitle } from './titles';

describe('Korean titles', () => {
  it('turn a sentence with a noun + 하다 predicate into a noun-style headline, its particles dropped', () => {
    expect(koreanHeadline('포용적 성장’을 추진하겠습니다.')).toBe('포용적 성장 추진');
    expect(koreanHeadline('장기요양보험을 대폭 강화하고, 치매 환자를 돌보겠습니다.')).toBe(
      '장기요양보험 대폭 강화',
    );
    // an adverbial phrase ("불안에서") is left out
    expect(koreanHeadline('전쟁의 불안에서 한반도를 해방시키겠습니다.')).toBe('한반도 해방');
    // 하다 said apart from its noun
    expect(koreanHeadline('정권교체 하겠습니다!')).toBe('정권교체');
    // no such predicate: no headline
    expect(koreanHeadline('강한 복지국가를 향해 담대하게 나아가겠습니다.')).toBeNull();
  });

  it('drop a particle only where its form fits the syllable before it', () => {
    // 국가 (nation) keeps its 가: 국 is closed, and 가 follows an open syllable
    expect(koreanHeadline('국가 발전을 추진합니다.')).toBe('국가 발전 추진');
    expect(koreanHeadline('나라가 발전합니다.')).toBe('나라 발전');
  });

  it('are never a sentence, a clause or a phrase waiting for its predicate', () => {
    for (const t of [
      '지금까지 우리 보통사람들은 날지도 울지도 못하는 새였습니다',
      '나라의 주인으로 행세하지 못했고',
      '지방대학을 나와도',
      '패배주의의 벽을 넘읍시다',
      '포용적 성장’을 추진',
      '우리 보통사람들은',
    ]) {
      expect(koreanTitleProblem(t), t).not.toBeNull();
      expect(isTitle(t, 'ko'), t).toBe(false);
    }
    for (const t of ['토건세력과 재벌집단', '녹색 에너지기술', '한반도 해방', '정권교체'])
      expect(isTitle(t, 'ko'), t).toBe(true);
  });

  it('title a Korean speech’s slides in noun style', () => {
    const speech = [
      '정권교체 하겠습니다!',
      '존경하는 국민 여러분! 오늘 저는 대통령선거 출마를 국민 앞에 엄숙히 선언합니다. 지금까지 우리 보통사람들은 날지도 울지도 못하는 새였습니다. 이제 몸을 일으켜 날아야 합니다.',
      '포용적 성장을 추진하겠습니다. 성장의 과실이 골고루 나누어지는 경제를 만들겠습니다. 중소기업과 자영업자가 함께 웃는 나라를 만들겠습니다. 일자리를 늘리고 소득을 높이겠습니다.',
    ].join('\n\n');
    const deck = buildDeck(speech, { fileName: 'ko-speech.txt' });
    expect(deck.meta.title).toBe('정권교체');
    for (const s of deck.slides.slice(1))
      if (s.title) expect(koreanTitleProblem(s.title), s.title).toBeNull();
    expect(
      deriveTitle(
        ['포용적 성장을 추진하겠습니다.', '성장의 과실이 골고루 나누어지는 경제를 만들겠습니다.'],
        [],
        'ko',
      ),
    ).toBe('포용적 성장 추진');
  });
});
