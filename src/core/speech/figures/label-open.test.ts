import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { isLabel } from './label';
import { isOpenOrEmptyLabel, opensRange, phraseAfter, verbBefore } from './label-open';

const labelOf = (text: string, lang: string, value: string) =>
  findFigures(text, lang, 20).find((f) => f.value.includes(value))?.label;

describe('uk/pl/cs/el/hu labels: no function words alone, no other clause, the verb kept (label-open.ts, judge14)', () => {
  it.each([
    ['el', 'από το'],
    ['uk', 'які ви'],
    ['uk', 'яким були'],
    ['uk', 'і повернули'],
    ['pl', 'Spłonęły tysiące domów i ponad'],
    ['cs', 'Tedy celkem dohromady už'],
    ['hu', 'és a költségvetés'],
  ])('%s "%s" is no label', (lang, phrase) => {
    expect(isOpenOrEmptyLabel(phrase, lang)).toBe(true);
    expect(isLabel(phrase, lang)).toBe(false);
  });

  it.each([
    ['el', 'των μελών της εβραϊκής κοινότητας'],
    ['uk', 'народних депутатів'],
    ['pl', 'lasów i buszu'],
    ['cs', 'různých poslanců'],
    ['hu', 'társasági adót'],
    // other languages are not judged here ("a" is an English article, "i" Italian)
    ['en', 'a record harvest'],
    ['it', 'i lavoratori italiani'],
  ])('%s "%s" may be a label', (lang, phrase) => {
    expect(isOpenOrEmptyLabel(phrase, lang)).toBe(false);
  });

  it('the verb said right before the figure heads its label', () => {
    expect(verbBefore('όπου διασώθηκε το ', 'el')).toBe('διασώθηκε');
    expect(verbBefore('Проголосувало ', 'uk')).toBe('Проголосувало');
    expect(verbBefore('Zginęło co najmniej ', 'pl')).toBe('Zginęło');
    // a longer phrase is a subject or a frame; a name is no verb; other languages are not judged
    expect(verbBefore('V rámci jednotlivých čtení vystoupilo celkem ', 'cs')).toBe('');
    expect(verbBefore('a Ζάκυνθο ', 'el')).toBe('');
    expect(verbBefore('saved ', 'en')).toBe('');
    const saved = labelOf(
      // (said in a "where" clause after its place, the figure has no card: where-clause.ts)
      'Στη Ζάκυνθο διασώθηκε το 100% των μελών της εβραϊκής κοινότητας.',
      'el',
      '100%',
    );
    expect(saved).toContain('διασώθηκε');
    // (in lower case: the capital was the sentence's, honest.ts)
    expect(labelOf('Проголосувало 89 народних депутатів в залі.', 'uk', '89')).toContain('проголосувало');
    // a verb after the figure is in its label already
    expect(labelOf('Το 86% των ανθρώπων των ελληνικών κοινοτήτων χάθηκαν.', 'el', '86%')).not.toMatch(
      /^\S+ των ανθρώπων.*χάθηκαν.*χάθηκαν/u,
    );
  });
});

describe('only a past verb heads a label, and a label with another amount is none (label-open.ts)', () => {
  it('an adverb, a question word or a Hungarian word is no verb', () => {
    expect(verbBefore('Asi nepřekvapí, že víc než ', 'cs')).toBe('');
    expect(verbBefore('а чому ', 'uk')).toBe('');
    expect(verbBefore('az egységesen ', 'hu')).toBe('');
    expect(verbBefore('які ви розікрали на ', 'uk')).toBe('розікрали');
  });
  it('a scale word in a label says another amount', () => {
    expect(isOpenOrEmptyLabel('до півтора мільйона гривень лімітів', 'uk')).toBe(true);
    expect(isOpenOrEmptyLabel('ponad dwa miliony osób', 'pl')).toBe(true);
    expect(isOpenOrEmptyLabel('lasów i buszu', 'pl')).toBe(false);
  });
});

describe('the phrase after a figure, and a range said in words (label-open.ts)', () => {
  it('a short phrase after the figure labels it; a clause or a number does not', () => {
    expect(phraseAfter(' lasów i buszu.', 'pl')).toBe('lasów i buszu');
    expect(phraseAfter(' і повернули', 'uk')).toBe('');
    expect(phraseAfter(' w 2020 roku', 'pl')).toBe('');
    expect(phraseAfter(' lasów i buszu', 'en')).toBe('');
    expect(
      labelOf('Spłonęły tysiące domów i ponad 10 milionów ha lasów i buszu.', 'pl', '10 milionów ha'),
    ).toBe('lasów i buszu');
  });
  it('the first end of a range has no label', () => {
    expect(opensRange(' до півтора мільйона гривень лімітів', 'uk')).toBe(true);
    expect(opensRange(' do 2 milionów złotych', 'pl')).toBe(true);
    expect(opensRange(' до бюджету', 'uk')).toBe(false);
    expect(opensRange(' до півтора мільйона', 'en')).toBe(false);
    expect(
      labelOf(
        'Це правки про збільшення 1 мільйона гривень до півтора мільйона гривень лімітів.',
        'uk',
        '1 мільйона',
      ),
    ).toBe('');
  });
});
