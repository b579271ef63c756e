import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck, normalizeSpoken, spokenText } from './index';
import { closingClause, isClosingSentence } from './closing-line';
import { structureKind } from './structure';

/**
 * Closing words the deck left on a content slide (issue 10, close27): the words that end the talk,
 * the chair's adjournment, a salute, a wish to the room, the act a ceremony is for. Sentences from
 * the corpus (tests/fixtures/speeches/corpus/SOURCES.md) and judge26's speeches.
 */
describe('closing words (closing-line.ts), close27', () => {
  it.each([
    // the words that end the talk
    ['我这讲演也就此完结了。', true], // Lu Xun, 娜拉走后怎样 1923 (corpus)
    [
      '原子爆弾の犠牲となられた方々のご冥福と、ご遺族、被爆者の皆様、並びに、参列者、広島市民の皆様のご平安を祈念いたしまして、私の挨拶といたします。',
      true,
    ], // Abe, Hiroshima 2019 (corpus)
    ['That concludes my remarks.', true],
    ['Tenho dito.', true],
    // "in closing", as a Japanese address opens its last words (Abe, Nagasaki 2020, judge26)
    [
      '結びに、永遠の平和が祈られ続けている、ここ長崎市において、核兵器のない世界と恒久平和の実現に向けて力を尽くすことをお誓い申し上げます。',
      true,
    ],
    // the chair's adjournment
    ['Se levanta la sesión.', true], // Patxi López, Congreso 2016 (corpus)
    ['Закривам заседанието.', true], // Народно събрание 2022 (corpus)
    ['The meeting is adjourned.', true],
    ['La séance est levée.', true],
    ['Die Sitzung ist geschlossen.', true],
    ['Объявляю заседание закрытым.', true],
    ['Mødet er hævet.', true],
    // a salute, a thanks said last in Turkish
    [
      'Etkili organizasyonlarla insanlığa ve gelecek nesle hizmet eden Kocaeli Büyükşehir Belediye Başkanına ve ekibine teşekkür ediyor, Genel Kurulu saygıyla selamlıyorum.',
      true,
    ], // İlyas Şeker, TBMM 2018 (corpus)
    ['Hepinize teşekkür ederim.', true],
    // a wish to the room
    [
      'Es ist diese Fröhlichkeit im Herzen, die ich uns allen und im übertragenen Sinne unserem Land auch für die Zukunft wünsche.',
      true,
    ], // Merkel, Großer Zapfenstreich 2021 (judge26)
    ['Желая на всички вас успех в бъдещите начинания и на добър час!', true], // (corpus, bg)
    // the act the ceremony is for
    [
      "Now I'm honored and pleased to sign this historic piece of legislation: the Medicare Prescription Drug Improvement and Modernization Act of 2003.",
      true,
    ], // G. W. Bush 2003 (judge26)
    // sentences that say the same words about something else
    ['Hierfür wünsche ich mir mehr Mut.', false],
    ['I wish we had done more for the farmers.', false],
    ['Die Sitzung ist geschlossen worden, bevor wir abstimmen konnten.', false],
    ['La sesión de hoy se levanta temprano por la votación.', false],
    ['In a few moments I will have the honor of signing an historic act of Congress into law.', false],
    ['Para todo ello, esta Mesa les pide ayuda, colaboración y compromiso.', false],
  ])('%s → %s', (sentence, closing) => {
    expect(isClosingSentence(sentence)).toBe(closing);
  });

  it('titles a long closing sentence by its closing clause, or by its head before a colon', () => {
    expect(
      closingClause(
        'Etkili organizasyonlarla insanlığa ve gelecek nesle hizmet eden Kocaeli Büyükşehir Belediye Başkanına ve ekibine teşekkür ediyor, Genel Kurulu saygıyla selamlıyorum.',
      ),
    ).toBe('Genel Kurulu saygıyla selamlıyorum.');
    expect(
      closingClause(
        "Now I'm honored and pleased to sign this historic piece of legislation: the Medicare Prescription Drug Improvement and Modernization Act of 2003.",
      ),
    ).toBe("Now I'm honored and pleased to sign this historic piece of legislation");
  });

  it('reads a Turkish thanks as thanks', () => {
    expect(structureKind('Teşekkür ederim.')).toBe('thanks');
  });
});

const corpus = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/speeches/corpus/${name}`, import.meta.url), 'utf8');

describe('the deck ends on the speech’s closing words (corpus)', () => {
  it.each([
    // (was: the deck ended on "牺牲的适意"; the closing words only in its notes)
    ['zh-luxun-nala-zouhou-zenyang.txt', '我这讲演也就此完结了。', undefined],
    // (was: "Especial crueldad" over "Para todo ello, esta Mesa les pide ayuda…")
    ['es-lopez-constitucion-congreso-2016.txt', 'Se levanta la sesión.', undefined],
    // (was: "Mesele" over "Kocaeli Büyükşehir Belediyesi her yıl…")
    ['tr-seker-kartepe-2018.txt', 'Genel Kurulu saygıyla selamlıyorum.', undefined],
    // (was: "Ползотворни резултати", a list)
    [
      'bg-zakrivane-47-ns-2022.txt',
      'Закривам заседанието.',
      'Желая на всички вас успех в бъдещите начинания и на добър час!',
    ],
    // (was: "支援の必要性" carrying the closing words; the date and signature stay in the notes)
    [
      'ja-abe-hiroshima-2019.txt',
      '私の挨拶といたします。',
      '結びに、「国際平和文化都市」として発展を遂げた、ここ広島市において、「核兵器のない世界」と恒久平和の実現に向けて力を尽くすことをお誓い申し上げます。',
    ],
  ])('%s', (file, title, line) => {
    const text = corpus(file);
    const deck = buildDeck(text, { fileName: file });
    const last = deck.slides.at(-1)!;
    expect(last.layout).toBe('closing');
    expect(last.title).toBe(title);
    expect(last.screenText.split('\n').slice(1).join('\n').trim()).toBe(line ?? '');
    // the notes stay the speech, whole and in order
    expect(normalizeSpoken(deck.slides.map((s) => s.notes).join('\n\n'))).toBe(
      normalizeSpoken(spokenText(text, file)),
    );
  });
});
