import { describe, expect, it } from 'vitest';
import { quoteSlideTitle } from './quote-title';

// Majority of the budget committee, Alþingi, 3rd reading of the 2022 budget (judge35 is s02)
const FJARLOG =
  'Annars vegar er 7.200 millj. kr. lækkun tekna vegna virðisaukaskatts. Meiri hluti efnahags- og viðskiptanefndar leggur til að framlengja auknar endurgreiðslur á virðisaukaskatti vegna vinnu í tengslum við byggingarframkvæmdir o.fl. Fyrirkomulagið hefur verið kallað Allir vinna og var hluti af tímabundnum mótvægisráðstöfunum vegna heimsfaraldurs kórónuveiru.';

// Obama, Cairo 2009 (corpus): the three scriptures, then what they say together
const CAIRO =
  'The Holy Koran tells us: "O mankind! We have created you male and a female, and we have made you into nations and tribes so that you may know one another." The Talmud tells us: "The whole of the Torah is for the purpose of promoting peace." The Holy Bible tells us: "Blessed are the peacemakers, for they shall be called sons of God." The people of the world can live together in peace. We know that is God\'s vision, now that must be our work here on Earth.';

// MP member on shipping, Riksdagen 2020 (judge31 sv-mp s04)
const BIOGAS =
  'Men för mer långväga sjöfart behövs andra lösningar. Här vill jag särskilt uppmärksamma potentialen hos biogas, det vill säga LBG som är flytande biogas. Det finns dock en stor utmaning i att reglera sjöfarten, eftersom den liksom flyget till stora delar styrs av internationella överenskommelser och är utsatt för tuff internationell konkurrens.';

describe('a title said only after the quote gives way to the phrase the quote ends on (judge35 #2)', () => {
  it('over a figure’s sentence, the phrase it ends on, not the next sentence’s subject', () => {
    const quote = 'Annars vegar er 7.200 millj. kr. lækkun tekna vegna virðisaukaskatts.';
    expect(quoteSlideTitle('Viðskiptanefndar leggur', quote, [FJARLOG], 'is', new Set())).toBe(
      'Lækkun tekna vegna virðisaukaskatts',
    );
  });
  it('over a quoted line, what it says last, not what a later sentence calls it', () => {
    const quote = '"The whole of the Torah is for the purpose of promoting peace."';
    expect(quoteSlideTitle("God's vision", quote, [CAIRO], 'en', new Set())).toBe('Promoting peace');
  });
  it('never a phrase said inside the sentence, where no tagger tells a noun from a verb', () => {
    const quote =
      'Här vill jag särskilt uppmärksamma potentialen hos biogas, det vill säga LBG som är flytande biogas.';
    expect(quoteSlideTitle('Tuff internationell konkurrens', quote, [BIOGAS], 'sv', new Set())).not.toMatch(
      /uppmärksamma/iu,
    );
  });
  it('never a predicate nor a name the sentence ends on', () => {
    // Deese, industrial strategy, Cleveland 2022 (judge26): "to track and manage projects"
    const deese =
      'We need serious accountability to measure and monitor progress in building. Our plan is overhauling systems to track and manage projects. We’re expanding an infrastructure program called “Every Day Counts” that helps accelerate projects, by bundling the contracting and execution of related highways or railways, not going one-by-one.';
    expect(
      quoteSlideTitle(
        'Infrastructure program',
        'Our plan is overhauling systems to track and manage projects.',
        [deese],
        'en',
        new Set(),
      ),
    ).not.toBe('Manage projects');
    // Obama's toast to President Calderón, 2010 (corpus, Spanish)
    const toast =
      'Es un extraordinario honor para Michelle y para mí recibirlos, pero más importante aun, recibir al Presidente Calderón y la Primera Dama Margarita Zavala. Sí, disculpen. Sírvanse tomar asiento. Les damos la bienvenida a ellos y la delegación mexicana a nuestra segunda Cena de Estado aquí en la Casa Blanca, esta noche, (en español) la Casa Blanca.';
    const welcome =
      'Es un extraordinario honor para Michelle y para mí recibirlos, pero más importante aun, recibir al Presidente Calderón y la Primera Dama Margarita Zavala.';
    expect(quoteSlideTitle('Cena de Estado', welcome, [toast], 'es', new Set())).not.toBe(
      'Primera Dama Margarita Zavala',
    );
  });
  it('keeps a title said before the quote, which the quote goes on from', () => {
    const quote =
      'Här vill jag särskilt uppmärksamma potentialen hos biogas, det vill säga LBG som är flytande biogas.';
    expect(quoteSlideTitle('Långväga sjöfart', quote, [BIOGAS], 'sv', new Set())).toBe('Långväga sjöfart');
  });
});
