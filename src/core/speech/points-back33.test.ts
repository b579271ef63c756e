/**
 * A body line that points back at a sentence not on screen, past the connective it opens on ("In
 * other words, they…", "But then if that happens, …", "And it…"), or on a Korean "이에" within it,
 * gives way to a line of the slide that stands; and each language's "therefore" is written once
 * (lexicon.ts BACK_POINTERS `therefore`), read both as a line that leans back and as the opening of
 * a speech's concluding last sentence (compose.ts lastPoint).
 *
 * Sources: Carter, anti-inflation address 1978 (judge31); Deese, modern American industrial strategy
 * 2022 (judge26); Wilson, Fourteen Points 1918 (corpus); Lee Myung-bak, 윤봉길 의사 탄신 100주년
 * 축하 메시지 2008 (judge31).
 */
import { describe, expect, it } from 'vitest';
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
