import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeck, normalizeSpoken, spokenText } from './index';

const word = fc.constantFrom(
  'digital',
  'economy',
  'China',
  'партнёры',
  'сотрудничество',
  '数字',
  '经济',
  'growth',
  '**key topic**',
  '56.1 trillion RMB',
  '44%',
  '421',
  'data',
  'I',
  'we',
  'cities',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' ') + '.');
const paragraph = fc.oneof(
  { weight: 6, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' ')) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Thank you, Chair.',
      'Dear Colleagues,',
      'Thank you!',
      'Спасибо!',
      '谢谢！',
      'I would like to make three proposals:',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          'Firstly, ',
          'Secondly, ',
          'Finally, ',
          'Во-первых, ',
          '第一，',
          '最后，',
          '1. ',
          '2. ',
        ),
        sentence,
      )
      .map(([m, s]) => m + s),
  },
);
const plainSpeech = fc
  .tuple(
    fc.option(fc.constantFrom('A Title Line', 'Заголовок речи', '标题')),
    fc.array(paragraph, { minLength: 0, maxLength: 14 }),
  )
  .map(([title, paras]) => [...(title ? [title] : []), ...paras].join('\n\n'));
const mdBlock = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '# Heading',
      '## Второй раздел',
      '---',
      '- item one\n- item two',
      '```screen\n- on screen\n```',
      '> [!spoken]\n> Only said aloud.',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      '![pic](pic.png)',
      '<script>alert(1)</script>',
    ),
  },
);
const mdSpeech = fc
  .tuple(fc.boolean(), fc.array(mdBlock, { minLength: 0, maxLength: 14 }))
  .map(([fm, blocks]) => (fm ? '---\ntitle: Talk\nduration: 2\n---\n\n' : '') + blocks.join('\n\n'));

const notesOf = (text: string, fileName: string) =>
  buildDeck(text, { fileName })
    .slides.map((s) => s.notes)
    .join('\n\n');

describe('invariant: the notes, in order, are the whole spoken text', () => {
  it('holds for generated plain-text speeches', () => {
    fc.assert(
      fc.property(
        plainSpeech,
        (text) => normalizeSpoken(notesOf(text, 's.txt')) === normalizeSpoken(spokenText(text, 's.txt')),
      ),
      { numRuns: 300 },
    );
  });
  it('holds for generated Markdown speeches', () => {
    fc.assert(
      fc.property(
        mdSpeech,
        (text) => normalizeSpoken(notesOf(text, 's.md')) === normalizeSpoken(spokenText(text, 's.md')),
      ),
      { numRuns: 300 },
    );
  });
  it('keeps every word of a plain speech (spoken text is the paragraphs minus the title)', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 10 }), (paras) => {
        const text = paras.join('\n\n');
        const words = normalizeSpoken(text).split(' ');
        const notes = normalizeSpoken(notesOf(text, 's.txt'));
        return words.every((w) => notes.includes(w));
      }),
      { numRuns: 200 },
    );
  });
  it('timing: planned seconds add up to the duration', () => {
    fc.assert(
      fc.property(mdSpeech, fc.integer({ min: 1, max: 60 }), (body, minutes) => {
        const text = `---\ntitle: T\nduration: ${minutes}\n---\n\n${body}\n\nSome spoken words here.`;
        const deck = buildDeck(text, { fileName: 't.md' });
        return deck.slides.reduce((a, s) => a + s.plannedSeconds, 0) === minutes * 60;
      }),
      { numRuns: 100 },
    );
  });
  it('empty input gives a title slide and no error', () => {
    expect(buildDeck('', { fileName: 'empty.txt' }).slides).toHaveLength(1);
    expect(buildDeck('', { fileName: 'empty.md' }).slides[0]!.layout).toBe('title');
  });
});
