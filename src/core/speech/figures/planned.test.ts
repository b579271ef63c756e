import { describe, expect, it } from 'vitest';
import { sentenceFigures } from '.';

const cards = (sentence: string, lang: string) =>
  sentenceFigures(sentence, lang).map((f) => [f.value, f.label]);

describe('a figure said of a plan keeps the plan in its label (planned.ts)', () => {
  // Édouard Philippe, déclaration de politique générale, 2017 (ParlaMint, CC BY 4.0)
  const philippe =
    'Nous porterons progressivement le prix du paquet de cigarettes à 10 euros, en luttant sans merci contre les trafics qui minent cette politique de santé autant qu’ils fragilisent ceux qui respectent la loi.';
  it('keeps the future verb (judge13: "10 euros — prix du paquet de cigarettes" showed the plan as the price)', () => {
    expect(cards(philippe, 'fr')).toEqual([
      ['10 euros', 'porterons progressivement le prix du paquet de cigarettes'],
    ]);
  });
  it.each([
    // a noun after the figure: plan and noun lie either side of it, no one phrase (render19)
    ['fr', 'Nous construirons 15 000 places supplémentaires de prison.', ''],
    ['fr', 'Nous allons construire 15 000 places supplémentaires de prison.', ''],
    [
      'it',
      'Porteremo il prezzo del pacchetto di sigarette a 10 euro.',
      'Porteremo il prezzo del pacchetto di sigarette',
    ],
    [
      'es',
      'Llevaremos el precio del paquete de cigarrillos a 10 euros.',
      'Llevaremos el precio del paquete de cigarrillos',
    ],
    // no label can hold the plan whole: no card
    ['fr', 'Le prix du paquet de cigarettes sera porté à 10 euros.', ''],
    ['fr', 'Nous ne le porterons jamais à 10 euros.', ''],
    ['de', 'Wir werden den Preis für eine Packung Zigaretten auf 10 Euro erhöhen.', ''],
    // Ford 1975 (public domain): a level a subject "will rise to" keeps its verb
    ['en', 'The national debt will rise to over $500 billion.', 'national debt will rise'],
    [
      'en',
      'The price of a pack of cigarettes will rise to 10 euros.',
      'price of a pack of cigarettes will rise',
    ],
    // what is, not what is planned: the label found before stands
    ['en', 'The national debt rose to over $500 billion.', 'national debt'],
    ['fr', 'Le prix du paquet de cigarettes est de 10 euros.', 'prix du paquet de cigarettes'],
    [
      'fr',
      'La construction de 15 000 places supplémentaires de prison est un engagement fort.',
      'places supplémentaires de prison',
    ],
    ['fr', 'Nous espérons 15 000 places supplémentaires de prison.', 'places supplémentaires de prison'],
    ['fr', 'Chaque année le tabac en France entraîne plus de 80 000 décès.', 'tabac en France'],
    [
      'de',
      '533 inhaftierte Journalistinnen und Journalisten sind ein neuer Negativrekord.',
      'inhaftierte Journalistinnen und Journalisten',
    ],
  ])('%s: %s → "%s"', (lang, sentence, label) => {
    expect(sentenceFigures(sentence, lang)[0]?.label).toBe(label);
  });
});
