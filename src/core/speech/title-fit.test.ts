import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { isDenied } from './negation';
import { fitQuoteTitle, refrain, turnedBy } from './title-fit';

// Jimmy Carter, televised address on the anti-inflation programme, 24 October 1978 (judge25;
// kfogel/presidential-speeches data/1978-10-24-anti-inflation-program-speech.txt, public domain)
const EXCEPT =
  "Except for our lowest paid workers, I'm asking all employees in this country to limit total wage increases to a maximum of 7 percent per year.";
const RATES = [
  'Rising interest rates have always accompanied inflation. They add further to the costs of business expansion and to what consumers must pay when they buy houses and other consumer items. The burden of controlling inflation cannot be left to monetary policy alone, which must deal with the problem through tight restrictions on money and credit that push interest rates up. I will work for a balanced, concerted, and sustained program under which tight budget restraint, private wage and price moderation, and responsible monetary policy support each other. If successful, we should expect lower inflation and lower interest rates for consumers and businesses alike.',
];
const RATES_LINE =
  'If successful, we should expect lower inflation and lower interest rates for consumers and businesses alike.';
const CHURCHILL = [
  'Nearly 40 years ago, when the world watched to see whether his nation would survive, Winston Churchill defied those who thought Britain would fall to the Nazi threat. Churchill replied by asking his countrymen, "What kind of people do they think we are?" There are those today who say that a free economy cannot cope with inflation and that we\'ve lost our ability to act as a nation rather than as a collection of special interests. And I reply, "What kind of people do they think we are?"',
  'I believe that our people, our economic system, and our Government are equal to this task. I hope that you will prove me right.',
];
const CHURCHILL_LINE =
  'I believe that our people, our economic system, and our Government are equal to this task.';

describe('a group set apart by an exception titles nothing (judge25 A1)', () => {
  it.each([
    // Carter 1978: the 7 percent cap is asked of everyone but the lowest paid
    [EXCEPT, 'lowest paid workers', true],
    [EXCEPT, 'total wage increases', false],
    // Gerald R. Ford, State of the Union, 15 January 1975 (corpus en-ford-sotu-1975)
    [
      'I have already announced that no new spending programs can be initiated this year, except for energy.',
      'energy',
      true,
    ],
  ])('%s — %s: %s', (text, phrase, denied) => {
    expect(isDenied(phrase, text, 'en')).toBe(denied);
  });
});

describe('a title the line on screen turns (judge25 A1)', () => {
  it.each([
    ['Rising interest rates', RATES_LINE, 'lower interest rates'],
    // the line says the thing the title's way, or not its way at all
    ['Rising interest rates', 'Rising interest rates have always accompanied inflation.', null],
    ['Interest rates', RATES_LINE, null],
    // one noun, singular or plural
    ['Rising interest rate', RATES_LINE, 'lower interest rates'],
    ['Lower interest rates', RATES_LINE, null],
    // Obama, joint session, 24 February 2009 (judge24): "…the recovery plan provides a tax cut…"
    [
      'Tax increase',
      "In fact—not a dime—in fact, the recovery plan provides a tax cut—that's right, a tax cut—for 95 percent of working families.",
      'tax cut',
    ],
  ])('%s over "%s" → %s', (title, line, turned) => {
    expect(turnedBy(title, line, 'en')).toBe(turned);
  });

  it('is taken again from the line, its way', () => {
    expect(fitQuoteTitle('Rising interest rates', RATES_LINE, RATES, 'en', new Set())).toBe(
      'Lower interest rates',
    );
    // a title the line does not turn stays
    expect(fitQuoteTitle('Monetary policy', RATES_LINE, RATES, 'en', new Set())).toBe('Monetary policy');
  });
});

describe("a slide's refrain is its title (judge25 C3)", () => {
  it('takes the line said twice', () => {
    expect(refrain(CHURCHILL, CHURCHILL_LINE, 'en')).toBe('What kind of people do they think we are?');
    expect(fitQuoteTitle('Nazi threat', CHURCHILL_LINE, CHURCHILL, 'en', new Set())).toBe(
      'What kind of people do they think we are?',
    );
  });

  it('finds none in a paragraph that says nothing twice', () => {
    expect(refrain(RATES, RATES_LINE, 'en')).toBe('');
    // a quoted sentence is said once, though it is both a sentence and a quote (Obama, joint
    // session, 24 February 2009, judge24: Ty'Sheoma Bethea's letter)
    expect(
      refrain(
        [
          'The letter asks us for help and says: "We are just students trying to become lawyers, doctors, Congressmen like yourself, and one day President, so we can make a change to not just the State of South Carolina but also the world. We are not quitters."',
        ],
        'The letter asks us for help.',
        'en',
      ),
    ).toBe('');
  });

  it("never repeats the line on screen, nor a deck's used title", () => {
    // the refrain itself on screen ("And I reply, …"); Obama's "We are not quitters." under it
    expect(refrain(CHURCHILL, 'And I reply, "What kind of people do they think we are?"', 'en')).toBe('');
    const bethea = [
      'The letter asks us for help and says: "We are just students trying to become lawyers, doctors, Congressmen like yourself, and one day President, so we can make a change to not just the State of South Carolina but also the world. We are not quitters." That\'s what she said: "We are not quitters."',
    ];
    expect(refrain(bethea, 'We are not quitters.', 'en')).toBe('');
    expect(refrain(bethea, 'The letter asks us for help.', 'en')).toBe('We are not quitters');
    expect(
      refrain(CHURCHILL, CHURCHILL_LINE, 'en', new Set(['what kind of people do they think we are?'])),
    ).toBe('');
  });
});

describe("Carter's deck (judge25 A1, C3)", () => {
  it('no title names the group set apart, the rates going up or the Nazi threat', () => {
    const speech = [
      EXCEPT +
        ' From tonight on, every contract signed and every pay raise granted should meet this standard. My price limitation will be equally strict. Our basic target for economy-wide price increases is 5 3/4 percent.',
      ...RATES,
      ...CHURCHILL,
    ].join('\n\n');
    const titles = buildDeck(speech, { fileName: 'en-carter-anti-inflation-program-1978.txt' }).slides.map(
      (s) => s.title,
    );
    expect(titles).not.toContain('Lowest paid workers');
    expect(titles).not.toContain('Rising interest rates');
    expect(titles).not.toContain('Nazi threat');
  });
});
