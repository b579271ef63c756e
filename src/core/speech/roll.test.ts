import { describe, expect, it } from 'vitest';
import { acknowledgementRoll, isAcknowledgement } from './roll';
import { planSlides } from './plan';
import type { SpokenPara } from './model';

describe('acknowledgement rolls are no slide of their own (judge13, class 7)', () => {
  const cases: Array<[string, boolean]> = [
    ['From Michigan, Debbie Stabenow is here.  Debbie, welcome.', true],
    ['Folks, leaders from key American industries are here as well, including steel, aluminum, solar.', true],
    ['And members of my Cabinet are here as well.  Janet Yellen — the Treasury Department.', true],
    ['And Congresswoman Debbie Dingell.  Again, you — smile, Debbie, it’s okay.', true],
    ['I — and I want to recognize all the labor unions here today, including Steel Workers.', true],
    // Harris, Coast Guard Academy 2022 (judge14): a guest's class year is no figure
    [
      'I am also proud to be joined today by my Military Aide, Lieutenant Commander Lauren Milici, who graduated from this academy in 2009.  Lauren, I am so thankful for your service.',
      true,
    ],
    // not a roll: the occasion, a roll call of the dead, a bold head, a point with a number
    ['We are here today to remember a man of God who lived by faith.', false],
    ['Cynthia Hurd.  Susie Jackson.  Ethel Lance.', false],
    ['**Smart Public Investment**', false],
    ['Our delegation is here with 25 new proposals for the summit.', false],
    ['We are joined by 40 nations in this effort.', false],
    ['I want to recognize that the task is hard, and that we have not finished it.', false],
  ];
  it.each(cases)('%s → %s', (text, want) => {
    expect(isAcknowledgement(text, 'en')).toBe(want);
  });

  it('a guest’s short reply inside the roll is part of it; other languages have none', () => {
    const texts = [
      'Rox, thank you very much for all you do.',
      'From Michigan, Debbie Stabenow is here.',
      'REPRESENTATIVE STEVENS:  I’m here.',
      'The fact is that American workers can outwork and outcompete anyone, as long as the competition is fair.',
    ];
    expect(acknowledgementRoll(texts, 'en')).toEqual([true, true, true, false]);
    expect(acknowledgementRoll(texts, 'de')).toEqual([false, false, false, false]);
  });

  it('the planner keeps the roll with the slide before it and shows none of it', () => {
    const para = (text: string): SpokenPara => ({ text, inlines: [], pos: { line: 1, column: 1 } });
    const point =
      'The middle class built America, and unions built the middle class, and we will keep building it together in every state and every town across this country for years.';
    const roll = [
      'From Michigan, Debbie Stabenow is here.  Debbie, welcome.',
      'And Haley Stevens is here.  Oh, you did make it.',
      'And Congresswoman Debbie Dingell.  Again, smile, Debbie, it’s okay.',
    ];
    const next =
      'For years, the Chinese government has poured state money into Chinese companies across a whole range of industries, from steel and aluminum to semiconductors and electric vehicles.';
    const slides = planSlides([point, point, ...roll, next, next].map(para), { wpm: 150, lang: 'en' });
    for (const s of slides) {
      const own = s.paras.filter((p) => !p.spokenOnly);
      expect(own.length).toBeGreaterThan(0);
      expect(s.sentences.join(' ')).not.toMatch(/Stabenow|did make it|Dingell/u);
    }
  });
});
