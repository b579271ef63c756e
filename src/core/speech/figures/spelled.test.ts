/**
 * Numbers said in words are read whole or not at all (judge7: Twain's "Threescore years and ten!"
 * was a card "ten — Threescore years", "reach seventy comfortably" a card "seventy comfortably").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';
import { spelledSpans } from './spelled';
import { figuresBlock } from '../body';

const values = (s: string, lang = 'en') => sentenceFigures(s, lang).map((f) => f.value);
const spans = (s: string) => spelledSpans(s, 'en').map((w) => s.slice(w.start, w.end));

describe('numbers said in words', () => {
  it('a compound number is one span, never its pieces', () => {
    expect(spans('He owned a hundred and fifty horses.')).toEqual(['a hundred and fifty']);
    expect(spans('In two thousand and five we built it.')).toEqual(['two thousand and five']);
    expect(spans('We have one hundred twenty-five ships.')).toEqual(['one hundred twenty-five']);
    expect(spans('It is threescore and ten.')).toEqual(['threescore and ten']);
    expect(spans('Four score and seven men came.')).toEqual(['Four score and seven']);
    // two numbers said one after the other stay two
    expect(spans('If a thousand, ten thousand walked out.')).toEqual(['a thousand', 'ten thousand']);
    expect(values('He owned a hundred and fifty horses in the valley.')).toEqual([
      'a hundred and fifty horses',
    ]);
  });

  it('a range said before its scale is the number, whole (Twain: "three or four million cradles")', () => {
    expect(spans('Among the three or four million cradles now rocking in the land.')).toEqual([
      'three or four million',
    ]);
    expect(spans('We hired two to three thousand nurses.')).toEqual(['two to three thousand']);
    // no range without a scale after it: "one or two people" is words of the sentence
    expect(spans('One or two people came, and four million stayed.')).toEqual(['four million']);
  });

  it('a number said with its noun inside it ("threescore years and ten") is no figure at all', () => {
    expect(values('Threescore years and ten!')).toEqual([]);
    expect(values('For threescore years and ten, he worked.')).toEqual([]);
    expect(values('Four score and seven years ago our fathers brought forth a new nation.')).toEqual([]);
    // a second count with its own noun is its own figure
    expect(values('We lost seven apples and ten oranges.')).toEqual(['ten oranges']);
  });

  it('a number said in words that counts nothing (an age, a year, an adverb after it) is no figure', () => {
    expect(
      values('Headachy people would not reach seventy comfortably by that road, and they would be foolish.'),
    ).toEqual([]);
    expect(values('I am seventy; seventy, and would nestle in the chimney-corner.')).toEqual([]);
    expect(values('He died in 1847, when I was a shade past eleven; ever since then I have smoked.')).toEqual(
      [],
    );
    expect(values('In two thousand and five we built forty schools.')).toEqual(['forty schools']);
    expect(values('It was three hundred thousand strong.')).toEqual([]);
    // what it counts makes it a figure: a noun, or a part "of" one
    // (a verb in the past ends the counted noun, judge17: the value keeps "workers")
    expect(values('Twenty workers lost their jobs.')).toEqual(['Twenty workers']);
    expect(values('Nineteen of our allies met in Vilnius.')).toEqual(['Nineteen']);
    expect(values('It will take nineteen geological periods to breed her match.')).toEqual([
      'nineteen geological periods',
    ]);
  });

  it('the "ten" of an Arabic ordinal ("the eleventh anniversary") is no figure (judge9)', () => {
    const said = 'يصادف اليوم أيضا الذكرى السنوية الحادية عشرة للهجوم الإرهابي في مومباي.';
    expect(values(said, 'ar')).toEqual([]);
    expect(values('هذا هو المؤتمر الثالث عشر للمنظمة.', 'ar')).toEqual([]);
    expect(values('في اليوم حادي عشر من الشهر.', 'ar')).toEqual([]);
    // a cardinal teen still is one
    expect(values('انضمت تسعة عشر دولة من حلفاء الناتو.', 'ar')).not.toEqual([]);
  });

  it('an adverb after a number is never its unit, in digits too', () => {
    expect(values('We hired 40 comfortably paid workers.')).not.toContain('40 comfortably');
    expect(values('We hired 2 million unemployed people.')).toEqual(['2 million unemployed people']);
  });

  it('Dutch and German sums said in words are figures with their currency (judge18: a budget speech had none)', () => {
    expect(
      values('Drie miljard euro wordt geïnvesteerd in nieuwbouw en onderhoud van scholen.', 'nl'),
    ).toEqual(['Drie miljard euro']);
    expect(values('De schuld groeit met ongeveer vijfendertig miljard euro per jaar.', 'nl')[0]).toMatch(
      /^ongeveer vijfendertig miljard euro/u,
    );
    expect(values('Die Schulden steigen um fünfunddreißig Milliarden Euro pro Jahr.', 'de')[0]).toMatch(
      /^fünfunddreißig Milliarden Euro/u,
    );
    expect(values('Wir haben zweitausend neue Lehrer eingestellt.', 'de')[0]).toMatch(/^zweitausend/u);
    // the currency stays with a number said in words in English too
    expect(values('About eight billion dollars extra is spent on benefits.')).toEqual([
      'About eight billion dollars',
    ]);
    // a word of the sentence: "drie", "acht" alone; "achten" (to respect); a length said loosely
    expect(values('Wij achten drie punten van belang.', 'nl')).toEqual([]);
    expect(values('Dat is al bijna elf jaar gangbare praktijk.', 'nl')).toEqual([]);
  });

  it('property: a figure never holds a piece of a compound number said in words', () => {
    const small = fc.constantFrom('ten', 'fifty', 'seven', 'twenty-two', 'ninety-nine', 'one');
    const group = fc.constantFrom('a hundred', 'two thousand', 'threescore', 'four score', 'one hundred');
    const noun = fc.constantFrom('horses', 'schools', 'years', 'men', 'workers');
    const tail = fc.constantFrom('.', ' in the valley.', ', and more.', '!');
    fc.assert(
      fc.property(group, small, noun, tail, fc.boolean(), (g, s, n, t, inside) => {
        // "a hundred and fifty horses" or "a hundred horses and fifty"
        const number = inside ? `${g} ${n} and ${s}` : `${g} and ${s}`;
        const sentence = inside ? `They had ${number}${t}` : `They had ${number} ${n}${t}`;
        for (const v of values(sentence)) {
          if (inside) throw new Error(`a piece of "${number}" shown: ${v}`);
          expect(v.startsWith(`${g} and ${s}`)).toBe(true);
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe('Arabic billions and Ukrainian collective numerals (judge25 A2)', () => {
  const said = (s: string, lang: string) => spelledSpans(s, lang).map((w) => s.slice(w.start, w.end));
  // Ban Ki-moon, UN Day message, 24 October 2015 (un.org/ar): "بلايين" (billions) with a small number
  it.each([
    [
      'إن الأمم المتحدة تعمل من أجل أسرة بشرية واحدة قوامها سبعة بلايين نسمة، وتوفر أسباب الرعاية لكوكبنا.',
      ['سبعة بلايين'],
    ],
    ['يعيش في المدينة ثلاثة ملايين شخص.', ['ثلاثة ملايين']],
    // a small number alone is a word of the sentence
    ['وقد مرت سبعة أيام.', []],
  ])('ar: %s', (s, expected) => {
    expect(said(s, 'ar')).toEqual(expected);
  });
  // Zelensky, address of 17 April 2022 (president.gov.ua): five of Kharkiv among the dead
  it.each([
    [
      "Станом на цю хвилину в переліку загиблих від цього удару – п'ятеро харків'ян, не менше 15 поранених.",
      ["п'ятеро"],
    ],
    // a way of speaking stays words: only the collective numerals of people are read
    ['Працювати навіть не на сто, а на двісті відсотків, щоб забезпечувати нашу оборону.', []],
  ])('uk: %s', (s, expected) => {
    expect(said(s, 'uk')).toEqual(expected);
  });
});

describe('a count said after a dash and before the next figure takes the list it is in (dash-label.ts)', () => {
  const cardsOf = (text: string, lang: string) => {
    const b = figuresBlock([{ text }], lang);
    return b?.type === 'figures' ? b.items.map((f) => `${f.value} — ${f.label}`) : [];
  };
  // Zelensky, 17 April 2022: "п'ятеро харків'ян" (the dead of the strike) was on no card beside the 15 wounded
  it('uk: the dead and the wounded of one strike', () => {
    expect(
      cardsOf(
        "Станом на цю хвилину в переліку загиблих від цього удару – п'ятеро харків'ян, не менше 15 поранених.",
        'uk',
      ),
    ).toEqual(["п'ятеро харків'ян — в переліку загиблих", 'не менше 15 — поранених']);
  });
});
