import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { CardsShown, figureKey } from './card-once';
import { figureSentence } from './body';
import { blocksText } from '../deck';

// Okamura, Poslanecká sněmovna 2023 (judge33 cs); Bosacki, Australia 2020 (corpus pl)
const CS_FIRST =
  'Takže 40,5 miliardy korun dala vláda Ukrajincům tady v České republice, plus premiér Fiala zmiňoval na jaře letošního roku, že přes 40 miliard ještě dala vláda formou zbraní na Ukrajinu.';
const CS_AGAIN = 'Takže vy dáváte na Ukrajince - jenom v České republice dáváte cirka 40,5 miliardy korun.';
const PL_FIRST =
  'Przez ostatnie miesiące w Australii w pożarach zginęły dziesiątki osób, spłonęły tysiące domów i ponad 10 milionów hektarów lasów i buszu.';
const PL_AGAIN = 'Spłonęły tysiące domów i ponad 10 milionów ha lasów i buszu.';

describe('one number, one card', () => {
  it('keys a figure by its digits and the unit said after them', () => {
    expect(figureKey('cirka 40,5 miliardy korun')).toBe(figureKey('40,5 miliardy korun'));
    expect(figureKey('ponad 10 milionów ha')).toBe(figureKey('10 milionów hektarów'));
    expect(figureKey('40 miliard')).not.toBe(figureKey('40,5 miliardy korun'));
    expect(figureKey('10%')).not.toBe(figureKey('10 milionów'));
    // (Ford 1975: "up to $150 — new tax credit" is no "150 — major coal-fired powerplants")
    expect(figureKey('up to $150')).not.toBe(figureKey('150'));
    // (Reagan 1982: "$280 billion — in outlay cuts" is "280 billion — cut in outlays" again)
    expect(figureKey('$280 billion')).toBe(figureKey('280 billion'));
  });

  it('knows a figure said again of the same thing', () => {
    const cs = new CardsShown('cs');
    cs.add('40,5 miliardy korun', CS_FIRST);
    expect(cs.has('cirka 40,5 miliardy korun', () => CS_AGAIN)).toBe(true);
    const pl = new CardsShown('pl');
    pl.add('ponad 10 milionów ha', PL_AGAIN);
    expect(pl.has('ponad 10 milionów hektarów', () => PL_FIRST)).toBe(true);
  });

  it('reads the words of a script that writes its vowels as marks (Bengali)', () => {
    // Modi, Mann Ki Baat, 30 December 2018 (judge37 bn): "১৩০ কোটি" was carded on three slides
    const bn = new CardsShown('bn');
    bn.add('১৩০', 'এই সব কিছুই ১৩০ কোটি দেশবাসীর অদম্য প্রচেষ্টায় সম্ভব হয়েছে।');
    expect(
      bn.has(
        '১৩০',
        () =>
          'Negativity ছড়ানো খুব সহজ, কিন্তু আমাদের আশেপাশে, আমাদের সমাজে অনেক ভালো কাজও হচ্ছে এবং এসব সম্ভবপর হচ্ছে ১৩০ কোটি ভারতবাসীর সম্মিলিত প্রচেষ্টায়।',
      ),
    ).toBe(true);
  });

  it('keeps a card of the same number said of another thing', () => {
    // Carter, anti-inflation address 1978 (public domain)
    const en = new CardsShown('en');
    en.add('7 percent', 'I am asking employers to hold wage increases to 7 percent this year.');
    expect(
      en.has('7 percent', () => 'Government spending on these programs grew by more than 7 percent a year.'),
    ).toBe(false);
  });

  it('cards the number once in a deck (the first card stays)', () => {
    const text = [
      'No a ta situace je opravdu šokující, protože Fialova vládní pětikoalice poslala Ukrajincům, těm migrantům, kteří přišli do České republiky, dohromady jim odsouhlasila už 40,5 miliardy korun. Dostal jsem tady v odpovědi, je to jednoduchý součet a je to dokument, který jsem obdržel od ministra vnitra Víta Rakušana na základě mojí písemné interpelace, protože když jsem se ho tady ptal ústně, tak jsme se odpovědi nikdy nedočkali, a je to dokument, který jsem tady obdržel. Takže 40,5 miliardy korun dala vláda Ukrajincům tady v České republice, plus premiér Fiala zmiňoval na jaře letošního roku, že přes 40 miliard ještě dala vláda formou zbraní na Ukrajinu. To znamená, dohromady je to cirka 100 miliard korun - dala vláda Ukrajincům a zároveň už podruhé letos chce okrást všechny důchodce v České republice a teď ještě zvýšit daně plošně všem občanům v České republice.',
      'Ostatně doslova tisíce lidí mi v tomto smyslu píší, stačí se podívat i na mé sociální sítě do diskuzí, kde jenom v těch diskuzích na mých sítích je v průměru tři až pět tisíc lidí denně - tam píší do diskuzí. Takže je to skutečně velký vzorek. A říkám denně. To znamená měsíčně komentují tuhletu situaci desetitisíce občanů jenom na mých sítích. To znamená, tady je to černé na bílém. Takže vy dáváte na Ukrajince - jenom v České republice dáváte cirka 40,5 miliardy korun. Já jsem si to přesně spočítal na základě té odpovědi, to je jasně kvantifikováno. Jasně jsou tady čísla i náklady. Plus 40 miliard ještě na zasílání zbraní. K tomu se ještě dostanu.',
    ].join('\n\n');
    const deck = buildDeck(text, { fileName: 'okamura.txt' });
    const cards = deck.slides.flatMap((s) =>
      s.blocks.flatMap((b) => (b.type === 'figures' ? b.items.map((f) => f.value) : [])),
    );
    expect(cards.filter((v) => v.includes('40,5'))).toHaveLength(1);
  });
});

describe('a figure’s line is the sentence its slide’s title names', () => {
  it('shows the figure sentence that says the title, not another figure’s', () => {
    const said = [CS_AGAIN, 'Jasně jsou tady čísla i náklady.', 'Plus 40 miliard ještě na zasílání zbraní.'];
    // (the first line gives no title of its own: the Czech tagger finds none in it)
    const untitled = () => false;
    const line = figureSentence(said, 'cs', 'Zasílání zbraní', untitled);
    expect(line && blocksText([line])).toBe('Plus 40 miliard ještě na zasílání zbraní.');
    // (a title no figure sentence says leaves the first one the line, and so does a first line
    // that a later step titles by its own words)
    const first = figureSentence(said, 'cs', 'Situace', untitled);
    expect(first && blocksText([first])).toBe(CS_AGAIN);
    const own = figureSentence(said, 'cs', 'Zasílání zbraní', () => true);
    expect(own && blocksText([own])).toBe(CS_AGAIN);
  });
});
