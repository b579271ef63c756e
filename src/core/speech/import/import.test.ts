import { describe, expect, it } from 'vitest';
import { SpeechError } from '../../deck';
import { buildDeck, formatOf } from '../index';
import { detectDeckFormat } from './detect';
import { splitPieces } from './lines';
import { directivesOf } from './marp';
import { separatorLine } from './revealmd';
import { slidevMinutes } from './slidev';

const deck = (text: string, format?: 'revealmd' | 'marp' | 'slidev') =>
  buildDeck(text, { fileName: 'deck.md', ...(format ? { format } : {}) });
const titles = (text: string, format?: 'revealmd' | 'marp' | 'slidev') =>
  deck(text, format).slides.map((s) => s.title);

describe('detecting the format', () => {
  it.each([
    ['---\nmarp: true\n---\n\n# A', 'marp'],
    ['---\ntitle: T\nrevealOptions:\n  transition: fade\n---\n\n# A', 'revealmd'],
    ['---\ntheme: seriph\nlayout: cover\n---\n\n# A', 'slidev'],
    ['---\npaginate: true\n---\n\n# A', 'marp'],
    ['# A\n\n<aside class="notes">said</aside>', 'revealmd'],
    ['# A\n\n<!-- .slide: data-background="red" -->', 'revealmd'],
    ['# A\n\nNote: said\n\n---\n\n# B', 'revealmd'],
    ['# A\n\n<!-- _class: lead -->', 'marp'],
    ['# A\n\n---\nlayout: center\n---\n\n# B', 'slidev'],
    ['# A\n\n<v-clicks>\n\n- a\n\n</v-clicks>', 'slidev'],
  ])('%j is %s', (text, format) => {
    expect(detectDeckFormat(text)).toBe(format);
    expect(formatOf('deck.md', text)).toBe(format);
  });
  it.each([
    '---\ntitle: My talk\ntheme: white\nduration: 10\n---\n\n# Why\n\nSpoken prose.',
    '# Why\n\nNote: this sentence is spoken, and there is no slide break.',
    '# Code\n\n```md\n---\nmarp: true\n---\n<aside class="notes">x</aside>\n```',
    'Plain prose.\n\n---\n\nMore prose.',
  ])('a Lectern speech stays Lectern Markdown: %j', (text) => {
    expect(detectDeckFormat(text)).toBeNull();
  });
  it('a .txt file is plain text whatever it holds', () => {
    expect(formatOf('talk.txt', '---\nmarp: true\n---\n')).toBe('plain');
  });
});

describe('reveal.js Markdown', () => {
  it('splits at ---, -- and ---- lines, never inside code, and takes notes after Note:', () => {
    const d = deck(
      '# A\n\nNote: one\n\n---\n\n# B\n\n--\n\n# C\n\n```\n---\nNote: code\n```\n\n----\n\n# D',
      'revealmd',
    );
    expect(d.slides.map((s) => s.title)).toEqual(['A', 'B', 'C', 'D']);
    expect(d.slides[0]!.notes).toBe('one');
    expect(d.slides[2]!.screenText).toContain('Note: code');
  });
  it('an aside comes before the Note: part, in the order reveal.js shows them', () => {
    const d = deck('# A\n\n<aside class="notes">first</aside>\n\nshown\n\nNote: second', 'revealmd');
    expect(d.slides[0]!.notes).toBe('first\n\nsecond');
    expect(d.slides[0]!.screenText).toBe('A\nshown');
  });
  it('notes written in Markdown are said word for word: lists item by item, emphasis without marks', () => {
    const d = deck('# A\n\nNote:\n- **first** point\n- second point\n\n`code` too', 'revealmd');
    expect(d.slides[0]!.notes).toBe('first point\n\nsecond point\n\ncode too');
  });
  it('honours a custom separator written as a plain line, and reports a real pattern', () => {
    const custom = '---\nseparator: <!--s-->\n---\n\n# A\n\n<!--s-->\n\n# B';
    expect(titles(custom, 'revealmd')).toEqual(['A', 'B']);
    const hostile = deck('---\nseparator: "(a+)+$"\n---\n\n# A\n\n---\n\n# B', 'revealmd');
    expect(hostile.slides.map((s) => s.title)).toEqual(['A', 'B']);
    expect(hostile.warnings[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining('pattern Lectern does not run'),
    });
  });
  it('an empty slide is left out with a located warning, never a blank slide', () => {
    const d = deck('# A\n\nNote: x\n\n---\n\n---\n\n# B\n\nNote: y', 'revealmd');
    expect(d.slides.map((s) => s.title)).toEqual(['A', 'B']);
    expect(d.warnings).toContainEqual(
      expect.objectContaining({ line: 5, message: expect.stringMatching(/empty slide/) }),
    );
  });
  it.each([
    ['^(\\r\\n?|\\n)---(\\r\\n?|\\n)$', '---'],
    ['\\r?\\n---\\r?\\n', '---'],
    ['\\n--\\n', '--'],
    ['^\\s*----\\s*$', '----'],
    ['<!--v-->', '<!--v-->'],
    ['(a+)+$', null],
    ['^---.*$', null],
  ])('separator %j is the line %j', (pattern, line) => {
    expect(separatorLine(pattern)).toBe(line);
  });
});

describe('Marp', () => {
  it('headingDivider starts a slide at each heading, with no empty slide after a ---', () => {
    const text =
      '---\nmarp: true\nheadingDivider: 2\n---\n\n# A\n\n<!-- a -->\n\n## B\n\n<!-- b -->\n\n---\n\n## C\n\n### c1\n\n<!-- c -->';
    const d = deck(text);
    expect(d.slides.map((s) => s.title)).toEqual(['A', 'B', 'C']);
    expect(d.slides.map((s) => s.notes)).toEqual(['a', 'b', 'c']);
    expect(d.warnings.filter((w) => /empty/.test(w.message))).toEqual([]);
  });
  it('a directive comment is not a note; <!-- fit --> is neither', () => {
    expect(directivesOf(' _class: lead ')).toEqual([{ key: 'class', value: 'lead', spot: true }]);
    expect(directivesOf('paginate: true\nheader: "Hi"')).toEqual([
      { key: 'paginate', value: 'true', spot: false },
      { key: 'header', value: 'Hi', spot: false },
    ]);
    expect(directivesOf('Note to self: slow down')).toBeNull();
    const d = deck('---\nmarp: true\n---\n\n# <!-- fit --> Big title\n\n<!-- Note to self: slow down -->');
    expect(d.slides[0]!.title).toBe('Big title');
    expect(d.slides[0]!.notes).toBe('Note to self: slow down');
  });
  it('*** and ___ are slide breaks too', () => {
    expect(titles('---\nmarp: true\n---\n\n# A\n\n***\n\n# B\n\n___\n\n# C')).toEqual(['A', 'B', 'C']);
  });
});

describe('Slidev', () => {
  it('reads a ```yaml block as the slide’s front matter', () => {
    const d = deck('# A\n\n---\n\n```yaml\nlayout: end\n```\n\n# Bye\n\n<!-- bye -->', 'slidev');
    expect(d.slides.map((s) => [s.layout, s.title])).toEqual([
      ['title', 'A'],
      ['closing', 'Bye'],
    ]);
  });
  it('a --- right above a heading is not a front matter block: the heading is kept', () => {
    expect(titles('# A\n\n---\n# B\n---\n\n# C', 'slidev')).toEqual(['A', 'B', 'C']);
  });
  it('reports an unknown layout, a src import and a remote image; invalid YAML is a located error', () => {
    const d = deck(
      '# A\n\n---\nlayout: iframe\nurl: https://x.test\n---\n\n# B\n\n---\nsrc: ./more.md\n---\n\n---\nlayout: image\nimage: https://x.test/a.png\n---\n\n# D',
      'slidev',
    );
    expect(d.warnings.map((w) => [w.line, w.message.slice(0, 40)])).toEqual([
      [4, 'Slidev layout "iframe" has no Lectern eq'],
      [11, 'slides from another file (src: ./more.md'],
      [16, 'image "https://x.test/a.png" is not a lo'],
    ]);
    expect(() => deck('# A\n\n---\nlayout: [oops\n---\n\n# B', 'slidev')).toThrow(SpeechError);
    try {
      deck('# A\n\n---\nlayout: [oops\n---\n\n# B', 'slidev');
    } catch (e) {
      expect((e as SpeechError).diagnostic.line).toBeGreaterThanOrEqual(4);
    }
  });
  it.each([
    ['30min', 30],
    ['1h', 60],
    [45, 45],
    ['soon', undefined],
  ])('duration %j is %j minutes', (value, minutes) => {
    expect(slidevMinutes(value)).toBe(minutes);
  });
});

describe('splitting', () => {
  it('keeps every line number: a piece starts where it is in the file', () => {
    const pieces = splitPieces('a\n---\nb\nc\n---\nd', (l) => (l === '---' ? 1 : false));
    expect(pieces.map((p) => [p.line, p.text, p.separatorLine])).toEqual([
      [0, 'a', null],
      [2, 'b\nc', 1],
      [5, 'd', 4],
    ]);
  });
});
