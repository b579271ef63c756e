import { describe, expect, it } from 'vitest';
import { enumerationMarker, innerMarkers, isClosingWish } from './enumeration';
import { listRuns, type ListUnit } from './lists';
import { buildDeck } from './index';
import { blocksText } from '../deck';

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
      '（一）大革命之前',
      '(1) x',
      '1) x',
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
      '（三）等到大革命成功后',
      '(2) x',
      '2）x',
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
    const lu = '大约可以分开三个时候来说：（一）大革命之前，所有的文学，大抵是叫苦。';
    expect(innerMarkers(lu).map((i) => lu.slice(i, i + 3))).toEqual(['（一）']);
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
  // Biden and Zelenskyy, press conference, 21 December 2022 (public domain)
  const AREAS = [
    [
      'Just today, I approved another $1.8 billion in additional assistance to Ukraine for it to succeed on the battlefield.',
      'And we’re focused on working with allies and partners to generate capability in four key areas:',
    ],
    ['Air defense.', 'As kno- — as we know today, the Patriot is the best of that.'],
    [
      'Secondly is to — and we’re looking to do more.',
      'We provided hundreds of advanced artillery systems and dozens — from dozens of countries.',
    ],
    ['Thirdly, we’ve worked with partners to get Ukraine tanks and other armored vehicles.'],
    ['And fourthly, we’ve announced today another 200,000 rounds of additional ammunition.'],
    ['Now, you say, “Why don’t we just give Ukraine everything there is to give?”'],
  ];
  it('an enumeration whose first item has no marker, after a lead-in that counts its items', () => {
    expect(listRuns(units(...AREAS))).toEqual([
      { kind: 'enumeration', start: 2, end: 8, items: [2, 4, 6, 7], ordered: true, lead: 1 },
    ]);
    // a count the items do not match, or no marker after the first item: no list
    expect(listRuns(units(...AREAS.slice(0, 4), ...AREAS.slice(5)))).toEqual([]);
    expect(listRuns(units(['We need these:'], ['Air defense.'], ['Tanks.'], ['Ammunition.']))).toEqual([]);
  });
  it('thanks repeated is not a list', () => {
    expect(listRuns(units(['Thank you.', 'Thank you very much.', 'Thank you all.']))).toEqual([]);
  });
});

describe('a long enumeration split over slides', () => {
  // each item runs far beyond one slide's time: the planner gives every item a slide of its own
  const filler = (topic: string) =>
    [
      `${topic}这件事，说起来容易，做起来却很难，我们在过去几年里已经看得很清楚了。`,
      '许多朋友以为只要有了热情，一切便可以办到，然而实际的情形完全不是这样的。',
      '倘若没有坚实的准备，没有长久的耐心，一遇到困难便会退缩，终于失望，颓废。',
      '所以我们不能只在屋子里空谈理论，必须到社会里去，和实际的生活接触。',
      '这样的工作是琐碎的，麻烦的，也不会立刻得到什么光荣，但非做不可。',
      '旧的习惯的力量是很大的，新的东西要生根，总得经过许多年月的培养。',
    ].join('');
  const speech = [
    `现在，我说一说我们今后应注意的几点。第一，对于旧势力的斗争必须坚决。${filler('斗争')}${filler('坚持')}`,
    `第二，战线应该扩大。${filler('扩大')}${filler('团结')}`,
    `第三，我们应当造出大群的新的战士。${filler('培养')}${filler('耐心')}`,
  ].join('\n\n');
  it('shows the items said so far on each item’s slide, the latest in bold, when each opens with a headline', () => {
    const deck = buildDeck(speech, { fileName: 'zuoyi.txt' });
    const third = deck.slides.find((s) => s.notes.includes('第三，'))!;
    const list = third.blocks[0];
    expect(list?.type).toBe('list');
    if (list?.type !== 'list') return;
    expect(list.ordered).toBe(true);
    expect(blocksText([list]).split('\n')).toEqual([
      '1. 对于旧势力的斗争必须坚决',
      '2. 战线应该扩大',
      '3. 我们应当造出大群的新的战士',
    ]);
    expect(list.items[2]![0]).toMatchObject({ type: 'paragraph', children: [{ type: 'strong' }] });
    // the first item's slide shows no list of one
    const first = deck.slides.find((s) => s.notes.includes('第一，'))!;
    expect(first.layout).not.toBe('list');
  });
});
