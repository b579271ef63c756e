import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSize } from '../code-size';
import { buildDeck } from './index';
import { highlightCode, languageOf, MAX_HIGHLIGHTED } from './highlight';

describe('code highlighted by its language', () => {
  it('gives tokens with what each one is', () => {
    expect(highlightCode('const x = "a<b" && 1; // note', 'js')).toEqual([
      { text: 'const', kind: 'keyword' },
      { text: ' x = ' },
      { text: '"a<b"', kind: 'string' },
      { text: ' && ' },
      { text: '1', kind: 'number' },
      { text: '; ' },
      { text: '// note', kind: 'comment' },
    ]);
    expect(highlightCode('def f(x):\n    return x', 'python')?.[0]).toEqual({ text: 'def', kind: 'keyword' });
  });
  it('knows the names people write in fences', () => {
    expect(
      ['ts', 'TypeScript', 'py', 'sh', 'html', 'c++', 'yml', 'rs', 'python {2,3}'].map(languageOf),
    ).toEqual(['ts', 'typescript', 'python', 'bash', 'xml', 'cpp', 'yaml', 'rust', 'python']);
    expect(languageOf('mermaid')).toBeNull();
    expect(languageOf(undefined)).toBeNull();
  });
  it('keeps every character of the code, in order, whatever it is', () => {
    const languages = fc.constantFrom(
      'js',
      'ts',
      'python',
      'java',
      'go',
      'rust',
      'sql',
      'bash',
      'json',
      'yaml',
      'html',
      'css',
      'cpp',
      'markdown',
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), languages, (code, lang) => {
        const tokens = highlightCode(code, lang);
        if (tokens) expect(tokens.map((t) => t.text).join('')).toBe(code);
      }),
      { numRuns: 300 },
    );
  });
  it('shows plain what it cannot highlight: no language, an unknown one, too long', () => {
    expect(highlightCode('x = 1', undefined)).toBeNull();
    expect(highlightCode('graph TD; A-->B', 'mermaid')).toBeNull();
    expect(highlightCode('x = 1\n'.repeat(MAX_HIGHLIGHTED / 5), 'python')).toBeNull();
  });
  it('in a deck: tokens on the block, a located warning for a language it does not know and for code too small to read', () => {
    const long = Array.from({ length: 22 }, (_, i) => `print(${i})`).join('\n');
    const deck = buildDeck(
      `---\ntitle: T\n---\n\n# Code\n\n\`\`\`js\nlet a = 1;\n\`\`\`\n\n\`\`\`mermaid\ngraph TD\n\`\`\`\n\n\`\`\`text\nplain\n\`\`\`\n\n# Long\n\n\`\`\`python\n${long}\n\`\`\`\n`,
      { fileName: 't.md' },
    );
    const [first, second, third] = deck.slides[1]!.blocks;
    expect(first).toMatchObject({
      type: 'code',
      lang: 'js',
      tokens: [
        { text: 'let', kind: 'keyword' },
        { text: ' a = ' },
        { text: '1', kind: 'number' },
        { text: ';' },
      ],
    });
    expect(second).toMatchObject({ type: 'code', lang: 'mermaid', value: 'graph TD' });
    expect(second).not.toHaveProperty('tokens');
    expect(third).not.toHaveProperty('tokens');
    expect(deck.warnings.map((w) => [w.line, w.message])).toEqual([
      [11, 'code in "mermaid" is shown without highlighting (not a language Lectern highlights)'],
      [
        21,
        'this code is set small to fit the slide (22 lines): at the back of a hall, at most 14 lines of up to 70 characters read',
      ],
    ]);
  });
});

describe('code size', () => {
  it.each([
    ['a\nb', 'l', 32],
    [Array(12).fill('x'.repeat(60)).join('\n'), 'm', 28],
    [Array(14).fill('x').join('\n'), 's', 24],
    ['x'.repeat(71), 'xs', 19],
    ['\tindented\t\t'.repeat(6), 'xs', 19],
  ])('%#: step %s, %i px', (code, step, px) => {
    expect(codeSize(code)).toEqual({ step, px });
  });
});
