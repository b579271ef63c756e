import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { enumerationMarker, innerMarkers } from './enumeration';

// judge35/judge36/judge37: ordinal lists said inside one paragraph that no slide showed, and a long
// enumeration recalled on each slide of its items (a sliding window). Sources: Reuven Rivlin,
// acceptance address as Speaker of the Knesset, 19 February 2003, and 鲁迅《革命时代的文学》, 8 April
// 1927 (tests/fixtures/speeches/lists, public domain); 蔡元培《就任北京大學校長之演說》, 1917 (corpus);
// Maris Lauri, answer to an interpellation, Riigikogu 2015 (judge37); Marilen-Gabriel Pirtea, motion
// on education, Camera Deputaţilor 2018 (judge37); the President of Portugal's veto message read in
// the Assembleia da República, 2024 (judge33).

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/speeches/${name}`, import.meta.url), 'utf8');

const lines = (s: { screenText: string }) =>
  s.screenText
    .split('\n')
    .slice(1)
    .map((l) => l.replace(/^• /u, ''));

const listed = (text: string, fileName: string) =>
  buildDeck(text, { fileName }).slides.filter((s) => s.blocks.some((b) => b.type === 'list'));

describe('Hebrew ordinals are enumeration markers (Rivlin 2003, judge35: the five principles)', () => {
  it('reads the definite ordinal set off by a dash as its place, never one followed by a word', () => {
    expect(enumerationMarker('הראשון - על חוסר תלות ועל חירות המחשבה.')).toMatchObject({
      kind: 'opener',
      ordinal: 1,
    });
    expect(enumerationMarker('השני - על פיקוח אמיץ, אמין וללא מורא על מעשי הממשל.')).toMatchObject({
      kind: 'middle',
      ordinal: 2,
    });
    expect(enumerationMarker('החמישי - על הענווה.')).toMatchObject({ kind: 'middle', ordinal: 5 });
    expect(enumerationMarker('שנית, אנו חייבים לזכור.')).toMatchObject({ kind: 'middle', ordinal: 2 });
    expect(enumerationMarker('ולבסוף, נקווה לימים טובים.')).toMatchObject({ kind: 'last' });
    // "the second one said to me": a definite ordinal doing something, no marker
    expect(enumerationMarker('השני אמר לי שאין טעם.')).toBeNull();
  });

  it('splits the first principle from the lead-in it follows after a colon', () => {
    const s = 'על חמישה עיקרים תעמוד כנסת ראויה לשמה: הראשון - על חוסר תלות ועל חירות המחשבה.';
    expect(innerMarkers(s)).toEqual([s.indexOf('הראשון')]);
  });

  it('shows the five principles, each once, numbered 1–5, under the lead-in', () => {
    const deck = buildDeck(fixture('lists/he-rivlin-bchirato-yoshev-rosh-haknesset-2003.txt'), {
      fileName: 'he-rivlin-bchirato-yoshev-rosh-haknesset-2003.txt',
    });
    const lists = deck.slides.filter((s) => s.screenText.includes('על הענווה'));
    const items = deck.slides
      .filter((s) => s.title.startsWith('על חמישה עיקרים'))
      .flatMap(lines)
      .filter((l) => /^\d+\./u.test(l));
    expect(lists.length).toBe(1);
    expect(items.map((l) => l.split('.')[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(items[0]).toBe('1. על חוסר תלות ועל חירות המחשבה');
    expect(items[4]).toBe('5. על הענווה');
    // (the line that closes the Jabotinsky citation, "עד כאן דבריו של…", is no slide's line: signpost.ts)
    expect(deck.slides.some((s) => s.screenText.includes('עד כאן דבריו'))).toBe(false);
  });
});

describe('Estonian ordinal adverbs are enumeration markers (Lauri 2015, judge37: three reasons)', () => {
  const REASONS = [
    'Nimetan siinkohal kolme asjaolu. Esiteks, asi on kõigile väga selgesti arusaadav ja hästi arvutatav – 20%, mis sellest aastast kehtib, lubab teha lihtsaid arvutusi. Teiseks, nii ei teki kiusatust manipuleerida ja skeemitada ning teenitud tulu esitatakse ausamalt. Kui mingi tuluosa oleks kõrgema määraga maksustatud, siis tekiks mõnel inimesel paratamatult kiusatus suuremasse tulukategooriasse langevat tuluosa varjata ehk ümbrikupalkade osakaalu suurendada. Kolmandaks, selline süsteem ei pärsi inimeste soovi rohkem teenida ja seega ka suuremat tulu saada, sh kõrgema lisandväärtuse ja väärtuslikuma töö tegemist, seda ei karistata.',
    'Kui me küsime, mis on Eesti majanduse eesmärgid ja vajadused, siis just nimelt see ongi meie eesmärk. Tänan!',
  ].join('\n\n');

  it('reads "Esiteks, … Teiseks, … Kolmandaks, …" as places 1–3', () => {
    expect(enumerationMarker('Esiteks, asi on kõigile väga selgesti arusaadav.')).toMatchObject({
      kind: 'opener',
      ordinal: 1,
    });
    expect(enumerationMarker('Teiseks, nii ei teki kiusatust manipuleerida.')).toMatchObject({ ordinal: 2 });
    expect(enumerationMarker('Kolmandaks, selline süsteem ei pärsi.')).toMatchObject({ ordinal: 3 });
    expect(enumerationMarker('Ja lõpuks, tänan teid.')).toMatchObject({ kind: 'last' });
  });

  it('shows the three reasons once each, numbered by the places said', () => {
    const items = listed(REASONS, 'et-lauri.txt')
      .flatMap(lines)
      .filter((l) => /^\d+\./u.test(l));
    expect(items.map((l) => l.split('.')[0])).toEqual(['1', '2', '3']);
    expect(items[1]).toMatch(/^2\. Nii ei teki kiusatust manipuleerida/u);
    expect(items[2]).toMatch(/^3\. Selline süsteem ei pärsi/u);
  });
});

describe('a long enumeration is recalled once, never as a sliding window', () => {
  it('Lu Xun 1927 (judge35 s06/s07): （一）（二）（三） on one slide, each item once', () => {
    const deck = buildDeck(fixture('lists/zh-luxun-geming-shidai-de-wenxue-1927.txt'), {
      fileName: 'zh-luxun-geming-shidai-de-wenxue-1927.txt',
    });
    const recalls = deck.slides.filter((s) => s.screenText.includes('大革命之前'));
    expect(recalls.length).toBe(1);
    expect(lines(recalls[0]!)).toEqual(['1. 大革命之前', '2. 到了大革命的时代', '3. 等到大革命成功后']);
  });

  it('Cai Yuanpei 1917 (judge29c): the 三事 agenda shown, the sections show their own substance', () => {
    const deck = buildDeck(fixture('corpus/zh-cai-yuanpei-beida-1917.txt'), {
      fileName: 'zh-cai-yuanpei-beida-1917.txt',
    });
    const recalls = deck.slides.filter((s) => s.screenText.includes('1. 抱定宗旨'));
    expect(recalls.map((s) => s.title)).toEqual(['三事']);
    const second = deck.slides.find((s) => s.title === '砥礪德行')!;
    expect(second.screenText).not.toContain('1. ');
  });
});

describe('points numbered inside one paragraph of a letter read out (veto message, judge33 pt)', () => {
  const MESSAGE =
    'Passo a ler a mensagem do Sr. Presidente da República: «Ex.mo Senhor Presidente da Assembleia da República, 1. Dirijo-me a Vossa Excelência nos termos do n.º 1 do artigo 136.º da Constituição, transmitindo a presente mensagem à Assembleia da República sobre o Decreto da Assembleia da República n.º 127/XV, recebido em Belém a 10 de janeiro, que suscita questões que convidam à sua reponderação. 2. Com efeito, a aplicação nas escolas das medidas preconizadas no diploma tem necessariamente de ser ajustada às várias situações e, em particular, à idade das crianças e adolescentes. Diretamente ligado à necessidade de definição e adaptação das medidas a tomar, em particular em função da idade, encontra-se o papel dos pais. Sucede, porém, que o decreto peca por uma quase total ausência desse papel de pais, encarregados de educação, representantes legais e associações por eles formadas na implementação do regime legal, nomeadamente na definição e adaptação das medidas contidas no diploma às diferentes situações. 3. É sabido que crianças e adolescentes menores de 16 anos não têm autonomia para tomar sozinhas certas decisões, sendo mesmo necessária a autorização dos pais ou tutores legais para a realização de qualquer ato médico. Ora, o tipo de medidas a aplicar tem de ser adaptado às várias idades, incluindo a capacidade jurídica de tomar decisões, sendo que os pais ou tutores legais têm uma intervenção essencial. 4. Mas muito mais importante é o facto de que as medidas previstas neste diploma se aplicam quer a crianças de 5/6 anos, quer a adolescentes de 13 ou 14. E, neste plano, não é apenas a questão abstrata da capacidade jurídica que conta, é a da capacidade psicossociológica e da sua conjugação com o papel de pais, encarregados de educação ou representantes legais. Estando em causa realidades tão simples, mas tão significativas para o dia a dia das crianças e dos adolescentes, como as atividades a desenvolver na escola, o vestuário ou o acesso a casas de banho ou balneários, lidar com crianças de 5/6 anos do mesmo modo que com adolescentes de 13/14 anos, sem sequer se prever a participação consultiva, mesmo não vinculativa, de pais ou encarregados de educação na definição das medidas e sua adequação a cada situação escolar, parece ser de um voluntarismo teórico que se arrisca a, na prática, esvaziar a concretização do ideal mais generoso. Note-se, ainda, que se não pode esquecer hoje a natureza multicultural da escola em Portugal e a incidência cultural de temas e situações como as versadas. No mínimo, um papel acrescido de pais, encarregados de educação e representantes legais ou suas associações poderia introduzir realismo numa matéria em que de pouco vale afirmar princípios que chocam, pelo seu geometrismo abstrato, com pessoas, famílias, escolas, em vez de as conquistarem para a sua causa. Nestes termos, decidi devolver à Assembleia da República, sem promulgação, nos termos do artigo 136.º, n.º 1, da Constituição, o Decreto da Assembleia da República n.º 127/XV (Estabelece o quadro jurídico para a emissão das medidas administrativas a adotar pelas escolas para a implementação da Lei n.º 38/2018, de 7 de agosto, e procede à sua alteração). Apresento a Vossa Excelência os meus respeitosos cumprimentos. O Presidente da República, Marcelo Rebelo de Sousa.»';

  it('each point opens its slide, which shows its point; the decision is no part of point 4', () => {
    const deck = buildDeck(MESSAGE, { fileName: 'pt-mensagem.txt' });
    const text = deck.slides.map((s) => s.screenText).join('\n');
    expect(text).toContain('a aplicação nas escolas das medidas preconizadas no diploma');
    expect(text).toContain('se aplicam quer a crianças de 5/6 anos, quer a adolescentes de 13 ou 14');
    expect(text).toMatch(/Decidi devolver à Assembleia da República, sem promulgação/u);
    // no list of cut phrases ("3. Adolescentes menores", "4. Medidas previstas neste diploma")
    expect(deck.slides.some((s) => s.blocks.some((b) => b.type === 'list'))).toBe(false);
  });
});

describe('a list set out in paragraphs after a colon, each going on in lower case (Pirtea 2018, judge37)', () => {
  const MOTION = [
    'Manualele sunt o altă problemă nerezolvată a acestui Guvern. Elevii au început anul şcolar fără manuale la mai multe discipline, iar profesorii predau după fotocopii.',
    'În locul introducerii unui manual unic, "osificat", "prăfuit" şi care uniformizează, PNL vă propune:',
    'licitaţii corecte şi organizate la timp, fără schimbarea condiţiilor peste noapte;',
    'o programă şcolară stabilă şi predictibilă în timp, iar în funcţie de specificul claselor, profesorii să aleagă manualul potrivit intereselor şi competenţelor elevilor;',
    'o evaluare, monitorizare şi un control al calităţii manualelor mult mai riguros şi o actualizare continuă a conţinutului acestora.',
    'Trebuie să păstrăm dreptul profesorilor de a alege manualul şi modul de predare. Profesorul trebuie să fie cel mai important în actul didactic, şi nu manualul.',
  ].join('\n\n');

  it('shows the three proposals as one list, and the paragraph in upper case after them is none of it', () => {
    const items = listed(MOTION, 'ro-motiune.txt').flatMap(lines);
    expect(items.length).toBe(3);
    expect(items[0]).toMatch(/^Licitaţii corecte şi organizate la timp/u);
    expect(items[1]).toMatch(/^O programă şcolară stabilă şi predictibilă/u);
    expect(items[2]).toMatch(/^O evaluare, monitorizare/u);
    expect(items.some((l) => l.startsWith('Trebuie'))).toBe(false);
  });
});
