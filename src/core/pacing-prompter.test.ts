import { describe, expect, it } from 'vitest';
import { sentenceAt, splitNotes, splitSentences, spokenWeight } from './pacing-prompter';

describe('splitSentences', () => {
  it('splits at sentence ends and keeps every character', () => {
    const text = 'Good afternoon. It is about 56.1 trillion RMB! Is it? "Yes." Done';
    const parts = splitSentences(text);
    expect(parts).toEqual([
      'Good afternoon. ',
      'It is about 56.1 trillion RMB! ',
      'Is it? ',
      '"Yes." ',
      'Done',
    ]);
    expect(parts.join('')).toBe(text);
  });

  it('splits Chinese at its own full stops', () => {
    expect(splitSentences('数字经济很重要。我们欢迎合作！谢谢')).toEqual([
      '数字经济很重要。',
      '我们欢迎合作！',
      '谢谢',
    ]);
  });

  it('splits Arabic and Urdu at their own question mark and full stop, and Hindi at the danda', () => {
    expect(splitSentences('هل نحن مستعدون؟ نعم، نحن مستعدون.')).toEqual([
      'هل نحن مستعدون؟ ',
      'نعم، نحن مستعدون.',
    ]);
    expect(splitSentences('یہ اہم ہے۔ شکریہ')).toEqual(['یہ اہم ہے۔ ', 'شکریہ']);
    expect(splitSentences('यह महत्वपूर्ण है। धन्यवाद')).toEqual(['यह महत्वपूर्ण है। ', 'धन्यवाद']);
  });

  it('weighs words by the engine’s count: CJK characters one each, Thai by its words', () => {
    expect(spokenWeight('It is 44% of GDP.')).toBe(5);
    expect(spokenWeight('数字经济')).toBe(4);
    expect(spokenWeight('เศรษฐกิจดิจิทัลเติบโต')).toBe(3);
  });
});

describe('sentenceAt', () => {
  const notes = splitNotes('One two three four. Five six.\n\nSeven eight nine ten.');
  it('finds the sentence the planned pace has reached', () => {
    expect(notes.map((s) => [s.paragraph, s.weight])).toEqual([
      [0, 4],
      [0, 2],
      [1, 4],
    ]);
    expect(sentenceAt(notes, 0)).toBe(0);
    expect(sentenceAt(notes, 0.39)).toBe(0);
    expect(sentenceAt(notes, 0.4)).toBe(1);
    expect(sentenceAt(notes, 0.6)).toBe(2);
    expect(sentenceAt(notes, 5)).toBe(2);
    expect(sentenceAt([], 0.5)).toBe(-1);
  });
});
