import { describe, expect, it } from 'vitest';
import { blocksText } from '../deck';
import { buildDeck } from '.';
import { asQuote, keyBlock } from './body';
import { onScreen, usableSentences, withoutConnective, withoutNumbering } from './connective';
import { strikingLine } from './striking';

const quoteText = (b: ReturnType<typeof keyBlock>) =>
  b?.type === 'quote' ? JSON.stringify(b.children).match(/"value":"([^"]*)"/u)?.[1] : undefined;

// lines of the corpus and of the re-judged speeches (White House transcripts, Obama at Cairo, public domain)
describe('a line that opens with "And", "But" or "So"', () => {
  it.each([
    [
      'And since our founding, American Muslims have enriched the United States.',
      'Since our founding, American Muslims have enriched the United States.',
    ],
    [
      'But we should choose the right path, not just the easy path.',
      'We should choose the right path, not just the easy path.',
    ],
    ['So, I have known Islam on three continents.', 'I have known Islam on three continents.'],
    [
      'And, as poets and civil rights leaders have said over the centuries, until all of us are free, no one is.',
      'As poets and civil rights leaders have said over the centuries, until all of us are free, no one is.',
    ],
    ['And for me, this is a historic moment.', 'For me, this is a historic moment.'],
  ])('may be shown when the rest stands alone, as said, with its connective: "%s"', (line, rest) => {
    expect(withoutConnective(line, 'en')).toBe(rest);
    // a quote is the speaker's words: "But God gives it to us anyway.", never "God gives…" (judge11)
    expect(onScreen(line, 'en')).toBe(line);
  });

  it.each([
    'And it means a lot for us.',
    'And that’s exactly what we’ve done.',
    'And yet their soul is not subservient.',
    'And critically, it’s stamped into the DNA of this institution.',
    'But in the summer, she would return East, where her world revolved around her three children.',
    'And when these principles were at risk in my country, you came and did the same.',
    'And I think it can all be avoided by making sure that Ukraine is able to succeed.',
    'And, of course, to be together with us jointly, because we really fight for our common victory.',
  ])('is no line at all when the rest leans on the sentence before: "%s"', (line) => {
    expect(withoutConnective(line, 'en')).toBeNull();
    expect(usableSentences([line], 'en')).toEqual([]);
  });

  it('keeps "So many…" and a line in another language as they are', () => {
    expect(withoutConnective('So many people have come tonight.', 'en')).toBe(
      'So many people have come tonight.',
    );
    expect(usableSentences(['Et il faut le dire.'], 'fr')).toEqual(['Et il faut le dire.']);
  });

  it('a slide shows another line rather than one that leans back', () => {
    const macron = [
      'But let me tell you that it’s a great honor that Brigitte and myself and our delegation were invited for this first state visit and to be with you tonight at the White House in this beautiful country.',
      'And it means a lot for us.',
    ];
    expect(JSON.stringify(keyBlock(macron, 'White House', [], 'en'))).not.toMatch(/means a lot/u);
    const press = [
      'We’ve been committed to make sure Ukraine had what it needed to defend itself.',
      'And that’s exactly what we’ve done.',
      'And today, USAID is committing more than $374 million in urgently needed humanitarian assistance for Ukraine.',
    ];
    expect(quoteText(keyBlock(press, 'Humanitarian assistance', [], 'en'))).not.toMatch(
      /^And\b|exactly what/u,
    );
  });

  it('in the last resort a sentence the speaker quotes may be set whole', () => {
    const unga = [
      'I quote the opening words of the Universal Declaration of Human Rights, quote: “The equal and inalienable rights of all members of the human family is the foundation of freedom, justice, and peace in the world.”',
    ];
    expect(strikingLine(unga, 'Universal rights', 'en', true)).toBe(
      '“The equal and inalienable rights of all members of the human family is the foundation of freedom, justice, and peace in the world.”',
    );
  });
});

describe('a line’s list number', () => {
  it('is left off the screen, whatever the language; a number said is not', () => {
    for (const [line, shown] of [
      ['2. We will make job creation our first priority.', 'We will make job creation our first priority.'],
      ['3. 한반도 평화를 정착시키겠습니다.', '한반도 평화를 정착시키겠습니다.'],
      ['2) Мы построим новые школы.', 'Мы построим новые школы.'],
      ['（二）整理国故。', '整理国故。'],
      ['(3) Nous construirons des écoles.', 'Nous construirons des écoles.'],
      ['1.5 million people found work.', '1.5 million people found work.'],
      ['2024. That was the year.', '2024. That was the year.'],
      ['We will build 3 schools.', 'We will build 3 schools.'],
    ] as const) {
      expect(withoutNumbering(line), line).toBe(shown);
      expect(blocksText([asQuote(line)]), line).toBe(shown);
    }
  });

  it('never opens a numbered paragraph’s quote (English and Korean)', () => {
    const speech = [
      'A New Deal for Workers',
      'My fellow citizens, today I announce my candidacy for president. Our economy stands at a turning point. Growth is slow and inequality divides our communities. Young people cannot find work and the elderly worry about their future.',
      '1. Education is an investment in people and the future of the nation. Every child will start from the same line regardless of the income of their parents.',
      'We will double public kindergartens and cut university tuition in half. A graduate of a regional college will find a good job. Teachers will focus on children, not paperwork.',
      '2. We will make job creation our first priority. We will create good jobs for young people, starting in the public sector.',
      'We will cut red tape so that small firms and start-ups can grow. We will end discrimination against temporary workers. Everyone who works will receive fair pay.',
      '3. We will build lasting peace on the peninsula. We will open the door to dialogue on the basis of strong security.',
      'We will find a way for both countries to prosper together. We will strengthen diplomacy with our neighbours. Protecting the lives of our people is the first duty of a president.',
    ].join('\n\n');
    const deck = buildDeck(speech, { fileName: 'en-pledges.txt' });
    for (const s of deck.slides)
      for (const b of s.blocks)
        if (b.type === 'quote') expect(blocksText([b]), s.title).not.toMatch(/^\d+[.)]/u);
  });
});

describe('a reading glossed after its kanji is never on screen (judge13)', () => {
  it.each([
    [
      '新しい時代を平和で希望に満ち溢（あふ）れた時代としなければなりません。',
      '新しい時代を平和で希望に満ち溢れた時代としなければなりません。',
    ],
    [
      '数多くの方々の御霊（みたま）に対し、謹んで、哀悼の誠を捧（ささ）げます。',
      '数多くの方々の御霊に対し、謹んで、哀悼の誠を捧げます。',
    ],
    // a bracket that is no reading stays: an abbreviation, a note in kanji
    ['核兵器不拡散条約（ＮＰＴ）発効５０周年', '核兵器不拡散条約（ＮＰＴ）発効５０周年'],
  ])('%s', (line, shown) => {
    expect(onScreen(line, 'ja')).toBe(shown);
  });
});
