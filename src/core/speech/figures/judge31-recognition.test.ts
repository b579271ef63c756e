/**
 * Numbers shown with another meaning than the speech gave them (judge31): Turkish says the percent
 * before its number ("yüzde 50") and glues suffixes to its scale words ("1,5 milyarlık"), so the
 * cards showed "100 — artırılması" (a percent as a count, its alternative 50 dropped) and "1,5 —
 * milyarlık bin odadan" (1,5 billion as 1,5). Swedish tonnes were left in the label, and the years
 * that tell two cards apart were cut; a label cut at "och" dropped half of what was measured.
 * Sentences: Mustafa Kalaycı/Kaya (MHP), TBMM budget debate on the Presidency, December 2014;
 * a Miljöpartiet member on shipping, Riksdagen 2020 (/work/tmp/judge31/speeches).
 */
import { describe, expect, it } from 'vitest';
import { cards } from '../../../../tests/helpers/figure-cards';
import { tokenValue } from './numbers';

describe('Turkish percents said before the number and scales with a suffix (rules.ts, label-tr.ts)', () => {
  it.each([
    [
      'Hepimiz biliyoruz ki, bu şartlar altında, köşkte veya sarayda oturması da, bütçesinin yüzde 50 veya yüzde 100 artırılması da, Sayıştay raporları Meclise gelmediği için bu bütçenin nereye gideceğini bilemeyecek oluşumuz da artık sadece bir teferruattır.',
      ['yüzde 50 veya yüzde 100 — bütçesinin artırılması'],
    ],
    [
      'Bilindiği gibi, ısınma turlarını Dolmabahçe ve Beylerbeyi saraylarında tamamlayan Sayın Erdoğan, Ankara’da şanına layık bir Osmanlı sarayı bulamayınca kendisine 1,5 milyarlık bin odadan fazla bir saray yaptırmıştır.',
      ['1,5 milyarlık — bin odadan fazla bir saray'],
    ],
    // whose appropriations rose 4–4,5 %: the institutions', said in the genitive before the possessed
    // "ödeneklerinde" (judge32: "ödeneklerinde bir artış" under the presidency's title read as its own)
    [
      'Sayın milletvekilleri, kamuda israfın önlenmesi için Hükûmetin etekleri tutuşmuşken, kamu kurumlarının ödeneklerinde ancak yüzde 4-4,5 civarında bir artış öngörülmüşken, Cumhurbaşkanlığı bütçesinin önceki yılla kıyaslandığında neredeyse ikiye katlanmış olmasının nedeni, bu bütçenin Cumhurbaşkanlığı makamı için değil, o makamda oturan zat için yapılmış olmasıdır.',
      ['yüzde 4-4,5 — kurumlarının ödeneklerinde bir artış'],
    ],
    // the sign as Turkish prints it, before the digits
    ['Türkiye’de işsizlik oranı %10,5 oldu.', ['%10,5 — Türkiye’de işsizlik oranı']],
  ])('%s', (sentence, expected) => {
    expect(cards(sentence, 'tr')).toEqual(expected);
  });
});

describe('a decimal comma is no thousands group (numbers.ts)', () => {
  it('reads "1,5" as one and a half, and keeps groups of three whole', () => {
    expect(['1,5', '4,5', '12,75', '1.234,5', '1,200,000', '3.000', '2.5'].map(tokenValue)).toEqual([
      1.5, 4.5, 12.75, 1234.5, 1200000, 3000, 2.5,
    ]);
  });
});

describe('Swedish tonnes, the year each was measured in, and nouns joined by "och" (rules.ts, cut-frame.ts, label.ts)', () => {
  it.each([
    [
      'Utsläppen från inrikes sjöfart var 738 000 ton koldioxidekvivalenter år 2018.',
      ['738 000 ton — koldioxidekvivalenter år 2018'],
    ],
    [
      'Det kan jämföras med 678 000 ton koldioxidekvivalenter år 2010.',
      ['678 000 ton — koldioxidekvivalenter år 2010'],
    ],
    [
      'Ungefär 90 procent av svensk import och export går på sjön.',
      ['90 procent — av svensk import och export'],
    ],
  ])('%s', (sentence, expected) => {
    expect(cards(sentence, 'sv')).toEqual(expected);
  });
});
