import { describe, expect, it } from 'vitest';
import { keyBlock } from './body';
import {
  endsOnVerb,
  isCircumstance,
  listPhraseProblem,
  nearDuplicate,
  maySayThePoint,
  saysThePoint,
  widerPhrases,
} from './keylist';

describe('listPhraseProblem: only real noun phrases are bullets', () => {
  it.each([
    ['training folks', 'training folks on how to cover their vents to keep out flying embers.'],
    ['flying embers', 'training folks on how to cover their vents to keep out flying embers.'],
    ['alive today grew', 'Nearly everyone who is alive today grew up during this period.'],
    ['oppose attempts', 'We will oppose attempts by stronger countries to dominate weaker ones.'],
    ["Free World's", "The Free World's strength is in its unity."],
    ['rapidly-nothing', 'the political shape of the hemispheres are changing rapidly-nothing is more vital.'],
    ['Covenant-to peoples', 'a new Covenant-to peoples who seek it.'],
    ['Congresswoman Cherfilus-McCormick', 'I thank Congresswoman Cherfilus-McCormick for her work.'],
    ['Parliamentarian Edmund Burke', 'as the Parliamentarian Edmund Burke said, magnanimity is wisdom.'],
    ['career fighting', 'I have spent my career fighting to uplift the condition of women.'],
    ['history throughout history', 'we honor the women who made history throughout history.'],
  ])('"%s" is no bullet', (phrase, sentence) => {
    expect(listPhraseProblem(phrase, sentence, 'en')).not.toBeNull();
  });

  it.each([
    ['common heritage', 'We share a common heritage, traced back to those early settlers.'],
    ['airplane travel', 'They made possible the age of automobile and airplane travel.'],
    ['Paris Climate Agreement', 'We rejoined the Paris Climate Agreement on day one.'],
  ])('"%s" is a bullet', (phrase, sentence) => {
    expect(listPhraseProblem(phrase, sentence, 'en')).toBeNull();
  });
});

describe('endsOnVerb: a phrase read in its sentence, not as two words alone', () => {
  it.each([
    [
      'race understand',
      'The wisest among my race understand that the agitation of questions of social equality is folly.',
    ],
    ['terrorism poses', 'We must remain vigilant to the threat that terrorism poses to all our nations.'],
    ['task requires', 'I will pursue it with all the patience and dedication that the task requires.'],
    ['spokesmen speak', 'we should know whom her spokesmen speak for when they speak to us'],
    ['women face', 'We know the realities that women face every day.'],
  ])('"%s" ends on its sentence\'s verb', (phrase, sentence) => {
    expect(endsOnVerb(phrase, sentence)).toBe(true);
    expect(listPhraseProblem(phrase, sentence, 'en')).not.toBeNull();
  });

  it.each([
    ['climate change', 'Climate change is the threat of our time.'],
    ['climate change', 'the threat that climate change poses to us'],
    ['military power', 'We also know that military power alone is not going to solve the problems.'],
    ['health care', 'We will bring affordable health care to every family.'],
    ['human rights', 'We defend human rights for all people.'],
    ['nuclear weapons', 'the danger that nuclear weapons pose to all'],
    ['social equality', 'the agitation of questions of social equality is the extremest folly'],
  ])('"%s" ends on a noun', (phrase, sentence) => {
    expect(endsOnVerb(phrase, sentence)).toBe(false);
  });
});

describe('widerPhrases: a lone key word with its modifier or of-phrase from its sentence', () => {
  it('takes the adjectives before it and its of-phrase', () => {
    expect(widerPhrases('future', 'We will build a future worthy of our children.')).toContain(
      'future worthy of our children',
    );
    expect(widerPhrases('nation', 'Always will our whole nation remember the onslaught.')).toEqual([
      'whole nation',
    ]);
  });
  it('never reaches across a comma, and has nothing to add to a bare word', () => {
    // "together, shoulder" is no phrase; the idiom of the word said twice is
    expect(widerPhrases('shoulder', 'We stand together, shoulder to shoulder.')).toEqual([
      'shoulder to shoulder',
    ]);
    expect(widerPhrases('speech', 'I am grateful to give this speech today.')).toEqual([]);
  });
});

describe('a key-phrase list says the point together', () => {
  it('"Black women" and "Black woman" are one phrase', () => {
    expect(nearDuplicate('Black women', 'Black woman')).toBe(true);
    expect(nearDuplicate('Circuit courts', 'circuit court')).toBe(true);
    expect(nearDuplicate('Federal court', 'Circuit courts')).toBe(false);
  });

  it('parallel items or phrases the slide keeps saying; not a sample of passing mentions', () => {
    const text =
      'We share a common heritage. Thoreau spoke a common sentiment. We share a common defense line and common aspirations.';
    expect(saysThePoint(['Common heritage', 'Common sentiment', 'Common defense'], text)).toBe(true);
    // Ford, State of the Union (1975): the topic word in most of them, or a series with a stray
    expect(
      saysThePoint(
        ['Total energy', 'Adequate energy', 'Energy stability', 'Oil cartel'],
        'restore our surplus capacity in total energy, assure ourselves reliable and adequate energy, a new world energy stability, the latent power of the oil cartel',
      ),
    ).toBe(false);
    expect(
      saysThePoint(
        ["America's determination", "America's leadership", "America's commitment", 'Middle East'],
        "depends on America's determination and America's leadership. America's commitment to international security, in the Middle East",
      ),
    ).toBe(false);
    expect(
      saysThePoint(
        ['Dry sticks', 'Rain gutters', 'Controlled burns'],
        'dry sticks, rain gutters, controlled burns',
      ),
    ).toBe(false);
  });

  it('stops a list once no more phrases could make it say the point', () => {
    const text =
      'Common heritage and common sentiment. Oil cartel, dry sticks. Common heritage, common sentiment.';
    // still parallel, or each said twice: more phrases could make the point
    expect(maySayThePoint(['Common heritage', 'Common sentiment'], text)).toBe(true);
    expect(maySayThePoint(['Common heritage', 'Oil cartel'], text + ' Oil cartel.')).toBe(true);
    expect(maySayThePoint(['Oil cartel'], text)).toBe(true);
    // one said once and nothing shared: no list that starts so says the point
    expect(maySayThePoint(['Common heritage', 'Oil cartel'], text)).toBe(false);
    const more = ['Common heritage', 'Oil cartel', 'Common sentiment', 'Dry sticks'];
    for (let n = 3; n <= more.length; n++) expect(saysThePoint(more.slice(0, n), text)).toBe(false);
  });

  it('one sentence of examples is shown as the key line or the title alone, never as bullets', () => {
    // Harris on wildfire grants (2023): "Dry sticks / Flammable agents / Training folks / Flying embers"
    const sentences = [
      'And in California, the Kern County Fire Department will receive $2.2 million to train firefighters to conduct controlled burns and to educate homeowners on how to reduce wildfire risk.',
      'So, the education, for example, would involve teaching homeowners and residents how to clean rain gutters of dry sticks and leaves, which end up being flammable agents in the — in the case of a wildfire; training folks on how to cover their vents to keep out flying embers.',
      'So, this is the kind of work that is happening because of these grants.',
    ];
    expect(keyBlock(sentences, 'Kern County Fire Department', [], 'en')?.type).not.toBe('list');
  });

  it('a parallel series across sentences stays a list', () => {
    // JFK to the Canadian Parliament (1961)
    const sentences = [
      'But we share more than a common border.',
      'We share a common heritage, traced back to those early settlers who traveled from the beachheads of the Maritime Provinces and New England to the far reaches of the Pacific Coast.',
      'Henry Thoreau spoke a common sentiment for them all: "Eastward I go only by force, Westward I go free."',
      'We share common values from the past, a common defense line at present, and common aspirations for the future-our future, and indeed the future of all mankind.',
    ];
    const b = keyBlock(sentences, 'Neighbours', [], 'en');
    expect(b?.type).toBe('list');
  });
});

// the Biden–Macron State Dinner toasts and the Biden–Zelenskyy press conference (December 2022,
// White House transcripts, public domain)
describe('widerPhrases: the idiom or the state a lone word is said in', () => {
  it('takes the idiom of a word said twice', () => {
    expect(
      widerPhrases(
        'shoulder',
        'We stand together, shoulder to shoulder, precisely to be entitled to say, at the same time, “We the people.”',
      )[0],
    ).toBe('shoulder to shoulder');
  });

  it('takes the state the sentence puts the word in', () => {
    expect(
      widerPhrases(
        'principles',
        'And in a lot of places today, these principles are at risk or challenged.',
      )[0],
    ).toBe('principles at risk');
  });
});

describe('isCircumstance', () => {
  it('is a time after "since" or the venue after "at the", in every sentence that says it', () => {
    expect(
      isCircumstance('World War Two', [
        'This is about — we’ve never seen a major invasion of a European country since World War Two.',
      ]),
    ).toBe(true);
    expect(
      isCircumstance('White House', [
        'It’s a great honor to be with you tonight at the White House in this country.',
      ]),
    ).toBe(true);
    expect(
      isCircumstance('World War Two', ['World War Two ended in 1945.', 'Since World War Two, peace held.']),
    ).toBe(false);
  });
});
