import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cjkPeriods } from './cjk-wrap';

/** Clauses in order, each as its words. */
const cjkClauses = (text: string) => cjkPeriods(text)?.flat() ?? null;

describe('cjkClauses: where a CJK line may break (judge9: "娛 / 樂", "非爲 / 致富。")', () => {
  it('leaves text without Chinese or Japanese to the browser', () => {
    expect(cjkClauses('We choose to go to the Moon.')).toBeNull();
    expect(cjkClauses('Мы выбираем Луну.')).toBeNull();
  });

  it('ends a clause at CJK punctuation, and keeps the punctuation with the word before it', () => {
    const clauses = cjkClauses('入法科者，非爲做官；入商科者，非爲致富。')!;
    expect(clauses.map((c) => c.join(''))).toEqual(['入法科者，', '非爲做官；', '入商科者，', '非爲致富。']);
    for (const c of clauses) for (const w of c.slice(1)) expect(w).not.toMatch(/^[，；。]/u);
  });

  it('groups clauses into periods up to "；" and "。", as a couplet is set', () => {
    const periods = cjkPeriods('入法科者，非爲做官；入商科者，非爲致富。')!;
    expect(periods.map((p) => p.map((c) => c.join('')))).toEqual([
      ['入法科者，', '非爲做官；'],
      ['入商科者，', '非爲致富。'],
    ]);
  });

  it('never breaks inside a dictionary word', () => {
    const words = cjkClauses('我们要发展数字经济和人工智能。')!.flat();
    expect(words).toContain('数字');
    expect(words).toContain('经济');
    expect(words.join('')).toBe('我们要发展数字经济和人工智能。');
  });

  it('gives an opening quote or bracket to the word after it', () => {
    const words = cjkClauses('他说：“数字经济”很重要。')!.flat();
    expect(words.some((w) => w.startsWith('“'))).toBe(true);
    expect(words.some((w) => w.endsWith('“'))).toBe(false);
  });

  it('reads Japanese with its own dictionary', () => {
    const clauses = cjkClauses('私は東京へ行きました。そして友達に会いました。')!;
    expect(clauses.map((c) => c.join(''))).toEqual(['私は東京へ行きました。', 'そして友達に会いました。']);
    expect(clauses[0]!.length).toBeGreaterThan(2);
  });

  it('breaks Japanese between phrases, never before a particle or an ending (judge17: "全力を尽く / し、")', () => {
    const words = cjkClauses(
      'まずは全力を尽くし、生活の再建に力を尽くしていきたいと思います。リーマン・ショックの後です。',
    )!.flat();
    expect(words).toContain('全力を');
    expect(words).toContain('尽くし、');
    expect(words).toContain('思います。');
    expect(words.some((w) => w.startsWith('リーマン・ショック'))).toBe(true);
    // no word opens on hiragana after a word of the same clause
    for (const w of words.slice(1)) expect(w).not.toMatch(/^(?:を|し|に|の|ます)/u);
  });

  it('sets a short Japanese clause with the clause after it, never as a unit of its own (judge33: "ご遺族、" alone on a line)', () => {
    const text =
      '亡くなられた方々に哀悼の意を表しますとともに、ご遺族、被災された方々にお見舞いを申し上げます。';
    const clauses = cjkClauses(text)!.map((c) => c.join(''));
    expect(clauses).toEqual([
      '亡くなられた方々に哀悼の意を表しますとともに、',
      'ご遺族、被災された方々にお見舞いを申し上げます。',
    ]);
    // (a short last clause goes with the one before it; Chinese keeps its four-character clauses)
    expect(cjkClauses('国民の皆様の幸せを祈り、誠に、')!.map((c) => c.join(''))).toEqual([
      '国民の皆様の幸せを祈り、誠に、',
    ]);
    expect(cjkClauses('入法科者，非爲做官；')!.map((c) => c.join(''))).toEqual(['入法科者，', '非爲做官；']);
  });

  it('property: the clauses joined are the text, character for character', () => {
    const piece = fc.constantFrom(
      '数字',
      '经济',
      '，',
      '。',
      '“',
      '”',
      '（',
      '）',
      'AI ',
      '2030',
      '年',
      '発展',
      'の',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (parts) => {
        const text = '中' + parts.join('');
        expect(cjkClauses(text)!.flat().join('')).toBe(text);
      }),
    );
  });
});
