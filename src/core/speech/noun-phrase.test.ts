import { describe, expect, it } from 'vitest';
import { nounPhraseProblem } from './noun-phrase';

// Candidate titles of a quote slide's own sentence, from the judges' decks and the corpus: a noun
// phrase a designer would accept, or a verb's piece that must not title the slide.
describe('a candidate title is a noun phrase where its sentence says it (noun-phrase.ts)', () => {
  it.each([
    // Willem-Alexander, Troonrede 2015 (judge27)
    [
      'nl',
      'Evenwichtige inkomensverdeling',
      'Nederland is van oudsher een land met een evenwichtige inkomensverdeling en een grote, sterke middenklasse.',
    ],
    [
      'nl',
      'Internationale voorbeeldfunctie',
      'Nederlandse multinationals hebben nu al een internationale voorbeeldfunctie op het terrein van duurzame bedrijfsvoering, kennis en kunde.',
    ],
    // Greek Parliament, Holocaust remembrance 2022 (judge26)
    [
      'el',
      'Ακούραστη πίστη',
      'Την ακούραστη πίστη και αισιοδοξία για ένα μέλλον με ανοιχτές καρδιές και χέρια ενωμένα.',
    ],
    // Riba, homage to Antoni Dalmau 2022 (judge27)
    ['ca', 'Sobtada mort', "El proppassat 5 de gener ens colpia la sobtada mort de l'Antoni."],
    // Swedish MP on shipping, Riksdag 2020 (judge31)
    [
      'sv',
      'Ökad sjöfart',
      'Därför kommer Miljöpartiet att fortsätta att jobba med att gynna både en ökad sjöfart och en nödvändig omställning av sjöfarten.',
    ],
    // Philippe 2017 (corpus)
    [
      'fr',
      'Nostalgie impuissante',
      'On leur proposait la nostalgie impuissante, ils ont préféré le courage d’affronter l’avenir.',
    ],
    // Bush 2003 (corpus): the tagger reads English
    ['en', 'Medicare Act', 'Lyndon Johnson established that commitment by signing the Medicare Act of 1965.'],
  ])('%s: "%s" is a noun phrase', (lang, phrase, sentence) => {
    expect(nounPhraseProblem(phrase, sentence, lang)).toBeNull();
  });

  it.each([
    // a subject and its verb, a verb and its particle (Troonrede 2015, judge27)
    [
      'nl',
      'Brandhaarden bedreigen',
      'Ook andere brandhaarden bedreigen de internationale rechtsorde, bijvoorbeeld in Mali, Jemen en Afghanistan.',
    ],
    [
      'nl',
      'Persoonlijk leed bloot',
      'De schrijnende beelden van mensen op drift die dagelijks tot ons komen vanuit onder meer Kos en Calais, leggen een scala aan problemen en persoonlijk leed bloot, waarvoor geen gemakkelijke en snelle oplossingen bestaan.',
    ],
    // a modal's infinitive and its object (judge31)
    [
      'sv',
      'Uppmärksamma potentialen',
      'Här vill jag särskilt uppmärksamma potentialen hos biogas, det vill säga LBG som är flytande biogas.',
    ],
    // a predicate adjective cut from its noun (Csárdi 2022, corpus)
    [
      'hu',
      'Tömegközlekedési eszközre érvényes',
      'Ez egy országosan mindenki által megvásárolható, minden tömegközlekedési eszközre érvényes, egységesen 5 ezer forintba kerülő bérlet.',
    ],
    // languages without articles: no evidence either way, so no noun phrase by this test
    // (judge35 is s05, sr s03; judge33 cs s04)
    [
      'is',
      'Frumvarpið verði samþykkt',
      'Meiri hlutinn leggur til að frumvarpið verði samþykkt með þeim breytingum sem skýrðar hafa verið og gerð er tillaga um í þingskjölum þar fylgjandi.',
    ],
    [
      'sr',
      'Odnosno stavi veto',
      'Ako bog da, te Rusija, kako je najavila, glasa, odnosno stavi veto na produžetak rada Haškog tribunala.',
    ],
    [
      'cs',
      'Plně počítá',
      'I ten váš dokument, ta odpověď, co jsem dostal, plně počítá s tím, že tady ti Ukrajinci zůstanou.',
    ],
    // English: a verb and its object (Deese 2022, judge26)
    ['en', 'Manage projects', 'Our plan is overhauling systems to track and manage projects.'],
  ])('%s: "%s" is no noun phrase', (lang, phrase, sentence) => {
    expect(nounPhraseProblem(phrase, sentence, lang)).not.toBeNull();
  });
});
