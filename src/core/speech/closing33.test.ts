import { describe, expect, it } from 'vitest';
import { buildDeck, normalizeSpoken, spokenText } from './index';
import { closingClause, isClosingSentence } from './closing-line';
import { repeatedEnding } from './peroration';
import { structureKind } from './structure';

/**
 * The end of the deck (issue 10, judge31/judge32 "Top 6" #4, close33): a speaker's last words reach
 * a closing slide of their own. Sentences from judge31's speeches.
 */
const lastSlides = (text: string, fileName: string, n = 2) => {
  const deck = buildDeck(text, { fileName });
  // the notes stay the speech, whole and in order
  expect(normalizeSpoken(deck.slides.map((s) => s.notes).join('\n\n'))).toBe(
    normalizeSpoken(spokenText(text, fileName)),
  );
  return deck.slides.slice(-n);
};

describe('closing words, close33', () => {
  // Kaya, TBMM 2014 budget debate (judge31): no closing slide, the salute said after "bu vesileyle …
  // bir kere daha" had more words before it than the salute allowed
  const kaya =
    'Unutmasın ki bu sözleri barındıran anekdot övünme payı çıkartılabilecek bir duruma örnek olsun diye anlatılmaz diyor, bu vesileyle yüce Meclisi bir kere daha saygıyla selamlıyorum.';

  it('reads a Turkish salute that says when and how often before whom', () => {
    expect(isClosingSentence(kaya)).toBe(true);
    expect(closingClause(kaya)).toBe('Bu vesileyle yüce Meclisi bir kere daha saygıyla selamlıyorum.');
    // (a sentence that only mentions respect is no salute)
    expect(
      isClosingSentence('Bu bütçe görüşmelerinde hepimizin birbirimize saygıyla yaklaşması gerekir.'),
    ).toBe(false);
  });

  it('ends a Turkish speech on its salute', () => {
    const text = `Sayın Başkan, değerli milletvekilleri; Cumhurbaşkanlığı bütçesine ilişkin Milliyetçi Hareket Partisinin görüşlerini dile getirmek üzere söz almış bulunmaktayım. Bir an olsun hatırımızdan çıkartmamalıyız ki Sayın Recep Tayyip Erdoğan Cumhurbaşkanı olmadan önce neyse yine odur. Toplumsal cehaleti hem üretmesi hem de örgütleyebilmesi, evet, üstesinden gelinmiş bir iştir, ne var ki övünülecek bir iş değildir. ${kaya}
`;
    const [, last] = lastSlides(text, 'tr-kaya-cumhurbaskanligi-butcesi-2014.txt');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe('Bu vesileyle yüce Meclisi bir kere daha saygıyla selamlıyorum.');
  });

  it('reads thanks said with the word that makes them many', () => {
    // Batet, Congreso 2023 (judge31): "Muchísimas gracias." was no thanks, so no closing slide
    for (const s of [
      'Muchísimas gracias.',
      'Mil gracias.',
      'Muito obrigado.',
      'Vielen Dank.',
      'Molte grazie.',
    ])
      expect(structureKind(s)).toBe('thanks');
    expect(structureKind('Mil millones de personas.')).toBeNull();
    const text = `Muy buenos días, señorías. Se reanuda la sesión. Antes de iniciar la sesión, me gustaría pronunciar unas breves palabras: Mañana, 24 de febrero, se cumple un año del comienzo de la guerra en Ucrania, desencadenada por una agresión ilegal y brutal a un país soberano. La guerra, durante este año, ha supuesto un desafío a nuestros valores compartidos como demócratas y como europeos. Pese a todo ello, un año después, Ucrania sigue en pie, luchando por su dignidad y su libertad. Muchísimas gracias.
`;
    const [, last] = lastSlides(text, 'es-batet-aniversario-guerra-ucrania-2023.txt');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe('Muchísimas gracias.');
  });
});

describe('Korean thanks offered in words, close33', () => {
  it('ends the deck on the thanks said as "감사의 말씀을 드립니다"', () => {
    // Roh Moo-hyun, 광복절 2006 (judge31): the closing thanks on no slide
    const thanks = '오늘의 대한민국을 만들어 오신 국민 여러분께 깊은 감사의 말씀을 드립니다';
    expect(isClosingSentence(thanks)).toBe(true);
    expect(structureKind('감사의 말씀을 드립니다.')).toBe('thanks');
    const text = `61년 전 오늘, 우리는 빼앗긴 나라를 다시 찾았습니다. 그 감격과 기쁨에 온 겨레가 얼싸안았습니다. 그리고 당당한 자주 독립 국가를 만들어 갈 것을 다짐했습니다.
지난 한 세기, 우리의 역사는 고난과 극복의 역사입니다. 나라를 잃은 칠흑 같은 절망 속에서도 우리 선조들은 항일 독립 투쟁을 멈추지 않았습니다. 우리 국민은 전쟁의 잿더미에서 나라 경제를 세계 10위권의 강국으로 올려놓았습니다.
${thanks}
`;
    const [, last] = lastSlides(text, 'ko-roh-gwangbokjeol-61-2006.txt');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe(thanks);
  });
});

describe('the wish before the thanks leads the closing slide, close33', () => {
  it('shows the wish said before the thanks as the slide, the thanks in the notes', () => {
    // Merkel, Großer Zapfenstreich 2021 (judge26, judge32): the wish in small type under the thanks
    const text = `Nun wird es an der nachfolgenden Regierung liegen, Antworten auf die vor uns liegenden Herausforderungen zu finden und unsere Zukunft zu gestalten. Hierfür wünsche ich Ihnen, lieber Olaf Scholz, und der von Ihnen geführten Bundesregierung alles, alles Gute, eine glückliche Hand und viel Erfolg. Ich bin überzeugt, dass wir die Zukunft auch weiterhin gut gestalten können, wenn wir uns nicht mit Missmut, mit Missgunst, mit Pessimismus, sondern mit Fröhlichkeit im Herzen an die Arbeit machen. Es ist diese Fröhlichkeit im Herzen, die ich uns allen und im übertragenen Sinne unserem Land auch für die Zukunft wünsche.

Ich danke Ihnen von Herzen.
`;
    const [, last] = lastSlides(text, 'de-merkel-abschiedsrede-zapfenstreich-2021.txt');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe('');
    expect(last!.screenText).toBe(
      'Es ist diese Fröhlichkeit im Herzen, die ich uns allen und im übertragenen Sinne unserem Land auch für die Zukunft wünsche.',
    );
    expect(last!.notes).toContain('Ich danke Ihnen von Herzen.');
  });

  it('keeps the thanks as the title over a blessing said after it', () => {
    const text = `We have come far together, and the work of this year has made our country stronger than it was before. We will finish what we started, and we will do it together.

Thank you. God bless you, and may God bless the United States of America.
`;
    const [, last] = lastSlides(text, 'en-address.txt');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe('Thank you.');
  });
});

describe('a punchline said as the ending of the sentence before, close33', () => {
  const twain = [
    "I have counted the words in MacAlister's drivel (I certainly cannot call it a speech), and there were exactly three thousand four hundred and thirty-nine.",
    'I also carefully counted the lies—there were exactly three thousand four hundred and thirty-nine.',
  ];
  it('takes the turn that repeats the ending of the sentence before', () => {
    // Twain, Savage Club 1899 (judge31): the punchline never on screen
    expect(
      repeatedEnding([
        'Yes, I do understand figures, and I can count.',
        ...twain,
        'Therefore, I leave MacAlister to his fate.',
      ]),
    ).toBe(twain[1]);
    expect(
      repeatedEnding(['We choose to go to the Moon.', 'We choose to go to the Moon in this decade.']),
    ).toBeNull();
  });

  it('shows it on its slide, the hard-wrapped speech read whole', () => {
    const text = `Perhaps I am not a humorist, but I am a first-class fool—a simpleton;
for up to this moment I have believed Chairman MacAlister to be a decent
person whom I could allow to mix up with my friends and relatives. The
exhibition he has just made of himself reveals him to be a scoundrel and
a knave of the deepest dye. I have been cruelly deceived, and it serves
me right for trusting a Scotchman. Yes, I do understand figures, and I
can count. I have counted the words in MacAlister's drivel (I certainly
cannot call it a speech), and there were exactly three thousand four
hundred and thirty-nine. I also carefully counted the lies—there were
exactly three thousand four hundred and thirty-nine. Therefore, I leave
MacAlister to his fate.

I was sorry to have my name mentioned as one of the great authors,
because they have a sad habit of dying off. Chaucer is dead, Spencer is
dead, so is Milton, so is Shakespeare, and I am not feeling very well
myself.
`;
    const deck = buildDeck(text, { fileName: 'en-twain-statistics-savage-club-1899.txt' });
    expect(deck.slides.some((s) => s.screenText.includes(twain[1]!))).toBe(true);
  });
});
