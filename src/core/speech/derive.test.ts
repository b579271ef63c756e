import { describe, expect, it } from 'vitest';
import { enumerationMarker, enumerationRuns, listItem } from './enumeration';
import { findFigures } from './figures';
import { fnv1a64 } from './hash';
import { deriveTitle, leadPhrase } from './titles';
import { parsePlainInline } from './inline';
import { countWords, countWordsByScript, speakingSeconds } from './words';
import { formatOf } from './format';
import { plannedSeconds } from './timing';

describe('words', () => {
  it('counts per script and sums mixed text', () => {
    expect(countWordsByScript('Hello world')).toEqual({ cjk: 0, other: 2 });
    expect(countWordsByScript('数字经济')).toEqual({ cjk: 4, other: 0 });
    expect(countWords('Привет, мир! 数字 AI')).toBe(5);
    expect(speakingSeconds('word '.repeat(130))).toBeCloseTo(60);
    expect(speakingSeconds('字'.repeat(250))).toBeCloseTo(60);
  });
  it('scales timing to the duration exactly', () => {
    expect(plannedSeconds(['a b c', 'd', ''], 130, 1)).toEqual([45, 15, 0]);
    expect(plannedSeconds(['one two'], 130)).toEqual([1]);
  });
});

describe('hash', () => {
  it('is FNV-1a 64', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
});

describe('figures', () => {
  it('finds money, percentages, ranks and counts with labels', () => {
    expect(findFigures('We have 1,200 members, up 12% since 2020. Revenue reached $3.5 billion.')).toEqual([
      { value: '1,200', label: 'members' },
      { value: '12%', label: 'since 2020' },
      { value: '$3.5 billion', label: 'Revenue' },
    ]);
    expect(findFigures('В 2023 году рынок достиг 3,2 трлн рублей.')[0]!.value).toBe('3,2 трлн рублей');
    expect(findFigures('In 2024 the Strategy 2030 was adopted.')).toEqual([]);
  });
});

describe('enumerations', () => {
  it('recognises markers in several languages', () => {
    for (const t of ['Firstly, x', 'First, x', '1. x', '第一，x', 'Во-первых, x', 'Первое: x'])
      expect(enumerationMarker(t)?.kind).toBe('opener');
    for (const t of ['Secondly, x', '2. x', '第二，x', 'Во-вторых, x'])
      expect(enumerationMarker(t)?.kind).toBe('middle');
    for (const t of ['Last but not least, x', 'Finally, x', '最后，x', 'Наконец, x'])
      expect(enumerationMarker(t)?.kind).toBe('last');
    expect(enumerationMarker('First impressions matter.')).toBeNull();
  });
  it('finds runs and shortens items', () => {
    expect(enumerationRuns(['Intro:', 'First, a.', 'Second, b.', 'Finally, c.', 'After.'])).toEqual([[1, 4]]);
    expect(enumerationRuns(['Firstly, alone.', 'Other.'])).toEqual([]);
    expect(listItem('Secondly, promote city level digital cooperation. We are now cooperating.')).toBe(
      'Promote city level digital cooperation',
    );
  });
});

describe('titles', () => {
  it('prefers bold, then the lead phrase', () => {
    expect(deriveTitle(parsePlainInline('Regarding **digital infrastructure**, more.'), '')).toBe(
      'Digital infrastructure',
    );
    expect(
      leadPhrase(
        'Besides, one of the big change in China is the establishment of National Data Administration of China.',
      ),
    ).toBe('National Data Administration of China');
    expect(leadPhrase('China attaches great importance to digital economy, new industrialization.')).toBe(
      'China attaches great importance to digital economy',
    );
    expect(leadPhrase('Regarding digital infrastructure, the world has changed.')).toBe(
      'Digital infrastructure',
    );
  });
});

describe('format', () => {
  it('chooses by extension, else sniffs', () => {
    expect(formatOf('a.md', '')).toBe('markdown');
    expect(formatOf('a.txt', '# not a heading')).toBe('plain');
    expect(formatOf('a.speech', '# Heading')).toBe('markdown');
    expect(formatOf('a', '---\ntitle: x\n---')).toBe('markdown');
    expect(formatOf('a', 'Just text.')).toBe('plain');
  });
});

describe('plain-text parts', () => {
  it('does not take a greeting for the title line', async () => {
    const { buildDeck } = await import('./index');
    const deck = buildDeck('Dear colleagues\n\nWe met 12 times.\n\nThank you', { fileName: 'my-talk.txt' });
    expect(deck.meta.title).toBe('My talk');
    expect(deck.slides.map((s) => s.layout)).toEqual(['title', 'figures', 'closing']);
    expect(deck.slides[0]!.notes).toBe('Dear colleagues');
  });
});
