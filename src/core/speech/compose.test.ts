import { describe, expect, it } from 'vitest';
import { titleBlocks } from './compose';
import { keyLine } from './body';

const texts = (meta: Parameters<typeof titleBlocks>[0]) =>
  titleBlocks(meta).map((b) => (b.type === 'paragraph' ? JSON.stringify(b.children) : b.type));

describe('the title slide says each thing once', () => {
  it('a venue line that is also the deck title is not repeated under it', () => {
    // Biden at the UN: the transcript's first line, "United Nations Headquarters", titles the deck
    const lines = texts({
      title: 'United Nations Headquarters',
      event: 'United Nations Headquarters',
      date: '2021',
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('2021');
    expect(lines[0]).not.toContain('Headquarters');
    expect(texts({ title: 'A talk', event: 'United Nations Headquarters' })[0]).toContain('Headquarters');
  });

  it('an occasion read as both subtitle and event is printed once, with its date (Guterres, UN Day 2022; judge21)', () => {
    const lines = texts({
      title: 'رسالة لأمين العام',
      subtitle: 'بمناسبة يوم الأمم المتحدة',
      event: 'بمناسبة يوم الأمم المتحدة',
      date: '24 تشرين الأول/أكتوبر 2022',
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('بمناسبة يوم الأمم المتحدة · 24 تشرين الأول/أكتوبر 2022');
    expect(texts({ title: 'A talk', subtitle: 'On trade', event: 'Geneva' })).toHaveLength(2);
  });
});

describe('a key line stands on its own', () => {
  it('never opens with "for" as a conjunction leaning on the sentence before, even as the last resort', () => {
    // Biden at the UN: the sentence before is too long for a line, so this one was taken alone
    const sentences = [
      'And as we close this devastating pandemic, we must come together to fund global health security and build a mechanism to finance it.',
      'For there will be another one.',
    ];
    expect(keyLine(sentences, 'Pandemic', 'en', 18, true)).toBeNull();
    expect(
      keyLine(['For example, our schools have reopened across the nation this fall.'], 'x', 'en', 18, true),
    ).toBe('For example, our schools have reopened across the nation this fall.');
  });
});
