import { describe, expect, it } from 'vitest';
import { semicolonSeries } from './clause-list';
import { keyPhrases } from './keyphrases';
import { listRuns, type ListUnit } from './lists';
import { linePhrases } from './phrase-list';

// judge23 section D: list slides whose items do not stand alone. Sources (judge23/SOURCES.md):
// John F. Kennedy, commencement address at American University, 10 June 1963 (JFK Library);
// Moon Jae-in, 출마 선언문, 17 June 2012; Felipe VI, Mensaje de Navidad, 24 December 2020
// (casareal.es); Barack Obama, memorial service in Tucson, 12 January 2011 (The White House);
// Dmytro Razumkov, Verkhovna Rada, 2023 (corpus).

/** Sentences of paragraphs, as the planner hands them to the list finder. */
const units = (...paras: string[][]): ListUnit[] =>
  paras.flatMap((ss, para) => ss.map((text) => ({ text, para })));

/** Kennedy 1963: the slide's two paragraphs, as the deck cut them ("Treaty obligations"). */
const KENNEDY = [
  'In short, both the United States and its allies, and the Soviet Union and its allies, have a mutually deep interest in a just and genuine peace and in halting the arms race.',
  'Agreements to this end are in the interests of the Soviet Union as well as ours—and even the most hostile nations can be relied upon to accept and keep those treaty obligations, and only those treaty obligations, which are in their own interest.',
  'So, let us not be blind to our differences—but let us also direct attention to our common interests and to the means by which those differences can be resolved.',
  'And if we cannot end now our differences, at least we can help make the world safe for diversity.',
  'For, in the final analysis, our most basic common link is that we all inhabit this small planet.',
  'We all breathe the same air.',
  "We all cherish our children's future.",
  'And we are all mortal.',
];

describe('a line that is one claim is no list of its nouns (judge23 D1)', () => {
  it('Kennedy: "…our most basic common link is that we all inhabit this small planet" gives no phrases', () => {
    // (before: "Final analysis · Basic common link · Small planet")
    expect(linePhrases(KENNEDY[4]!, KENNEDY, 'Treaty obligations', [], 'en')).toBeNull();
  });
});

describe('pieces of one noun phrase are no list (judge24 D2)', () => {
  it('Monti 2011: "…gli interventi effettuati con le ultime manovre di finanza pubblica…" gives no phrases', () => {
    // (before: "Interventi effettuati · Ultime manovre · Finanza pubblica"; source: Mario Monti,
    // Senato della Repubblica, 17 November 2011, judge24/SOURCES.md)
    const line =
      "Si dovranno rafforzare gli interventi effettuati con le ultime manovre di finanza pubblica, con l'obiettivo di allinearci rapidamente alle best practices europee.";
    expect(linePhrases(line, [line], 'Organi elettivi', [], 'it')).toBeNull();
  });
});

describe('a Korean key phrase never keeps half its quotation marks (judge23 D2)', () => {
  const moon =
    '4. ‘일자리 정부’로 ‘일자리 혁명’을 이루겠습니다. 복지의 확대와 함께 저는 강력한 ‘일자리 혁명’을 이루고자 합니다.';

  it('Moon 2012: "‘일자리 정부’로" gives "일자리 정부", said once as "일자리 혁명"', () => {
    const found = keyPhrases(moon, 'ko').map((k) => k.text);
    // (before: "일자리 정부’로", "일자리 혁명’을 이루겠습니다", "일자리 혁명’을 이루고자 합니다")
    expect(found).toContain('일자리 정부');
    expect(found).toContain('일자리 혁명');
    expect(found.filter((t) => t.startsWith('일자리 혁명'))).toHaveLength(1);
    for (const t of found) expect(t).not.toMatch(/[‘’']/u);
  });

  it('an English apostrophe stays inside its word ("children\'s future")', () => {
    const found = keyPhrases("We all cherish our children's future. Our children's future is here.", 'en');
    expect(found.map((k) => k.text)).toContain("children's future");
  });
});

describe('a semicolon series keeps the head its clauses depend on (judge23 D3, D4)', () => {
  it('Felipe VI: the relative clauses of "Una Constitución" keep it in their first item', () => {
    // (before: "Que todos tenemos el deber de respetar", the Constitution gone)
    expect(
      semicolonSeries(
        'Una Constitución que todos tenemos el deber de respetar; y que en nuestros días, es el fundamento de nuestra convivencia social y política; y que representa, en nuestra historia, un éxito de y para la democracia y la libertad.',
        'es',
      ),
    ).toEqual([
      'Una Constitución que todos tenemos el deber de respetar',
      'Que en nuestros días, es el fundamento de nuestra convivencia social y política',
      'Que representa, en nuestra historia, un éxito de y para la democracia y la libertad',
    ]);
  });

  it('Eisenhower: a subject and its verb before "that" stay the lead ("We pray" is no item)', () => {
    const items = semicolonSeries(
      'We pray that peoples of all faiths, all races, all nations, may have their great human needs satisfied; that those now denied opportunity shall come to enjoy it to the full; that all who yearn for freedom may experience its spiritual blessings; that those who have freedom will understand, also, its heavy responsibilities.',
      'en',
    );
    expect(items?.[0]).toMatch(/^That peoples of all faiths/u);
  });

  it('Felipe VI: groups of one list of places are no items without the verb they depend on', () => {
    // (before: "En los barrios / En los comercios, en los mercados, en los bares / En los cines, en
    // los teatros… / En la vida cotidiana que da forma al carácter", "Vamos a recuperar… la
    // normalidad" and three of the first four places gone)
    expect(
      semicolonSeries(
        'Vamos a recuperar en lo posible la normalidad en los lugares de trabajo, en las aulas, en las plazas y en los barrios; en los comercios, en los mercados, en los bares; en los cines, en los teatros…; en la vida cotidiana que da forma al carácter de una sociedad como la nuestra.',
        'es',
      ),
    ).toBeNull();
  });
});

describe('an anaphora keeps its items, not its asides or its closing pronoun (judge23 D6)', () => {
  const obama = [
    'We are grateful to the men who tackled the gunman as he stopped to reload.',
    'Right over there.',
    'We are grateful for petite Patricia Maisch, who wrestled away the killer’s ammunition, and undoubtedly saved some lives.',
    'And we are grateful for the doctors and nurses and first responders who worked wonders to heal those who’d been hurt.',
    'We are grateful to them.',
  ];

  it('Obama 2011: "Right over there." is passed over, "We are grateful to them." is no item', () => {
    const [run] = listRuns(units(['Our hearts are full of thanks for that good news.'], obama));
    expect(run).toMatchObject({ kind: 'anaphora', start: 1, end: 6, items: [1, 3, 4] });
  });

  it('a closing pronoun that leaves two items leaves no list', () => {
    const runs = listRuns(units(obama.slice(2)));
    expect(runs.filter((r) => r.kind === 'anaphora')).toHaveLength(0);
  });

  it('Razumkov 2023: a sentence said again after "Вибачте." is a correction, not the run going on', () => {
    const [run] = listRuns(
      units([
        'Це не про дороги і кар’єри, це не про 200 тисяч, це не про багато інших речей, які турбують владу.',
        'Це не про ті 42 мільйони, які розікрали на Міністерстві оборони, і всі в залі мовчать.',
        'Це не про ті мільярди.',
        'Вибачте.',
        'Це не про ті мільярди, які вчора винесли на загал наші з вами журналісти.',
      ]),
    );
    expect(run).toMatchObject({ kind: 'anaphora', start: 0, end: 3 });
  });
});
