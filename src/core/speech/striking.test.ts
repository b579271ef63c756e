import { describe, expect, it } from 'vitest';
import { figuresBlock, keyBlock } from './body';
import { antithesisHead, asksForAnswer } from './quotable';
import { ADDRESSED, leansBack, opensWithTitle, strikingLine } from './striking';

const quoteText = (b: ReturnType<typeof keyBlock>) =>
  b?.type === 'quote' ? JSON.stringify(b.children).match(/"value":"([^"]*)"/u)?.[1] : undefined;

// Booker T. Washington, Atlanta Exposition Address (1895), public domain
const BUCKET = [
  'To those of the white race who look to the incoming of those of foreign birth and strange tongue and habits of the prosperity of the South, were I permitted I would repeat what I say to my own race: "Cast down your bucket where you are."',
  'Cast it down among the eight millions of Negroes whose habits you know, whose fidelity and love you have tested in days when to have proved treacherous meant the ruin of your firesides.',
  'Cast down your bucket among these people who have, without strikes and labour wars, tilled your fields, cleared your forests, builded your railroads and cities, and brought forth treasures from the bowels of the earth, and helped make possible this magnificent representation of the progress of the South.',
];

describe('strikingLine: a complete phrase from sentences too long to quote whole', () => {
  it('takes the refrain said in quotation marks', () => {
    expect(strikingLine(BUCKET, 'White race', 'en')).toBe('"Cast down your bucket where you are."');
    // (with its marks: the speaker's saying, quoted)
    expect(keyBlock(BUCKET, 'White race', [], 'en')).toMatchObject({
      children: [{ children: [{ value: '"Cast down your bucket where you are."' }] }],
    });
  });

  it('takes no quoted line that is neither a refrain nor rhetorical', () => {
    const plain = [
      'When the committee met in the spring of that year, the chairman told the members of the board and the public who had come: "We will meet again in May."',
    ];
    expect(strikingLine(plain, 'Committee', 'en')).toBeNull();
  });

  it('ends a long period on its parallel phrase, never on a sentence cut off', () => {
    const close = [
      'This, this, coupled with our material prosperity, will bring into our beloved South a new heaven and a new earth.',
    ];
    expect(strikingLine(close, 'Material benefits', 'en')).toBe('A new heaven and a new earth');
  });

  it('sets a longer antithesis whole as the last resort (≤ 30 words)', () => {
    const fingers = [
      'While doing this, you can be sure in the future, as in the past, that you and your families will be surrounded by the most patient, faithful, law-abiding, and unresentful people that the world has seen.',
      'In all things that are purely social we can be as separate as the fingers, yet one as the hand in all things essential to mutual progress.',
    ];
    expect(strikingLine(fingers, 'Unresentful people', 'en')).toBeNull();
    expect(quoteText(keyBlock(fingers, 'Unresentful people', [], 'en'))).toBe(fingers[1]);
  });

  it('shortens at a semicolon to the head clause, a sentence of its own', () => {
    // Wilson, Fourteen Points (1918), public domain
    const wilson = [
      'It will be our wish and purpose that the processes of peace, when they are begun, shall be absolutely open and that they shall involve and permit henceforth no secret understandings of any kind.',
      'The day of conquest and aggrandizement is gone by; so is also the day of secret covenants entered into in the interest of particular governments and likely at some unlooked-for moment to upset the peace of the world.',
    ];
    expect(quoteText(keyBlock(wilson, 'Secret understandings', [], 'en'))).toBe(
      'The day of conquest and aggrandizement is gone by',
    );
  });

  it('reads a question with the answer the speaker gives at once', () => {
    // Frederick Douglass, "What to the Slave Is the Fourth of July?" (1852), public domain
    const douglass = [
      'What to the American slave is your Fourth of July?',
      'I answer, a day that reveals to him, more than all other days in the year, the gross injustice and cruelty to which he is the constant victim.',
      'To him, your celebration is a sham; your boasted liberty, an unholy license; your national greatness, swelling vanity; your sounds of rejoicing are empty and heartless; your denunciations of tyrants, brass-fronted impudence.',
    ];
    expect(quoteText(keyBlock(douglass, 'American slave', [], 'en'))).toBe(`${douglass[0]} ${douglass[1]}`);
    // the answer alone, and "To him, …", lean on what came before
    expect(leansBack(douglass[1]!)).toBe(true);
    expect(leansBack('To him, your celebration is a sham.')).toBe(true);
    expect(leansBack('This visit to the United States became a historic one.')).toBe(false);
    expect(leansBack("That's not how moral authority is claimed.")).toBe(true);
  });
  it.each([
    // judge13: quotes that open by pointing back (French, German, Italian)
    ['fr', 'C’est vrai pour notre système de santé.', true],
    [
      'de',
      'Das ist entscheidend; denn als deutscher Auslandssender steht die Deutsche Welle für unsere Werte.',
      true,
    ],
    ['it', "Questa fu, e rimane, la scelta meditata dell'Assemblea costituente.", true],
    ['it', 'Esso poggia innanzitutto sul senso di un comune destino italiano ed europeo.', true],
    ['it', "Da qui, l'inquietudine che è dilagata tra gli italiani.", true],
    // a demonstrative that heads its own noun stands
    ['it', 'Questa XVIII legislatura nasce da un’ampia partecipazione elettorale.', false],
    ['fr', 'Cette majorité claire, nul ne la prend pour un blanc-seing.', false],
    ['de', 'Die Moskauer Büros der Deutschen Welle wurden geschlossen.', false],
  ])('a French, German or Italian line that points back leans back (%s): %s → %s', (lang, line, leans) => {
    expect(leansBack(line, lang)).toBe(leans);
  });

  it('takes the toast a long sentence raises its glass to', () => {
    const toast = [
      'Ladies and gentlemen, please join me — please join me in raising our glasses, to President Macron and his wife Brigitte, to France, ladies and gentlemen, to the history that binds us and the values that still unite us, and to the future we’re going to forge together.',
    ];
    expect(strikingLine(toast, 'Toast', 'en')).toBe(
      'To the history that binds us and the values that still unite us, and to the future we’re going to forge together',
    );
  });
});

describe('keyBlock: the last resort never shows a line that says the title again', () => {
  it('past an article', () => {
    expect(
      opensWithTitle('The founding ethos of the United Nations places the rights…', 'Founding ethos'),
    ).toBe(true);
    // FDR, 8 December 1941, public domain: a 29-word sentence is the slide's line when nothing shorter is
    const fdr = [
      'Yesterday, December 7, 1941—a date which will live in infamy—the United States of America was suddenly and deliberately attacked by naval and air forces of the Empire of Japan.',
      'The United States was at peace with that Nation and, at the solicitation of Japan, was still in conversation with its Government and its Emperor looking toward the maintenance of peace in the Pacific.',
    ];
    expect(quoteText(keyBlock(fdr, 'United States', [], 'en'))).toBe(fdr[0]);
  });
});

describe('a figure said with cents in billions is a figure, not a time of day', () => {
  it('shows "$1.85 billion"', () => {
    const b = figuresBlock(
      [
        {
          text: 'Today, I’m announcing the next tranche of our security assistance to Ukraine: $1.85 billion package of security assistance that includes ammunition.',
        },
      ],
      'en',
    );
    expect(b?.type === 'figures' ? b.items.map((i) => i.value) : []).toEqual(['$1.85 billion']);
  });
  it('a time of day with a dot stays a time', () => {
    const b = figuresBlock([{ text: 'The doors opened at 10.30 and 2,000 guests came to the hall.' }], 'en');
    expect(b?.type === 'figures' ? b.items.map((i) => i.value).join() : '').not.toMatch(/10\.30|30/u);
  });
});

describe('a long sentence cut after its antithesis', () => {
  it('shows the antithesis without what follows it (JFK, Rice, 1962)', () => {
    const rice = [
      'We choose to go to the moon.',
      'We choose to go to the moon in this decade and do the other things, not because they are easy, but because they are hard, because that goal will serve to organize and measure the best of our energies and skills, because that challenge is one that we are willing to accept, one we are unwilling to postpone, and one which we intend to win, and the others, too.',
    ];
    expect(strikingLine(rice, 'Decision', 'en')).toBe(
      'We choose to go to the moon in this decade and do the other things, not because they are easy, but because they are hard',
    );
    expect(antithesisHead('Not because it is easy, but because it is hard.')).toBeNull();
  });
});

describe('a line that opens by addressing the room is no quote, in Korean and Hebrew too', () => {
  it.each([
    ['존경하는 국민 여러분, 지난 몇 달 우리는 유례없는 정치적 격변기를 보냈습니다.', true],
    ['존경하고 사랑하는 국민 여러분! 감사합니다.', true],
    ['국민 여러분, 우리는 할 수 있습니다.', true],
    ['אדוני היושב-ראש, חברי הכנסת, ירושלים היא לב ליבו של העם היהודי.', true],
    ['חברי הכנסת, אני פותח את הישיבה.', true],
    ['Ladies and gentlemen, the session is open.', true],
    ['국민 여러분과 함께라면 우리는 할 수 있습니다.', false],
    ['저를 지지하지 않았던 국민 한 분 한 분도 저의 국민입니다.', false],
  ] as const)('%s', (line, addressed) => {
    expect(ADDRESSED.test(line)).toBe(addressed);
  });
});

describe('the line said after a form of address (Kennedy, inaugural address, 1961; judge20)', () => {
  // the speech's most quoted line never reached the screen: its paragraph opens on "And so, my
  // fellow Americans:", and "ask … what" read as the set-up of a question
  const lines = [
    'In the long history of the world, only a few generations have been granted the role of defending freedom in its hour of maximum danger.',
    'And so, my fellow Americans: ask not what your country can do for you—ask what you can do for your country.',
    'My fellow citizens of the world: ask not what America will do for you, but what together we can do for the freedom of man.',
  ];

  it('is the slide’s striking line, without the address', () => {
    expect(strikingLine(lines, 'Final judge', 'en')).toBe(
      'Ask not what your country can do for you—ask what you can do for your country.',
    );
  });

  it('is no question’s set-up when it says "ask not", and "ask … why" still is one', () => {
    expect(
      asksForAnswer('Ask not what your country can do for you—ask what you can do for your country.'),
    ).toBe(false);
    expect(asksForAnswer('Many ask what the program will cost.')).toBe(true);
  });
});
