import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksText } from '../deck';
import { sectionHeading } from './announced-topic';
import { semicolonSeries } from './clause-list';
import { buildDeck } from './index';
import { itemText, shownItem } from './items';
import { announcedCount } from './list-count';

// judge22 faults 13, 15, 21: list items cut so that the meaning turns. Sources: Juan Carlos I,
// Mensaje de Navidad 2008 (casareal.es); Gerald R. Ford, "Whip Inflation Now", address to a joint
// session of Congress, 8 October 1974 (The American Presidency Project); Léon Blum, déclaration
// ministérielle, 6 juin 1936 (corpus); Woodrow Wilson, Fourteen Points, 1918 (corpus); Dmytro
// Razumkov, Verkhovna Rada, 2023 (corpus).
describe('a list item keeps its point and never turns the meaning (judge22)', () => {
  it.each([
    [
      'es: a pair joined by "y" is never cut ("los hombres" without "y mujeres"), the aside "en suma" goes',
      'es',
      'Confianza, en suma, en todos y cada uno de los hombres y mujeres que, día a día, desde los distintos rincones de España, la hacen crecer y mejorar con su honrado trabajo y admirable empeño.',
      'Confianza en todos y cada uno de los hombres y mujeres',
    ],
    [
      'es: the first of the anaphora keeps its pair "la labor y solidez"',
      'es',
      'Confianza en la labor y solidez de nuestras instituciones, en la capacidad de nuestros empresarios, profesionales y trabajadores, así como en la indudable mayor preparación y empuje de nuestros jóvenes.',
      'Confianza en la labor y solidez de nuestras instituciones',
    ],
    [
      'en: what the Council was ordered to be is kept (the "to" after "ordered … the Council")',
      'en',
      'Number one, I have ordered the Council on Wage and Price Stability to be the watchdog over inflationary costs of all governmental actions.',
      'I have ordered the Council on Wage and Price Stability to be the watchdog',
    ],
    [
      'en: a name with "on" in it is no circumstance to cut before',
      'en',
      'Two, I ask the Congress to establish a National Commission on Regulatory Reform to undertake a long-overdue total reexamination of the independent regulatory agencies.',
      'I ask the Congress to establish a National Commission on Regulatory Reform',
    ],
    [
      'en: an item that opens on its number keeps its case after the dropped "First,"',
      'en',
      'First, 13 weeks of special unemployment insurance benefits would be provided to those who have exhausted their regular and extended unemployment insurance benefits, and 26 weeks of special unemployment insurance benefits to those who qualify but are not now covered by regular unemployment insurance programs.',
      '13 weeks of special unemployment insurance benefits would be provided',
    ],
    [
      'en: the "; and" that leads to the next item is no part of it',
      'en',
      'Number three, amendments to the Clean Air Act; and',
      'Amendments to the Clean Air Act',
    ],
    [
      'fr: never cut inside a series of adjectives ("sanitaire, scientifique, sportif et touristique")',
      'fr',
      "Un plan de grands travaux, c'est-à-dire d'outillage économique, d'équipement sanitaire, scientifique, sportif et touristique",
      'Un plan de grands travaux',
    ],
    [
      'fr: a phrase of its own after "et" may still end the item',
      'fr',
      'Je vois un autre de vos benjamins, né au Rwanda quatre ans avant le génocide et recueilli par la République, qui lui a offert son meilleur visage et qui peut être fière de le voir aujourd’hui représenter la nation.',
      'Je vois un autre de vos benjamins, né au Rwanda quatre ans avant le génocide',
    ],
    [
      'en: a comma before the next clause\'s "and" still ends the item',
      'en',
      'All French territory should be freed and the invaded portions restored, and the wrong done to France by Prussia in 1871 in the matter of Alsace-Lorraine, which has unsettled the peace of the world for nearly fifty years, should be righted, in order that peace may once more be made secure in the interest of all.',
      'All French territory should be freed and the invaded portions restored',
    ],
    [
      'uk: the same in Ukrainian ("…оборони, | і всі в залі мовчать")',
      'uk',
      'Це не про ті 42 мільйони, які розікрали на Міністерстві оборони, і всі в залі мовчать.',
      'Це не про ті 42 мільйони, які розікрали на Міністерстві оборони',
    ],
  ])('%s', (_, lang, sentence, item) => {
    expect(itemText(sentence, lang)).toBe(item);
    expect(shownItem(sentence, lang, true)).toBe(item);
  });

  it('es: a semicolon series names its first item from its own article, not from "de la" inside it', () => {
    expect(
      semicolonSeries(
        'Un año 2008 intenso en acontecimientos, del que quisiera detenerme en tres asuntos de especial relieve, como son el Treinta Aniversario de la Constitución; la lucha contra el terrorismo; y la crisis financiera y económica generalizada que atravesamos.',
        'es',
      ),
    ).toEqual([
      'El Treinta Aniversario de la Constitución',
      'La lucha contra el terrorismo',
      'La crisis financiera y económica generalizada que atravesamos',
    ]);
  });
});

// Gerald R. Ford, "Whip Inflation Now", 8 October 1974 (tests/fixtures/speeches/lists, public
// domain): "Today, I have identified 10 areas for our joint action…", then nine sections, each
// opened by its heading ("Number one: food."), with lists of proposals inside them (judge22 fault 20)
const FORD = readFileSync(
  new URL('../../../tests/fixtures/speeches/lists/en-ford-whip-inflation-now-1974.txt', import.meta.url),
  'utf8',
);

describe('an announced series of sections, each said as a heading (Ford 1974, judge22)', () => {
  const deck = buildDeck(FORD, { fileName: 'en-ford-whip-inflation-now-1974.txt' });
  const saying = (text: string) => deck.slides.find((s) => s.notes.includes(text));

  it('the slide that counts them shows the areas as its agenda, without the count the nine belie', () => {
    const slide = saying('I have identified 10 areas for our joint action');
    expect(slide?.title).toBe('Areas for our joint action');
    expect(blocksText(slide!.blocks).split('\n')).toEqual([
      '1. Food',
      '2. Energy',
      '3. Restrictive practices',
      '4. We need more capital',
      '5. Helping the casualties',
      '6. Stimulating housing',
      '7. Thrift institutions',
      '8. International interdependency',
      '9. Federal taxes and spending',
    ]);
  });

  it('each section’s slide is titled by its heading, never showing the heading alone as its line', () => {
    for (const [said, title] of [
      ['Number one: food.', 'Number one: Food'],
      ['Number four: We need more capital.', 'Number four: We need more capital'],
      ['Number seven: thrift institutions.', 'Number seven: Thrift institutions'],
      ['Number nine: Federal taxes and spending.', 'Number nine: Federal taxes and spending'],
    ]) {
      const slide = saying(said!);
      expect(slide?.title).toBe(title);
      expect(slide?.screenText).not.toContain(said!);
      expect(slide?.blocks.length).toBeGreaterThan(0);
    }
  });

  it('the inner list of the third area stays its own list, the fourth area is found after it', () => {
    const slide = saying('Number one, I have ordered the Council on Wage and Price Stability');
    expect(slide?.screenText).toContain(
      '1. I have ordered the Council on Wage and Price Stability to be the watchdog',
    );
    expect(saying('Number four: We need more capital.')?.title).toBe('Number four: We need more capital');
  });

  it('a heading is a marker, a colon and a few words; a sentence after a marker is none', () => {
    expect(sectionHeading('Number seven: thrift institutions.')).toBe('Number seven: Thrift institutions');
    expect(sectionHeading('Number one, I have ordered the Council on Wage and Price Stability.')).toBeNull();
    expect(
      sectionHeading('Three: Hereafter, I will require that all major legislative proposals…'),
    ).toBeNull();
    expect(sectionHeading('Second, we must act.')).toBeNull();
  });
});

// Olaf Scholz, Einbringung des Haushaltsgesetzes 2018, Deutscher Bundestag, 15 May 2018
// (Plenarprotokoll 19/31, amtliches Werk, § 5 UrhG): the paragraph that counts "vier grundlegende
// Entwicklungen", the four sections (each cut to its first paragraph here) and the "Schließlich"
// of a later point (judge22 fault 20)
const SCHOLZ = [
  'So wie Deutschland ein starkes Europa braucht, braucht Europa ein starkes, engagiertes und solidarisches Deutschland. Im Bundeshaushalt und in der Finanzplanung spiegeln sich unsere Schwerpunkte. Wir wollen mit dem Haushalt\xa02018, aber auch den künftigen Haushalten auf vier grundlegende Entwicklungen in unserer Gesellschaft reagieren und die Weichen für die Zukunft stellen.',
  'Erstens. Wir müssen dafür sorgen, dass der wachsende Wohlstand auch bei allen ankommt. Seit Jahren erleben wir kontinuierlich gute Wachstumszahlen. Wir haben eine Wirtschaft, um die wir von vielen beneidet werden. Die Arbeitslosigkeit nimmt stetig ab\xa0– wir haben die niedrigste Quote seit der Wiedervereinigung.',
  'Die Zahl der Erwerbstätigen, auch derjenigen, die einer sozialversicherungspflichtigen Beschäftigung nachgehen, nimmt kontinuierlich zu. Löhne und Gehälter steigen für viele, aber nicht für alle, auch real. Das spiegelt sich in der Konjunktur und in den öffentlichen Kassen wider. Unsere Staatsfinanzen befinden sich in einer gesunden Verfassung. Das sind alles gute Nachrichten und gute Gründe, mit Hoffnung und Zuversicht in die Zukunft zu blicken. Doch zugleich wissen wir, dass die Stimmung im Lande vielerorts eine andere ist und auch einige, die den ganzen Tag einer qualifizierten Arbeit nachgehen, nicht hinreichend teilhaben.',
  'Die zweite Entwicklung ist der demografische Wandel. Wir wissen, dass wir es in Deutschland mit einer immer älter werdenden Gesellschaft zu tun haben. Es ist sehr erfreulich, dass wir immer länger leben, doch bleibt das nicht ohne Herausforderungen. In diesem Zusammenhang wird die Dynamik bei den Sozialausgaben noch steigen, und vor allem kommende Bundeshaushalte werden das schultern müssen.',
  'Der demografische Wandel zeigt sich aber auch im Wohnungsmangel in den Metropolen und der Schwierigkeit, gleichwertige Lebensverhältnisse in manchen ländlichen Regionen zu gewährleisten.',
  'Drittens befinden wir uns in der Frühphase einer technologischen Revolution ins digitale Zeitalter. Es geht hier um den Anschluss an den internationalen Wettbewerb, aber auch um die menschlichen Fähigkeiten, mit neuen Technologien emanzipiert umzugehen und einem Beruf nachzugehen.',
  'Und viertens sind wir Teil einer Welt, die leider unsicherer ist, als wir uns das wünschen.',
  'Schließlich wollen wir die Perspektive für Langzeitarbeitslose in Deutschland verbessern. Dazu schaffen wir einen sozialen Arbeitsmarkt für diejenigen, die schon länger ohne Erfolg einen Arbeitsplatz suchen.',
].join('\n\n');

describe('an announced German count of sections is its agenda (Scholz 2018, judge22)', () => {
  it('reads the count and the items said after an ordinal adverb with their subject first', () => {
    expect(announcedCount([SCHOLZ.split('\n\n')[0]!], 4, 'de')).toBe('Vier grundlegende Entwicklungen');
    expect(
      itemText(
        'Drittens befinden wir uns in der Frühphase einer technologischen Revolution ins digitale Zeitalter.',
        'de',
      ),
    ).toBe('Wir befinden uns in der Frühphase einer technologischen Revolution ins digitale Zeitalter');
    expect(
      itemText(
        'Und viertens sind wir Teil einer Welt, die leider unsicherer ist, als wir uns das wünschen.',
        'de',
      ),
    ).toBe('Wir sind Teil einer Welt, die leider unsicherer ist');
    // (no verb to move: "dass" is no verb)
    expect(itemText('Drittens, dass wir sparen.', 'de')).toBe('Dass wir sparen');
  });

  it('shows the four developments on one slide, the later "Schließlich" no fifth', () => {
    const deck = buildDeck(SCHOLZ, { fileName: 'de-scholz-haushaltsrede-2018.txt' });
    const slide = deck.slides.find((s) => s.title === 'Vier grundlegende Entwicklungen');
    expect(slide, deck.slides.map((s) => s.screenText).join('\n---\n')).toBeDefined();
    expect(blocksText(slide!.blocks).split('\n')).toEqual([
      '1. Wir müssen dafür sorgen, dass der wachsende Wohlstand auch bei allen ankommt',
      '2. Der demografische Wandel',
      '3. Wir befinden uns in der Frühphase einer technologischen Revolution ins digitale Zeitalter',
      '4. Wir sind Teil einer Welt, die leider unsicherer ist',
    ]);
  });
});
