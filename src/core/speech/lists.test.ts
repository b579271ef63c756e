import { describe, expect, it } from 'vitest';
import { enumerationMarker, innerMarkers, isClosingWish } from './enumeration';
import { listRuns, type ListUnit } from './lists';

/** Sentences of paragraphs, as the planner hands them to the list finder. */
const units = (...paras: string[][]): ListUnit[] =>
  paras.flatMap((ss, para) => ss.map((text) => ({ text, para })));

describe('enumeration markers', () => {
  it('knows openers, middles and ends in every supported language', () => {
    for (const t of [
      'Firstly, x',
      'First, x',
      'One: x',
      'Number one, x',
      'The first issue is x',
      '1. x',
      '第一，x',
      '一是x',
      'Во-первых, x',
      'Первое: x',
      'En primer lugar, x',
      'Premièrement, x',
      'أولاً، x',
      '第一に自己',
    ])
      expect(enumerationMarker(t)?.kind, t).toBe('opener');
    for (const t of [
      'Secondly, x',
      'Two: x',
      'The second issue is x',
      '2. x',
      '第二，x',
      'Во-вторых, x',
      'En segundo lugar, x',
      'ثانياً، x',
      'And third, x',
    ])
      expect(enumerationMarker(t)?.kind, t).toBe('middle');
    for (const t of [
      'Last but not least, x',
      'Finally, x',
      '最后，x',
      'И наконец, x',
      'Por último, x',
      'وأخيراً، x',
    ])
      expect(enumerationMarker(t)?.kind, t).toBe('last');
    for (const t of ['First impressions matter.', 'One of the big changes is…', 'Second-hand books.'])
      expect(enumerationMarker(t), t).toBeNull();
  });
  it('finds markers inside one sentence (第一，…；第二，…)', () => {
    const s = '第一，在家应该先获得男女平均的分配；第二，在社会应该获得男女相等的势力。';
    expect(innerMarkers(s).map((i) => s.slice(i, i + 3))).toEqual(['第二，']);
  });
  it('tells a closing wish from an item', () => {
    expect(isClosingWish('Finally, we look forward to working with you.')).toBe(true);
    expect(isClosingWish('Finally, build a regional digital ecosystem.')).toBe(false);
    expect(isClosingWish('Last but not least, China hopes to work together with partners.')).toBe(false);
  });
});

describe('list runs', () => {
  it('an enumeration across paragraphs, with its lead-in', () => {
    const runs = listRuns(
      units(
        ['We propose three steps:'],
        ['Firstly, unite the networks.'],
        ['Secondly, open the cloud.', 'It is cheap.'],
        ['Finally, train the young.'],
        ['After that, other things.'],
      ),
    );
    expect(runs).toEqual([
      { kind: 'enumeration', start: 1, end: 5, items: [1, 2, 4], ordered: true, lead: 0 },
    ]);
  });
  it('an enumeration inside one paragraph (Во-первых … Во-вторых … И наконец)', () => {
    const runs = listRuns(units(['Во-первых, сети.', 'Во-вторых, облака.', 'И наконец, кадры.', 'Это всё.']));
    expect(runs[0]).toMatchObject({ start: 0, end: 4, items: [0, 1, 2] });
  });
  it('a closing wish is not an item', () => {
    const runs = listRuns(
      units(['First, we build.'], ['Second, we train.'], ['Finally, we look forward to our next meeting.']),
    );
    expect(runs[0]!.items).toEqual([0, 1]);
    expect(runs[0]!.end).toBe(2);
  });
  it('bullet lines of a plain text', () => {
    const u: ListUnit[] = [
      { text: '• First, roads', para: 0, bullet: true },
      { text: '• Second, rail', para: 1, bullet: true },
      { text: '• And third, ports', para: 2, bullet: true },
      { text: 'That is all.', para: 3 },
    ];
    expect(listRuns(u)[0]).toMatchObject({ kind: 'bullets', items: [0, 1, 2], ordered: false });
  });
  it('anaphora: three sentences that open alike', () => {
    const runs = listRuns(
      units([
        'Last night Japanese forces attacked Hong Kong.',
        'Last night Japanese forces attacked Guam.',
        'Last night Japanese forces attacked the Philippine Islands.',
        'This morning the Japanese attacked Midway Island.',
      ]),
    );
    expect(runs[0]).toMatchObject({
      kind: 'anaphora',
      start: 0,
      end: 3,
      opening: 'Last night Japanese forces',
    });
  });
  it('thanks repeated is not a list', () => {
    expect(listRuns(units(['Thank you.', 'Thank you very much.', 'Thank you all.']))).toEqual([]);
  });
});
