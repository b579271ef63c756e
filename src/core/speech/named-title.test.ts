import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { namedTitle } from './named-title';

describe('a speech that names its own title', () => {
  it('finds the title in the opening sentence', () => {
    expect(namedTitle('今天要讲几句的话是就将这“革命时代的文学”算作题目。这学校是邀过我好几次了。')).toBe(
      '革命时代的文学',
    );
    expect(namedTitle('我今天讲的题目是娜拉走后怎样。')).toBe('娜拉走后怎样');
    expect(namedTitle('My subject tonight is the energy crisis. It is grave.')).toBe('The energy crisis');
    expect(namedTitle('Good evening. Thank you for coming.')).toBeNull();
  });
  it('titles the deck by it, never by a dateline', () => {
    const text = [
      '——四月八日在黄埔军官学校讲',
      '',
      '今天要讲几句的话是就将这“革命时代的文学”算作题目。这学校是邀过我好几次了，我总是推宕着没有来。',
      '',
      '在自然界里也这样，鹰的捕雀，不声不响的是鹰，吱吱叫喊的是雀；猫的捕鼠，不声不响的是猫，吱吱叫喊的是老鼠。',
    ].join('\n');
    const deck = buildDeck(text, { fileName: 'zh-luxun-lecture.txt' });
    expect(deck.meta.title).toBe('革命时代的文学');
    expect(deck.meta.subtitle).toBe('四月八日在黄埔军官学校讲');
  });
});
