import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { blocksText } from '../deck';
import { asQuote } from './body';
import { bareMarker, enumerationMarker, markerNamed, withoutDetachedMarker } from './enumeration';
import { itemText } from './items';
import { withoutMarker } from './titles';
import { buildDeck } from './index';
import { listRuns, type ListUnit } from './lists';

/** Sentences of paragraphs, as the planner hands them to the list finder. */
const units = (...paras: string[][]): ListUnit[] =>
  paras.flatMap((ss, para) => ss.map((text) => ({ text, para })));

describe('ordinal markers', () => {
  it('say their place, in every language the markers know', () => {
    const place = (t: string) => enumerationMarker(t)?.ordinal;
    expect(place('Первое. x')).toBe(1);
    expect(place('Второе. x')).toBe(2);
    expect(place('Третье: x')).toBe(3);
    expect(place('Troisièmement, x')).toBe(3);
    expect(place('Zweitens, x')).toBe(2);
    expect(place('En cuarto lugar, x')).toBe(4);
    expect(place('The second major source of tension that we need to discuss is x.')).toBe(2);
    expect(place('三曰敬愛師友。')).toBe(3);
    expect(place('其次，x')).toBeUndefined();
    expect(place('Finally, x')).toBeUndefined();
  });
  it('takes a marker that is a noun phrase to be what the sentence says it is', () => {
    expect(markerNamed('The fourth issue that I will address is democracy.')).toBe('democracy.');
    // a marker heading its own phrase, or a marker word, names nothing
    expect(markerNamed('The third source of tension is our interest.')).toBe('our interest.');
    expect(markerNamed('Second, we build.')).toBeNull();
    expect(withoutMarker('The third source of tension')).toBe('The third source of tension');
  });
  it('lists a marked item by what it is said to be', () => {
    expect(itemText('The second step that we will take is a freeze of pending rules.')).toBe(
      'A freeze of pending rules',
    );
  });
  it('knows a sentence that is only a marker', () => {
    expect(bareMarker('Второе.')).toBe('Второе');
    expect(bareMarker('Второе. В прошлом году')).toBe('');
  });
});

describe('a speech in sections, each opened by its ordinal', () => {
  const section = (marker: string, n: number, closing = 'И наконец, последний абзац о частностях.') => [
    [`${marker}.`, `Тема ${n}.`],
    ['Ещё один абзац.'],
    ['Ещё абзац.'],
    [closing],
    ['Последний абзац.'],
  ];
  it('is one enumeration over its sections, with the lists inside them passed over', () => {
    const u = units(...section('Первое', 1), ...section('Второе', 2), ...section('Третье', 3, 'Абзац.'), [
      'Конец.',
    ]);
    const runs = listRuns(u);
    const sections = runs.find((r) => r.sections)!;
    expect(sections.items.map((i) => u[i]!.text)).toEqual(['Первое.', 'Второе.', 'Третье.']);
  });
  it('only when the places follow one another from the first', () => {
    const u = units(...section('Первое', 1), ...section('Третье', 3), ['Конец.']);
    expect(listRuns(u).some((r) => r.sections)).toBe(false);
  });
  it('opens a slide at each section, titled by its place and its topic', () => {
    const FILLER = [
      'Мы обсуждали это с коллегами из правительства и парламента не один раз за последние годы.',
      'Многие регионы уже добились заметных результатов, и их опыт нужно распространить по всей стране.',
      'Люди ждут от нас не обещаний, а конкретных решений, которые изменят их жизнь к лучшему.',
      'Поэтому прошу правительство подготовить все необходимые документы до конца текущего года.',
    ];
    const long = (topic: string) => `${topic} остаётся в центре нашего внимания. ${FILLER.join(' ')}`;
    const speech = [
      `${long('Семья')} О ряде конкретных инициатив прямо сейчас и скажу.`,
      `Первое. ${long('Поддержка семей')}`,
      long('Поддержка семей в регионах'),
      `Второе. ${long('Строительство жилья')}`,
      long('Семейная ипотека'),
      long('Обновление жилищного фонда'),
      `Третье. ${long('Многодетные семьи')}`,
      long('Единый статус многодетной семьи'),
    ].join('\n\n');
    const deck = buildDeck(speech, { fileName: 'razdely.txt' });
    for (const marker of ['Первое.', 'Второе.', 'Третье.']) {
      const slide = deck.slides.find((s) => s.notes.startsWith(marker));
      expect(slide, marker).toBeDefined();
      expect(slide!.title.startsWith(`${marker.slice(0, -1)}: `), slide!.title).toBe(true);
    }
    expect(deck.slides.map((s) => s.notes).join('\n\n')).toContain(
      speech.split('\n\n').slice(1).join('\n\n'),
    );
  });
});

describe('an enumeration marker set off by a comma never opens a line on screen', () => {
  it.each([
    [
      '둘째, 기술과 시장이 기후변화 대응의 중심이 되어야 합니다.',
      '기술과 시장이 기후변화 대응의 중심이 되어야 합니다.',
    ],
    ['Secondly, we must act.', 'We must act.'],
    // a marker that is part of the sentence stays
    ['The second step is a freeze.', 'The second step is a freeze.'],
    ['둘째 아들이 왔습니다.', '둘째 아들이 왔습니다.'],
  ])('%s → %s', (line, shown) => {
    expect(withoutDetachedMarker(line)).toBe(shown);
    expect(blocksText([asQuote(line)])).toBe(shown);
  });
});

describe('an enumeration in sections never opens a line on its marker', () => {
  it('Park’s three keys (첫째/둘째/셋째, each with paragraphs of its own): "둘째," is off screen', () => {
    const name = 'ko-park-un-climate-summit-2014.txt';
    const text = readFileSync(
      new URL(`../../../tests/fixtures/speeches/corpus/${name}`, import.meta.url),
      'utf8',
    );
    const screens = buildDeck(text, { fileName: name }).slides.map((s) => s.screenText);
    expect(screens.some((s) => s.includes('기술과 시장이 기후변화 대응의 중심이 되어야 합니다'))).toBe(true);
    expect(screens.some((s) => /(?:첫째|둘째|셋째),/u.test(s))).toBe(false);
  });
});

describe('structure said in judge18 speeches', () => {
  it('knows ordinal nouns with a relative clause, "de las", and a phrase of time', () => {
    expect(enumerationMarker('La segunda razón por la que es distinta es la urgencia.')).toMatchObject({
      kind: 'middle',
      ordinal: 2,
    });
    expect(enumerationMarker('La tercera de las razones es la capacidad de negociar.')?.ordinal).toBe(3);
    expect(enumerationMarker('Our second principle for 2025 is that we should raise revenue.')?.ordinal).toBe(
      2,
    );
    // a noun that names no list item needs its verb
    expect(enumerationMarker('La segunda guerra que vivimos fue larga.')).toBeNull();
    expect(markerNamed('La segunda razón por la que es distinta a otras es la urgencia.')).toBe(
      'la urgencia.',
    );
    expect(itemText('Our second principle for 2025 is that we should raise revenue.')).toBe(
      'We should raise revenue',
    );
  });
  it('takes "N — " as a numbered point, its number whole and never on screen', () => {
    expect(enumerationMarker('1 — O Regime Jurídico encontra consagração.')?.kind).toBe('opener');
    expect(enumerationMarker('12 — Finalmente, sugere-se que a redação mude.')?.ordinal).toBe(12);
    // (nor its connective: "Todavia," joins the point to the one before, lists19)
    expect(itemText('4 — Todavia, no artigo 22.º do referido Regime, estabelece-se um prazo.', 'pt')).toMatch(
      /^No artigo 22\.º/u,
    );
    expect(enumerationMarker('1914 — the war began.')).toBeNull();
  });
  it('finds sections counted by a lead-in whose second marker is a noun', () => {
    const runs = listRuns(
      units(
        ['Our approach will be guided by five key principles.'],
        ['First, our tax system should be more fair.'],
        ['a'],
        ['b'],
        ['Our second principle for 2025 is that we should raise revenue.'],
        ['c'],
        ['d'],
        ['Third, we should ask more from corporations.'],
        ['e'],
        ['f'],
        ['Fourth, taxpayers should pay what they owe.'],
        ['g'],
        ['h'],
        ['Finally, our tax system should avoid a race to the bottom.'],
      ),
    );
    expect(runs[0]).toMatchObject({ kind: 'enumeration', sections: true, lead: 0 });
    expect(runs[0]!.items).toHaveLength(5);
  });
});
