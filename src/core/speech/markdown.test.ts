import { describe, expect, it } from 'vitest';
import { SpeechError, type Block } from '../deck';
import { buildDeck } from './index';

const build = (text: string) => buildDeck(text, { fileName: 'talk.md' });
const allBlocks = (text: string): Block[] => build(text).slides.flatMap((s) => s.blocks);

describe('Markdown speeches', () => {
  it('headings start slides; prose is the notes', () => {
    const deck = build('# Talk\n\nHello all.\n\n## One\n\nFirst words.\n\n## Two\n\nSecond words.');
    expect(deck.meta.title).toBe('Talk');
    expect(deck.slides.map((s) => [s.title, s.notes])).toEqual([
      ['Talk', 'Hello all.'],
      ['One', 'First words.'],
      ['Two', 'Second words.'],
    ]);
    expect(deck.slides[1]!.source).toEqual({ line: 5, column: 1 });
  });
  it('a screen fence says exactly what is on screen', () => {
    const deck = build(
      '## Plan\n\n```screen\n**Bold** promise\n\n- a\n- b\n```\n\nWe will spend 5 million dollars.',
    );
    const s = deck.slides[1]!;
    expect(s.blocks.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(s.notes).toBe('We will spend 5 million dollars.');
    expect(s.screenText).not.toContain('million');
  });
  it('an empty screen fence means nothing on screen', () => {
    expect(build('## Quiet\n\n```screen\n```\n\nIt costs 10 million dollars.').slides[1]!.blocks).toEqual([]);
  });
  it('spoken-only paragraphs are notes but never screen', () => {
    const s = build(
      '---\n---\n\nIntro.\n\n---\n\n> [!spoken]\n> It costs 5 million dollars.\n\nSales of solar panels grew 20% this year.',
    ).slides[1]!;
    expect(s.notes).toBe('It costs 5 million dollars.\n\nSales of solar panels grew 20% this year.');
    expect(s.screenText).toContain('20%');
    expect(s.screenText).not.toContain('million');
  });
  it('--- forces a slide break', () => {
    const deck = build('# T\n\nHi.\n\n## A\n\nOne.\n\n---\n\nTwo is **the point** here.');
    expect(deck.slides.map((s) => s.title)).toEqual(['T', 'A', 'The point']);
  });
  it('renders lists, tables, quotes, code and local images', () => {
    const types = allBlocks(
      '## S\n\n- a\n- b\n\n| x | y |\n|:-|-:|\n| 1 | 2 |\n\n> quoted\n\n```js\nlet a = 1;\n```\n\n![alt](img/a.png)',
    ).map((b) => b.type);
    expect(types).toEqual(['list', 'table', 'quote', 'code', 'image']);
  });
  it('refuses remote images with a warning', () => {
    const deck = build('## S\n\n![x](https://evil.example/a.png)\n\n![y](data:image/png;base64,AAAA)');
    expect(deck.slides[1]!.blocks).toEqual([
      { type: 'image', src: '', alt: 'x' },
      { type: 'image', src: '', alt: 'y' },
    ]);
    expect(deck.warnings).toHaveLength(2);
    expect(deck.warnings[0]).toMatchObject({ line: 3, column: 1 });
  });
  it('never lets raw HTML or script links reach the screen', () => {
    const text =
      '## S\n\n<script>alert(1)</script>\n\n- <img src=x onerror=alert(1)> item\n- [click](javascript:alert(1)) and [ok](https://example.org)\n- <javascript:alert(2)>\n\nSay <b>this</b>.';
    const deck = build(text);
    const json = JSON.stringify(deck.slides);
    expect(json).not.toMatch(/<script|onerror|<img|<b>/);
    expect(json).not.toMatch(/"href":"(?:javascript|data):/);
    expect(json).toContain('"href":"https://example.org"');
    expect(deck.slides[1]!.notes).toBe('Say this.');
    expect(deck.warnings.length).toBeGreaterThan(0);
  });
  it('splits a closing line into its own slide', () => {
    const deck = build('## Last\n\nThat is all I have.\n\nThank you!');
    expect(deck.slides.at(-1)).toMatchObject({ layout: 'closing', title: 'Thank you!' });
  });
  it('derives lists from enumerations under a heading', () => {
    const s = build(
      '## Proposals\n\nFirst, build roads. They help.\n\nSecondly, build schools.\n\nFinally, build trust.',
    ).slides[1]!;
    expect(s.layout).toBe('list');
    expect(s.screenText).toBe('Proposals\n1. Build roads\n2. Build schools\n3. Build trust');
  });
});

// These must finish (the test's time-out catches a hang) with a result or a located error; how long
// they take is measured by `npm run bench`, never asserted here (a shared machine's clock lies).
describe('hostile Markdown finishes', () => {
  const timed = (text: string) => {
    let result: unknown;
    try {
      result = build(text);
    } catch (e) {
      if (!(e instanceof SpeechError)) throw e;
      result = e;
    }
    return result;
  };
  it('10,000 nested quotes → located error', () => {
    const r = timed('# T\n\n' + '>'.repeat(10_000) + ' deep');
    expect(r).toBeInstanceOf(SpeechError);
    expect((r as SpeechError).diagnostic.line).toBe(3);
  });
  it('10,000 nested list levels (one line or indented) → located error', () => {
    expect(timed('- '.repeat(10_000) + 'x')).toBeInstanceOf(SpeechError);
    expect(
      timed(Array.from({ length: 10_000 }, (_, i) => ' '.repeat(2 * i) + '- x').join('\n')),
    ).toBeInstanceOf(SpeechError);
  });
  it('a 5 MB single line → located error in Markdown, a deck in plain text', () => {
    const line = 'word '.repeat(1_000_000);
    expect(timed(`# T\n\n${line}`)).toBeInstanceOf(SpeechError);
    const deck = buildDeck(`Title\n\n${line}`, { fileName: 'big.txt' });
    expect(deck.slides[1]!.words).toBe(1_000_000);
  }, 120_000); // two 5 MB builds: only a hang should fail this, not a loaded machine (70 s seen)
  it('many paragraphs are parsed in chunks, each slide at its line', () => {
    const text = Array.from(
      { length: 4_000 },
      (_, i) => (i % 50 === 0 ? `## Part ${i}\n\n` : '') + `Paragraph ${i} says something about growth.`,
    ).join('\n\n');
    const deck = timed(text) as ReturnType<typeof build>;
    expect(deck.slides.length).toBe(81);
    expect(deck.slides[80]!.source.line).toBeGreaterThan(8000);
  });
  it('deep emphasis and brackets do not hang', () => {
    timed('## S\n\n' + '*a '.repeat(20_000));
    timed('## S\n\n' + '['.repeat(20_000));
  });
});
