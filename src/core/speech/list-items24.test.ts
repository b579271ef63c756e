import { describe, expect, it } from 'vitest';
import { shownItem, wholeItemText } from './items';

// judge23 B2–B5: numbered and anaphora list items cut inside their clause (a subject without its
// verb, an act without what it is for, "as regards" without its object, a Korean clause before its
// verb). Sources: John F. Kennedy, commencement address at American University, 10 June 1963
// (JFK Library); Lael Brainard, "Assessing the Progress of the US Economy", 2024 (whitehouse.gov);
// oświadczenie poselskie, Sejm RP, 2017 (sejm.gov.pl stenogram); Moon Jae-in, 출마 선언문, 17 June
// 2012; Gerald R. Ford, "Whip Inflation Now", 8 October 1974 (The American Presidency Project).
describe('a list item is never cut inside its clause (judge23 B2–B5)', () => {
  it.each([
    [
      'en: the subject "Chairman Khrushchev, Prime Minister Macmillan, and I" keeps its verb and what was agreed',
      'en',
      'First: Chairman Khrushchev, Prime Minister Macmillan, and I have agreed that highlevel discussions will shortly begin in Moscow looking toward early agreement on a comprehensive test ban treaty.',
      'Chairman Khrushchev, Prime Minister Macmillan, and I have agreed that highlevel discussions will shortly begin in Moscow',
    ],
    [
      'en: an opening purpose ("To make clear our good faith…,") gives way to the main clause it is for',
      'en',
      'Second: To make clear our good faith and solemn convictions on the matter, I now declare that the United States does not propose to conduct nuclear tests in the atmosphere so long as other states do not do so.',
      // (with its condition: never a pledge cut before "so long as other states do not do so", judge34)
      'The United States does not propose to conduct nuclear tests in the atmosphere so long as other states do not do so',
    ],
    [
      'en: "took decisive action" keeps what the action was for',
      'en',
      'First, the Administration took decisive action to support families, workers, businesses, and communities through the severe pandemic-related and geopolitical shocks.',
      'The Administration took decisive action to support families, workers, businesses, and communities',
    ],
    [
      'en: "mounted a comprehensive effort" keeps what the effort addressed',
      'en',
      'Third, the Administration mounted a comprehensive effort to address price pressures by fixing supply chains, addressing commodities price spikes, and taking on affordability challenges for working families.',
      'The Administration mounted a comprehensive effort to address price pressures',
    ],
    [
      'pl: "jeżeli chodzi" (as regards) keeps its object',
      'pl',
      'Dzisiaj praktycznie zniszczyliście ćwierć miliona podpisów obywatelskich, jeżeli chodzi o wynagrodzenia w ochronie zdrowia.',
      'Dzisiaj praktycznie zniszczyliście ćwierć miliona podpisów obywatelskich, jeżeli chodzi o wynagrodzenia w ochronie zdrowia',
    ],
    [
      'ko: not "…확대함으로써" (by expanding…) but the clause with the verb, naming the strategy',
      'ko',
      '첫째, 분배와 재분배를 강화하여 중산층과 서민들의 유효수요와 구매력을 확대함으로써, 소비와 투자를 촉진하는 ‘포용적 성장’을 추진하겠습니다.',
      '소비와 투자를 촉진하는 ‘포용적 성장’을 추진하겠습니다',
    ],
    [
      'ko: not cut inside the nouns before the verb ("…녹색 에너지기술, 건축")',
      'ko',
      '셋째, 석유시대의 종말에 대비하여 신재생 에너지의 비중을 대폭 확대하고, 녹색 에너지기술, 건축, 전기자동차 제조 등 여러 영역에서 신산업을 육성하는 ‘생태적 성장’을 추진하겠습니다.',
      '전기자동차 제조 등 여러 영역에서 신산업을 육성하는 ‘생태적 성장’을 추진하겠습니다',
    ],
    [
      'en: never "…proposals, regulations, and rules", the required clause\'s subject without its verb (lists26): what is required, up to its relative',
      'en',
      'Three: Hereafter, I will require that all major legislative proposals, regulations, and rules emanating from the executive branch of the Government will include an inflation impact statement that certifies we have carefully weighed the effect on the Nation.',
      'All major legislative proposals, regulations, and rules emanating from the executive branch of the Government will include an inflation impact statement',
    ],
  ])('%s', (_what, lang, sentence, item) => {
    expect(shownItem(sentence, lang, true)).toBe(item);
  });
});

// judge24 B2: an anaphora item cut inside its series of "של …" (of …) before what the series is said
// of. Source: address for Yom HaZikaron, Misgav regional council (judge24 speeches, SOURCES.md there).
describe('an item is never cut inside phrases said in step (judge24 B2)', () => {
  it('he: "…של הוריי, של ילדיי" goes on to "…שנפלו במערכות ישראל" (who fell)', () => {
    const s =
      'אני מבקש לזכור את אחיי ואחיותיי שלי,  של הוריי, של ילדיי, של קהילתי, של עמי ושל מדינתי שנפלו במערכות ישראל בשירותם ובפעולות האיבה.';
    expect(wholeItemText(s, 'he')).toBe(
      'אני מבקש לזכור את אחיי ואחיותיי שלי, של הוריי, של ילדיי, של קהילתי, של עמי ושל מדינתי שנפלו במערכות ישראל בשירותם ובפעולות האיבה',
    );
  });
});
