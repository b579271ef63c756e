import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { blocksText } from '../deck';
import { echoes } from './voices';
import { isReadOut, questionPoint } from './questions';
import type { SpokenPara } from './model';

// President Johnson's news conference of 1 February 1964 (public domain, kfogel/presidential-speeches)
const LBJ = [
  'President: Lyndon B. Johnson',
  'THE PRESIDENT: I have a few announcements to make in the defense area. We have received almost 800 replies to that letter. The Defense Department has talked with many businessmen directly. This is going to be an important part of the effort which we believe is going to produce savings to the taxpayers.',
  'Now I would like to conclude by reading a brief message that I have just sent to General Khanh in Viet-Nam, in which I say:',
  '"I am glad to know that we see eye to eye on the necessity of stepping up the pace of military operations against the Viet Cong. I particularly appreciate your warm and immediate response to my message as conveyed by Ambassador Lodge and General Harkins. We shall continue to be available to help you to carry the war to the enemy."',
  'A couple of days ago I sent General Khanh a message urging him to step up the pace of military operations. He immediately replied, as I announced in my more formal statement, and this is my personal, longhand reply to the General.',
  'Now, any questions?',
  'Q. Mr. President, do you anticipate a filibuster when the civil rights bill eventually reaches the Senate? Do you think in order to pass it in the Senate the bill will have to be substantially trimmed?',
  'THE PRESIDENT. No, I do not think it will have to be substantially trimmed. And yes, I do expect a filibuster.',
  'Q. Mr. President, although it seems a little early, as a result of the Republican fund-raising dinners on Friday night they apparently consider it open season on you. Do you have any favorite opponent among the ones mentioned prominently to run against you next term, and do you think it will be a hands-off, pretty rough political type campaign between you and that opponent?',
  "THE PRESIDENT. No, I don't have any favorite opponent. It is not my duty to select my opposition. I think that the delegates to the Republican Convention will act wisely and select the best man that is available to them. And so far as I am concerned, I hope to keep as free from politics as I can, as long as I can.",
  'Q. Mr. President, some of your advisers have different views as to the proper strategy to follow in the war on poverty. Some think the program should emphasize a welfare aspect, some think an education aspect, some think job creation. Which of those three general areas do you think the program should focus on?',
  'THE PRESIDENT. On all three of them. And I am unaware of any differences among my advisers in that field. We have a group from the Cabinet that has given considerable attention to that and we are now developing recommendations. Those recommendations will be contained in a message.',
  'Thank you, Mr. President.',
].join('\n\n');

const deck = () => buildDeck(LBJ, { fileName: 'en-lbj-press-conference-1964.txt' });
const para = (text: string, voice?: 'audience'): SpokenPara =>
  ({ text, inlines: [], ...(voice ? { voice } : {}) }) as unknown as SpokenPara;

describe('a news conference’s questions', () => {
  it('start apart from the prepared statement: no slide holds both', () => {
    for (const s of deck().slides) {
      if (!s.notes.includes('Q. Mr. President')) continue;
      expect(s.notes).not.toMatch(/Defense Department|General Khanh/u);
    }
  });

  it('reach the screen, cut to their point, over the answer', () => {
    const screens = deck().slides.map((s) => blocksText(s.blocks));
    const filibuster = screens.find((x) => x.includes('I do expect a filibuster'));
    expect(filibuster).toContain(
      'Do you anticipate a filibuster when the civil rights bill eventually reaches the Senate?',
    );
    // a long question is cut after its first clause, without "Mr. President,"
    const opponent = screens.find((x) => x.includes('favorite opponent.'));
    expect(opponent).toContain(
      'Do you have any favorite opponent among the ones mentioned prominently to run against you next term?',
    );
    for (const x of screens) expect(x).not.toMatch(/Mr\. President,|hands-off/u);
  });

  it('set the answer as the slide’s line, the question as its smaller lead-in (the quote layout)', () => {
    const slide = deck().slides.find((s) => blocksText(s.blocks).includes('I do expect a filibuster'))!;
    expect(slide.blocks.map((b) => b.type)).toEqual(['paragraph', 'quote']);
    expect(slide.layout).toBe('quote');
  });

  it('never close the deck on the reporter’s thanks, which stays in the notes', () => {
    const slides = deck().slides;
    const last = slides[slides.length - 1]!;
    expect(last.title).not.toMatch(/Thank you, Mr\. President/u);
    expect(last.layout).not.toBe('closing');
    expect(last.notes.endsWith('Thank you, Mr. President.')).toBe(true);
    expect(blocksText(last.blocks)).not.toMatch(/Thank you/u);
  });

  it('never show a letter the speaker reads out as his words to the room', () => {
    const screens = deck()
      .slides.map((s) => blocksText(s.blocks))
      .join('\n');
    expect(screens).not.toMatch(/eye to eye|particularly appreciate|carry the war/u);
    expect(isReadOut(para(LBJ.split('\n\n')[3]!))).toBe(true);
    expect(
      isReadOut(para('"They were still living by faith," Scripture tells us. "They did not receive it."')),
    ).toBe(false);
  });

  it('keep the notes the speech, whole and in order', () => {
    const notes = deck()
      .slides.map((s) => s.notes)
      .join('\n\n');
    expect(notes.replace(/\s+/gu, ' ')).toBe(LBJ.replace(/\s+/gu, ' '));
  });
});

describe('a question’s point', () => {
  it('is the question that the answer takes up, else the last, without its address', () => {
    const q = para(
      'Q. Mr. President, two days ago, when Prime Minister Pearson of Canada was in Washington, he expressed the position that before long Russia would agree to a total nuclear test ban. Do you share this optimism ? And, also, are you optimistic that some meaningful disarmament agreements will come out of the present Geneva conference?',
      'audience',
    );
    expect(questionPoint([q], 'en')).toBe(
      'Are you optimistic that some meaningful disarmament agreements will come out of the present Geneva conference?',
    );
    const two = para(
      'Q. Mr. President, do you anticipate a filibuster when the civil rights bill eventually reaches the Senate? Do you think in order to pass it in the Senate the bill will have to be substantially trimmed?',
      'audience',
    );
    expect(questionPoint([two], 'en', 25, 'And yes, I do expect a filibuster.')).toMatch(
      /^Do you anticipate a filibuster/u,
    );
  });

  it('is cut to the question a frame or a second part hides, or none when too long', () => {
    const framed = para(
      'Q. Mr. President, a two-part question on legislation: How confident are you that the tax cut is going ahead; and secondly, what are the pieces of legislation beneath those?',
      'audience',
    );
    expect(questionPoint([framed], 'en', 15)).toBe('How confident are you that the tax cut is going ahead?');
    const or = para(
      "Q. Mr. President, does General de Gaulle's proposal for neutralizing Southeast Asia interfere with our objectives there or make our work there more difficult than it would be otherwise?",
      'audience',
    );
    expect(questionPoint([or], 'en', 20)).toBe(
      "Does General de Gaulle's proposal for neutralizing Southeast Asia interfere with our objectives there?",
    );
    expect(
      questionPoint([para('Q. Mr. President, the bill was defeated by one vote.', 'audience')], 'en'),
    ).toBeNull();
  });

  it('of a two-part question is the part the answer takes up, said without "the second question is"', () => {
    // President Reagan's first press conference, 29 January 1981 (public domain; the corpus copy)
    const two = para(
      "Q: I have a two-part question. First of all, do you think that objective economic conditions justify the interest rate levels that we now have? And I don't mean for your answer to imply criticism of the Fed; it's just an objective question. And the second question is, are you concerned that there might be a sabotage, so to speak, of your policies by programs that the Federal Reserve might be putting forward?",
      'audience',
    );
    expect(questionPoint([two], 'en', 25, "No, I'm not concerned that there would be sabotage.")).toBe(
      'Are you concerned that there might be a sabotage, so to speak, of your policies by programs that the Federal Reserve might be putting forward?',
    );
    // too long for the room: its first clause that asks
    expect(questionPoint([two], 'en', 12, "No, I'm not concerned that there would be sabotage.")).toBe(
      'Are you concerned that there might be a sabotage?',
    );
  });
});

describe('an answer’s title', () => {
  it('never names again what an earlier title named', () => {
    const used = new Set(['senate committee']);
    expect(echoes('The Senate committee', used)).toBe(true);
    expect(echoes('Senate', used)).toBe(true);
    expect(echoes('Filibuster', used)).toBe(false);
  });
});
