import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { fragmentProblem } from './fragment';
import { isProcedural } from './quotable';
import { ceeTitleProblem } from './title-cee';
import { koreanHeadline } from './titles-ko';

// judge18: about half the Polish, Korean and Dutch titles were fragments. Sentences from the corpus:
// Marcin Bosacki, rapporteur, Senat RP, 2020-01-17, on Australia's fires (pl-bosacki-australia-2020.txt), Park Geun-hye at the
// UN Climate Summit 2014 (ko-park-un-climate-summit-2014.txt).
const PL =
  'Podczas obrad Komisji Ustawodawczej oraz Komisji Spraw Zagranicznych i Unii Europejskiej dyskutowano nad tym projektem uchwały dość długo.';

describe('Polish and Korean titles are headlines, never fragments (judge18)', () => {
  it('a Polish phrase said only after its preposition is in an oblique case: no title', () => {
    expect(fragmentProblem('Obrad Komisji Ustawodawczej', PL, 'pl')).toBe('a case cut from its preposition');
    // the same words said as a subject stand alone
    expect(
      fragmentProblem('Komisja Ustawodawcza', 'Komisja Ustawodawcza przyjęła projekt uchwały.', 'pl'),
    ).toBeNull();
  });

  it.each([
    // a clause in the first person plural, a genitive plural, a counted genitive
    ['Doceniamy wysiłki strażaków', 'opens on a verb in the first person'],
    ['Australijczyków polskiego pochodzenia', 'opens in an oblique case'],
    ['Tysięcy ochotników', 'opens in an oblique case'],
    // headlines: a past verb opening a headline, nominative nouns, plural nouns in -my, a town in -ów
    ['Spłonęły tysiące domów', null],
    ['Miliony osób', null],
    ['Częstsze susze', null],
    ['Programy pomocy', null],
    ['Problemy klimatyczne', null],
    ['Kraków pomaga', null],
  ])('%s (pl): %s', (title, problem) => expect(ceeTitleProblem(title, 'pl')).toBe(problem));

  it('an act’s closing formula read out is procedure, never a title ("Monitor Polski")', () => {
    expect(
      isProcedural(
        'Uchwała podlega ogłoszeniu w Dzienniku Urzędowym Rzeczypospolitej Polskiej «Monitor Polski»”.',
      ),
    ).toBe(true);
    expect(isProcedural('Das Gesetz tritt am Tage nach der Verkündung in Kraft.')).toBe(true);
    expect(
      isProcedural(
        'Coraz częstsze susze to wyzwanie nie tylko dla Australii, ale także dla Europy, w tym Polski.',
      ),
    ).toBe(false);
  });

  it('a Korean headline drops a verb’s modifier whose complement it left behind', () => {
    expect(koreanHeadline('오늘날 기후변화는 인류에게 닥친 위기이자 도전입니다.')).toBe('위기이자 도전');
    // an adjective stays with its noun
    expect(koreanHeadline('이것은 우리에게 새로운 도전이자 기회입니다.')).toBe('새로운 도전이자 기회');
  });

  it('the corpus decks: before "Obrad Komisji Ustawodawczej", "Monitor Polski", "닥친 위기이자 도전"', () => {
    const titles = (f: string) =>
      buildDeck(readFileSync(`tests/fixtures/speeches/corpus/${f}`, 'utf8'), { fileName: f }).slides.map(
        (s) => s.title,
      );
    const pl = titles('pl-bosacki-australia-2020.txt');
    expect(pl).not.toContain('Obrad Komisji Ustawodawczej');
    expect(pl).not.toContain('Monitor Polski');
    expect(titles('ko-park-un-climate-summit-2014.txt')).toContain('위기이자 도전');
  });
});
