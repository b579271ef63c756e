/**
 * Korean figures (korean.ts). The first sentences are from Park Geun-hye's 3·1절 address of 2015
 * (judge11: no card at all); the others are our own.
 */
import { describe, expect, it } from 'vitest';
import { findFigures, sentenceFigures } from './index';
import { buildDeck } from '../index';

const figures = (s: string, lang = 'ko') => sentenceFigures(s, lang).map((f) => [f.value, f.label]);

describe('Korean figures and their labels', () => {
  it.each([
    // said as bounds ("넘어섰고" exceeded, "가까워서" came close to), which a card of the words said
    // cannot show: "860억불 — 양국의 교역량" states an exact amount (render19), so no card
    [
      '지난해 양국의 교역량은 860억불을 넘어섰고, 상호 인적교류는 500만명을 넘어섰으며, 양국 국민은 가까워졌습니다.',
      [],
    ],
    ['이제 쉰 세분만이 생존해 계신 할머니들의 평균 연령이 90세에 가까워서 시간이 얼마 남지 않았습니다.', []],
    ['지난해 양국의 교역량은 860억불을 기록했습니다.', [['860억불', '양국의 교역량']]],
    ['평균 연령이 90세에 이릅니다.', [['90세', '평균 연령']]],
    // scale words said in two parts, hedges before and after, a percent, a multiple
    ['정부는 예산을 1조 2천억원으로 늘렸습니다.', [['1조 2천억원', '예산']]],
    ['올해 수출액은 약 6천억달러 이상을 기록했습니다.', [['약 6천억달러 이상', '수출액']]],
    ['청년 실업률이 3.5%로 떨어졌습니다.', [['3.5%', '청년 실업률']]],
    ['인구가 5천만명을 돌파했습니다.', []],
    ['정부는 사과를 3천톤 수입합니다.', [['3천톤', '사과']]],
    ['관광객이 4천여명에 이릅니다.', [['4천여명', '관광객']]],
    // an amount given, its currency said as its own word (Park's UN climate address, 2014: no card)
    [
      '우리나라는 이미 GCF에 약 5천만 달러를 지원하기로 약속하여 출연하고 있고, 이를 포함하여 앞으로 최대 1억 달러까지 GCF에 대한 기여를 계속 확대해 나갈 예정입니다.',
      [['약 5천만 달러', 'GCF 지원']],
    ],
    ['정부는 아프리카에 3억 달러를 투자했습니다.', [['3억 달러', '아프리카 투자']]],
    // given, but to no one said: the giving alone says not to whom
    ['정부는 100만원을 지원합니다.', []],
    ['정부는 청년들에게 5천만 원을 지원합니다.', []],
    ['생산량이 2배로 늘었습니다.', [['2배', '생산량']]],
    // the counted noun said bare before its count, which carries the particle
    ['협력 국가 20개국이 참여했습니다.', [['20개국', '협력 국가']]],
    ['이번 행사에는 자원봉사자 300명이 함께했습니다.', [['300명', '자원봉사자']]],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
    for (const f of sentenceFigures(sentence, 'ko')) expect(sentence.slice(f.start, f.end)).toBe(f.value);
  });

  it.each([
    // dates, years, anniversaries, names
    '1919년 3·1절에 우리 선조들은 독립을 외쳤습니다.',
    '오늘 우리는 제96주년 3.1절을 맞아 3.1 독립운동의 숭고한 정신을 기리고자 이 자리에 모였습니다.',
    '올해는 광복 70주년이 되는 해입니다.',
    '96년 전 오늘 우리는 모두 하나가 되었습니다.',
    '우리가 1970년대 중동 건설 붐으로 석유파동을 극복했습니다.',
    // lengths of time
    '분단의 70년을 또다시 반복할 수는 없습니다.',
    '정부는 분단 70년을 넘어 통일을 준비합니다.',
    '앞으로 저는 3년의 경제혁신으로 반드시 30년의 성장을 이루겠습니다.',
    '60여년간 단절된 남북간 철도운행을 재개하겠습니다.',
    '정부가 ‘경제혁신 3개년 계획’을 추진하고 있습니다.',
    '우리 정부는 21세기 한일 신협력시대를 열어나가고자 노력해 왔습니다.',
    // ordinals and numbers that are part of a name
    '제5차 회의에서 3번째 합의를 했습니다.',
    '공공, 노동, 금융, 교육 등 4대 구조개혁에 총력을 기울이고 있습니다.',
    '3.1운동의 정신을 이어받겠습니다.',
    // no faithful label: a salutation, a place, a noun after the count, one person's age
    '700만 해외동포와 북한 동포 여러분,',
    '매년 남한에서만 4천명 가까운 이산가족들이 세상을 뜨고 있습니다.',
    // an adverb said bare before the count is no noun; a bare noun before a count with no particle neither
    '모두 100명이 참석했습니다.',
    '정부는 청년 1만명 일자리를 만듭니다.',
    '김 할머니는 95세에 돌아가셨습니다.',
    // who acts is not what is counted
    '정부는 100만원을 지원합니다.',
    '우리 기업들이 500억달러를 투자했습니다.',
    // a bare number with no counter or scale
    '우리는 12 가지 과제를 세웠습니다.',
  ])('no figure: %s', (sentence) => {
    expect(figures(sentence)).toEqual([]);
  });

  it('never shows a digit for a number said in words ("쉰 세분" is 53, which the speech never wrote)', () => {
    const speech = [
      '위안부 피해자 문제',
      '올해에 들어서도 벌써 두 분의 피해 할머니들이 평생 가슴에 맺힌 상처를 치유받지 못한 채 돌아가셨습니다. 이제 쉰 세분만이 생존해 계신 할머니들의 평균 연령이 90세에 가까워서 그 분들의 명예를 회복시켜드릴 수 있는 시간도 얼마 남지 않았습니다.',
    ].join('\n\n');
    const deck = buildDeck(speech, { fileName: 'ko-halmoni.txt' });
    const screens = deck.slides.map((s) => s.screenText).join('\n');
    expect(screens).not.toMatch(/53|(?<!\d)2(?![\d])/u);
    for (const n of screens.match(/\p{Nd}+/gu) ?? []) expect(speech).toContain(n);
  });

  it('finds them in a text, and in Hangul text said without a language', () => {
    const text = '지난해 양국의 교역량은 860억불을 기록했습니다. 분단 70년을 반복할 수 없습니다.';
    expect(findFigures(text, 'ko').map((f) => text.slice(f.start, f.end))).toEqual(['860억불']);
    expect(figures('상호 인적교류는 500만명에 이릅니다.', '')).toEqual([['500만명', '상호 인적교류']]);
  });
});
