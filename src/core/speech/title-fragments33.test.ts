/**
 * Titles that are fragments by their language's grammar (judge31, judge32 #5): every content title
 * of a Turkish budget speech (TBMM 2014) and of a Swedish Riksdag speech on shipping (2020), a
 * Persian verb phrase and a compound verb's first part, a Korean -적 word without its noun, one
 * Vietnamese syllable; and the key phrases that gave them (a Swedish infinitive after "att" or a
 * modal, a Persian phrase run across its prepositions, Turkish participles and verb forms).
 */
import { describe, expect, it } from 'vitest';
import { isTitle } from './titles';
import { keyPhrases } from './keyphrases';
import { titleWordsProblem } from './title-words';
import { isTurkishConverb, isTurkishFinite, isTurkishObjectParticiple } from './turkish';

describe('fragment titles refused by their language (title-words.ts, title-nordic.ts, titles-ko.ts)', () => {
  it.each([
    // Kaya, Cumhurbaşkanlığı bütçesi, TBMM 2014 (judge31)
    ['Diyen insan', 'tr'],
    ['Dile getirmek', 'tr'],
    ['Tarafsız olmayı denemek', 'tr'],
    ['Sürece Sayın Davutoğlu', 'tr'],
    ['Tespit Sayın Erdoğan', 'tr'],
    ['Zihniyetin müşahhas', 'tr'],
    ['Maddi çıkarı', 'tr'],
    ['Kişisel çıkarları', 'tr'],
    ['Açık mektupta dile', 'tr'],
    ['Millî çıkarları hiçe', 'tr'],
    ['Söylediği kitleyi', 'tr'],
    ['Zihniyetten kaynaklandığı', 'tr'],
    ['Maddesi gereğince', 'tr'],
    // Miljöpartiet on shipping, Riksdagen 2020 (judge31)
    ['Vilja se', 'sv'],
    ['Globala temperaturhöjningen hållas', 'sv'],
    ['Sjöfarten hanteras', 'sv'],
    ['Sjöfarten stärks', 'sv'],
    ['Ton koldioxidekvivalenter år', 'sv'],
    ['Ton koldioxidekvivalenter', 'sv'],
    ['Miljöpartiet står', 'sv'],
    ['Slipper använda dieselmotorer', 'sv'],
    ['Fungerande transporter både', 'sv'],
    ['Sverige exporterar', 'sv'],
    // Obama, State of the Union 2012, VOA Persian (judge29)
    ['ادای احترام کرديم', 'fa'],
    ['گردهم', 'fa'],
    // Hồ Chí Minh, Tuyên ngôn độc lập 1945 (judge27): "Chúng" of "Chúng tôi"
    ['Chúng', 'vi'],
  ])('"%s" (%s) is no headline', (title, lang) => {
    expect(titleWordsProblem(title, lang)).not.toBeNull();
    expect(isTitle(title, lang)).toBe(false);
  });

  it('a Korean -적 word waits for its noun (Lee Myung-bak, Yun Bong-gil centenary 2008)', () => {
    expect(isTitle('세계에서가장 모범적', 'ko')).toBe(false);
    expect(isTitle('정신적 자산', 'ko')).toBe(true);
  });

  it.each([
    ['Cumhurbaşkanlığı Bütçesi', 'tr'],
    ['Milli Eğitim Bakanlığı', 'tr'],
    ['Ekonomik kriz', 'tr'],
    ['Uzun yol', 'tr'],
    ['Salgın hastalık', 'tr'],
    ['Kamu kurumlarının ödenekleri', 'tr'],
    ['Utanç payı', 'tr'],
    ['Ekmek', 'tr'],
    ['Globala temperaturhöjningen', 'sv'],
    ['Gott nytt år', 'sv'],
    ['Sjöfartens klimatpåverkan', 'sv'],
    ['Breddad ekobonus', 'sv'],
    ['Vilja till förändring', 'sv'],
    ['Energieffektivt transportslag', 'sv'],
    ['Svenska hamnar', 'sv'],
    ['Bình đẳng', 'vi'],
    ['سخنرانی وضعيت کشور', 'fa'],
    ['آخرين سربازانی', 'fa'],
  ])('"%s" (%s) stands', (title, lang) => {
    expect(titleWordsProblem(title, lang)).toBeNull();
  });
});

describe('key phrases that never hold a fragment (keyphrases.ts, turkish.ts)', () => {
  const texts = (t: string, lang: string) => keyPhrases(t, lang).map((p) => p.text.toLowerCase());

  it('a Swedish infinitive after "att" or a modal opens no phrase', () => {
    const said =
      'Det är viktigt att miljöpåverkan från sjöfarten hanteras, så att vi kan dra nytta av dess energieffektivitet. Jag vill yrka bifall till reservationerna.';
    const found = texts(said, 'sv');
    expect(found.some((p) => p.startsWith('dra ') || p.startsWith('yrka '))).toBe(false);
    expect(found).toContain('energieffektivitet');
  });

  it('a Persian phrase ends at a preposition or a demonstrative', () => {
    const said =
      'با هم و با افتخار، برای آخرين بار به پرچمی که بيش از يک ميليون از هم ميهنانمان زير آن خدمت کردند ادای احترام کرديم.';
    expect(texts(said, 'fa').some((p) => p.includes('زير آن'))).toBe(false);
  });

  it('Turkish participles, conditionals, necessitatives and imperatives end a noun phrase', () => {
    expect(isTurkishConverb('diyen')).toBe(true);
    expect(isTurkishObjectParticiple('söylediği')).toBe(true);
    expect(isTurkishConverb('beyan')).toBe(false);
    expect(isTurkishFinite('olursanız')).toBe(true);
    expect(isTurkishFinite('çıkartmamalıyız')).toBe(true);
    expect(isTurkishFinite('unutulmasın')).toBe(true);
    expect(isTurkishFinite('insan')).toBe(false);
    expect(isTurkishFinite('borsa')).toBe(false);
  });
});
