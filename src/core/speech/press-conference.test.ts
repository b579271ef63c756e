import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDeck } from '.';
import { blocksText } from '../deck';
import { lastResortLine, restatedClause } from './last-line';
import { deriveTitle } from './titles';
import { namesRole } from './names';
import { transcriptTitle } from './voices';
import type { SpokenPara } from './model';

// Excerpts of President Reagan's first press conference, 29 January 1981 (public domain, from
// kfogel/presidential-speeches): a transcript with "Q:" / "Q." questions and "The President:" answers.
const LATE = [
  'Q: Mr. President, still I am impressed when I listened the other day, "Viva la roja, la blanca, y azul." Mr. President, it is true that when Hispanics are given the opportunity to serve this country, they serve the country with diligence and dispatch. In view of this undisputed fact, when are you going to appoint Hispanic Americans to serve in your administration in policy-making positions?',
  "The President: We are definitely recruiting and definitely trying to do that. I want an administration that will be representative of the country as a whole, and please don't judge us on the fact that we have only picked a hundred. There will be 1,700 positions to fill in the executive branch and the White House senior staff and staff. And the personnel committee in our administration that is talent hunting and looking for these people contains members of the minorities, Hispanics, and even a majority of women, and we want that very much. So, don't judge us now by the tip of the iceberg. Wait till it's all in.",
  'Q. Mr. President? Yes, thank you.',
  "Mr. President: Paul Volcker, the Chairman of the Federal Reserve Board, has been implementing policies that are exactly opposite in basic thrust from what you recommend. He has been squeezing the productive sector of the economy in favor of the speculative sector. Now, I mean frankly, Mr. President, there are important sections of the American economy that are about to go under and won't even have an opportunity to benefit from the programs that you're putting forward because of the Federal Reserve policy.",
  "Q: I have a two-part question. First of all, do you think that objective economic conditions justify the interest rate levels that we now have? And I don't mean for your answer to imply criticism of the Fed; it's just an objective question. And the second question is, are you concerned that there might be a sabotage, so to speak, of your policies by programs that the Federal Reserve might be putting forward?",
  "The President: No, I'm not concerned that there would be sabotage. I've met with Mr. Volcker, and not with the intention of trying to dictate, because it is an independent agency, and I respect that.",
  "But I think that we have to face the fact that interest rates are not in themselves a cause of inflation; they're a consequence. And when you have, as we have had, double-digit inflation back to back for 2 solid years now—the last time that happened was in World War I—and when you have double-digit inflation there, that way there is no question that interest rates are going to have to go up and follow that inflation rate.",
  "And so, the answer to the interest rates is going to be our program of reducing government spending, tied to the reduction of the tax rates that we've spoken of to bring down inflation, and you'll find that interest rates come down. We do want from the Fed and would ask for a moderate policy of money supply increasing relative to legitimate growth. All of these things have to work together. But I don't think that the Fed just deliberately raises interest rates.",
  "The reason that we've got to tie taxes and we have to tie spending together is we, for all these decades, we've talked and we've talked about solving these problems, and we've acted as if the two were separate. So, one year we fight inflation and then unemployment goes up, and then the next year we fight unemployment and inflation goes up. It's time to keep the two together where they belong, and that's what we're going to do. Yes, sir.",
  'Q: Mr. President, a number of conservative leaders, among them some of your staunchest and most durable supporters, such as Senator Jesse Helms, are very concerned about some of your appointments.',
  "The basis of the concern is that many people who have been longtime Reaganites and supporters of yours do not seem to be able to get jobs, like Bill Van Cleave, who played a key role on your defense transition team, whereas other individuals who have not supported you throughout the years or your philosophy, like Mr. Terrel Bell, the Secretary of Education, who was for the establishment of the Department which you've said you're going to abolish, when Mr. Frank Carlucci, Deputy Secretary of Defense, who was not a supporter of yours, that they have gotten jobs.",
  "My question is, why are these individuals in your administration? Why isn't Mr. Van Cleave? And how much of a problem do you think this conservative dissatisfaction with your appointments is?",
  "The President: The only problem that I've had that is more difficult than knowing which hand raised to point to here—and believe me, it bothers me; I go home feeling guilty for all the hands that I couldn't point to. [Laughter] The only problem greater I've had is in the selection of personnel.",
  "Now, in many instances some of the people that have been mentioned, whose names that have been mentioned by others did not want a position in the administration-helped, worked very hard, and wanted nothing for it. But you also have to recognize there aren't that many positions. After all, look how many votes I had. You can't reward them all.",
  'Ms. Thomas: Thank you, Mr. President.',
  'The President: Thank you. All right. Thank you all very much.',
].join('\n\n');
const GAS = [
  'Q: Mr. President, when and how will you seek the decontrol of natural gas prices? ',
  "The President: Well, we haven't dealt with that problem yet. We thought oil would do for a starter. But I can't really answer your question. That will be a matter for discussion in future Cabinet meetings. Lou [Lou Cannon, Washington Post].",
  'Q: Mr. President, during the campaign you repeatedly talked about the unfairness of the grain embargo, as you saw it. Do you have second thoughts now, or will you lift the grain embargo?',
  'The President: Well, with the grain embargo, my quarrel with it from the first was that I thought it was asking only one group of Americans to participate, the farmers.',
  "You only have two choices with an embargo: You either lift it, or you broaden it. And we have not made a decision except that, at the request of Secretary of Agriculture John Block, I have taken the matter of the embargo out of, you might say, the discussions of the National Security Council, and it, next week, is on the agenda for a full Cabinet meeting as to what our course will be. So, I can't answer what we do about it until next week.",
  'As I say, it was asking one group of Americans to bear the burden and, I have always thought, was more of a kind of gesture than it was something real.',
  "Yes, ma'am.",
].join('\n\n');
const MORAL = [
  'Q: Mr. President, what do you see as the long-range intentions of the Soviet Union? Do you think, for instance, the Kremlin is bent on world domination that might lead to a continuation of the cold war, or do you think that under other circumstances detente is possible?',
  "The President: Well, so far detente's been a one-way street that the Soviet Union has used to pursue its own aims. I don't have to think of an answer as to what I think their intentions are; they have repeated it. I know of no leader of the Soviet Union since the revolution, and including the present leadership, that has not more than once repeated in the various Communist congresses they hold their determination that their goal must be the promotion of world revolution and a one-world Socialist or Communist state, whichever word you want to use.",
  'Now, as long as they do that and as long as they, at the same time, have openly and publicly declared that the only morality they recognize is what will further their cause, meaning they reserve unto themselves the right to commit any crime, to lie, to cheat, in order to attain that, and that is moral, not immoral, and we operate on a different set of standards, I think when you do business with them, even at a detente, you keep that in mind.',
].join('\n\n');
// President Nixon's news conference, 25 February 1974 (public domain, kfogel/presidential-speeches)
const NIXON = [
  'Q: Thank you, Mr. President. Your personal lawyer, Mr. Herb Kalmbach, entered a plea of guilty today to a criminal charge of accepting $100,000 in exchange for an ambassadorial post. In your capacity as President you approve of ambassadors and send the nominations to the Senate. Were you consulted in any manner on this engagement and this contribution by Mr. Kalmbach or anyone else in the White House, and have you done any research on this in the White House to determine who is responsible for it?  ',
  'The President: The answer to the first question is no; the answer to the second question is yes. And I would go further and say that ambassadorships have not been for sale, to my knowledge, ambassadorships cannot be purchased, and I would not approve an ambassadorship unless the man or woman was qualified, clearly apart from any contributions.  ',
].join('\n\n');

const deckOf = (text: string) => buildDeck(`Press Conference\n\n${text}`, { fileName: 'en-press.txt' });
const content = (text: string) =>
  deckOf(text).slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
/** A slide's paragraphs in its notes. */
const parasOf = (notes: string) => notes.split(/\n\s*\n/u).map((p) => p.trim());

describe('a reporter’s question over several paragraphs', () => {
  it('stays on the slide of its answer: never a slide of its own, never cut', () => {
    const slides = content(LATE);
    expect(slides.length).toBeGreaterThan(2);
    for (const s of slides) {
      const paras = parasOf(s.notes);
      // every slide holds the President's words; none starts inside a question
      expect(
        paras.some((p) => !/^(?:Q[.:]|Mr\. President:|The basis of the concern|My question)/u.test(p)),
      ).toBe(true);
      expect(paras[0]).not.toMatch(/^(?:Mr\. President: Paul Volcker|The basis of the concern|My question)/u);
      expect(s.layout).not.toBe('section');
    }
    const notes = slides.map((s) => s.notes);
    const volcker = notes.findIndex((n) => n.includes('Paul Volcker'));
    expect(notes[volcker]).toContain('Q. Mr. President? Yes, thank you.');
    expect(notes[volcker]).toContain('The President: No, I’m not concerned'.replace('’', "'"));
    const concern = notes.findIndex((n) => n.includes('The basis of the concern'));
    expect(notes[concern]).toContain('My question is');
    expect(notes[concern]).toContain("The only problem greater I've had");
  });

  it('never gives a title: no "Mr. President?", "The basis of the concern", "My question"', () => {
    const titles = deckOf(LATE).slides.map((s) => s.title);
    for (const t of titles) {
      expect(t).not.toMatch(/^(?:Mr\. President\??|The basis of the concern|My question)$/u);
      expect(t).not.toBe('');
    }
  });
});

describe('a transcript’s end', () => {
  it('is a closing slide with the speaker’s thanks, the room’s thanks before it in its notes', () => {
    const slides = deckOf(LATE).slides;
    const last = slides[slides.length - 1]!;
    expect(last.layout).toBe('closing');
    expect(last.title).toBe('Thank you all very much.');
    expect(last.notes).toBe(
      'Ms. Thomas: Thank you, Mr. President.\n\nThe President: Thank you. All right. Thank you all very much.',
    );
    // the answer before it keeps its own slide, with a line on screen
    const answer = slides[slides.length - 2]!;
    expect(answer.layout).not.toBe('closing');
    expect(answer.blocks.length).toBeGreaterThan(0);
  });
});

describe('a long sentence whose head is no statement', () => {
  const sentence =
    'Now, as long as they do that and as long as they, at the same time, have openly and publicly declared that the only morality they recognize is what will further their cause, meaning they reserve unto themselves the right to commit any crime, to lie, to cheat, in order to attain that, and that is moral, not immoral, and we operate on a different set of standards, I think when you do business with them, even at a detente, you keep that in mind.';
  it('shows the clause it spells its point out in', () => {
    const line =
      'They reserve unto themselves the right to commit any crime, to lie, to cheat, in order to attain that';
    expect(restatedClause(sentence)).toBe(line);
    expect(lastResortLine([sentence], 'Moral', 25, 'en')).toBe(line);
    expect(restatedClause('It was late, meaning we left.')).toBeNull();
  });

  it('leaves no press-conference slide blank', () => {
    const slides = content(MORAL);
    for (const s of slides) expect(s.blocks.length).toBeGreaterThan(0);
    expect(slides.map((s) => blocksText(s.blocks)).join('\n')).toContain(
      'They reserve unto themselves the right',
    );
  });
});

describe('a transcript slide’s title', () => {
  it('never stays empty when the slide names something', () => {
    const sentences = [
      'Mr. President, three Americans are still incarcerated in Vietnam [Iran].',
      'I have told our people about those three.',
      "They knew about them, of course, but I've told them that, yes, we continue and we want to get them back, also.",
    ];
    expect(deriveTitle(sentences, [], 'en')).toBe('');
    expect(deriveTitle(sentences, [], 'en', [], true)).not.toBe('');
  });

  it('comes from the exchange whose line is on screen', () => {
    const slides = content(GAS);
    const oil = slides.find((s) => blocksText(s.blocks).includes('We thought oil would do for a starter'));
    // the line is the natural-gas answer's: the grain embargo's title belongs to the next answer
    expect(oil).toBeDefined();
    expect(oil?.title).not.toMatch(/grain|embargo/iu);
    for (const s of slides) {
      const line = blocksText(s.blocks);
      if (/embargo/iu.test(s.title)) expect(line).toMatch(/embargo|farmers|burden/iu);
    }
  });
});

describe('a transcript slide’s title names what the answer is about', () => {
  const para = (text: string, asks = false): SpokenPara =>
    ({ text, inlines: [], ...(asks ? { voice: 'audience' } : {}) }) as unknown as SpokenPara;
  const titleOf = (question: string[], answer: string[]) =>
    transcriptTitle(
      [...question, ...answer],
      [para(question.join(' '), true), para(answer.join(' '))],
      [],
      'en',
      new Set(),
    );

  it('knows a role', () => {
    for (const t of [
      'Budget director',
      'Atlanta officials',
      'Jamaican Prime Minister',
      'Chief farm spokesman',
    ])
      expect(namesRole(t)).toBe(true);
    for (const t of ['Dairy program', 'Missing black children', 'Federal Reserve Board'])
      expect(namesRole(t)).toBe(false);
  });

  it('never by a role the question names, and by the question’s topic when the answer says “this is …”', () => {
    const dairy = titleOf(
      [
        'Mr. President, during the campaign your chief farm spokesman put you on record as favoring, for the time being, continuation of the dairy price support level where it had been.',
        'Within the last couple of days, your budget director and your Secretary of Agriculture have indicated that the dairy program is too expensive and should be cut back.',
        'Could you reconcile those differences of approach for us?',
      ],
      [
        'Well, I could only tell you that this, again, is something to wait for the next Cabinet meeting.',
        'All of these things are worked out between the appropriate Cabinet members and our Director of OMB, and then they come to the Cabinet for full discussion so that others who have an interest in this can have their input.',
      ],
    );
    expect(namesRole(dairy)).toBe(false);
    expect(dairy).toMatch(/dairy/iu);
    const atlanta = titleOf(
      [
        'Mr. President, what will you do to honor the request from Atlanta officials for you and the Federal Government to intercede in the Atlanta case of 17 missing black children?',
      ],
      [
        'Just a few minutes before I came in here, that message was handed to me that the Atlanta mayor wanted to talk, and we are going to get someone in touch with him immediately.',
      ],
    );
    expect(atlanta).not.toBe('');
    expect(namesRole(atlanta)).toBe(false);
  });

  // President Johnson's news conference, 21 March 1964 (public domain)
  it('never by the exchange itself (“Two-part question”)', () => {
    const t = titleOf(
      [
        'Mr. President, a two-part question on legislation: How confident are you that your two main pieces of legislation of top priority, namely, the tax cut and civil rights, are actually going ahead to become legislation that is satisfactory to you?',
      ],
      [
        'The answer to your first question is that I think that in the 60 days that I have held this office we have made great progress in legislation.',
        'When I came into it, we had gone along down the road with our educational bills, but we finally consummated them.',
      ],
    );
    expect(t).not.toBe('');
    expect(t).not.toMatch(/question|answer/iu);
  });
});

describe('a figure slide’s title', () => {
  it('is never the person who said or asked for the figure', () => {
    const deck = buildDeck(
      [
        'Debt',
        'Yesterday Secretary of the Treasury Donald Regan sent to the Congress a request to raise the debt ceiling to $985 billion. This represents a dramatic jump of $50 billion over the previous debt ceiling. The administration took this action with great regret.',
        'We have lived beyond our means and then financed our extravagance on the backs of the American people, and for too many years this process has come too easily for us.',
      ].join('\n\n'),
      { fileName: 'en-debt.txt' },
    );
    for (const s of deck.slides) expect(s.title).not.toMatch(/Donald Regan/u);
  });
});

describe('a slide whose only line opens with the title taken from it', () => {
  it('shows the line under a title from its other sentences', () => {
    const slides = content(NIXON);
    const slide = slides.find((s) => s.notes.includes('The answer to the first question is no'));
    // the question it answers is over it (questions.ts)
    expect(blocksText(slide!.blocks.slice(-1))).toBe(
      'The answer to the first question is no; the answer to the second question is yes.',
    );
    expect(blocksText(slide!.blocks.slice(0, -1))).toMatch(/^Were you consulted in any manner/u);
    expect(slide!.title).not.toMatch(/^The answer to the first question/u);
    expect(slide!.title).not.toBe('');
  });
});

describe('a briefing slide that quotes the spokesperson is titled by the answer (issue 10)', () => {
  it('takes no title from the question when the answer shares only one word of it', () => {
    const speech = readFileSync(
      fileURLToPath(
        new URL('../../../tests/fixtures/speeches/corpus/ar-nauert-briefing-2018.txt', import.meta.url),
      ),
      'utf8',
    );
    const deck = buildDeck(speech, { fileName: 'ar-nauert-briefing-2018.txt' });
    const slide = deck.slides.find((s) => s.layout !== 'title' && s.layout !== 'closing')!;
    const answer = speech.split('\n\n').find((p) => p.startsWith('السيدة نويرت:'))!;
    expect(slide.title).not.toBe('أجراه الوزير البارحة');
    for (const w of slide.title.split(' ')) expect(answer).toContain(w);
  });
  it('keeps the question’s topic when the answer takes it up', () => {
    const paras: SpokenPara[] = [
      { text: 'Q: What about the natural gas decontrol?', voice: 'audience' } as SpokenPara,
      {
        text: 'The President: Natural gas decontrol is coming, and gas prices will follow the market.',
      } as SpokenPara,
    ];
    const title = transcriptTitle(
      [
        'What about the natural gas decontrol?',
        'Natural gas decontrol is coming, and gas prices will follow the market.',
      ],
      paras,
      [],
      'en',
      new Set(),
    );
    expect(title.toLowerCase()).toContain('gas');
  });
});
