import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksText } from '../deck';
import { enumerationMarker, innerMarkers } from './enumeration';
import { buildDeck } from './index';
import { announcedCount, cjkCount } from './list-count';
import { leadTitle } from './list-title';

const corpus = (name: string) =>
  readFileSync(join(__dirname, '../../../tests/fixtures/speeches/corpus', name), 'utf8');

describe('classical Chinese enumerations (一曰…二曰…三曰…)', () => {
  it('reads N曰 as a marker, at a sentence start and after a colon', () => {
    expect(enumerationMarker('一曰抱定宗旨。')).toMatchObject({ kind: 'opener', length: 2 });
    expect(enumerationMarker('三曰敬愛師友。')).toMatchObject({ kind: 'middle', length: 2 });
    expect(enumerationMarker('最後，x')?.kind).toBe('last');
    // "一日" (one day) is not "一曰"
    expect(enumerationMarker('一日，x')).toBeNull();
    const s = '校事多未詳悉，茲所計畫者二事：一曰改良講義。';
    expect(innerMarkers(s).map((i) => s.slice(i, i + 2))).toEqual(['一曰']);
  });
  it('reads the count a CJK sentence announces, never an ordinal', () => {
    expect(cjkCount('予今長斯校，請更以三事爲諸君告。')).toEqual({ n: 3, title: '三事' });
    expect(cjkCount('这显然可以反证两件事：')).toEqual({ n: 2, title: '两件事' });
    expect(cjkCount('第三事')).toBeUndefined();
    expect(announcedCount(['請更以三事爲諸君告。'], 3, 'zh-Hant')).toBe('三事');
    expect(announcedCount(['請更以三事爲諸君告。'], 2, 'zh-Hant')).toBeUndefined();
  });
  it('titles a CJK list by the clause of its lead-in that counts it', () => {
    expect(leadTitle('余到校視事僅數日，校事多未詳悉，茲所計畫者二事：', 'zh', new Set())).toBe(
      '茲所計畫者二事',
    );
  });
  it('shows an announced count as an agenda, then one point a slide, each titled alike', () => {
    const deck = buildDeck(corpus('zh-cai-yuanpei-beida-1917.txt'), { fileName: 'cai.txt' });
    const content = deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
    // the slide that says "三事" lists the three points to come
    const agenda = content.find((s) => s.notes.includes('請更以三事爲諸君告'))!;
    expect(agenda.title).toBe('三事');
    expect(blocksText(agenda.blocks).split('\n')).toEqual(['1. 抱定宗旨', '2. 砥礪德行', '3. 敬愛師友']);
    // each point opens a slide titled by it, the marker off for every one of them
    for (const [marker, point] of [
      ['一曰', '抱定宗旨'],
      ['二曰', '砥礪德行'],
      ['三曰', '敬愛師友'],
    ] as const)
      expect(content.find((s) => s.notes.startsWith(marker + point))?.title).toBe(point);
    // the second enumeration, inside one paragraph, is a list under its lead-in's count
    const plans = content.find((s) => s.notes.includes('一曰改良講義'))!;
    expect(plans.title).toBe('茲所計畫者二事');
    expect(blocksText(plans.blocks).split('\n')).toEqual(['1. 改良講義', '2. 添購書籍']);
    // the notes stay the speech, whole and in order
    expect(deck.slides.map((s) => s.notes).join('')).toContain('今日所與諸君陳說者只此');
  });
});

describe('Korean enumerations (첫째, … 둘째, … 셋째, …)', () => {
  it('reads 첫째/둘째/셋째 and 마지막으로 as markers, with the comma after them', () => {
    for (const [said, kind, ordinal] of [
      ['첫째, 기후변화 대응을 부담이 아닌 새로운 기회로 인식하는 발상의 전환입니다.', 'opener', 1],
      ['둘째, 기술과 시장이 기후변화 대응의 중심이 되어야 합니다.', 'middle', 2],
      ['셋째, 기후변화 대응은 모두 함께 참여해야 합니다.', 'middle', 3],
      ['두 번째로, 일자리를 만들겠습니다.', 'middle', undefined],
      ['마지막으로 평화를 지키겠습니다.', 'last', undefined],
    ] as const) {
      const m = enumerationMarker(said);
      expect(m?.kind, said).toBe(kind);
      if (ordinal) expect(m?.ordinal, said).toBe(ordinal);
    }
    // "첫째 아들" (the eldest son) is no marker: no comma after it
    expect(enumerationMarker('첫째 아들이 태어났습니다.')).toBeNull();
  });
});
