/**
 * Numbers that are no figure, and ages read as lengths (judge23, section A). Each sentence is from a
 * real speech of /work/tmp/judge23 (its SOURCES.md), named above its table; the counter-examples
 * show what must stay a figure.
 */
import { describe, expect, it } from 'vitest';
import { cards, kindOf } from '../../../../tests/helpers/figure-cards';
import { findFigures } from './index';

/** Every figure of a text, labelled or not: what a slide could ever show. */
const values = (text: string, lang: string) => findFigures(text, lang, 20).map((f) => f.value);

// Narendra Modi, मन की बात, September 2018 (pmindia.gov.in; jerinphilip/mann-ki-baat dump/hi-5.txt)
describe('a digit glued to a word of a spaced script is a mark or a name (numbers.ts)', () => {
  it('the Hindi abbreviation sign "०" of "डॉ०" (Dr.) is no zero', () => {
    const text =
      'डॉ० बाबा साहब अम्बेडकर द्वारा दिए गए संविधान में ग़रीबों के मूल अधिकारों की रक्षा के लिए कई प्रावधान किये गए हैं |';
    // judge23: the card "० — बाबा साहब अम्बेडकर" under "Sanitation Ministers"
    expect(kindOf(text, '०')).toBe('name');
    expect(values(text, 'hi')).toEqual([]);
    // the same sign after "प्रो०" (Prof.) and "ई०" (A.D.), and a Latin zero typed for it
    expect(kindOf('प्रो० यशपाल ने 25 वर्ष पढ़ाया', '०')).toBe('name');
    expect(kindOf('प्रो० यशपाल ने 25 वर्ष पढ़ाया', '25')).toBe('number');
    expect(kindOf('डॉ0 अम्बेडकर का जन्म हुआ', '0')).toBe('name');
  });

  it.each([
    // Korean: the ordinal prefix and counters glue to their digits (ko-park-samiljeol-2015, corpus)
    ['ko', '오늘 우리는 제96주년 3.1절을 맞았습니다.', '96', 'number'],
    // Japanese: counts glued to kana and kanji (ja-abe-hiroshima-2019, corpus; the Emperor, judge23)
    ['ja', '今から７４年前の今日、原子爆弾が投下されました。', '７４', 'number'],
    ['ja', '終戦以来80年、人々のたゆみない努力により', '80', 'number'],
    // Chinese (digital-zh.txt, fixtures)
    ['zh', '全国已建成421家智能制造示范工厂', '421', 'number'],
    // Hebrew and Arabic prefixes glued straight to a number are grammar: "in 2019", "by 50%"
    ['he', 'ב2019 גדל המספר ל-60 אחוז מהתושבים.', '2019', 'year'],
    ['ar', 'ارتفعت الصادرات بـ50 في المئة', '50', 'number'],
  ])('%s: a count glued to its word stays a count: %s', (_lang, text, digits, kind) => {
    expect(kindOf(text, digits)).toBe(kind);
  });
});

// Wolfgang Schäuble, Nachruf auf Ewald Schurer, Deutscher Bundestag, Plenarprotokoll 19/4, 2017-12-12
describe('German years said of a person are an age, never a length (relation.ts)', () => {
  it('"mit 30 Jahren" (at thirty) and "63 Jahre alt" are no figure', () => {
    const text =
      'Er erwarb mit 30 Jahren sein erstes parlamentarisches Mandat im Ebersberger Kreistag, dem er bis zu seinem Tod angehörte, 33 Jahre lang.';
    // judge23: "30 Jahren — sein erstes parlamentarisches Mandat", a second length of service
    expect(cards(text, 'de')).not.toContain('30 Jahren — sein erstes parlamentarisches Mandat');
    expect(values(text, 'de')).not.toContain('30 Jahren');
    expect(values('Ewald Schurer wurde 63 Jahre alt.', 'de')).toEqual([]);
    expect(values('Sie starb im Alter von 82 Jahren in Berlin.', 'de')).toEqual([]);
  });

  it('years with what they measure, or a time since, stay a length', () => {
    // (the same speech) "He belonged to the Bundestag for 16 years in all"
    expect(cards('Er gehörte insgesamt 16 Jahre dem Deutschen Bundestag an.', 'de')).toEqual([
      '16 Jahre — dem Deutschen Bundestag',
    ]);
    expect(values('Der Zug kam mit 30 Jahren Verspätung an.', 'de')).toEqual(['30 Jahren']);
    expect(values('Seit 30 Jahren wächst die Stadt.', 'de')).toContain('30 Jahren');
  });
});

// Barack Obama, Remarks at a Memorial Service for the Victims of the Shooting in Tucson, 2011-01-12
// (millercenter.org, kfogel/presidential-speeches)
describe('a size said as strength is a figure of speech (scope.ts)', () => {
  it('"an American family 300 million strong" is no card', () => {
    // judge23: carded "300 million strong — American family"
    expect(
      cards(
        'For those who were harmed, those who were killed –- they are part of our family, an American family 300 million strong.',
        'en',
      ),
    ).toEqual([]);
  });

  it('a count of a family said plainly stays a figure', () => {
    expect(cards('The program now serves 300,000 American families in rural counties.', 'en')).toEqual([
      '300,000 American families — in rural counties',
    ]);
  });
});

// Lael Brainard, "Assessing Progress on the US Economy", Council on Foreign Relations, 2024-09-16
// (bidenwhitehouse.archives.gov)
describe('a figure of a plan the speaker argues against is no fact (scope.ts)', () => {
  it('"an approach that would … impose … a sales tax of $4,000" is no card', () => {
    // judge23: carded "$4,000 — sales tax" under "Employment opportunities", as a fact
    const text =
      'This is very different from an approach that would weaken our economy by undermining the independence of the Federal Reserve and the rule of law, add trillions to the debt, and impose what amounts to a sales tax of $4,000 on middle-class families.';
    expect(cards(text, 'en')).toEqual([]);
  });

  it('the speaker\'s own figures, and a contrast said without a plan\'s "would", stay figures', () => {
    // (the same speech) a fact of the economy
    expect(
      cards(
        'Since the President and Vice President took office, Americans have filed a record 19 million new business applications.',
        'en',
      ),
    ).toEqual(['19 million — new business applications']);
    expect(cards('Unlike last year, the state spent $20 billion on new roads.', 'en')).toEqual([
      '$20 billion — on new roads',
    ]);
    // (our own sentence) the speaker's clause after the rejected plan's is the speaker's own figure
    expect(
      cards(
        'Instead of the plan that would cost $4 trillion, our plan invests $1 trillion in new roads and bridges.',
        'en',
      ),
    ).toEqual(['$1 trillion — in new roads']);
  });
});

// Narendra Modi, मन की बात, September 2018 (above)
describe('a Hindi subject with "ने" keeps its whole deed or none of it (label-hi.ts)', () => {
  it('"सैनिकों ने शांति के प्रति अपना सर्वोच्च बलिदान दिया" is not cut to "सैनिकों ने शांति"', () => {
    const text =
      '20वीं सदी में दो विश्वयुद्धों में हमारे एक लाख से अधिक सैनिकों ने शांति के प्रति अपना सर्वोच्च बलिदान दिया और यह तब, जब हमारा उस युद्ध से कोई वास्ता नहीं था |';
    // judge23: carded "एक लाख से अधिक — सैनिकों ने शांति" (soldiers … peace)
    expect(cards(text, 'hi')).toEqual(['एक लाख से अधिक — सैनिकों ने शांति के प्रति अपना सर्वोच्च बलिदान दिया']);
  });

  it('a deed that runs into another number is none: the subject alone, or no label', () => {
    // our own sentence: "more than 300 districts [erg.] 20 lakh toilets built"
    expect(cards('300 से अधिक जिलों ने 20 लाख शौचालय बनाए ।', 'hi')).toEqual(['20 लाख — शौचालय बनाए']);
  });
});
