import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { editorHead, headTitle } from './editor-heads';

describe('an editor’s section head ("< … >" on a line of its own)', () => {
  it.each([
    ['< 맺음말 >', '맺음말'],
    ['〈결론〉', '결론'],
    ['x < y > z', null],
    ['기후변화는 21세기 최대문제입니다.', null],
  ])('%s is a head: %s', (para, head) => expect(editorHead(para)).toBe(head));

  it.each([
    // too long (21 letters): its noun phrase past the purpose phrase
    ['기후변화 대응을 위한 우리나라의 노력과 행동계획', '우리나라의 노력과 행동계획'],
    ['에너지 신산업 육성', '에너지 신산업 육성'],
    // its noun alone ("기여") names no point, and a head's number is not said
    ['지구 평균온도 2℃ 이하 상승 억제를 위한 기여', null],
    ['2℃ 목표', null],
    // a marker of place is no headline
    ['맺음말', null],
    ['Conclusion', null],
  ])('%s titles its section: %s', (head, title) => expect(headTitle(head, 'ko')).toBe(title));

  const speech = [
    '기후변화는 인류에게 닥친 위기이자 도전입니다. 지구는 뜨거워지고 있습니다.',
    '< 기후변화 대응을 위한 우리나라의 노력과 행동계획 >',
    '대한민국은 경제와 환경의 조화를 추구해 왔습니다. 산림녹화사업을 강력하게 추진했습니다.',
    '< 맺음말 >',
    '우리가 살고 있는 지구는 단 하나뿐입니다.',
  ].join('\n\n');

  it('opens a slide titled by the head; the notes stay the whole speech', () => {
    const deck = buildDeck(speech, { fileName: 'ko-climate.txt' });
    const headed = deck.slides.find((s) => s.notes.startsWith('< 기후변화 대응을'));
    expect(headed?.title).toBe('우리나라의 노력과 행동계획');
    expect(headed?.screenText).not.toContain('<');
    // a marker of place opens no slide: its lines stay with the slide before
    expect(deck.slides.some((s) => s.notes.startsWith('< 맺음말 >'))).toBe(false);
    expect(
      deck.slides
        .map((s) => s.notes)
        .filter(Boolean)
        .join('\n\n'),
    ).toBe(speech);
  });
});

describe('a speech printed in numbered parts ("II." … "VII." on lines of their own)', () => {
  // Eisenhower's farewell address, 17 January 1961 (public domain), as the Eisenhower Library prints
  // it: judge21 found slides that ran across the parts, the numerals inside their notes
  const para = (s: string) => `${s} ${s} ${s}`;
  const text = [
    'My fellow Americans:',
    para(
      'Three days from now, after half a century in the service of our country, I shall lay down the responsibilities of office.',
    ),
    'II.',
    'We now stand ten years past the midpoint of a century that has witnessed four major wars among great nations. Three of these involved our own country.',
    'III.',
    para(
      'Throughout America’s adventure in free government, our basic purposes have been to keep the peace and to foster progress in human achievement.',
    ),
    'IV.',
    para(
      'A vital element in keeping the peace is our military establishment. Our arms must be mighty, ready for instant action.',
    ),
  ].join('\n\n');

  it('opens a slide at each numeral, which is kept in the notes and off the screen', () => {
    const deck = buildDeck(text, { fileName: 'en-eisenhower-farewell-1961.txt' });
    for (const numeral of ['II.', 'III.', 'IV.']) {
      const at = deck.slides.find((s) => s.notes.split('\n')[0] === numeral);
      expect(at, numeral).toBeDefined();
      expect(at!.screenText ?? '').not.toMatch(/^(?:II|III|IV)\.?$/mu);
      // no slide holds two parts
      expect(deck.slides.filter((s) => s.notes.includes(`\n${numeral}`)).length).toBe(0);
    }
    expect(
      deck.slides
        .map((s) => s.notes)
        .join('\n\n')
        .replace(/\s+/gu, ' '),
    ).toContain('involved our own country. III. Throughout');
  });

  it('reads one numeral alone as no numbering of parts', () => {
    const one = buildDeck(text.replace(/\n\nIII\.|\n\nIV\./gu, ''), { fileName: 'x.txt' });
    expect(one.slides.some((s) => s.notes.split('\n')[0] === 'II.')).toBe(false);
  });
});
