import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { fileNameSpeaker } from './file-title';
import { titleFromFileName } from './speech-parts';

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
