import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { keyLine } from './body';
import {
  asksForAnswer,
  bestQuote,
  isSelfCorrected,
  isThrowaway,
  opensOnAddress,
  quoteScore,
} from './quotable';
import { leansBack } from './striking';

describe('self-corrections are never the key line', () => {
  it('recognises a restart, a dangling word before a dash and [sic]', () => {
    expect(isSelfCorrected('It’ll be the most — it’ll be more than just.')).toBe(true);
    expect(
      isSelfCorrected(
        'For too many patients and their families on — diagnosed with cancer, there’s bewilderment.',
      ),
    ).toBe(true);
    expect(
      isSelfCorrected(
        'Just look at the results, historical results — revults [sic] — results for working Americans.',
      ),
    ).toBe(true);
    expect(isSelfCorrected('I refuse to believe — I refuse to believe this is beyond our capacity.')).toBe(
      false,
    );
    expect(
      isSelfCorrected('When we work together in America, there is nothing — nothing beyond our capacity.'),
    ).toBe(false);
  });
  it('does not choose one as the quote or the key line (the toast)', () => {
    const slide = [
      'Mr. Prime Minister, today our two nations meet the future, emboldened with a confidence all that’s come before.',
      'It’ll be the most — it’ll be more than just.',
      'It’ll be more free, more fair, and for all people, because we have the power to make it so.',
    ];
    expect(bestQuote(slide, 'en')).not.toBe(slide[1]);
    expect(keyLine(slide, 'Future', 'en')).not.toBe(slide[1]);
  });
});

describe('a question is never on screen without its answer', () => {
  it('quotes a question with the answer that follows at once, or not at all', () => {
    const setUp = [
      'But why, some say, the moon?',
      'Why choose this as our goal?',
      'Why climb the highest mountain?',
    ];
    expect(bestQuote(setUp, 'en')).toBeNull();
    expect(
      bestQuote(
        ['Why does the mountain matter, why does the moon matter?', 'Because the moon is hard.'],
        'en',
      ),
    ).toBe('Why does the mountain matter, why does the moon matter? Because the moon is hard.');
  });
  it('knows a set-up by its question said in passing', () => {
    expect(asksForAnswer('Mallory was asked why did he want to climb it.')).toBe(true);
    expect(asksForAnswer('And they may well ask why climb the highest mountain.')).toBe(true);
    expect(asksForAnswer('The answer is simple:')).toBe(true);
    expect(asksForAnswer('We choose to go to the moon.')).toBe(false);
  });
  it('the last-resort key line is neither a set-up nor a sentence leaning on the one before', () => {
    const sentences = [
      'Many years ago the great British explorer George Mallory, who was to die on Mount Everest, was asked why did he want to climb it.',
      'He said, "Because it is there."',
      'Well, space is there, and we are going to climb it, and the moon and the planets are there.',
    ];
    expect(keyLine(sentences, 'Mount Everest', 'en', 26, true)).toBe(sentences[2]);
    const zh = [
      '这都因为人太少的缘故，如果人多了，则翻译的可以专翻译，创作的可以专创作。',
      '我们急于要造出大群的新的战士，但同时，在文学战线上的人还要“韧”。',
    ];
    expect(keyLine(zh, '八股文', 'zh', 26, true)).toBe(zh[1]);
  });
});

describe('stumbles with an unspaced dash or a hesitation', () => {
  it('recognises a clause broken off at a dash and restarted', () => {
    // Twain, 1905: a dangling "as" or "the" before the dash, a hesitation after it
    expect(
      isSelfCorrected(
        'Well, I stood that as long as—well, you know I was born courteous, and I stood it to the limit.',
      ),
    ).toBe(true);
    expect(
      isSelfCorrected('I can remember the landscape, the weather, the—I can remember how everything looked.'),
    ).toBe(true);
    expect(
      isSelfCorrected(
        'Now you take a sterilized Christian—I mean, you take the sterilized Christian, for there’s only one.',
      ),
    ).toBe(true);
    expect(
      isSelfCorrected(
        'Now, for a person born with high and delicate instincts—why, even the cradle wasn’t whitewashed—nothing ready at all.',
      ),
    ).toBe(true);
    expect(isSelfCorrected('It was the best we had--well, the best we could find.')).toBe(true);
  });
  it('keeps a whole clause before a dash, and a dash that sets off an aside', () => {
    expect(isSelfCorrected('We mean to be a part of it—we mean to lead it.')).toBe(false);
    expect(
      isSelfCorrected(
        'That budget now stands at $5,400 million a year—a staggering sum, though somewhat less than we pay for cigarettes.',
      ),
    ).toBe(false);
    expect(isSelfCorrected('This country was conquered by those who moved forward—and so will space.')).toBe(
      false,
    );
    expect(isSelfCorrected('The years 1961–1962 were the hardest.')).toBe(false);
  });
  it('never quotes one', () => {
    const slide = [
      'Their opinions were all just green with prejudice, and I feel those opinions to this day.',
      'Well, I stood that as long as—well, you know I was born courteous, and I stood it to the limit.',
    ];
    expect(bestQuote(slide, 'en')).not.toBe(slide[1]);
    expect(keyLine(slide, 'Real event', 'en')).not.toBe(slide[1]);
  });
});

describe('what makes a line memorable', () => {
  it('scores three items on the same word as a rule of three', () => {
    expect(
      quoteScore('There is no strife, no prejudice, no national conflict in outer space as yet.', 'en'),
    ).toBeGreaterThanOrEqual(2.5);
    expect(
      quoteScore('There is no strife in outer space, and its hazards are hostile to us all.', 'en'),
    ).toBe(0);
  });
  it('weighs an imperative to the hearers above a plain statement', () => {
    expect(quoteScore('Never give up, never give in.', 'en')).toBeGreaterThan(
      quoteScore('We gave up, we gave in.', 'en'),
    );
  });
  it('never quotes a sentence that trails off', () => {
    expect(isSelfCorrected('And if we had only known what was coming—')).toBe(true);
    expect(isSelfCorrected('We waited, and we waited, and we waited…')).toBe(true);
    expect(quoteScore('We waited, and we waited, and we waited…', 'en')).toBe(0);
  });
});

describe('a line announcing the talk’s format is never the key line (judge15)', () => {
  const harris = [
    'Good afternoon.',
    'I’m going to give a few remarks and then I’ll take questions.',
    'First, I want to thank our Vietnamese hosts for so warmly welcoming us to Vietnam.',
    'As many of you know, I am the first Vice President to visit Vietnam since diplomatic relations were established in 1995.',
    'And I believe that this trip signals the beginning of the next chapter in the relationship between the United States and Vietnam.',
  ];
  it.each([
    ['I’m going to give a few remarks and then I’ll take questions.', true],
    ['With that, I’ll take questions.', true],
    ['I will make a few brief remarks before we open the floor.', true],
    ['We will answer your questions after the break.', true],
    ['We will take on the questions that matter to our children.', false],
    ['The people of Vietnam have questions about the future.', false],
  ])('%s → %s', (line, procedural) => {
    expect(isThrowaway(line, 'en')).toBe(procedural);
  });
  it('the Hanoi opening quotes no procedural line', () => {
    expect(keyLine(harris, 'Enduring commitment', 'en') ?? '').not.toMatch(/take questions/u);
  });
});

// A courtesy said to someone the line names is never the key line (judge20: Ruto's toast at the
// Kenya state dinner, White House, 23 May 2024, public domain: "Madam First Lady, you have been
// so kind." was the slide's quote). A form of address, then "you", short and with no rhetoric.
describe('a courtesy said to someone is never the key line (judge20)', () => {
  it.each([
    // Ruto, Kenya state dinner 2024 (judge20)
    ['Madam First Lady, you have been so kind.', 'en', true],
    // Jill Biden, UN LGBTI core group 2022 (corpus)
    [
      'Your Excellencies and distinguished guests, it’s an honor to join you, along with THE courageous human rights activists who are speaking here today.',
      'en',
      true,
    ],
    // Biden, state dinner toast 2024 (corpus)
    ['Ladies and gentlemen, so please join me in raising your glass — and I don’t have a glass.', 'en', true],
    // Razumkov, Verkhovna Rada 2020 (corpus): the chair to the members
    ['Колеги, вам не забагато буде?', 'uk', true],
    ['Шановні колеги, я розумію, що ви не будете голосувати за правки.', 'uk', true],
    // a long period after the address is the speech's point (Douglass 1852; Blum 1936; López 2016: corpus)
    [
      'Fellow-citizens, above your national, tumultous joy, I hear the mournful wail of millions, whose chains, heavy and grievous yesterday, are to-day rendered more intolerable by the jubilant shouts that reach them.',
      'en',
      false,
    ],
    [
      'Messieurs, le Gouvernement se présente devant vous au lendemain d’élections générales où la sentence du suffrage universel, notre juge et notre maître à tous, s’est traduite avec plus de puissance et de clarté qu’à aucun moment de l’histoire républicaine.',
      'fr',
      false,
    ],
    // an address with no "you" in it says the point to them (Reagan, Berlin 1987)
    ['Mr. Gorbachev, tear down this wall!', 'en', false],
    // "you" without a form of address (Ruto 2024): a line of the toast, not said to one person
    [
      'We gather here on behalf of the people of our nations to further strengthen the friendship.',
      'en',
      false,
    ],
  ])('%s → %s', (line, lang, courtesy) => {
    expect(isThrowaway(line, lang)).toBe(courtesy);
  });

  it('the toast, not the courtesy, is the last slide’s line', () => {
    const text = [
      'Kenya State Dinner',
      '',
      'PRESIDENT RUTO: Madam First Lady, you have been so kind.  We have shared your home for days and have been treated with touching and manifest generosity.  This is a warm, wonderful, beautiful place, and we are blessed to have been privileged to visit.',
      '',
      'It is now my honor to ask you, ladies and gentlemen, to raise your glasses and join me in a toast to the continued well-being and long life of President Joe Biden and of First Lady Jill, to the continued security and prosperity of the people of the United States, and to the enduring bonds of friendship, partnership, and solidarity between Kenya and the United States.',
      '',
      'To the President.',
    ].join('\n');
    const screens = buildDeck(text, { fileName: 'toast.txt' })
      .slides.map((s) => s.screenText)
      .join('\n');
    expect(screens).not.toMatch(/so kind/u);
    expect(screens).toMatch(
      /To the enduring bonds of friendship, partnership, and solidarity between Kenya and the United States/u,
    );
  });
});

// The speaker glad to be in the room is said to the room, not a line to read (judge20)
describe('“I’m happy to be here” is never the key line (judge20)', () => {
  it.each([
    // Deese, Cleveland 2022 (judge20): the first slide's quote
    ['I’m happy to be here today to talk about an American industrial strategy.', true],
    // Obama, Cairo 2009 (corpus)
    [
      'I am honored to be in the timeless city of Cairo and to be hosted by two remarkable institutions.',
      true,
    ],
    // Kennedy, Rice University 1962 (judge20)
    ["I am delighted to be here and I'm particularly delighted to be here on this occasion.", true],
    // proud of something, not of being here (Ruto 2024, judge20)
    [
      'We are proud of the robust social, economic, security, technological, and the people-to-people ties between our two nations.',
      false,
    ],
  ])('%s → %s', (line, aside) => {
    expect(isThrowaway(line, 'en')).toBe(aside);
  });
});

// Putin, Address to the Federal Assembly, 29 February 2024 (kremlin.ru, judge20): a line opening
// on "Тем не менее" ("nevertheless") or "Они" ("they") leans on the sentence before; JavaScript's
// \b never ended a Cyrillic word, so neither was seen
describe('a Russian line that leans on the sentence before is not the key line (judge20)', () => {
  it('passes over "Тем не менее…" for a line that stands on its own', () => {
    const line = keyLine(
      [
        'Такая программа действий, конкретных мер во многом формировалась и в ходе поездок в регионы, прямого разговора с рабочими, инженерами гражданских и оборонных заводов, с врачами, учителями, учёными, волонтёрами, предпринимателями, с многодетными семьями, с нашими героями-фронтовиками, добровольцами, солдатами и офицерами Вооружённых Сил России.',
        'Конечно, мы понимаем, что такие мероприятия готовятся.',
        'Тем не менее реальные потребности людей, безусловно, прорываются в этих беседах.',
        'Много идей было выдвинуто и на крупных общественных, экспертных форумах.',
        'Предложения граждан, их устремления и надежды стали основой, стержнем тех проектов, инициатив, которые прозвучат и сегодня.',
        'Рассчитываю, что их общественное обсуждение, безусловно, продолжится, потому что реализовать всё задуманное мы сможем только вместе.',
        'Задачи большие.',
      ],
      'Программа действий',
      'ru',
    );
    expect(line ?? '').not.toMatch(/^Тем не менее/u);
  });
  it('passes over "Это касается…" and "И хочу сказать, что это…" (a pronoun after a frame of saying)', () => {
    const line = keyLine(
      [
        'Наши Вооружённые Силы обрели колоссальный боевой опыт.',
        'Это касается взаимодействия всех видов и родов войск, современной тактики и оперативного искусства.',
        'Выросла, прошла закалку целая плеяда талантливых командиров, которые берегут людей, грамотно исполняют свои задачи, используют новую технику, успешно решают поставленные перед ними задачи.',
        'И хочу сказать, что это во всех звеньях: от взвода и оперативного звена до самого высшего звена руководства.',
      ],
      'Родов войск',
      'ru',
      26,
      true,
    );
    expect(line ?? '').not.toMatch(/^(?:Это|И хочу сказать)/u);
  });
  it('"Они представляют…" leans back, "У России…" does not', () => {
    expect(
      leansBack(
        'Они представляют самобытную цивилизацию от Северной Африки до Ближнего Востока, которая сегодня динамично развивается.',
      ),
    ).toBe(true);
    expect(leansBack('У России давние, хорошие отношения с арабскими государствами.')).toBe(false);
  });
});

// Soares, Assembleia da República, 2024 (parlamento.pt, judge20): "E tudo para quê? Para estes
// lucros extraordinários que a banca está a apresentar." — the answer, without its question, says
// nothing on its own; a preposition before a demonstrative points back
describe('an answer that points back is not the key line (judge20)', () => {
  it('passes over "Para estes lucros…"', () => {
    const line = keyLine(
      [
        'Mas dizem as contas que é o abuso, a usura, da banca nacional que faz com que tenha subido 40,5 % o pagamento das prestações ao banco.',
        'A título de exemplo, um empréstimo de 150 000 € ao banco por um período de 30 anos teve um aumento, no último ano e meio, de 265 € mensais.',
        'E tudo para quê?',
        'Para estes lucros extraordinários que a banca está a apresentar.',
        'É um abuso!',
        'É um insulto ao País e é o bodo dos banqueiros milionários à custa do empobrecimento das famílias, que têm dificuldades a pagar o seu crédito de habitação.',
      ],
      'Banca',
      'pt',
    );
    expect(line ?? '').not.toMatch(/^Para estes/u);
  });
  // Obama, eulogy for Clementa Pinckney, 2015 (corpus): "There he…" is where the sentence before said
  it('passes over "There he would fortify his faith…"', () => {
    const line = keyLine(
      [
        'After a full day at the capitol, he’d climb into his car and head to the church to draw sustenance from his family, from his ministry, from the community that loved and needed him.',
        'There he would fortify his faith, and imagine what might be.',
      ],
      'Position',
      'en',
      26,
      true,
    );
    expect(line ?? '').not.toMatch(/^There he/u);
  });
});

// A pronoun after an opening adverb set off by a comma leans back as one at the line's opening
describe('"Unfortunately, it…" and "Now, that…" are not the key line', () => {
  it.each([
    // Ford, State of the Union 1975 (corpus)
    [
      [
        'Unfortunately, it will increase the size of the budget deficit.',
        'Therefore, it is more important than ever that we take steps to control the growth of federal expenditures.',
        'Part of our trouble is that we have been self-indulgent.',
      ],
      /^Unfortunately, it/u,
    ],
    // Obama, Cairo 2009 (corpus)
    [
      [
        'Now, that does not mean we should ignore sources of tension.',
        'Indeed, it suggests the opposite.',
        'We must face these tensions squarely.',
      ],
      /^Now, that/u,
    ],
  ])('%j', (sentences, leaning) => {
    expect(keyLine(sentences, 'Title', 'en', 26, true) ?? '').not.toMatch(leaning);
  });
});

// A plain line that opens on a form of address is said to someone in the room (López, Congreso de
// los Diputados, 2016, corpus), in every language whose forms of address structure.ts knows
describe('a line opening on a form of address', () => {
  it.each([
    ['Señorías, estamos viviendo tiempos de gran incertidumbre.', 'es', true],
    ['Madam First Lady, you have been so kind.', 'en', true],
    [
      'España no es un mapa ni una identidad; es el pacto ciudadano por la libertad y por el progreso colectivo.',
      'es',
      false,
    ],
    // an opening phrase is no address (Obama, Cairo 2009, corpus)
    ['In Ankara, I made clear that America is not, and never will be, at war with Islam.', 'en', false],
  ])('%s → %s', (line, lang, addressed) => {
    expect(opensOnAddress(line, lang)).toBe(addressed);
  });
  it('is not the key line', () => {
    expect(
      keyLine(
        [
          'Señorías, estamos viviendo tiempos de gran incertidumbre.',
          'España no es un mapa ni una identidad; es el pacto ciudadano por la libertad y por el progreso colectivo.',
        ],
        'Sociedad española',
        'es',
        26,
        true,
      ),
    ).not.toMatch(/^Señorías/u);
  });
});
