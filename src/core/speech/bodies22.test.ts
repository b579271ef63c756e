import { describe, expect, it } from 'vitest';
import { keyBlock, keyLine } from './body';
import { linePhrases } from './phrase-list';
import { isAnnouncement, quoteScore } from './quotable';

/** Judge21 (fault 30) and corpus sentences: filler, rhetoric, and a plain line's own phrases. */
describe('a line that announces its point, or points back at it, without saying it', () => {
  it.each([
    ['We must face an unpleasant fact about energy prices.'], // Carter, energy, Nov. 1977
    ['Not exactly that, maybe; still, he—but I will tell you about it.'], // Twain, taxes and morals, 1906
    ['During the next few weeks, the Congress will make a judgment on these vital questions.'], // Carter 1977
    ['I believe that the duties of this office permit me to do no less.'], // Carter 1977
    ['Another factor in maintaining balance involves the element of time.'], // Eisenhower 1961
    ['Mes chers collègues, je vous parlais, un peu plus tôt, de dialogue entre nous.'], // Braun-Pivet 2022
    ['We must face these tensions squarely.'], // Obama, Cairo 2009 (corpus)
    ['I renew that pledge to the new members of this Congress.'], // Ford, State of the Union 1975 (corpus)
  ])('%s', (s) => expect(isAnnouncement(s)).toBe(true));
  it.each([
    ['They are going up, whether we pass an energy program or not, as fuel becomes more scarce.'], // Carter 1977
    ['We cannot mortgage the material assets of our grandchildren.'], // Eisenhower 1961
    ['We must face the fact that the world price is set by a foreign cartel.'], // the fact said
    ['Faire de la politique, c’est aimer les gens, chercher à leur être utile et transformer leur vie.'], // Braun-Pivet
  ])('not: %s', (s) => expect(isAnnouncement(s)).toBe(false));

  it('loses the key line to the sentence with the content (Carter 1977, "Energy prices")', () => {
    const sentences = [
      'We must face an unpleasant fact about energy prices.',
      'They are going up, whether we pass an energy program or not, as fuel becomes more scarce and more expensive to produce.',
      'The question is, who should benefit from those rising prices for oil already discovered?',
      'Our energy plan captures and returns them to the public, where they can stimulate the economy, save more energy, and create new jobs.',
    ];
    expect(keyLine(sentences, 'Energy prices', 'en', 26, true)).not.toBe(sentences[0]);
    const b = keyBlock(sentences, 'Energy prices', [], 'en');
    expect(JSON.stringify(b)).not.toContain('unpleasant fact');
  });
});

describe('antithesis and parallel series in French and English score as striking', () => {
  it.each([
    ['fr', 'Nous sommes un Gouvernement de Front populaire, et non pas un Gouvernement socialiste.'], // Blum 1936
    [
      'fr',
      'La méthode proposée il y a trente ans demeure toujours une exigence, mais trop rarement une réalité.',
    ], // Philippe 2017
    ['fr', 'Les Français nous enjoignent de travailler ensemble, de débattre plutôt que de nous battre.'], // Braun-Pivet 2022
    ['en', 'You must maintain your power through consent, not coercion'], // Obama, Cairo 2009
    [
      'en',
      'We want democracy to survive for all generations to come, not to become the insolvent phantom of tomorrow.',
    ], // Eisenhower 1961
    [
      'en',
      'We face a hostile ideology--global in scope, atheistic in character, ruthless in purpose, and insidious in method.',
    ], // Eisenhower 1961
  ])('%s: %s', (lang, s) => expect(quoteScore(s, lang, 30)).toBeGreaterThan(0));
  it.each([
    [
      'en',
      'The same is true for the astonishing progress within Muslim-majority countries, not only in Asia.',
    ],
    ['en', 'Clem heard their instruction, and he did not forsake their teaching.'], // Obama 2015
  ])('not: %s', (lang, s) => expect(quoteScore(s, lang, 30)).toBe(0));
});

describe('a long plain line yields to its own noun phrases', () => {
  // Harris, Hanoi press conference 2021 (corpus)
  const hanoi =
    'As part of our economic partnership, we have also reached agreements about the importance of addressing the climate crisis and collaborating toward a clean energy future.';
  it('shows the phrases of the line, in its order, when they are parallel members of it (Ford 1974)', () => {
    const ford =
      'I will elaborate then how volunteer inflation fighters and energy savers can further mobilize their total efforts.';
    expect(linePhrases(ford, [ford], 'Fine organization', [], 'en')).toEqual([
      'Inflation fighters',
      'Energy savers',
    ]);
  });
  it.each([
    // the frame and the goal of the line: phrases of different roles (judge25 D3)
    [hanoi, 'Climate crisis'],
    // Biden, UNGA 2021 (corpus): "is much greater than" is the point
    [
      'Now we must again come together to affirm the inherent humanity that unites us is much greater than any outward divisions or disagreements.',
      'Empowering human potential',
    ],
    // Reagan 1982 (corpus): the fear of cutting taxes in view of the deficits
    [
      'Some who supported us on the spending cuts were fearful about cutting taxes in view of the continuing budget deficits.',
      'Estate tax',
    ],
    // Jonson, Stockholm 2024 (judge25 D3): "cyber incidents" is parallel to "attempts to influence
    // democratic elections", the last member but one of the series, not to the elections
    [
      'We constantly see Russian attempts on sabotage, disinformation, attempts to influence democratic elections and cyber incidents in Europe.',
      'Security Situation',
    ],
  ])('never phrases of different roles of the line: %s', (line, title) => {
    expect(linePhrases(line, [line], title, [], 'en')).toBeNull();
  });
  it('never half of a series the line says (Obama, Cairo 2009)', () => {
    const cairo =
      'Americans are ready to join with citizens and governments, community organizations, religious leaders, and businesses in Muslim communities around the world to help our people pursue a better life.';
    expect(linePhrases(cairo, [cairo], 'All these things must be done in partnership', [], 'en')).toBeNull();
  });
  it('never a name beside one phrase', () => {
    const reagan =
      "Well, so far detente's been a one-way street that the Soviet Union has used to pursue its own aims.";
    expect(linePhrases(reagan, [reagan], 'Long-range intentions', [], 'en')).toBeNull();
  });
  it('a shorter plain line stays the quote when only two phrases pass (FDR 1941)', () => {
    const fdr = [
      'The attack yesterday on the Hawaiian Islands has caused severe damage to American naval and military forces.',
      'I regret to tell you that very many American lives have been lost.',
    ];
    expect(keyBlock(fdr, 'Japanese Government', [], 'en')?.type).toBe('quote');
  });
  it.each([
    // Ford, State of the Union 1975 (corpus): the subject, the point, is in no phrase
    [
      'Only a reduction in the growth of spending can keep federal borrowing down and reduce the damage to the private sector from high interest rates.',
      'Federal Reserve System',
    ],
    // ibid.: the line ends on its verdict
    [
      'The size of these numbers and their implications for our everyday life and the health of our economic system are shocking.',
      'United States Treasury',
    ],
    // Obama, Cairo 2009 (corpus): one noun said twice is the line's rhetoric
    [
      'Instead, they overlap and share common principles, principles of justice and progress, tolerance and the dignity of all human beings.',
      'Common principles',
    ],
    [
      "Among some Muslims, there's a disturbing tendency to measure one's own faith by the rejection of somebody else's faith.",
      'Religious diversity',
    ],
  ])('the line stays: %s', (line, title) => {
    expect(linePhrases(line, [line], title, [], 'en')).toBeNull();
  });
});

describe('the last resort passes over a line that only announces (judge21, fault 30)', () => {
  it('Twain 1906: the story, not "I will tell you about it"', async () => {
    const { lastResortLine } = await import('./last-line');
    const sentences = [
      'Not exactly that, maybe; still, he—but I will tell you about it.',
      'The historian, John Fiske, whom I knew well and loved, was a spotless and most noble and upright Christian gentleman, and yet he swore once.',
    ];
    expect(lastResortLine(sentences, 'The idea that no gentleman ever swears', 40, 'en')).toBe(sentences[1]);
  });
});
