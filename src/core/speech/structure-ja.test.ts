import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { isDateline, isSignatureLine } from './structure';

describe('a Japanese address ends on its date and signature (judge13, Abe at Hiroshima 2019)', () => {
  it.each([
    ['令和元年８月６日', true],
    ['平成31年4月30日', true],
    // an era year alone, or a month in kanji, is no dateline of this kind
    ['令和の時代においても', false],
  ])('dateline %s: %s', (line, is) => {
    expect(isDateline(line)).toBe(is);
  });
  it('reads "内閣総理大臣・安倍晋三" as a signature', () => {
    expect(isSignatureLine('　内閣総理大臣・安倍晋三')).toBe(true);
  });
  it('sends the date and the signature to the title slide, off every content slide’s screen', () => {
    const text =
      '核兵器によってもたらされた広島と長崎の悲劇を決して繰り返してはなりません。唯一の戦争被爆国として、「核兵器のない世界」の実現に向けた努力をたゆまず続けること。\n原子爆弾の犠牲となられた方々のご冥福と、ご遺族、被爆者の皆様のご平安を祈念いたしまして、私の挨拶といたします。\n\n令和元年８月６日\n　内閣総理大臣・安倍晋三';
    const deck = buildDeck(text, { fileName: 'abe.txt' });
    const content = deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
    for (const s of content) expect(`${s.title}\n${s.screenText}`).not.toMatch(/令和元年|安倍晋三/u);
    // (no closing slide of a signature alone, render19: the closing slide is the address's last
    // words, "…私の挨拶といたします。", and the date and signature end its notes, close27)
    for (const s of deck.slides.filter((x) => x.layout === 'closing'))
      expect(s.screenText).not.toMatch(/令和元年|安倍晋三/u);
    expect(deck.slides[0]!.screenText).toContain('安倍晋三');
    expect(deck.slides[0]!.screenText).toContain('令和元年８月６日');
    expect(deck.slides.at(-1)!.notes).toMatch(/令和元年８月６日\s+内閣総理大臣・安倍晋三$/u);
  });
});
