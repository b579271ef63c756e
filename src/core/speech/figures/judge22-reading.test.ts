/**
 * Reading figures (judge22, section A, faults 1–10): what is a figure at all, its value, and a
 * change against a level. Each sentence is from a real speech of /work/tmp/judge22 (SOURCES.md),
 * named above its table; the counter-examples show what must stay a figure.
 */
import { describe, expect, it } from 'vitest';
import { cards, kindOf } from '../../../../tests/helpers/figure-cards';
import { findFigures } from './index';

/** Every figure of a text, labelled or not: what a slide could ever show. */
const values = (text: string, lang: string) => findFigures(text, lang, 20).map((f) => f.value);

// António Guterres, International Day of Peace message (Arabic), un.org/ar; the other scripts'
// spellings of the same name, as a speech in those languages writes it
describe('a number glued by a hyphen to a word of any script is a name (numbers.ts)', () => {
  it.each([
    // judge22: the deck's only card was "19 — عالمنا رأسا" (19 — our world upside)
    ['ar', 'إذ قلبت جائحة كوفيد-19 عالمنا رأسا على عقب.', '19'],
    ['he', 'מגפת הקורונה קוביד-19 הפכה את עולמנו.', '19'],
    ['fa', 'همه‌گیری کووید-19 جهان ما را زیر و رو کرد.', '19'],
    ['th', 'การระบาดของโควิด-19 ทำให้โลกของเราพลิกผัน', '19'],
    ['ka', 'კოვიდ-19-ის პანდემიამ ჩვენი სამყარო თავდაყირა დააყენა.', '19'],
    ['hy', 'Քովիդ-19 համավարակը շրջեց մեր աշխարհը.', '19'],
    ['zh', '新冠-19疫情改变了我们的世界。', '19'],
    ['en', 'COVID-19 has turned our world upside down.', '19'],
  ])('%s: %s', (lang, text, digits) => {
    expect(kindOf(text, digits)).toBe('name');
    expect(values(text, lang)).toEqual([]);
  });

  it('a Hebrew or Arabic prefix joined by a hyphen is grammar, and the number stays a count', () => {
    // "in 2019 the number grew to 60 percent of the residents"
    expect(kindOf('ב-2019 גדל המספר ל-60 אחוז מהתושבים.', '60')).toBe('number');
    expect(kindOf('ב-2019 גדל המספר ל-60 אחוז מהתושבים.', '2019')).toBe('year');
    expect(kindOf('המחיר עלה בכ-40 אחוז.', '40')).toBe('number');
  });
});

// Christopher J. Waller, "Something Appears to Be Giving", AEI, 2023-11-28 (federalreserve.gov,
// scraped copy with the footnote calls glued to the text)
describe("a footnote's call glued after a sentence's stop is no number (numbers.ts)", () => {
  it('the year before it stays a year, the call is nothing', () => {
    // judge22: carded "2019.3 — That's a slowing"
    const text =
      'Even with the strong month in September, the average for the past five months has been 190,000, which is close to the 10-year average from 2010 through 2019.3 That’s a significant slowing.';
    expect(kindOf(text, '2019')).toBe('year');
    expect(kindOf(text, '3')).toBe('name');
    expect(values(text, 'en').join(' | ')).not.toMatch(/2019\.3|\b3\b/u);
  });

  it.each([
    [
      'Last month, I gave a speech entitled "Something\'s Got to Give."1 That message was prompted by the fact.',
      '1',
    ],
    ['Retail sales fell 0.1 percent last month.2 Surveys of purchasing managers show the same.', '2'],
    ['Something Appears to Be Giving.1', '1'],
  ])('%s', (text, digits) => {
    expect(kindOf(text, digits)).toBe('name');
  });

  it.each([
    // decimals stay whole: a new sentence never follows their digits at once
    ['Retail sales fell 0.1 percent last month.', '0.1'],
    ['Real GDP grew at an annual rate of 4.9. The data were strong.', '4.9'],
    ['Die Inflation lag bei 2,4 Prozent.', '2,4'],
    ['Инфляция составила 2,4 процента.', '2,4'],
  ])('%s', (text, digits) => {
    expect(kindOf(text, digits)).toBe('number');
  });
});

// Olaf Scholz, Haushaltsrede, Deutscher Bundestag 19/31, 2018-05-15; Waller 2023 (above)
describe('a length that frames another figure of its sentence is no figure (time-ref.ts)', () => {
  it.each([
    // judge22: carded "17 Jahren — wird nächstes Jahr"
    [
      'de',
      'Ein Resultat dieser Vorgehensweise: Erstmals seit 17 Jahren wird nächstes Jahr die gesamtstaatliche Schuldenquote wieder unter einen Anteil von 60 Prozent des Bruttoinlandsprodukts fallen.',
      '17',
    ],
    ['en', 'Unemployment has stayed below 4 percent for the past 17 months.', '17'],
  ])('%s: %s', (lang, text, digits) => {
    expect(kindOf(text, digits)).toBe('date');
    expect(values(text, lang).join(' | ')).not.toContain(digits);
  });

  it('"over the last two quarters" frames the 4 percent, never a card of its own', () => {
    // judge22: carded "two quarters — productivity growth"
    const text =
      'In fact, productivity growth over the last two quarters has averaged over 4 percent, more than double the long-term rate.';
    expect(values(text, 'en')).toEqual(['over 4 percent']);
  });

  it('the span of the data is no finding ("10 months of data")', () => {
    // judge22: carded "10 months — of data"
    const text =
      'We have 10 months of data on job creation in 2023, and for the 5 months through May, the monthly average was 287,000.';
    expect(values(text, 'en').join(' | ')).not.toContain('10 months');
  });

  it('a length alone in its sentence stays a figure', () => {
    expect(kindOf('Seit 17 Jahren regiert sie das Land.', '17')).toBe('number');
    expect(values('Seit 17 Jahren regiert sie das Land.', 'de').join(' ')).toContain('17 Jahren');
  });
});

// 安倍晋三, 内閣総理大臣談話, 2018-10-02 (kantei.go.jp)
describe('一億総… is the nation said as one, never 100 million (spelled.ts)', () => {
  it('the slogan 一億総活躍 is no figure', () => {
    // judge22: carded "一億 — 総活躍の新たな国づくり"
    expect(
      values(
        '国難とも呼ぶべき少子高齢化に真正面から立ち向かい、一億総活躍の新たな国づくりを推し進めます。',
        'ja',
      ),
    ).toEqual([]);
  });

  it('a count or a sum in Han numerals stays one', () => {
    expect(values('十万円を給付します。', 'ja')).toEqual(['十万円']);
    expect(values('延べ一億人を超える方々が来場しました。', 'ja').join(' ')).toContain('一億人');
  });
});

// Gerald R. Ford, Address to a Joint Session of Congress on the Economy, 1974-10-08 (millercenter.org)
describe('an amount judged as it is said is a figure of speech (scope.ts)', () => {
  it('"5 percent more is not nearly enough to ask" is no card', () => {
    // judge22: carded "5 percent — more is not nearly enough"
    expect(
      cards(
        'Sharing is not easy, not easy to measure like mileage and family budgets, but I am sure that 5 percent more is not nearly enough to ask, so I ask you to share everything you can and a little bit more.',
        'en',
      ),
    ).toEqual([]);
  });
});

// Scholz 2018 (above); Waller 2023 (above)
describe('a change said with its level is one figure (change.ts)', () => {
  it('"um X auf Y" is the change to the level, labelled by what changed', () => {
    // judge22: carded "3 Milliarden Euro — investiven Ausgaben", the increase as the budget
    expect(
      cards(
        'Allein der Haushaltsentwurf für dieses Jahr sieht eine Steigerung der investiven Ausgaben um 3 Milliarden Euro auf 37 Milliarden Euro vor.',
        'de',
      ),
    ).toEqual(['um 3 Milliarden Euro auf 37 Milliarden Euro — Steigerung der investiven Ausgaben']);
  });

  it('"from a more than 50-year low of X in April to Y in October": each end at its month', () => {
    // judge22: carded "3.4 percent — -year low", the 3.9 percent of October lost
    const text =
      'Job creation is down this year from the high rates of 2022, and the unemployment rate has risen from a more than 50-year low of 3.4 percent in April to 3.9 percent in October.';
    expect(kindOf(text, '50')).toBe('name');
    expect(cards(text, 'en')).toEqual([
      '3.4 percent — unemployment rate, in April',
      '3.9 percent — unemployment rate, in October',
    ]);
  });
});
