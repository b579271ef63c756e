import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { namedNounsHead } from './body';
import { colonNouns } from './clause-list';
import { itemText, keyClause } from './items';
import { listRuns, type ListUnit } from './lists';

// judge24 section D (and B4 of judge23): lists the speech makes that were no list, lists that
// merged two levels or cut an item inside its quotation or before its relative clause, items said
// again, and key-phrase lists where a sentence says the slide. Sources: Volodymyr Zelensky, evening
// address of 17 April 2022 (president.gov.ua, CC BY 4.0); Mario Monti, Senato della Repubblica,
// 17 November 2011 (senato.it stenografico); Barack Obama, memorial service in Tucson, 12 January
// 2011, and address to a joint session of Congress, 24 February 2009 (The White House / The
// American Presidency Project); Moon Jae-in, 출마 선언문, 17 June 2012; Lael Brainard, "Assessing
// Progress on the US Economy", 2024 (whitehouse.gov); Frederick Douglass, 5 July 1852; Léon Blum,
// déclaration ministérielle, 6 June 1936; Patxi López, Congreso de los Diputados, 2016 (corpus).

const units = (...paras: string[][]): ListUnit[] =>
  paras.flatMap((ss, para) => ss.map((text) => ({ text, para })));

/** The screens of a deck: each slide's title and its screen text. */
const screens = (text: string, fileName: string) =>
  buildDeck(text, { fileName }).slides.map((s) => s.screenText ?? '');

const ZELENSKY = `Прем'єр-міністр України Денис Шмигаль відзвітував сьогодні про виконання доручення щодо додаткової соціальної допомоги у зв'язку з війною.

Перше. Кожен переселенець може отримати грошову допомогу на проживання. Щомісячно це 2 тисячі гривень на дорослого та 3 тисячі гривень на дитину. Оформити можна в найближчому ЦНАПі, органах соцзахисту, а вже від середи – в «Дії».

Друге. Триває евакуація людей із районів, охоплених бойовими діями. Уряд розгортає спеціальні пункти для забезпечення тимчасового проживання людей і надання грошової допомоги одразу на залізничних станціях та вокзалах.

Третє. Триває збір заяв через «Дію» щодо зруйнованого чи пошкодженого житла. Обов'язково подавайте заяви, якщо втратили квартиру, будинок або якщо вони пошкоджені обстрілами.

Четверте. Закликаю роботодавців, хоч як це важко, намагатися залучати переселенців до роботи. Зараз кожне збережене й кожне додаткове робоче місце – це допомога захисту держави у війні.

За кожного переселенця, якого бізнес бере на роботу, підприємство отримає від держави співфінансування витрат на оплату його праці. Це 6 тисяч 500 гривень. Заяву також можна буде подати на порталі «Дія».
`;

describe('points each headed by its ordinal alone are one list of the points (judge24 D1)', () => {
  it('Zelensky: "Перше. … Четверте." is a numbered list of the four sentences after the ordinals', () => {
    const list = screens(ZELENSKY, 'uk-zelensky-excerpt.md').find((s) => s.includes('1. '));
    expect(list).toContain('1. Кожен переселенець може отримати грошову допомогу на проживання');
    expect(list).toContain('2. Триває евакуація людей із районів, охоплених бойовими діями');
    expect(list).toContain('3. Триває збір заяв через «Дію» щодо зруйнованого чи пошкодженого житла');
    expect(list).toContain(
      '4. Закликаю роботодавців, хоч як це важко, намагатися залучати переселенців до роботи',
    );
    // the ordinals are never items, nor the list slide's title one of its items
    expect(list).not.toMatch(/^\d\. (?:Перше|Друге|Третє|Четверте)/mu);
    expect(list!.split('\n')[0]).not.toBe('Кожен переселенець може отримати грошову допомогу на проживання');
  });
});

describe('a count before a colon and its series are a list (judge24 D1)', () => {
  it.each([
    [
      'it: "tre pilastri: rigore di bilancio, crescita ed equità" (Monti 2011)',
      'it',
      'Per raggiungere questo obiettivo intendiamo far leva su tre pilastri: rigore di bilancio, crescita ed equità.',
      ['Rigore di bilancio', 'Crescita', 'Equità'],
    ],
    [
      'it: a series the verb follows ends before the verb, "nazionale ed internazionale" one item (Monti 2011)',
      'it',
      "Il risanamento della finanza pubblica ed il rilancio della crescita contribuiranno a rafforzare la posizione dell'Italia in Europa e, più in generale, la nostra politica estera: vocazione europeistica, solidarietà atlantica, rapporti con i nostri partners strategici, apertura dei mercati, sicurezza nazionale ed internazionale rimarranno i cardini di tale politica.",
      [
        'Vocazione europeistica',
        'Solidarietà atlantica',
        'Rapporti con i nostri partners strategici',
        'Apertura dei mercati',
        'Sicurezza nazionale ed internazionale',
      ],
    ],
    [
      'it: two things after a count of three are no list',
      'it',
      'Intendiamo far leva su tre pilastri: rigore di bilancio e crescita.',
      null,
    ],
  ])('%s', (_, lang, sentence, items) => {
    expect(colonNouns(sentence, lang)).toEqual(items);
  });
});

describe('named nouns are titled by what the sentence calls them (judge24 D1, D2)', () => {
  it.each([
    [
      'it',
      'Per raggiungere questo obiettivo intendiamo far leva su tre pilastri: rigore di bilancio, crescita ed equità.',
      'Tre pilastri',
    ],
    [
      'it',
      "Il risanamento della finanza pubblica ed il rilancio della crescita contribuiranno a rafforzare la posizione dell'Italia in Europa e, più in generale, la nostra politica estera: vocazione europeistica, solidarietà atlantica, rapporti con i nostri partners strategici, apertura dei mercati, sicurezza nazionale ed internazionale rimarranno i cardini di tale politica.",
      'Politica estera',
    ],
    // (Felipe VI, Navidad 2021, judge21)
    [
      'es',
      'Y se ha debido a muchas razones: sentido de la historia, grandes acuerdos, generosidad, responsabilidad y visión de futuro.',
      'Muchas razones',
    ],
    // (Édouard Philippe, 4 July 2017, corpus: a verb before the colon names nothing)
    [
      'fr',
      'En 2017, les Français nous ont dit qu’ils voulaient que la France redevienne enfin elle-même : confiante, courageuse et conquérante.',
      '',
    ],
  ])('%s: %s', (lang, sentence, head) => {
    expect(namedNounsHead([sentence], lang)).toBe(head);
  });
});

describe('two numbering levels are two lists (judge23 D5)', () => {
  // Moon 2012: pledges "1." … "6.", and inside pledge 2 the four strategies "첫째," … "넷째,"
  const MOON = units(
    ['1. 공평과 정의를 나라의 근간으로 삼겠습니다.'],
    ['노사는 한 배를 탄 공동운명체입니다.'],
    ['2. 4대 성장전략으로 획기적 국가발전을 이루겠습니다.'],
    ['선성장-후분배, 낙수효과 같은 낡은 생각이 사회적 양극화와 성장잠재력 저하라는 아픈 결과를 낳았습니다.'],
    [
      '첫째, 분배와 재분배를 강화하여 중산층과 서민들의 유효수요와 구매력을 확대함으로써, 소비와 투자를 촉진하는 ‘포용적 성장’을 추진하겠습니다.',
    ],
    ['둘째, 인적 자본에 대한 투자를 강화하여 사람 중심의 경제성장을 실현하겠습니다.'],
    [
      '셋째, 석유시대의 종말에 대비하여 신재생 에너지의 비중을 대폭 확대하고, 녹색 에너지기술, 건축, 전기자동차 제조 등 여러 영역에서 신산업을 육성하는 ‘생태적 성장’을 추진하겠습니다.',
    ],
    [
      '넷째, 인터넷과 SNS를 통해 전세계로 확산되고 있는 소통 네트워크를 기반으로 국경과 경쟁을 넘어 집단협업, 협동생태계를 활용하는 ‘협력적 성장’을 추진하겠습니다.',
    ],
    ['3. ‘강한 복지국가’를 향해 담대하게 나아가겠습니다.'],
    ['복지는 낭비가 아니라 투자입니다.'],
    ['4. ‘일자리 정부’로 ‘일자리 혁명’을 이루겠습니다.'],
  );
  it('the said ordinals end before the next numeral, and the numerals skip the said ordinals', () => {
    const runs = listRuns(MOON, 'ko');
    const said = runs.find((r) => r.items[0] === 4);
    expect(said?.items).toEqual([4, 5, 6, 7]);
    const numbered = runs.find((r) => r.items[0] === 0);
    expect(numbered?.items).toEqual([0, 2, 8, 10]);
  });
  it('a place said again ("3." after "4.") ends the list', () => {
    const runs = listRuns(units(['1. Eins.'], ['2. Zwei.'], ['1. Wieder eins.'], ['2. Wieder zwei.']), 'de');
    expect(runs.map((r) => r.items)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});

describe('an item closes the quotation it opens and keeps the relative that says who (judge24 D, judge23 B)', () => {
  it.each([
    [
      '"the men" keep "who tackled the gunman" (Obama, Tucson 2011)',
      'We are grateful to the men who tackled the gunman as he stopped to reload.',
      'We are grateful to the men who tackled the gunman as he stopped to reload',
    ],
    [
      'a named noun may end before its relative (Obama, Tucson 2011)',
      'We are grateful for petite Patricia Maisch, who wrestled away the killer’s ammunition, and undoubtedly saved some lives.',
      'We are grateful for petite Patricia Maisch',
    ],
    [
      'a cut inside a quotation moves past its closing mark (Obama, Tucson 2011)',
      '“I hope you know all the words to the National Anthem and sing it with your hand over your heart."',
      '“I hope you know all the words to the National Anthem and sing it with your hand over your heart."',
    ],
    [
      'a quotation closed by another kind of mark keeps it (Obama, Tucson 2011)',
      '"I hope you jump in rain puddles.”',
      '"I hope you jump in rain puddles.”',
    ],
  ])('%s', (_, sentence, item) => {
    expect(itemText(sentence, 'en')).toBe(item);
  });
});

describe('a key-phrase list gives way to the main clause of its sentence (judge24 D2)', () => {
  it.each([
    [
      'Obama 2009: past "And to encourage…," the request itself',
      'en',
      'And to encourage a renewed spirit of national service for this and future generations, I ask Congress to send me the bipartisan legislation that bears the name of Senator Orrin Hatch, as well as an American who has never stopped asking what he can do for his country, Senator Edward Kennedy.',
      'I ask Congress to send me the bipartisan legislation',
    ],
    [
      'Douglass 1852: a question cut short is none',
      'en',
      'What have I, or those I represent, to do with your national independence?',
      '',
    ],
    [
      'Blum 1936: a head cut at the comma before its main clause is none',
      'fr',
      "Sitôt ces mesures votées, le Gouvernement saisira le Parlement d'un ensemble de projets concernant les grands travaux.",
      '',
    ],
    [
      'López 2016: a head cut where a dash opens an aside is none',
      'es',
      'Señorías, quisiera que mis primeras palabras - y estoy convencido de que recojo en ellas el parecer de todos ustedes - sean en nombre de esta Cámara.',
      '',
    ],
    [
      'Monti 2011: "non solo …" without its "ma anche …" is none',
      'it',
      'Un innalzamento significativo del tasso di crescita è condizione essenziale non solo del riequilibrio finanziario, ma anche del progresso civile e sociale.',
      '',
    ],
  ])('%s', (_, lang, sentence, clause) => {
    expect(keyClause(sentence, lang)).toBe(clause);
  });

  it('Obama 2009: the slide shows his request, not "Future generations / Bipartisan legislation"', () => {
    const text = [
      'Now, I know that the price of tuition is higher than ever, which is why if you are willing to volunteer in your neighborhood or give back to your community or serve your country, we will make sure that you can afford a higher education. And to encourage a renewed spirit of national service for this and future generations, I ask Congress to send me the bipartisan legislation that bears the name of Senator Orrin Hatch, as well as an American who has never stopped asking what he can do for his country, Senator Edward Kennedy.  ',
      "These education policies will open the doors of opportunity for our children, but it is up to us to ensure they walk through them. In the end, there is no program or policy that can substitute for a parent, for a mother or father who will attend those parent/teacher conferences or help with homework or turn off the TV, put away the video games, read to their child. I speak to you not just as a President, but as a father, when I say that responsibility for our children's education must begin at home. That is not a Democratic issue or a Republican issue; that's an American issue.  ",
    ].join('\n\n');
    const all = screens(text, 'en-obama-excerpt.txt').join('\n');
    expect(all).not.toMatch(/• Future generations|• Bipartisan legislation/u);
    expect(all).toContain('I ask Congress to send me the bipartisan legislation');
  });
});

describe('the items so far are not said again after the slide that listed them (Brainard 2024)', () => {
  it('item 3 on its own slide does not repeat items 1 and 2', () => {
    const text = [
      'The choices by workers and small businesses to pursue new opportunities brings us to the important role of government policy.',
      'First, the Administration took decisive action to support families, workers, businesses, and communities through the severe pandemic-related and geopolitical shocks. The American Rescue Plan helped families stay in their homes and kept small businesses open.',
      'Second, the President made a clear commitment to respect the independence of the Federal Reserve in fighting inflation.',
      'Third, the Administration mounted a comprehensive effort to address price pressures by fixing supply chains, addressing commodities price spikes, and taking on affordability challenges for working families. The President took action to unsnarl the ports, and the number of ships waiting in the Port of Los Angeles has fallen from a peak of over 100 back down to pre-pandemic levels. Gas prices at the pump are lower today than they were before Russia’s invasion of Ukraine sent gas prices soaring. The President released oil from the Strategic Petroleum Reserve and worked with allies to stabilize energy markets.',
    ].join('\n\n');
    const shown = screens(text, 'en-brainard-excerpt.txt');
    const first = shown.filter((s) => s.includes('The Administration took decisive action'));
    expect(first.length).toBeLessThanOrEqual(1);
  });
});
