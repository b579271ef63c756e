import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpeechError, type Deck } from '../deck';
import { buildDeck, normalizeSpoken, spokenText, type SpeechFormat } from './index';

/**
 * Fuzz: arbitrary text, weighted towards the characters that mean something to Markdown, YAML and
 * the plain-text rules, plus any Unicode. Every input must end in a deck or a located SpeechError,
 * quickly; never another exception, never a hang. Bounded in runs and in time.
 */
const markdownish = fc.constantFrom(
  '#',
  '##',
  '*',
  '**',
  '_',
  '`',
  '```',
  '```screen',
  '~~~',
  '>',
  '> [!spoken]',
  '-',
  '---',
  '+',
  '1.',
  '|',
  ':-:',
  '[',
  ']',
  '(',
  ')',
  '!',
  '<',
  '>',
  '&amp;',
  '\\',
  '\n',
  '\n\n',
  '\t',
  '    ',
  ' ',
  ':',
  'title:',
  '&a',
  '*a',
  '<script>',
  'javascript:',
  'Firstly,',
  'Thank you!',
  '第一，',
  'Во-первых,',
  '56.1 trillion RMB',
  '44%',
  '\r\n',
  '\u0000',
  // what the deck importers look for (reveal.js, Marp, Slidev)
  'Note:',
  '--',
  '<!--',
  '-->',
  '<!-- .slide: x -->',
  '<aside class="notes">',
  '</aside>',
  'marp: true',
  '<!-- _class: lead -->',
  'headingDivider: 2',
  'layout: center',
  '```yaml',
  '<v-clicks>',
  '::right::',
);
const piece = fc.oneof(
  { weight: 3, arbitrary: markdownish },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
  fc
    .array(piece, { maxLength: 40 })
    .map((parts) => `---\n${parts.join('')}\n---\n\n${parts.reverse().join(' ')}`),
);

function checkDeck(deck: Deck): void {
  const ids = new Set(deck.slides.map((s) => s.id));
  expect(ids.size).toBe(deck.slides.length);
  for (const slide of deck.slides) {
    expect(Number.isFinite(slide.plannedSeconds) && slide.plannedSeconds >= 0).toBe(true);
    expect(Number.isInteger(slide.words) && slide.words >= 0).toBe(true);
    expect(typeof slide.notes).toBe('string');
    expect(slide.source.line).toBeGreaterThanOrEqual(1);
  }
}

describe('fuzz: any text becomes a deck or a located error', () => {
  const cases: Array<[string, SpeechFormat | undefined]> = [
    ['fuzz.md', undefined],
    ['fuzz.txt', undefined],
    ['fuzz.md', 'revealmd'],
    ['fuzz.md', 'marp'],
    ['fuzz.md', 'slidev'],
  ];
  for (const [fileName, format] of cases) {
    it(`${fileName}${format ? ` as ${format}` : ''}: no other exception, invariant holds`, () => {
      fc.assert(
        fc.property(text, (input) => {
          let deck: Deck;
          try {
            deck = buildDeck(input, { fileName, ...(format ? { format } : {}) });
          } catch (error) {
            if (!(error instanceof SpeechError)) throw error;
            expect(error.diagnostic.file).toBe(fileName);
            expect(error.diagnostic.line).toBeGreaterThanOrEqual(1);
            return;
          }
          checkDeck(deck);
          expect(normalizeSpoken(deck.slides.map((s) => s.notes).join('\n\n'))).toBe(
            normalizeSpoken(spokenText(input, fileName, format)),
          );
        }),
        { numRuns: 400, interruptAfterTimeLimit: 15_000, seed: 20261129 },
      );
    });
  }
});
