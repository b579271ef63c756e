import { describe, expect, it } from 'vitest';
import { keyBlock } from './body';
import { bestQuote, isThrowaway } from './quotable';
import { isSignpost } from './signpost';

/** Sign-posts said in real speeches: the talk speaking of itself (corpus = tests/fixtures/speeches/corpus). */
const SIGNPOSTS: Array<[lang: string, line: string, source: string]> = [
  ['en', 'Let’s look at the record.', 'Reagan, tax and budget address 1982, quoting Al Smith (corpus)'],
  [
    'en',
    'I will return to the meaningful outcomes from these investigations in a moment.',
    'Sherwood-Randall, remarks on eradicating hate (judge19)',
  ],
  ['en', 'Finally, I want to discuss economic development and opportunity.', 'Obama, Cairo 2009 (corpus)'],
  ['en', 'Let me also address the issue of Iraq.', 'Obama, Cairo 2009 (corpus)'],
  [
    'en',
    'The second major source of tension that we need to discuss is the situation between Israelis, Palestinians, and the Arab world.',
    'Obama, Cairo 2009 (corpus)',
  ],
  [
    'en',
    'The third source of tension is our shared interest in the rights and responsibilities of nations on nuclear weapons.',
    'Obama, Cairo 2009 (corpus)',
  ],
  ['en', 'The fifth issue that we must address together is religious freedom.', 'Obama, Cairo 2009 (corpus)'],
  ['en', 'My subject, then, fellow-citizens, is AMERICAN SLAVERY.', 'Douglass, Fourth of July 1852 (corpus)'],
  [
    'en',
    'Now let me turn, if I might, to the international dimension of the present crisis.',
    'Ford, State of the Union 1975 (corpus)',
  ],
  ['en', 'Now, I want to speak very bluntly.', 'Ford, State of the Union 1975 (corpus)'],
  [
    'en',
    'Let me briefly review for the American people what we’ve already done.',
    'Reagan, first press conference 1981 (corpus)',
  ],
  [
    'en',
    'That brings me to the third category of people benefitting from the IRA: American families.',
    'Podesta, IRA anniversary 2024 (corpus)',
  ],
  ['en', 'Let me give you one example of what I mean.', 'Sherwood-Randall (judge19)'],
  [
    'fr',
    'Je dis bien toutes, depuis celle de Michel Debré, le 15 janvier 1959, jusqu’à celle de Bernard Cazeneuve, le 14 décembre dernier.',
    'Philippe, déclaration de politique générale 2017 (corpus)',
  ],
  ['fr', 'Je veux ce soir être très clair avec vous.', 'Macron, adresse à la Nation 2018 (judge19)'],
  [
    'es',
    'Quisiera comenzar mi intervención destacando que, por primera vez en la historia, una mujer latinoamericana, preside esta Asamblea.',
    'Sánchez, ONU 2018 (corpus)',
  ],
  [
    'sl',
    'Ker gre za tretjo obravnavo bom navedel le bistvene elemente oziroma izboljšave, ki jih prinaša ta predlog zakona.',
    'Zorčič, DZ 2022 (corpus)',
  ],
  [
    'cs',
    'Tolik nález Ústavního soudu, který tady, předpokládám, je všem všeobecně znám, neb už jsme ho tady několikrát slyšeli.',
    'Jakob, PSP 2023 (corpus)',
  ],
  // the other languages' frames, in the form speakers use them
  ['fr', 'J’en viens maintenant à la question du logement.', 'frame: "j’en viens à"'],
  ['fr', 'Permettez-moi de revenir sur la situation de nos hôpitaux.', 'frame: "permettez-moi de revenir"'],
  ['es', 'Paso ahora a la segunda cuestión.', 'frame: "paso ahora a"'],
  ['pt', 'Gostaria de falar agora sobre a saúde.', 'frame: "gostaria de falar"'],
  ['it', 'Vengo ora alla questione del lavoro.', 'frame: "vengo ora a"'],
  ['de', 'Ich möchte kurz auf die Finanzen eingehen.', 'frame: "ich möchte … eingehen"'],
  ['de', 'Darauf komme ich gleich noch zurück.', 'frame: "darauf komme ich zurück"'],
  ['ru', 'Теперь перейду к вопросам экономики.', 'frame: "перейду к"'],
  ['ru', 'К этому я ещё вернусь.', 'frame: "к этому я ещё вернусь"'],
];

/** Lines of the same speeches that say something: never taken for sign-posts. */
const POINTS: Array<[lang: string, line: string, source: string]> = [
  [
    'en',
    'So let me be clear: No system of government can or should be imposed by one nation by any other.',
    'Obama, Cairo 2009 (corpus): the point after the colon',
  ],
  [
    'en',
    'As I said earlier, there are those who say it’s been tried and it failed.',
    'Reagan 1982 (corpus): what follows "as I said" is a claim',
  ],
  [
    'en',
    'In the same 3 years, as I said a moment ago, our tax-cut program even after this increase will save you 335 billion.',
    'Reagan 1982 (corpus)',
  ],
  [
    'en',
    'We meet this year in a moment of — intermingled with great pain and extraordinary possibility.',
    'Biden, UNGA 2021 (corpus): "in a moment of", not "in a moment"',
  ],
  ['en', 'Let us never negotiate out of fear.', 'Kennedy, inaugural 1961 (judge20)'],
  ['en', 'We’re prepared to return to full compliance if Iran does the same.', 'Biden, UNGA 2021 (corpus)'],
  [
    'en',
    'Today, I want to talk with people who are — who are making the comeback possible.',
    'Biden, trucking (judge19): talking with people, not about a topic',
  ],
  [
    'cs',
    'A jak jsem říkal, tu délku výstupu a počet vystupování taky je zcela neoddiskutovatelné, že žádné právo opozici ubíráno není, že měla dostatečný prostor na to, aby vyjádřila svůj návrh.',
    'Jakob 2023 (corpus): the claim said again',
  ],
  ['es', 'Paso a paso, construimos un país mejor.', '"paso a paso" is no turn of the talk'],
  ['fr', 'Je veux intervenir vite et concrètement sur ce sujet.', 'Macron 2018 (judge19)'],
  ['en', 'The first reason is that we have no choice.', 'an ordinal that says its point'],
];

describe('sign-posts: the talk speaking of itself', () => {
  it.each(SIGNPOSTS)('%s: "%s" is a sign-post (%s)', (lang, line) => {
    expect(isSignpost(line)).toBe(true);
    expect(isThrowaway(line, lang)).toBe(true);
  });
  it.each(POINTS)('%s: "%s" is no sign-post (%s)', (_lang, line) => {
    expect(isSignpost(line)).toBe(false);
  });
});

describe('a sign-post is never the slide’s quote', () => {
  it('quotes the line with content (Obama, Cairo 2009, corpus)', () => {
    const slide = [
      'The third source of tension is our shared interest in the rights and responsibilities of nations on nuclear weapons.',
      'This issue has been a source of tension between the United States and the Islamic Republic of Iran.',
      'The question now is not what Iran is against, but rather what future it wants to build.',
    ];
    const block = keyBlock(slide, 'Nuclear weapons', [], 'en');
    expect(JSON.stringify(block)).toContain('The question now is not what Iran is against');
    expect(JSON.stringify(block)).not.toContain('third source of tension');
  });
  it('never quotes a thanks in Hindi or a welcome in Russian (Modi 2019; US Embassy Moscow 2015, corpus)', () => {
    expect(isThrowaway('मेरी आप सबको बहुत-बहुत शुभकामनाएँ, बहुत-बहुत धन्यवाद |', 'hi')).toBe(true);
    expect(
      isThrowaway('Добро пожаловать в Спасо-Хаус на наш ежегодный прием по случаю Дня независимости!', 'ru'),
    ).toBe(true);
    expect(
      isThrowaway(
        'And I want to thank another veteran who knows a thing or two about laying the foundation.',
      ),
    ).toBe(true);
  });
  it('never quotes the chair’s procedure in Czech (Jakob 2023, corpus)', () => {
    const slide = [
      'Vážená paní předsedající, prosím tímto, abyste o předneseném procedurálním návrhu dala hlasovat bezprostředně.',
      'Děkuji za pozornost.',
    ];
    expect(isThrowaway(slide[0]!, 'cs')).toBe(true);
    expect(bestQuote(slide, 'cs')).toBeNull();
  });
});
