import { describe, expect, it } from 'vitest';
import { buildDeck, normalizeSpoken, spokenText } from './index';
import { closingStart, isClosingSentence } from './closing-line';
import { concludedLine } from './peroration';
import { structureKind } from './structure';

/**
 * Closing words the deck left on a content slide or off the screen (issue 10, judge28 #7, close28):
 * a blessing said in a clause, a memorial wish, a toast's lines and the host's send-off, the salam
 * as Indonesian writes it, a wish of success, a call to go forward together, a conclusion the
 * speaker announces. Sentences from judge26's and judge27's speeches.
 */
describe('closing words (closing-line.ts), close28', () => {
  it.each([
    // a blessing, anywhere in its sentence
    ['Until we meet again, may God hold you in the palm of his hand.', true], // Biden, Kenya toast 2024
    [
      'U mag zich gesteund weten door het besef dat velen u wijsheid toewensen en met mij om kracht en Gods zegen voor u bidden.',
      true,
    ], // Willem-Alexander, troonrede 2015
    ['Gott schütze unser Land.', true],
    ['Que Dieu vous bénisse.', true],
    ['Deus abençoe o Brasil.', true],
    ['רובי, במה אברך אותך?', true], // Burg 2003: 'with what shall I bless you?'
    // a memorial wish
    ['Que la seva memòria ens acompanyi.', true], // Riba, homenatge a Dalmau 2022
    ['May his memory be a blessing.', true],
    ['Que descanse en paz.', true],
    ['Rest in peace, my friend.', true],
    // a wish of success said last
    ['"תל חי", אבי געזונט ובהצלחה.', true], // Burg 2003
    ['Good luck to you all.', true],
    ['Viel Erfolg!', true],
    ['祝愿大家福暖四季、顺遂安康！', true], // Xi Jinping 2024
    ['我们祝愿这项工作取得成功，但还有很多事要做。', false],
    // a call to go forward together, said short
    ['Let’s go forward and build together.', true], // Deese 2022
    ['Sigamos adelante.', true],
    // the host's send-off, the salam, a thanks in Indonesian
    ['Enjoy your dinner.', true], // Biden, Kenya toast 2024
    ['Wassalaualaikum warahmatullahi wabarakatuh.', true], // Jokowi 2017
    ['Terima kasih.', true],
    // sentences that say the same words about something else
    ['May the road rise to meet you.', false],
    ['He may have been right about God and about the country.', false],
    ['The program was a great success.', false],
    ['Tuvimos mala suerte con la cosecha.', false],
    ['He can now rest in peace knowing the work goes on.', false],
    ['To that end.', false],
    ['To Kenya.', false],
    [
      "With a good conscience our only sure reward, with history the final judge of our deeds, let us go forth to lead the land we love, asking His blessing and His help, but knowing that here on earth God's work must truly be our own.",
      false,
    ], // Kennedy 1961: a peroration, no call to go on
  ])('%s → %s', (sentence, closing) => {
    expect(isClosingSentence(sentence)).toBe(closing);
  });

  it('reads "Terima kasih" as thanks', () => {
    expect(structureKind('Terima kasih.')).toBe('thanks');
  });

  it('takes a toast’s lines before its cheer as the toast, and only then', () => {
    expect(closingStart('To Kenya.  To our guests.  Cheers.', 'en')).toBe(0);
    expect(closingStart('We did it to the end. To that end. Thank you.', 'en')).toBe(
      'We did it to the end. To that end. '.length,
    );
  });

  it('takes the conclusion the speaker announces, whole', () => {
    const said = [
      'Oleh sebab itu jangan sekali-sekali keseringan baca di medsos analisa-analisa yang kadang-kadang enggak ngerti sumbernya dari mana.',
      'Kesimpulannya apa?',
      'Yang penting adalah jangan takut.',
      'Risiko selalu ada tapi justru itulah peluangnya.',
    ];
    expect(concludedLine(said, 30, 'id')).toBe(
      'Yang penting adalah jangan takut. Risiko selalu ada tapi justru itulah peluangnya.',
    );
    expect(concludedLine(said.slice(0, 1), 30, 'id')).toBeNull();
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

describe('the deck ends on the speech’s closing words, close28', () => {
  it('ends a toast on its cheer, with the blessing and what the glass is raised to', () => {
    // Biden, state dinner toast for President Ruto, 2024 (judge27): "Palm" over the blessing, the
    // toast never on screen
    const text = `Good evening. Please, please sit down.

We share the belief in freedom, democracy, dignity, and equality. The fact is these are shared beliefs that give both our nations strength.

And let me end with a toast — an Irish toast, if you don’t mind an Irish toast.

May the road rise to meet you.  May the wind be always at your back.  May the sun shine warmly on your face, and may the rains fall softly on your fields.  Until we meet again, may God hold you in the palm of his hand.

To Kenya.  To our guests.  Cheers.

(President Biden offers a toast.)

Enjoy your dinner.
`;
    const [, last] = lastSlides(text, 'en-biden-kenya-state-dinner-toast-2024.txt');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe('Cheers.');
    expect(last!.screenText.split('\n').slice(1)).toEqual([
      'Until we meet again, may God hold you in the palm of his hand.',
      'To Kenya. To our guests.',
    ]);
  });

  it('shows a blessing too long for a title as the closing slide’s line', () => {
    // Willem-Alexander, troonrede 2015 (judge27): "Aantrekkelijk land" over the blessing
    const text = `Leden van de Staten-Generaal,

Nederland is een stabiel en aantrekkelijk land om in te leven. Ervoor zorgen dat dit zo blijft, vraagt om ieders inzet en om blijvend investeren in de samenleving. Zo blijft Nederland een land dat iedereen kansen en vertrouwen in de toekomst biedt. Daaraan werkt de regering samen met u. U mag zich gesteund weten door het besef dat velen u wijsheid toewensen en met mij om kracht en Gods zegen voor u bidden.
`;
    const [before, last] = lastSlides(text, 'nl-willem-alexander-troonrede-2015.txt');
    expect(last!.layout).toBe('closing');
    // (under the blessing it names, close31)
    expect(last!.screenText.trim()).toBe(
      'Gods zegen\nU mag zich gesteund weten door het besef dat velen u wijsheid toewensen en met mij om kracht en Gods zegen voor u bidden.',
    );
    expect(before!.screenText).not.toContain('Gods zegen');
  });

  it('titles short closing words whole, in the order said', () => {
    // Burg, tribute to Rivlin 2003 (judge27): the blessing only in the notes
    const text = `ארבע שנים חולפות מהר, ועצה אחת אני מבקש לתת לך לדרך הזו. כל יום תחשוב על יומך האחרון כאן. כי אתה הרובי הכי טוב שיש, ותהיה גם היושב - ראש הטוב ביותר שרק אפשר.

רובי, במה אברך אותך? "תל חי", אבי געזונט ובהצלחה.
`;
    const [, last] = lastSlides(text, 'he-burg-rivlin-tribute-2003.txt');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe('רובי, במה אברך אותך? "תל חי", אבי געזונט ובהצלחה.');
  });

  it('parts the closing words from a section under an author’s heading', () => {
    // Deese 2022 (judge26): "Industrial strategy" over "Let’s go forward and build together."
    const text = `# A Modern American Industrial Strategy

**I. Introduction**

Thank you for having me in Cleveland today. We are here to talk about building things in America again, in places that know how.

**V. Conclusion**

America has always been a nation of builders.  Cleveland knows this as well as anywhere in America.  This city has shown the world before how an industrial strategy can work—and now we can do it again in our time.  Let’s go forward and build together.
`;
    const [before, last] = lastSlides(text, 'en-deese-modern-american-industrial-strategy-2022.md');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe('Let’s go forward and build together.');
    expect(before!.title).toBe('Conclusion');
  });

  it('ends a memorial tribute on its wish', () => {
    // Riba, homenatge a Antoni Dalmau 2022 (judge27): "L'oratori Mil anys" over the wish
    const text = `Com el seu fill Pol va recordar en l'homenatge a l'Institut d'Estudis Catalans, l'Antoni va viure sempre intensament, implicant-se a fons en totes les coses que feia, amb un entusiasme contagiós i acompanyat d'un somriure franc. Que la seva memòria ens acompanyi.
`;
    const [, last] = lastSlides(text, 'ca-riba-homenatge-dalmau-2022.txt');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe('Que la seva memòria ens acompanyi.');
  });

  it('takes the wishes said before a closing thanks of its own onto the closing slide', () => {
    // Xi Jinping, 2024 New Year address (judge29): "谢谢大家！" alone, the wishes on no slide
    const text = `当前，世界上还有一些地方处在战火硝烟之中。中国人民深知和平的珍贵，我们愿同国际社会一道，以人类前途为怀、以人民福祉为念，推动构建人类命运共同体，建设更加美好的世界。

此时此刻，夜色斑斓，万家灯火。让我们一起，祝愿祖国繁荣昌盛、世界和平安宁！祝愿大家福暖四季、顺遂安康！

谢谢大家！
`;
    const [before, last] = lastSlides(text, 'zh-xi-xinnian-heci-2024.txt');
    expect(last!.layout).toBe('closing');
    // (the wishes lead the slide, the thanks said after them left to the notes: close33)
    expect(last!.title).toBe('');
    expect(last!.screenText).toBe('让我们一起，祝愿祖国繁荣昌盛、世界和平安宁！祝愿大家福暖四季、顺遂安康！');
    expect(last!.notes).toContain('谢谢大家！');
    expect(before!.notes.trim().endsWith('此时此刻，夜色斑斓，万家灯火。')).toBe(true);
  });

  it('shows the announced conclusion on the last slide before the thanks', () => {
    // Jokowi, penutupan perdagangan bursa 2017 (judge27): the conclusion only in the notes
    const text = `Saya kira kita semuanya harus memberikan tepuk tangan kepada bursa efek Indonesia. Ekspor Indonesia tahun ini naik double digit. Jadi kalau kita jual semua saham kita di awal tahun karena khawatir tadi supaya aman pegang cash ya itulah keuntungan yang gagal kita dapat. Oleh sebab itu jangan sekali-sekali keseringan baca di medsos analisa-analisa yang kadang-kadang enggak ngerti sumbernya dari mana. Kesimpulannya apa? Yang penting adalah jangan takut. Risiko selalu ada tapi justru itulah peluangnya. Terima kasih. Wassalaualaikum warahmatullahi wabarakatuh.
`;
    const [before, last] = lastSlides(text, 'id-jokowi-penutupan-bursa-2017.txt');
    expect(last!.layout).toBe('closing');
    expect(last!.title).toBe('Terima kasih. Wassalaualaikum warahmatullahi wabarakatuh.');
    expect(before!.screenText).toContain(
      'Yang penting adalah jangan takut. Risiko selalu ada tapi justru itulah peluangnya.',
    );
  });
});
