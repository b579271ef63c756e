import { describe, expect, it } from 'vitest';
import { buildDeck, spokenParagraphs } from './speech';
import { followAt, followDeck, notesParagraphs, speechParagraphOf } from './follow';
import { planTalk } from './pacing';
import { initialShowState, reduceShow } from './show';

describe('speechParagraphOf: which speech paragraph each notes paragraph is', () => {
  it('pairs paragraphs one to one when slides keep them whole', () => {
    expect(speechParagraphOf([['A a.', 'B b.'], ['C c.']], ['A a.', 'B b.', 'C c.'])).toEqual([[0, 1], [2]]);
  });

  it('gives both parts of a paragraph split over two slides the same speech paragraph', () => {
    const first = 'One long sentence here. Another long sentence there.';
    const speech = ['Hello all.', first, 'Bye now.'];
    const slides = [
      ['Hello all.', 'One long sentence here.'],
      ['Another long sentence there.', 'Bye now.'],
    ];
    expect(speechParagraphOf(slides, speech)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('counts notes paragraphs on their own without the speech', () => {
    expect(speechParagraphOf([['a', 'b'], ['c']], null)).toEqual([[0, 1], [2]]);
  });

  it('matches a real deck to its speech, whole paragraphs in order', () => {
    const text = [
      'Why cities need trees',
      '',
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `Paragraph ${i + 1} says that trees cool streets by several degrees. ${'Shade matters for people who walk. '.repeat((i % 4) + 1)}\n`,
      ),
    ].join('\n');
    const deck = buildDeck(text, { fileName: 'trees.txt' });
    const speech = spokenParagraphs(text, 'trees.txt');
    const owners = speechParagraphOf(
      deck.slides.map((s) => notesParagraphs(s.notes)),
      speech,
    ).flat();
    // every speech paragraph is found, in order, none skipped
    expect([...new Set(owners)]).toEqual(speech.map((_, i) => i));
  });
});

describe('followDeck: what followers are sent', () => {
  const deck = buildDeck(
    '---\ntitle: T\nspeaker: Ada\nevent: Summit\n---\n\n# One\n\nFirst words.\n\nSecond words.\n\n# Two\n\nThird words.\n',
    {
      fileName: 't.md',
    },
  );

  it('carries the slides and the speech, and nothing of the show', () => {
    const follow = followDeck(deck, ['First words.', 'Second words.', 'Third words.'], []);
    expect(Object.keys(follow).sort()).toEqual([
      'byline',
      'dir',
      'lang',
      'slides',
      'sourceId',
      'title',
      'translations',
    ]);
    expect(Object.keys(follow.slides[0]!).sort()).toEqual([
      'blocks',
      'id',
      'layout',
      'paragraphs',
      'speechParagraphs',
      'title',
    ]);
    expect(follow.byline).toBe('Ada · Summit');
    expect(follow.slides.map((s) => s.paragraphs)).toEqual(deck.slides.map((s) => notesParagraphs(s.notes)));
  });

  it('says where the speaker is: slide, step and the paragraph by the plan', () => {
    const plan = planTalk(deck, { learnedWpm: null, useLearned: false });
    const start = 1_700_000_000_000;
    const state = reduceShow(initialShowState(deck.slides.length), { type: 'goto', index: 0 }, start);
    expect(followAt(deck, state, plan, start)).toEqual({ index: 0, step: 0, paragraph: 0 });
    const talking = reduceShow(state, { type: 'timer', action: 'start' }, start);
    const two = deck.slides.findIndex((s) => notesParagraphs(s.notes).length === 2);
    const there = reduceShow(talking, { type: 'goto', index: two }, start);
    // early on the slide the first paragraph, near the end of its budget the second
    expect(followAt(deck, there, plan, start + plan.slideMs[two]! * 0.1).paragraph).toBe(0);
    expect(followAt(deck, there, plan, start + plan.slideMs[two]! * 0.9)).toEqual({
      index: two,
      step: 0,
      paragraph: 1,
    });
  });
});
