/**
 * A body line that points back at a sentence not on screen (a condition on it, "If that happens,
 * …"; a short line on "these definitions"; a Korean "이에" within it) gives way to a line of the
 * slide that stands; and each language's "therefore" is written once
 * (lexicon.ts BACK_POINTERS `therefore`), read both as a line that leans back and as the opening of
 * a speech's concluding last sentence (compose.ts lastPoint).
 *
 * Sources: Carter, anti-inflation address 1978 (judge31); Wilson, Fourteen Points 1918 (corpus);
 * Lee Myung-bak, 윤봉길 의사 탄신 100주년 축하 메시지 2008 (judge31).
 */
import { describe, expect, it } from 'vitest';
import { pointsAtShell } from './body';
import { buildDeck } from './index';
import { thereforeOpening } from './lexicon';
import { leansBack } from './striking';

describe("one 'therefore' list a language (lexicon.ts BACK_POINTERS)", () => {
  it.each([
    ['sv', 'Därför kommer Miljöpartiet att fortsätta att jobba med att gynna sjöfarten.', 'kommer'],
    ['de', 'Deshalb werden wir die Investitionen Jahr für Jahr steigern.', 'werden'],
    ['en', 'Therefore, we will continue to work for a stronger Union.', 'we'],
    ['ko', '따라서 정부는 일자리 창출을 최우선으로 추진하겠습니다.', '정부는'],
  ])('%s: "%s" opens on its therefore, a line that leans back', (lang, line, next) => {
    const therefore = thereforeOpening(lang)!;
    expect(therefore.test(line)).toBe(true);
    expect(line.replace(therefore, '').startsWith(next)).toBe(true);
    expect(leansBack(line, lang)).toBe(true);
  });

  it('a language with no pointers has no therefore', () => {
    expect(thereforeOpening('xx')).toBeNull();
  });
});

describe('a line that opens on a condition on what was just said leans back', () => {
  it.each([
    // Carter 1978 (judge31), said after "I cannot stop an irresponsible corporation from raising
    // its prices…", without its "But then"
    'If that happens, the Government will respond, using the tools of Government authority and public opinion.',
    'If so, the Government will respond.',
  ])('"%s"', (line) => {
    expect(leansBack(line, 'en')).toBe(true);
  });

  it('"If successful, we should expect lower inflation…" still stands', () => {
    expect(
      leansBack(
        'If successful, we should expect lower inflation and lower interest rates for consumers.',
        'en',
      ),
    ).toBe(false);
  });
});

describe('a short line whose matter is "these definitions" points at what is not on screen', () => {
  it('Wilson 1918: "The issues of life and death hang upon these definitions."', () => {
    expect(pointsAtShell('The issues of life and death hang upon these definitions.')).toBe(true);
  });
});

describe('"이에" (to this) within a Korean line points back', () => {
  it('Lee Myung-bak 2008: the slide shows the line that stands, not "우리 경제도 이에 영향을 받아…"', () => {
    const deck = buildDeck(
      '윤봉길의사 탄신100주년 기념식 축하 메시지\n\n그 간의 노력으로 이제 조금만 더 도약하면 되는 상황입니다만, 안타깝게도 세계적인 경기 침체와 함께 곡물가와 기름값이 폭등하고 있습니다. 우리 경제도 이에 영향을 받아 점점 어려워지고 있습니다. 고유가의 피해와 고통은 그 어느 때보다 크게 다가오고 있습니다.',
      { fileName: 'ko.txt' },
    );
    const screens = deck.slides.map((s) => s.screenText).join('\n');
    expect(screens).not.toContain('이에 영향을');
    expect(screens).toContain('고유가의 피해와 고통은');
  });
});
