import { describe, expect, it } from 'vitest';
import { buildDeck, normalizeSpoken, spokenText } from './index';
import { deckToMarkdown } from './eject';
import { blessingHeading, declaredSlide, isClosingSentence } from './closing-line';
import { climaxTitle, perorationLine, repeatedClimax } from './peroration';

/**
 * The end of the deck (issue 10, judge29 #8, judge30 #6, close31): the speech's closing words, its
 * blessing, wish, ask or declaration, and the climax it says as a repetition reach the last slides,
 * whole, under a real heading. Sentences from judge27's and the corpus's speeches.
 */
describe('closing words (closing-line.ts), close31', () => {
  it.each([
    // a wish said with the language's own verb
    ['Toivon teille tarmoa ja mitä parasta menestystä työssänne Suomen puolesta.', true], // Lohela 2015
    ['Jag önskar er handlingskraft och framgång i ert arbete för Finlands bästa.', true], // Lohela 2015
    ['Ik wens u veel wijsheid en kracht toe.', true],
    ['Życzę Państwu wszystkiego dobrego.', true],
    ['Toivon, että hallitus onnistuu työssään.', false],
    ['Vi ønsker at styrke samarbejdet med vores naboer.', false],
    ['Jag önskar att det vore annorlunda.', false],
    // the oath and the ask of the house a speech ends on (F. D. Roosevelt, 1941)
    [
      'With confidence in our armed forces—with the unbounding determination of our people—we will gain the inevitable triumph, so help us God.',
      true,
    ],
    [
      'I ask that the Congress declare that since the unprovoked and dastardly attack by Japan on Sunday, December 7, 1941, a state of war has existed between the United States and the Japanese Empire.',
      true,
    ],
    ['I ask you to consider what the Congress has done.', false],
    ['Ask what the House can do for the country.', false],
  ])('%s → %s', (sentence, closing) => {
    expect(isClosingSentence(sentence)).toBe(closing);
  });

  it('heads a long blessing by the blessing it names', () => {
    expect(
      blessingHeading([
        'U mag zich gesteund weten door het besef dat velen u wijsheid toewensen en met mij om kracht en Gods zegen voor u bidden.',
      ]),
    ).toBe('Gods zegen');
    expect(blessingHeading(['God bless you all.', 'Thank you all very much.'])).toBe('');
  });

  it('reads a declaration announced last: what it declares first heads it', () => {
    expect(
      declaredSlide([
        'Vì những lẽ trên, chúng tôi, lâm thời chính phủ của nước Việt Nam Dân chủ Cộng hòa, trịnh trọng tuyên bố với thế giới rằng:',
        'Nước Việt Nam có quyền hưởng tự do và độc lập, và sự thật đã thành một nước tự do độc lập.',
        'Toàn thể dân tộc Việt Nam quyết đem tất cả tinh thần và lực lượng, tính mạng và của cải để giữ vững quyền tự do, độc lập ấy.',
      ]),
    ).toEqual({
      title: 'Nước Việt Nam có quyền hưởng tự do và độc lập',
      line: [
        'Toàn thể dân tộc Việt Nam quyết đem tất cả tinh thần và lực lượng, tính mạng và của cải để giữ vững quyền tự do, độc lập ấy.',
      ],
    });
    expect(
      declaredSlide(['We declare that the sitting is open.', 'The first item is the budget.']),
    ).toBeNull();
  });

  it('closes on what a long last sentence states after a Slavic "that"', () => {
    // Virtuti Militari, Sejm 2022 (judge29 #8): the Chapter's verdict on no slide
    expect(
      perorationLine(
        [
          'W specjalnym dokumencie oznajmiła także: ˝(...) w obronie i przez szacunek dla tych niewątpliwych zasług polskich żołnierzy walczących na wszystkich frontach w obronie ojczyzny stwierdzamy jednak głośno i dobitnie, że praktyka nadań przez władze Polski Ludowej Orderów Virtuti Militari, zwłaszcza najwyższych klas nadanych w bezprecedensowej liczbie przedstawicielom obcego mocarstwa, to obraza honoru polskiego żołnierza˝.',
        ],
        40,
        'pl',
      ),
    ).toBe(
      'Praktyka nadań przez władze Polski Ludowej Orderów Virtuti Militari, zwłaszcza najwyższych klas nadanych w bezprecedensowej liczbie przedstawicielom obcego mocarstwa, to obraza honoru polskiego żołnierza.',
    );
  });

  it('takes a climax said as a repetition whole, and what it changes as its title', () => {
    const said = [
      'Một dân tộc đã gan góc chống ách nô lệ của Pháp hơn 80 năm nay, một dân tộc đã gan góc đứng về phe Đồng Minh chống phát xít mấy năm nay, dân tộc đó phải được tự do!',
      'Dân tộc đó phải được độc lập!',
    ];
    const climax = 'Dân tộc đó phải được tự do! Dân tộc đó phải được độc lập!';
    expect(repeatedClimax(said)).toBe(climax);
    expect(climaxTitle(climax)).toBe('Tự do, độc lập');
    expect(
      repeatedClimax(['Hostilities exist.', 'There is no blinking at the fact that we are in grave danger.']),
    ).toBeNull();
  });
});

const lastSlides = (text: string, fileName: string, n = 2) => {
  const deck = buildDeck(text, { fileName });
  // the notes stay the speech, whole and in order
  expect(normalizeSpoken(deck.slides.map((s) => s.notes).join('\n\n'))).toBe(
    normalizeSpoken(spokenText(text, fileName)),
  );
  return deck.slides.slice(-n);
};

describe('the deck ends on the speech’s closing, close31', () => {
  it('ends on the closing wish, under its own words, not a government sentence', () => {
    // Lohela, puhemiehen puhe 2015 (judge27): "Hallitus tuo oman ratkaisuvaihtoehtonsa …" over the wish
    const text = `Kansanedustajat ovat paljon vartijoina. Kansanedustajat päättävät yli viittä miljoonaa ihmistä koskevista asioista. Uusi hallitus on laatinut ohjelman, jolla se pyrkii kääntämään maamme parempaan suuntaan. Hallitus tuo oman ratkaisuvaihtoehtonsa eduskunnan puntaroitavaksi ensi viikolla. Ottakaamme työ vakavasti ja olkaamme sen arvoisia. Kunnioitetaan toisiamme, sillä jokaisen panos yhteisten asioiden ajamisessa on tärkeä. Arvoisat kansanedustajat, ärade riksdagsledamöter! Jag önskar er handlingskraft och framgång i ert arbete för Finlands bästa. Toivon teille tarmoa ja mitä parasta menestystä työssänne Suomen puolesta.
`;
    const [, last] = lastSlides(text, 'fi-lohela-puhemiehen-puhe-2015.txt');
    expect(last!.layout).toBe('closing');
    expect(last!.screenText).toContain(
      'Toivon teille tarmoa ja mitä parasta menestystä työssänne Suomen puolesta',
    );
    expect(last!.screenText).toContain(
      'Jag önskar er handlingskraft och framgång i ert arbete för Finlands bästa.',
    );
  });

  it('heads a blessing too long for a title by the blessing it names', () => {
    // Willem-Alexander, troonrede 2015 (judge30): an empty heading over the blessing
    const text = `Leden van de Staten-Generaal,

Nederland is een stabiel en aantrekkelijk land om in te leven. Ervoor zorgen dat dit zo blijft, vraagt om ieders inzet en om blijvend investeren in de samenleving. Zo blijft Nederland een land dat iedereen kansen en vertrouwen in de toekomst biedt. Daaraan werkt de regering samen met u. U mag zich gesteund weten door het besef dat velen u wijsheid toewensen en met mij om kracht en Gods zegen voor u bidden.
`;
    const [, last] = lastSlides(text, 'nl-willem-alexander-troonrede-2015.txt');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe('Gods zegen');
    expect(last!.screenText.split('\n').slice(1)).toEqual([
      'U mag zich gesteund weten door het besef dat velen u wijsheid toewensen en met mij om kracht en Gods zegen voor u bidden.',
    ]);
  });

  it('ends on the oath and the ask of the house', () => {
    // F. D. Roosevelt, 8 December 1941: the deck ended on "Grave danger"
    const text = `Hostilities exist. There is no blinking at the fact that our people, our territory, and our interests are in grave danger.
With confidence in our armed forces—with the unbounding determination of our people—we will gain the inevitable triumph, so help us God.
I ask that the Congress declare that since the unprovoked and dastardly attack by Japan on Sunday, December 7, 1941, a state of war has existed between the United States and the Japanese Empire.
`;
    const [, last] = lastSlides(text, 'en-fdr-day-of-infamy.txt');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe('So help us God.');
    expect(last!.screenText).toContain(
      'I ask that the Congress declare that since the unprovoked and dastardly attack by Japan on Sunday, December 7, 1941, a state of war has existed between the United States and the Japanese Empire.',
    );
  });

  it('shows the climax said as a repetition, and ends on the declaration', () => {
    // Hồ Chí Minh, Tuyên ngôn độc lập 1945 (judge30): the climax on no slide, no closing slide
    const text = `Toàn dân Việt Nam, trên dưới một lòng kiên quyết chống lại âm mưu của bọn thực dân Pháp.

Chúng tôi tin rằng các nước Đồng minh đã công nhận những nguyên tắc dân tộc bình đẳng ở các Hội nghị Têhêrăng và Cựu Kim Sơn, quyết không thể không công nhận quyền độc lập của dân Việt Nam.

Một dân tộc đã gan góc chống ách nô lệ của Pháp hơn 80 năm nay, một dân tộc đã gan góc đứng về phe Đồng Minh chống phát xít mấy năm nay, dân tộc đó phải được tự do! Dân tộc đó phải được độc lập!

Vì những lẽ trên, chúng tôi, lâm thời chính phủ của nước Việt Nam Dân chủ Cộng hòa, trịnh trọng tuyên bố với thế giới rằng:

Nước Việt Nam có quyền hưởng tự do và độc lập, và sự thật đã thành một nước tự do độc lập. Toàn thể dân tộc Việt Nam quyết đem tất cả tinh thần và lực lượng, tính mạng và của cải để giữ vững quyền tự do, độc lập ấy.
`;
    const [before, last] = lastSlides(text, 'vi-ho-chi-minh-tuyen-ngon-doc-lap-1945.txt');
    expect(before!.screenText).toContain('Dân tộc đó phải được tự do! Dân tộc đó phải được độc lập!');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe('Nước Việt Nam có quyền hưởng tự do và độc lập');
    expect(last!.notes.trim().startsWith('Vì những lẽ trên')).toBe(true);
    // (ejected to Markdown, it is read back as the closing slide it was)
    const md = deckToMarkdown(buildDeck(text, { fileName: 'vi-ho-chi-minh-tuyen-ngon-doc-lap-1945.txt' }));
    const again = buildDeck(md, { fileName: 'vi-ho-chi-minh-tuyen-ngon-doc-lap-1945.md' }).slides.at(-1)!;
    expect([again.layout, again.screenText]).toEqual([last!.layout, last!.screenText]);
  });

  it('shows the wish the last slide of prose says before it goes on', () => {
    // Merkel, Großer Zapfenstreich 2021 (judge30): the wish to Olaf Scholz left the screen
    const text = `Nun wird es an der nachfolgenden Regierung liegen, Antworten auf die vor uns liegenden Herausforderungen zu finden und unsere Zukunft zu gestalten. Hierfür wünsche ich Ihnen, lieber Olaf Scholz, und der von Ihnen geführten Bundesregierung alles, alles Gute, eine glückliche Hand und viel Erfolg. Ich bin überzeugt, dass wir die Zukunft auch weiterhin gut gestalten können, wenn wir uns nicht mit Missmut, mit Missgunst, mit Pessimismus, sondern, wie ich vor drei Jahren in einem anderen Rahmen gesagt habe, mit Fröhlichkeit im Herzen an die Arbeit machen. So jedenfalls habe ich es immer für mich gehalten, in meinem Leben in der DDR und erst recht und umso mehr unter den Bedingungen der Freiheit. Es ist diese Fröhlichkeit im Herzen, die ich uns allen und im übertragenen Sinne unserem Land auch für die Zukunft wünsche.

Ich danke Ihnen von Herzen.
`;
    const [before, last] = lastSlides(text, 'de-merkel-abschiedsrede-zapfenstreich-2021.txt');
    expect(last!.layout).toBe('closing');
    expect(before!.screenText).toContain('eine glückliche Hand und viel Erfolg.');
  });
});
