import { describe, expect, it } from 'vitest';
import { SpeechError } from '../deck';
import { buildDeck } from './index';

const build = (text: string) => buildDeck(text, { fileName: 'talk.md' });
const errorOf = (text: string) => {
  try {
    build(text);
  } catch (e) {
    if (e instanceof SpeechError) return e.diagnostic;
    throw e;
  }
  throw new Error('expected a SpeechError');
};

describe('front matter', () => {
  it('reads the known keys into meta', () => {
    const deck = build(
      '---\ntitle: My Talk\nsubtitle: Sub\nspeaker: Ann\nrole: CTO\norganisation: ACME\nevent: Conf\ndate: 2024-05-01\nduration: 2\nwpm: 150\nlang: ru\ntheme: black\n---\nHello there.',
    );
    expect(deck.meta).toEqual({
      title: 'My Talk',
      subtitle: 'Sub',
      speaker: 'Ann',
      role: 'CTO',
      organisation: 'ACME',
      event: 'Conf',
      date: '2024-05-01',
      duration: 2,
      wpm: 150,
      lang: 'ru',
      dir: 'ltr',
      theme: 'black',
    });
    expect(deck.slides[0]!.screenText).toContain('Ann');
  });
  it('takes lang from the front matter over the text, and gives its direction', () => {
    const deck = build('---\ntitle: T\nlang: he\n---\nThis text is English, the author says otherwise.');
    expect(deck.meta).toMatchObject({ lang: 'he', dir: 'rtl' });
  });
  it('detects lang and dir from the spoken text without front matter', () => {
    const arabic = build('أصبح الاقتصاد الرقمي المحرك الرئيسي للنمو في منطقتنا، وعلينا أن نعمل معا.');
    expect(arabic.meta).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(build('数字经济已经成为我们地区增长的主要引擎。').meta).toMatchObject({ lang: 'zh', dir: 'ltr' });
  });
  it('warns about unknown keys with their position', () => {
    const deck = build('---\ntitle: T\ncolour: red\n---\nHello.');
    expect(deck.warnings[0]).toMatchObject({ severity: 'warning', line: 3, column: 1 });
    expect(deck.warnings[0]!.message).toContain('colour');
  });
  it('reports wrong types at the value', () => {
    expect(errorOf('---\ntitle: T\nduration: five\n---\nHi.')).toMatchObject({
      file: 'talk.md',
      line: 3,
      column: 11,
    });
    expect(errorOf('---\ntitle: [a, b]\n---\nHi.').line).toBe(2);
    expect(errorOf('---\ntitle: T\nwpm: 5000\n---\nHi.').message).toContain('wpm');
  });
  it('reports invalid YAML at its line', () => {
    const d = errorOf('---\ntitle: T\n  bad: : indent\n---\nHi.');
    expect(d.line).toBeGreaterThanOrEqual(2);
    expect(d.message).toMatch(/invalid front matter/);
  });
  it('reports an unclosed front matter', () => {
    expect(errorOf('---\ntitle: T\n\nHello.').message).toContain('not closed');
  });
  it('refuses an alias bomb quickly', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${'a'.repeat(i + 1)}: &${'a'.repeat(i + 1)} [${Array(10)
          .fill('*' + 'a'.repeat(i))
          .join(', ')}]`,
      );
    // Refused, not expanded (a hang would trip the test's time-out).
    expect(errorOf(`---\n${lines.join('\n')}\n---\nHi.`).message).toMatch(/front matter/);
  });
});
