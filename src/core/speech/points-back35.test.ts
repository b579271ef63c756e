/**
 * A body line that opens by pointing back at a sentence not on screen — a marker that says it again
 * in other words, a condition on it past an opening "But then", a pronoun past "And yet", a phrase
 * whose object is such a pronoun, a demonstrative subject the sentence before named — leans back
 * (striking.ts leansBack, leansOn): it is shown with the sentence it leans on when both fit
 * (withWhatItLeansOn), or gives way to a line that stands alone; and a long sentence's opening
 * adverbial is no line ("Not once, but again and again").
 *
 * Sources: Carter, anti-inflation address 1978 (judge31); Wilson, Fourteen Points 1918 (corpus);
 * Ford, State of the Union 1975 (corpus); Razumkov 2023 (corpus).
 */
import { describe, expect, it } from 'vitest';
import { keyBlock } from './body';
import { blocksText } from '../deck';
import { leansBack, leansOn, strikingLine, withWhatItLeansOn } from './striking';

describe('an opening that points back leans back (striking.ts leansBack)', () => {
  it.each([
    // Carter 1978: what they would have is the tax rebate of the sentence before
    'In other words, they would have a real wage insurance policy against inflation which might be caused by others.',
    // Carter 1978: the condition past "But then" is the sentence before
    'But then if that happens, the Government will respond, using the tools of Government authority and public opinion.',
    // Wilson 1918: whose soul, past "And yet"
    'And yet their soul is not subservient.',
    // Wilson 1918: the answer to the questions of the sentence before
    'Upon the answer to them depends the peace of the world.',
  ])('"%s"', (line) => {
    expect(leansBack(line, 'en')).toBe(true);
  });

  it.each([
    'The difficulty with a voluntary program is that workers fear that if they cooperate with the standards while others do not, then they will suffer if inflation continues.',
    'But the Government cannot do the job alone.',
    'And we will use all the powers at our disposal to make this program work.',
  ])('a line that stands: "%s"', (line) => {
    expect(leansBack(line, 'en')).toBe(false);
  });
});

describe('a demonstrative subject the sentence before named leans on it (leansOn)', () => {
  const before =
    'Tonight I am setting specific standards for wage and price increases, and I ask every business and union to follow them.';
  it('"These standards are fair." after a sentence on the standards (Carter 1978)', () => {
    expect(leansBack('These standards are fair.', 'en')).toBe(false);
    expect(leansOn('These standards are fair.', before, 'en')).toBe(true);
    expect(leansOn('These standards are fair.', 'We must control the costs of regulation.', 'en')).toBe(
      false,
    );
  });
});

describe('a line that leans is shown with the sentence it leans on, when both fit (withWhatItLeansOn)', () => {
  const ford = [
    'I am recommending a plan to make us invulnerable to cutoffs of foreign oil.',
    'It will require sacrifices, but it—and this is most important—it will work.',
  ];
  it('Ford 1975: the plan and what it will require, together', () => {
    expect(withWhatItLeansOn(ford[1]!, ford, 'Energy independence', 'en')).toBe(ford.join(' '));
    // a line that stands needs no sentence before it
    expect(withWhatItLeansOn(ford[0]!, ford, 'Energy independence', 'en')).toBeNull();
  });

  it('never with a sentence that itself gives the reason for the one before ("Тому що…", Razumkov 2023)', () => {
    const uk = [
      'Тому що те, що відбувається сьогодні, це знищення економіки нашої держави.',
      'Це знищення малого, середнього бізнесу, це знищення бізнесу, який і так ледь виживає.',
    ];
    expect(withWhatItLeansOn(uk[1]!, uk, 'Економіка', 'uk')).toBeNull();
  });

  it('not when both do not fit the screen with the title', () => {
    const carter = [
      'To deal with this concern, I will ask the Congress next January to enact a program that workers who observe the standards would be eligible for a tax rebate if the inflation rate is more than 7 percent.',
      'In other words, they would have a real wage insurance policy against inflation which might be caused by others.',
    ];
    expect(withWhatItLeansOn(carter[1]!, carter, 'Real wage insurance policy', 'en')).toBeNull();
  });
});

describe('a slide of Carter 1978 shows no line that leans on one it does not show', () => {
  it('the real wage insurance paragraph gives way to the sentence that states the difficulty', () => {
    const sentences = [
      'The difficulty with a voluntary program is that workers fear that if they cooperate with the standards while others do not, then they will suffer if inflation continues.',
      'To deal with this concern, I will ask the Congress next January to enact a program that workers who observe the standards would be eligible for a tax rebate if the inflation rate is more than 7 percent.',
      'In other words, they would have a real wage insurance policy against inflation which might be caused by others.',
      'This will give our workers an additional incentive to observe the program and will remove their only legitimate reason not to cooperate.',
    ];
    const shown = blocksText([keyBlock(sentences, 'Real wage insurance policy', [], 'en')!]);
    expect(shown).not.toMatch(/^In other words/u);
  });
});

describe('a quote that opens on "Neither" gives way (body.ts POINTS_BACK)', () => {
  it('Lincoln 1865 (judge35): the slavery paragraph shows "All knew that this interest was somehow the cause of the war."', () => {
    const sentences = [
      'One-eighth of the whole population were colored slaves, not distributed generally over the Union, but localized in the southern part of it.',
      'These slaves constituted a peculiar and powerful interest.',
      'All knew that this interest was somehow the cause of the war.',
      'To strengthen, perpetuate, and extend this interest was the object for which the insurgents would rend the Union even by war, while the Government claimed no right to do more than to restrict the territorial enlargement of it.',
      'Neither party expected for the war the magnitude or the duration which it has already attained.',
      'Neither anticipated that the cause of the conflict might cease with or even before the conflict itself should cease.',
    ];
    const shown = blocksText([keyBlock(sentences, 'Union', [], 'en')!]);
    expect(shown).not.toMatch(/^Neither/u);
    expect(shown).not.toMatch(/^These slaves/u);
  });
});

describe("a long sentence's opening adverbial is no striking line (strikingLine)", () => {
  it('Wilson 1918: "Not once, but again and again" has no verb', () => {
    const sentences = [
      'There is no good reason why that challenge should not be responded to, and responded to with the utmost candor.',
      'We did not wait for it.',
      'Not once, but again and again, we have laid our whole thought and purpose before the world, not in general terms only, but each time with sufficient definition to make it clear what sort of definitive terms of settlement must necessarily spring out of them.',
    ];
    expect(strikingLine(sentences, 'Utmost candor', 'en')).not.toBe('Not once, but again and again');
  });
});
