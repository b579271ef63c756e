import { describe, expect, it } from 'vitest';
import { parsePlainInline } from './inline';
import { deriveTitle, isTitle } from './titles';

describe('isTitle: what a designer would not accept', () => {
  it('rejects the issue’s failures', () => {
    const sentence = 'It is a great honour to stand here before you today.';
    expect(isTitle('It is a great honour to stand here before', 'en', sentence)).toBe(false);
    for (const t of [
      'Then there',
      'No',
      'So far',
      '• First',
      'II.',
      'VII',
      'Good evening',
      '各位来宾',
      'Thank you',
      'Global COVID respon-',
      'Their conception of what',
      'Our plan for',
    ])
      expect(isTitle(t, t.includes('各') ? 'zh' : 'en'), t).toBe(false);
  });
  it('accepts headlines, noun phrases, questions and whole subjects', () => {
    for (const t of [
      'Digital infrastructure',
      'Can cities feed themselves?',
      'National Data Administration',
      '数字基础设施',
    ])
      expect(isTitle(t, /数/.test(t) ? 'zh' : 'en'), t).toBe(true);
    expect(
      isTitle('Our plan for the next two years', 'en', 'Our plan for the next two years has three steps:'),
    ).toBe(true);
  });
  it('at most 8 words or 16 CJK characters', () => {
    expect(isTitle('one two three four five six seven eight nine words')).toBe(false);
    expect(isTitle('数字经济与区域合作的新机遇和新挑战以及未来发展', 'zh')).toBe(false);
  });
});

describe('deriveTitle', () => {
  it('prefers the speaker’s bold emphasis, then an announced topic', () => {
    expect(
      deriveTitle(
        ['Regarding digital infrastructure, the world has changed.'],
        parsePlainInline('Regarding **digital infrastructure**, more.'),
      ),
    ).toBe('Digital infrastructure');
    expect(deriveTitle(['As for public transport, we will double the buses.'], [])).toBe('Public transport');
    expect(deriveTitle(['Let me now turn to climate finance.', 'It matters.'], [])).toBe('Climate finance');
  });
  it('takes a short headline sentence, or the subject a sentence states something about', () => {
    expect(deriveTitle(['Can cities feed themselves?', 'Many cannot.'], [])).toBe(
      'Can cities feed themselves?',
    );
    expect(deriveTitle(['Our plan for the next two years has three steps:'], [])).toBe(
      'Our plan for the next two years',
    );
  });
  it('falls back to the passage’s key phrase, never a greeting or its opening words', () => {
    const t = deriveTitle(
      [
        'It is a great honour to stand here before you today, in this city of bridges and rivers.',
        'Our rivers carry trade, and our bridges carry people.',
        'The rivers and bridges of this city made it.',
      ],
      [],
    );
    expect(t).not.toMatch(/^It is a great honour/);
    expect(isTitle(t)).toBe(true);
  });
});
