/**
 * Cards whose label turned or lost the fact, a value that was a whole phrase, and what is no
 * figure (judge24 A3, A5, A6; fig25b). Each sentence is from a real speech, named above it.
 */
import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';

// Barack Obama, Address before a Joint Session of the Congress, 24 February 2009 (public domain)
describe('a share that is what something is for is labelled by that thing (for-share.ts)', () => {
  it.each([
    // judge24: "2 percent — of Americans" under "Massive tax increase", the claim he answers
    [
      'In order to save our children from a future of debt, we will also end the tax breaks for the wealthiest 2 percent of Americans.',
      ['2 percent — end the tax breaks for the wealthiest Americans'],
    ],
    // judge24: "95 percent — of working families" beside it
    [
      "In fact—not a dime—in fact, the recovery plan provides a tax cut—that's right, a tax cut—for 95 percent of working families.",
      ['95 percent — a tax cut for working families'],
    ],
    // a share said with "for" and no thing before it keeps its "of" label
    [
      'Because of this plan, 95 percent of working households in America will receive a tax cut; a tax cut that you will see in your paychecks beginning on April 1st.',
      ['95 percent — of working households'],
    ],
  ])('%s', (text, expected) => {
    expect(cards(text, 'en')).toEqual(expected);
  });
});

// Barack Obama, 24 February 2009 (as above); John Podesta, IRA anniversary, 2024 (whitehouse.gov)
describe('a count that names its noun and is its clause object is labelled by the clause (subject-predicate.ts)', () => {
  it.each([
    // judge23/24 A5: the recovery plan's headline number was never on screen
    [
      'Over the next 2 years, this plan will save or create 3.5 million jobs.',
      ['3.5 million jobs — this plan will save or create'],
    ],
    // what the cost of health care could make them do, with its modal
    [
      'By the end of the year, it could cause 1.5 million Americans to lose their homes.',
      ['1.5 million Americans — could lose their homes'],
    ],
    // a relative's verb ("which would prevent") labels nothing
    [
      'And trying to divert money away from weatherization, which would prevent more than 55,000 low-income households from receiving assistance to reduce their energy costs.',
      [],
    ],
    // a pronoun subject says nothing of what is counted
    ['This will create 5 million jobs.', []],
  ])('%s', (text, expected) => {
    expect(cards(text, 'en')).toEqual(expected);
  });
});

// Olaf Scholz, Haushaltsrede im Deutschen Bundestag, 2018 (bundesfinanzministerium.de)
describe('a card value is the number with its unit, a bound said apart from it is in the label (label-de.ts)', () => {
  it('"unter einen Anteil von 60 Prozent des Bruttoinlandsprodukts" is no value', () => {
    const text =
      'Ein Resultat dieser Vorgehensweise: Erstmals seit 17 Jahren wird nächstes Jahr die gesamtstaatliche Schuldenquote wieder unter einen Anteil von 60 Prozent des Bruttoinlandsprodukts fallen.';
    expect(cards(text, 'de')).toEqual([
      '60 Prozent — gesamtstaatliche Schuldenquote wieder darunter, nächstes Jahr',
    ]);
  });
});

// Narendra Modi, Mann Ki Baat, 30 September 2018 (pmindia.gov.in)
describe('a Hindi label ends at a particle after its noun (label-hi.ts)', () => {
  it.each([
    // judge24 A6: "26 — राज्य मानव अधिकार आयोग भी गठन" ("… also formed")
    [
      'आज राष्ट्रीय स्तर पर मानव अधिकार के काम के साथ-साथ 26 राज्य मानव अधिकार आयोग भी गठन किया है |',
      ['26 — राज्य मानव अधिकार आयोग'],
    ],
    // judge24 A6: "25 — वर्ष पूरे", whose 25 years lost; the owner said with "के" keeps them
    [
      'कुछ ही दिनों बाद NHRC के 25 वर्ष पूरे होने वाले हैं, NHRC ने न सिर्फ़ मानव अधिकारों की रक्षा की बल्कि मानवीय गरिमा को भी बढ़ाने का काम किया है |',
      ['25 — NHRC के वर्ष पूरे'],
    ],
    // Mann Ki Baat, 27 January 2019 (corpus): an owner counted itself is another figure's noun
    [
      '“Housing for all” यानि “सबके लिए घर” – इस योजना में 23 राज्यों के करीब 40 लाख घरों को जिओ-टैग किया गया है |',
      ['करीब 40 लाख — घरों को जिओ-टैग'],
    ],
    // a particle inside what the postposition governs stays ("सैनिकों ने … बलिदान दिया", judge23)
    [
      '20वीं सदी में दो विश्वयुद्धों में हमारे एक लाख से अधिक सैनिकों ने शांति के प्रति अपना सर्वोच्च बलिदान दिया |',
      ['एक लाख से अधिक — सैनिकों ने शांति के प्रति अपना सर्वोच्च बलिदान दिया'],
    ],
  ])('%s', (text, expected) => {
    expect(cards(text, 'hi')).toEqual(expected);
  });
});

/*
 * An anniversary is a date, not a count: "纪念中国加入《东南亚友好合作条约》20周年联合声明" (the 20th
 * anniversary of the accession) names the occasion, as "75周年" and "発効５０周年" do. "20年来" opens
 * a paragraph of what China and ASEAN did in those years — the same 20 years, said of qualitative
 * deeds ("秉持《条约》精神，全方位拓展互利合作，走出了一条…正确道路"): a card "20年" beside one
 * of them would restate the anniversary and measure nothing. Neither is carded (as "Over the past 20
 * years, …" in English is not): the anniversary belongs in a title, the deeds in the sentence.
 */
describe('an anniversary and the span of years it closes are no card (zh, ja)', () => {
  it.each([
    // 毛宁, 外交部例行记者会, 2023年7月17日 (fmprc.gov.cn)
    [
      '7月13日举行的中国东盟外长会发表了纪念中国加入《东南亚友好合作条约》20周年联合声明,请问中方如何评价?',
      'zh',
    ],
    [
      '20年来,中国东盟秉持《条约》精神,全方位拓展互利合作,走出了一条长期睦邻友好、共同发展繁荣的正确道路,也带动了其他国家相继加入。',
      'zh',
    ],
    // 习近平, 2024年新年贺词 (xinhuanet.com)
    ['明年是新中国成立75周年。', 'zh'],
    // 安倍晋三, 広島平和記念式典 挨拶, 2019 (kantei.go.jp)
    [
      '明年は、核兵器不拡散条約（ＮＰＴ）発効５０周年という節目の年を迎え、５年に１度のＮＰＴ運用検討会議が開催されます。',
      'ja',
    ],
  ])('%s', (text, lang) => {
    expect(cards(text, lang)).toEqual([]);
  });
});
