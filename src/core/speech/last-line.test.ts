import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { headBeforeSlip, headClause, lastResortLine, longestCommaHead, mainClause } from './last-line';

const content = (deck: ReturnType<typeof buildDeck>) =>
  deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');

describe('a content slide always shows a line of its own notes', () => {
  it('takes a line that leans back when nothing else is left', () => {
    // Biden, press conference with Zelenskyy, 21 December 2022 (public domain)
    const line = lastResortLine(
      [
        'He was wrong, wrong, and wrong.',
        'He continues to be wrong.',
        'And the sooner he makes it — it’s clear that he cannot possibly win this war, that’s when — the time we have to put the — this President in a position to be able to decide how he wants the war to end.',
        'My turn, huh?',
      ],
      'Wrong',
      40,
      'en',
    );
    expect(line).toBe('He was wrong, wrong, and wrong.');
  });

  it('takes the head of a self-corrected sentence, never the slip', () => {
    const s =
      'He’s willing to give his life for his country and all the folks who are with — came with him today.';
    expect(headBeforeSlip(s, 'en')).toBe('He’s willing to give his life for his country');
    const s36 = [
      'And I think — I may be mistaken, but I know — I judge every leader by the way they — what they say to me, their consistency, and looking me in the eye.',
      'This guy — (points to President Zelenskyy) — has in his — to his very soul is who he says he is.',
      'It’s clear who he is.',
      s,
    ];
    expect(lastResortLine(s36, '', 40, 'en')).toBe('He’s willing to give his life for his country');
    expect(headBeforeSlip('And I think — I may be mistaken, but I know — I judge every leader.', 'en')).toBe(
      null,
    );
  });

  it('takes the head clause of a sentence too long to show', () => {
    // Obama, Tucson memorial, 12 January 2011 (public domain)
    const s =
      'We should be civil because we want to live up to the example of public servants like John Roll and Gabby Giffords, who knew first and foremost that we are all Americans, and that we can question each other’s ideas without questioning each other’s love of country.';
    expect(headClause(s, 'en')).toBe(
      'We should be civil because we want to live up to the example of public servants like John Roll and Gabby Giffords',
    );
    expect(
      headClause('As new technologies continue to evolve, and as we work together, we will win.', 'en'),
    ).toBe(null);
  });

  it('leaves no press-conference slide blank', () => {
    const text = [
      'PRESIDENT BIDEN: And the winter is setting in, and Putin is increasingly going after civilian targets and women and children, orphanages. This guy is — well —',
      'But — but he’s going to fail. And he’s going to fail. He’s already failed, because he now knows that there’s no way he’s ever going to occupy all of Ukraine.',
      'And I think — I may be mistaken, but I know — I judge every leader by the way they — what they say to me, their consistency, and looking me in the eye.',
      'This guy — (points to President Zelenskyy) — has in his — to his very soul is who he says he is. It’s clear who he is. He’s willing to give his life for his country and all the folks who are with — came with him today.',
      'And so I think it’s — he — it’s important for him to know we are going to do everything in our power — everything in our power to see that he succeeds.',
      'He thought he could break NATO. He thought he could break the West. He thought he could break the Alliance. He thought he could be welcomed by the Ukrainian people that were Russian-speaking.',
      'He was wrong, wrong, and wrong. He continues to be wrong. And the sooner he makes it — it’s clear that he cannot possibly win this war, that’s when — the time we have to put the — this President in a position to be able to decide how he wants the war to end.',
    ].join('\n\n');
    const deck = buildDeck(text, { fileName: 'en-press-conference.txt' });
    for (const s of content(deck)) expect([s.id, s.blocks.length]).not.toEqual([s.id, 0]);
  });
});

describe('the main clause after a fronted clause (mainClause, judge15)', () => {
  const hanoi = [
    'In the same vein, our commitment, as I’ve said at the beginning of this trip, is in full appreciation and pride of the role of the United States as a member of the Indo-Pacific region, understanding that Southeast Asia is at the seat of this region and that the country of Vietnam holds a particular importance and significance to the United States, as does the first stop on this trip, which is when we were in the country of Singapore.',
    'Whether in Singapore or Vietnam, Southeast Asia or the Indo-Pacific region, the United States intends to strengthen our participation and partnership with our partners and allies, and further and strengthen our interests in a way that is collaborative, meeting the challenges of the moment and the challenges of tomorrow, together.',
  ];
  it.each([
    [
      hanoi[1]!,
      'The United States intends to strengthen our participation and partnership with our partners and allies',
    ],
    [hanoi[0]!, null],
    [
      'In the end, the workers built the bridge with their own hands, and it still stands.',
      'The workers built the bridge with their own hands',
    ],
    ['We will build the bridge, and the town will pay for it.', null],
  ])('%s', (sentence, clause) => {
    expect(mainClause(sentence, 'en')).toBe(clause);
  });
  it('a minute of long periods still shows a line', () => {
    expect(lastResortLine(hanoi, 'Southeast Asia', 30, 'en')).toMatch(/^The United States intends/u);
  });
});

describe('a slide of one period too long to show shows its longest head up to a comma', () => {
  // Lincoln, Second Inaugural Address, 4 March 1865 (public domain): the last slide "Nation's
  // wounds" was empty, so "With malice toward none…" was on no slide (judge35)
  const closing =
    "With malice toward none, with charity for all, with firmness in the right as God gives us to see the right, let us strive on to finish the work we are in, to bind up the nation's wounds, to care for him who shall have borne the battle and for his widow and his orphan, to do all which may achieve and cherish a just and lasting peace among ourselves and with all nations.";
  it('cuts the period at the last comma that fits', () => {
    expect(longestCommaHead([closing], 40, 'en')).toBe(
      "With malice toward none, with charity for all, with firmness in the right as God gives us to see the right, let us strive on to finish the work we are in, to bind up the nation's wounds",
    );
    expect(longestCommaHead([closing], 5, 'en')).toBeNull();
  });
  it('never leaves the last slide empty', () => {
    const before =
      'Neither party expected for the war the magnitude or the duration which it has already attained. Neither anticipated that the cause of the conflict might cease with or even before the conflict itself should cease. Each looked for an easier triumph, and a result less fundamental and astounding. Fondly do we hope, fervently do we pray, that this mighty scourge of war may speedily pass away.';
    const deck = buildDeck(`${before}\n\n${closing}`, { fileName: 'lincoln.txt' });
    const last = content(deck).at(-1)!;
    expect(last.blocks.length).toBeGreaterThan(0);
    expect(last.screenText).toContain('With malice toward none, with charity for all');
  });
});
