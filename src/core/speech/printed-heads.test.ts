import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { datelineDate, hasCalendarDate } from './structure';

// judge20: how news and archive sites print a speech's head. korea.kr prints the President's
// Liberation Day address under "윤석열 대통령 제79회 광복절 경축사 전문" with the time stamp
// "2024.08.15 15:33" (KOGL Type 1); Aozora Bunko prints Sōseki's Wakayama lecture (1911, public
// domain) under its title with the editor's note in paired dashes and the author's name below,
// then a paragraph a line.
const KOREA = [
  '윤석열 대통령 제79회 광복절 경축사 전문',
  '2024.08.15 15:33',
  '존경하는 국민 여러분,700만 재외동포 여러분,그리고 2600만 북한 동포 여러분,오늘 우리는 광복 79주년을 맞았습니다.',
  '',
  '조국의 독립을 위해 헌신하신 순국선열과 애국지사들께 경의를 표합니다. 그리고 유가족 여러분께 깊이 감사드립니다.',
].join('\n');
const AOZORA = [
  '現代日本の開化',
  '――明治四十四年八月和歌山において述――',
  '夏目漱石',
  '',
  '　はなはだお暑いことで、こう暑くては多人数お寄合いになって演説などお聴きになるのは定めしお苦しいだろうと思います。',
  '　それについては少し学究めきますが、開化というものを定義してかかりたいのです。開化は人間活力の発現の経路である。',
].join('\n');

describe('a printed head goes to the title slide as speaker, role, date and subtitle (plain.ts, judge20)', () => {
  it('reads a Korean title headed by the speaker and office and ending "전문" (full text)', () => {
    const deck = buildDeck(KOREA, { fileName: 'ko-yoon.txt' });
    expect(deck.meta.title).toBe('제79회 광복절 경축사');
    expect(deck.meta.speaker).toBe('윤석열');
    expect(deck.meta.role).toBe('대통령');
    expect(deck.meta.date).toMatch(/^2024\.08\.15/u);
    // the stamp stays in the title slide's notes, no content slide's
    expect(deck.slides[0]!.notes).toContain('2024.08.15 15:33');
    for (const s of deck.slides.slice(1)) expect(s.notes).not.toContain('2024.08.15');
  });

  it('takes the author under an editor’s note in paired dashes as the speaker, the note without its dashes as the subtitle', () => {
    const deck = buildDeck(AOZORA, { fileName: 'ja-soseki.txt' });
    expect(deck.meta.title).toBe('現代日本の開化');
    expect(deck.meta.subtitle).toBe('明治四十四年八月和歌山において述');
    expect(deck.meta.speaker).toBe('夏目漱石');
  });

  it('keeps a name in a title that is not followed by an office, and a title that only says "full text"', () => {
    expect(buildDeck(KOREA.replace('대통령 ', '씨와 '), { fileName: 'k.txt' }).meta.speaker).toBeUndefined();
    const alone = buildDeck(KOREA.replace(/^[^\n]+/u, '전문'), { fileName: 'k.txt' });
    expect(alone.meta.title).not.toBe('');
  });

  it('reads a year-first date as a calendar date, and a decimal or a version number as none', () => {
    expect(hasCalendarDate('2024.08.15 15:33')).toBe(true);
    expect(datelineDate('2024/8/15')).toBe('2024/8/15');
    expect(hasCalendarDate('GDP grew 2024.5 units')).toBe(false);
    expect(hasCalendarDate('release 2024.13.40')).toBe(false);
  });
});
