import { describe, expect, it } from 'vitest';
import { ceeTitleProblem } from './title-cee';
import { structureKind } from './structure';
import { isDiscourseOnly, isFunctionWord } from './lexicon';

describe('Croatian, Serbian, Bosnian, Slovenian, Bulgarian, Macedonian titles are headlines (title-cee.ts, issue 10, judge15)', () => {
  it.each([
    // judge15's fragment titles
    ['hr', 'Sada njegovim predsjednikom kojem'],
    ['hr', 'Hrvatskih branitelja'],
    ['hr', 'Mogućnosti bespovratno kompromitiraju'],
    ['hr', 'Istinom problem nemam'],
    ['hr', 'Vukovaru vodio'],
    ['hr', 'Lopatom žestoko zamahnuo'],
    ['hr', 'Teško'],
    ['hr', 'Dva dana'],
    ['hr', 'Domoljublje trebalo predstavljati'],
    ['hr', 'Možda najtežu optužbu'],
    ['sl', 'Stroški so rasli neomejeno'],
    ['sl', 'Ki bodo intelektualci'],
    ['sl', 'Urejanju položaja študentov'],
    ['sr', 'Који су гласали'],
    ['bg', 'Че народното събрание'],
    ['mk', 'Дека собранието'],
  ])('%s "%s" is no headline', (lang, title) => {
    expect(ceeTitleProblem(title, lang)).not.toBeNull();
  });

  it.each([
    ['hr', 'Jezik kao lopata'],
    ['hr', 'Prorok Danijel'],
    ['hr', 'Novi posao'],
    ['sl', 'Digitalna študentska izkaznica'],
    ['sl', 'Nič o študentih brez študentov'],
    ['bg', 'Последното пленарно заседание'],
    ['sr', 'Нови закон о студентима'],
  ])('%s "%s" may be a title', (lang, title) => {
    expect(ceeTitleProblem(title, lang)).toBeNull();
  });

  it('a title never ends on a closed word; a chair closing the sitting is no title', () => {
    expect(isFunctionWord('kojem', 'hr')).toBe(true);
    expect(isFunctionWord('ki', 'sl')).toBe(true);
    expect(isFunctionWord('което', 'bg')).toBe(true);
    expect(isFunctionWord('lopata', 'hr')).toBe(false);
    // not lent to other languages: "je" is French "I"
    expect(isFunctionWord('je', 'fr')).toBe(false);
    expect(isDiscourseOnly('Закривам заседанието', 'bg')).toBe(true);
    expect(isDiscourseOnly('Hvala lepa', 'sl')).toBe(true);
  });

  it.each([
    'Zahvaljujem gospodine potpredsjedniče Hrvatskoga sabora, kolegice i kolege zastupnici.',
    'Spoštovane kolegice in kolegi, gospe in gospodje!',
    'Поштовани председниче, даме и господо,',
    'Благодаря Ви, господин Костадинов.',
    'Уважаеми колеги,',
    'Hvala.',
  ])('"%s" is a salutation or thanks', (line) => {
    expect(structureKind(line)).not.toBeNull();
  });
});
