import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { maskForScreen, speakerLabel, tidyMasked } from './mask';
import { sentencesOf } from './segment';
import { hasNumberCorrection } from './slips';

/** What the screen may use of a paragraph; the mask never changes a paragraph's length. */
const screen = (t: string): string => {
  const m = maskForScreen(t);
  expect(m).toHaveLength(t.length);
  return tidyMasked(m);
};

// Excerpts from White House transcripts (public domain): the Biden–Zelenskyy press conference and
// the Biden–Macron State Dinner toasts, 21 December and 1 December 2022; Biden at the UN, 2021.
describe('a spoken repetition across a dash is said once on screen', () => {
  it.each([
    [
      'And I look forward to signing the omnibus — omnibus bill soon, which includes $45 billion — $45 billion in additional funding for Ukraine.',
      'And I look forward to signing the omnibus bill soon, which includes $45 billion in additional funding for Ukraine.',
    ],
    [
      'Dear Joe, my dear friend — my dear friend, I’m immensely grateful for the honor once again of this unique opportunity.',
      'Dear Joe, my dear friend, I’m immensely grateful for the honor once again of this unique opportunity.',
    ],
    [
      'Tonight is the fourth nights of — night of Hanukkah, a time when Jewish people around the world',
      'Tonight is the fourth night of Hanukkah, a time when Jewish people around the world',
    ],
    [
      'Tonight, we cel- — (applause) — tonight, we celebrate the enduring alliance between France and United States.',
      'Tonight, we celebrate the enduring alliance between France and United States.',
    ],
    [
      'and more than fif- — more than 50 advanced multiple rocket launching systems; anti-ship and anti- — and air defense systems',
      'and more than 50 advanced multiple rocket launching systems; anti-ship and air defense systems',
    ],
    [
      'Air defense. As kno- — as we know today, the Patriot is the best of that.',
      'Air defense. As we know today, the Patriot is the best of that.',
    ],
    [
      'We know the bitter string [sic] of terrorism — the bitter sting of terrorism is — is real.',
      'We know the bitter sting of terrorism is real.',
    ],
  ])('%s', (said, shown) => {
    expect(screen(said)).toBe(shown);
  });

  it('an emphasis or a new thought after a dash stays', () => {
    for (const t of [
      'President Putin is escalating his attacks — his brutal attacks — targeting critical infrastructure.',
      'We’ve never stand alone — you will never stand alone.',
      'France was our first ally — our first friend.',
    ])
      expect(screen(t)).toBe(t);
  });

  it('notes keep the repetition; the quote on screen does not', () => {
    const said =
      'And I want to thank the members of Congress for their broad bipartisan support to Ukraine. And I look forward to signing the omnibus — omnibus bill soon, which includes $45 billion — $45 billion in additional funding for Ukraine.';
    const deck = buildDeck(`Support for Ukraine\n\n${said}`, { fileName: 'talk.txt' });
    expect(deck.slides.map((s) => s.notes).join('\n')).toContain('omnibus — omnibus bill');
    const shown = deck.slides.map((s) => s.screenText).join('\n');
    expect(shown).not.toMatch(/omnibus — omnibus|billion — \$45/u);
  });
});

describe('transcript markup is never on screen', () => {
  it.each([
    '(As interpreted.)',
    '(Speaks Ukrainian.)',
    '(Speaks in Ukrainian. No translation provided.)',
    '(Translation audio is fed over English line.)',
    '(Points to President Zelenskyy.)',
    '(Laughs.)',
    '(Laughter.)',
  ])('%s', (direction) => {
    expect(screen(`PRESIDENT ZELENSKYY: ${direction} You have started this question.`)).toBe(
      'You have started this question.',
    );
    expect(screen(direction)).toBe('');
  });

  it('a slip the editor marked [sic] is replaced by what the speaker went on to say', () => {
    expect(screen('And, President Velenskyy [sic] — Zelenskyy, you have made it clear.')).toBe(
      'And, President Zelenskyy, you have made it clear.',
    );
  });

  it('an editor’s correction in brackets is read in place of the slip', () => {
    expect(screen('And Franc [France] hosted the first diplomatic posts.')).toBe(
      'And France hosted the first diplomatic posts.',
    );
    // a corrected number is neither what was said nor certain: it stays as written (and is never
    // set on screen, see connective.test.ts)
    expect(screen('In the last 30 [300] days of this war')).toBe('In the last 30 [300] days of this war');
    expect(hasNumberCorrection('In the last 30 [300] days of this war')).toBe(true);
    expect(hasNumberCorrection('In 2019[3] it [Ukraine] won.')).toBe(false);
    // a footnote or an editor's insertion is no correction
    expect(screen('In 2019[3] it [Ukraine] won.')).toBe('In 2019[3] it [Ukraine] won.');
  });

  it('a number the editor corrected is on no card and in no line on screen', () => {
    // the Biden–Zelenskyy press conference, 21 December 2022 (White House transcript, public domain)
    const text = [
      'Joint Press Conference',
      'In the last 30 [300] days of this war, we have started a new phase of our inter-relations with the United States. We became real partners and allies.',
      'We lost 300 schools and 30 hospitals in the east since the spring, and every one of them will be rebuilt.',
    ].join('\n\n');
    const deck = buildDeck(text, { fileName: 'en-press.txt' });
    const shown = deck.slides.map((s) => s.screenText).join('\n');
    expect(shown).not.toMatch(/\b300 days|30 \[300\]|\[300\]/u);
    expect(deck.slides.map((s) => s.notes).join('\n\n')).toContain('In the last 30 [300] days');
  });

  it('a reporter’s "Q" without a colon is a label, and her introduction is masked', () => {
    expect(speakerLabel('Q Thank you, Mr. President.')).toBe('Q ');
    expect(speakerLabel('Quite so, Mr. President.')).toBeNull();
    expect(screen('Q And as of my question: We entered a new phase of this war.')).toBe(
      'And as of my question: We entered a new phase of this war.',
    );
    expect(
      screen(
        'Q Yeah, thank you. Dmytro Anopchenko, Ukrainian television. President Zelenskyy and President Biden, I’ve got a question for both of you.',
      ),
    ).toBe('Yeah, thank you. President Zelenskyy and President Biden, I’ve got a question for both of you.');
    expect(screen('Q Olga Koshelenko, 1+1 tv channel. When the full-scale invasion started')).toBe(
      'When the full-scale invasion started',
    );
  });

  it('"the U.N. Charter" does not end a sentence; "the U.S. The next" does', () => {
    expect(
      sentencesOf('Will we apply the core tenets, including the U.N. Charter and the Declaration?'),
    ).toHaveLength(1);
    expect(sentencesOf('We did it in the U.S. The next one is ours.')).toHaveLength(2);
  });
});
