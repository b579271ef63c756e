import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { fileNameSpeaker } from './file-title';
import { titleFromFileName } from './speech-parts';
import { sentenceFigures } from './figures';

// Languages new to the engine (judge27, /work/tmp/judge27/speeches, SOURCES.md): Jokowi at the
// close of trading of the Indonesia Stock Exchange, 29 December 2017 (setkab.go.id transcript);
// Jordi Riba's tribute to Antoni Dalmau, Parlament de Catalunya, 2022.
const ID =
  'Bapak Ibu dan Saudara-saudara sekalian alhamdulillah telah kita tutup pada sore hari ini Indeks Harga Saham Gabungan dengan angka 6355.65. Ini angka yang di luar perkiraan kita semuanya. Saya kira kerja keras dari Bursa Efek Indonesia patut kita apresiasi dan juga patut kita syukuri bersama. Dulu tahun 2015 ngomongnya wait and see karena ada pilkada. Tahun 2016 ada lagi pilkada wait and see lagi.\n';
const CA =
  "Gràcies, senyora presidenta. Fer la glosa d'una persona apreciada i admirada com l'Antoni és un honor per l'ocasió de retre un just reconeixement i homenatge per part d'aquesta institució a una persona d'una dilatada, polièdrica i entusiasta trajectòria vital. Va ser també en aquells anys vicepresident de la candidatura olímpica de Barcelona 92 i va comprometre el finançament del Palau Sant Jordi per part de la corporació provincial.\n";

describe("a file name's language code is the speech's filing, never its speaker or title (judge27)", () => {
  it('is detected as the language the file is filed under, and dropped from the title slide', () => {
    const id = buildDeck(ID, { fileName: 'id-jokowi-penutupan-bursa-2017.txt' });
    expect(id.meta.lang).toBe('id');
    // before: "Jokowi Penutupan Bursa" by "Id"
    expect(id.meta.speaker).not.toBe('Id');
    expect(id.meta.title).not.toMatch(/^Id\b/u);
    const ca = buildDeck(CA, { fileName: 'ca-riba-homenatge-dalmau-2022.txt' });
    expect(ca.meta.lang).toBe('ca');
    // before: "Ca Riba Homenatge Dalmau"
    expect(ca.meta.title).not.toMatch(/^Ca\b/u);
  });

  it('a two-letter language code opening a file name names no speaker, whatever the language', () => {
    expect(fileNameSpeaker('id-jokowi-penutupan-bursa-2017.txt', ID)?.name).not.toBe('Id');
    expect(fileNameSpeaker('id-jokowi-penutupan-bursa-2017.txt', ID, 'id')?.name).toMatch(/^Jokowi/u);
    // a code that is also a word stays a word when the speech is in another language
    expect(titleFromFileName('el-discurso-del-rey.txt', 'es')).toBe('El Discurso Del Rey');
    expect(titleFromFileName('ca-riba-homenatge-dalmau.txt', 'ca')).toBe('Riba Homenatge Dalmau');
  });
});

// Hồ Chí Minh, Tuyên ngôn độc lập, 1945 (vi.wikisource.org); Jokowi 2017 and Riba 2022 as above.
describe('figures in Vietnamese, Indonesian and Catalan (judge27)', () => {
  const shown = (sentence: string, lang: string) =>
    sentenceFigures(sentence, lang).map((f) => (f.label ? `${f.value} — ${f.label}` : f.value));

  it('a hedge said before the number is the value\'s, never a caption ("hơn", "gần")', () => {
    // before: "80 năm nay — Thế mà hơn" and "100 — năm nay để gây dựng nên"
    const more = shown(
      'Thế mà hơn 80 năm nay, bọn thực dân Pháp lợi dụng lá cờ tự do, bình đẳng, bác ái, đến cướp đất nước ta, áp bức đồng bào ta.',
      'vi',
    );
    expect(more.every((f) => f.startsWith('hơn 80 năm'))).toBe(true);
    expect(more.join()).not.toMatch(/Thế mà/u);
    const nearly = shown(
      'Dân ta đã đánh đổ các xiềng xích thực dân gần 100 năm nay để gây dựng nên nước Việt Nam độc lập.',
      'vi',
    );
    expect(nearly.every((f) => f.startsWith('gần 100 năm'))).toBe(true);
    // a purpose clause ("để …", so as to) is no caption
    expect(nearly.join()).not.toMatch(/để gây/u);
  });

  it('Indonesian captions are no clause fragments, and "the last 12 months" is a time frame', () => {
    // before: "6000 — saja kita sudah untung sudah senang", "12 — bulan terakhir tahun"
    expect(
      shown(
        'Dulu banyak yang menyampaikan bisa 6000 saja kita sudah untung sudah senang nah kalau sekarang gimana.',
        'id',
      ),
    ).toEqual(['6000']);
    expect(shown('Kalau kita lihat 12 bulan terakhir tahun 2017.', 'id')).toEqual([]);
  });

  it('a two-digit year after a name is part of the name ("Barcelona 92"), not a figure', () => {
    // before: "92 — candidatura olímpica de Barcelona"
    expect(
      shown(
        'Va ser també en aquells anys vicepresident de la candidatura olímpica de Barcelona 92 i va comprometre el finançament del Palau Sant Jordi per part de la corporació provincial.',
        'ca',
      ),
    ).toEqual([]);
    // a count after a name that opens the sentence stays one
    expect(shown('Since then, Germany 25 and France 20 have joined.', 'en').length).toBe(2);
  });
});
