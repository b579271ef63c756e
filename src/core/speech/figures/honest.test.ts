/**
 * A figure card's label says what is counted, or there is no card (honest.ts; issue 10's worst
 * class, render19 and judge19). Real sentences, each from the speech named beside it.
 */
import { describe, expect, it } from 'vitest';
import { figuresBlock } from '../body';

const cards = (text: string, lang: string) => {
  const b = figuresBlock([{ text }], lang);
  return b?.type === 'figures' ? b.items.map((f) => `${f.value} — ${f.label}`) : [];
};

describe('figure labels say what is counted (honest.ts)', () => {
  it.each([
    // a share "of them": what the copula says they were (cs-jakob-duchody-2023.txt; was "z nich")
    [
      'cs',
      'Asi nepřekvapí, že víc než 70 % z nich byli poslanci opoziční.',
      ['víc než 70 % — poslanci opoziční'],
    ],
    // Greek genitive chains, whole, with their verb (el-boukoros-holocaust-2022.txt; were "των
    // ανθρώπων", "διασώθηκε των μελών" and "για την κοινότητα")
    [
      'el',
      'Ο Ελληνικός Εβραϊσμός πλήρωσε βαρύ φόρο αίματος, 86% των ανθρώπων των ελληνικών κοινοτήτων χάθηκαν στο Ολοκαύτωμα.',
      ['86% — των ανθρώπων των ελληνικών κοινοτήτων χάθηκαν'],
    ],
    [
      'el',
      // (a figure of the place a "where" clause hangs on, a label without the place: no card,
      // judge29c #2, where-clause.ts)
      'Χαρακτηριστικότερο όλων ήταν αυτό της Ζακύνθου, όπου διασώθηκε το 100% των μελών της εβραϊκής κοινότητας.',
      [],
    ],
    [
      'el',
      'Η απώλεια έφτασε στο 26% για την κοινότητα του Βόλου.',
      ['26% — απώλεια για την κοινότητα του Βόλου'],
    ],
    // days and what was done in them, not where (ar-rubio-paris-2025.txt; was "على أعلى مستوى")
    [
      'ar',
      'والسبب في إشارتي إلى هذه النقطة هو أن الرئيس أمضى 87 يومًا على أعلى مستوى في هذه الحكومة يبذل جهودًا متواصلة لإنهاء هذه الحرب.',
      ['87 يومًا — يبذل جهودًا متواصلة لإنهاء هذه الحرب'],
    ],
    // "with the antenna" is what a height comes with, not what it measures (hr-kapulica-lopata-2022.txt)
    ['hr', 'To je kula koja je visoka 868 metara sa antenom.', []],
    // the price per egg, never "17 UAH stolen" (uk-razumkov-podatkovi-perevirky-2023.txt)
    [
      'uk',
      'Вам мало тих мільярдів, які ви розікрали на 17 гривень за одне яйце?',
      ['17 гривень — за одне яйце'],
    ],
    // who earns it is no label (judge19, fr-macron-adresse-nation-2018.txt: "ceux qui touchent par mois")
    [
      'fr',
      'Pour ceux qui touchent moins de 2.000 euros par mois, nous annulerons en 2019 la hausse de CSG subie cette année.',
      [],
    ],
    // the noun phrase, never the verb phrase around it; the second amount of the paragraph too
    // (judge19, es-montero-ref-canarias-2022.txt: "tendrá un impacto recaudatorio que puede alcanzar", 61 dropped)
    [
      'es',
      'La prórroga estará vigente hasta el 31 de diciembre de 2023 y tendrá un impacto recaudatorio que puede alcanzar los 16,4 millones de euros.',
      ['16,4 millones de euros — impacto recaudatorio'],
    ],
    [
      'es',
      'Por último, en lo relativo a la prórroga hasta 2023 de las inversiones anticipadas, la Agencia Estatal Tributaria estima un impacto recaudatorio en torno a 61 millones de euros.',
      ['en torno a 61 millones de euros — impacto recaudatorio'],
    ],
    // a rise said with its subject after it (judge20, pt-soares-lucros-banca-2024.txt: "subida de tenha"):
    // the value is the number alone, never "subido 40,5 %" (judge32), the label names the change
    [
      'pt',
      'Mas dizem as contas que é o abuso, a usura, da banca nacional que faz com que tenha subido 40,5 % o pagamento das prestações ao banco.',
      ['40,5 % — subida do pagamento das prestações'],
    ],
    // "N years ago" is a time, not a count (judge20, pl-virtuti-militari-sejm-2022.txt: "230 — lat temu")
    ['pl', '230 lat temu 22 czerwca 1792 r. ustanowiono order.', []],
    // a date in Arabic-Indic digits is no count (judge20, ar-guterres-un-day-2019.txt: "٢٠١٩ — يمثل…")
    [
      'ar',
      'رسالة بمناسبة يوم الأمم المتحدة ٢٤ تشرين الأول/أكتوبر ٢٠١٩ يمثل يوم الأمم المتحدة مناسبة لتسليط الضوء.',
      [],
    ],
    // a label ending on "get" is a subject and its verb (judge20, en-deese-industrial-strategy-2022.md)
    [
      'en',
      'That’s why one of the most powerful and important elements of our plan is that businesses get a 10 percent boost to their clean-energy tax credits.',
      [],
    ],
    // what did something for a thousand years is no count of the years (en-twain-the-babies.txt,
    // render19: "a thousand years — world's banquets")
    [
      'en',
      'It is a shame that for a thousand years the world’s banquets have utterly ignored the baby, as if he didn’t amount to anything.',
      [],
    ],
    // a verb that opens the sentence heads the label in lower case (pl-bosacki-australia-2020.txt,
    // uk-razumkov-podatkovi-perevirky-2023.txt; render19: "a capitalised verb clause")
    [
      'pl',
      'Zginęło w nim do tej pory co najmniej 28 osób.',
      ['co najmniej 28 osób — zginęło w nim do tej pory'],
    ],
    ['uk', 'Проголосувало 89 народних депутатів в залі.', ['89 народних депутатів — проголосувало в залі']],
    // "billions of rubles" is still no number (judge20, ru-putin-poslanie-2024-02-29.txt)
    [
      'ru',
      'Российский бизнес за два года направил миллиарды рублей волонтёрским организациям и благотворительным фондам.',
      [],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(cards(text, lang)).toEqual(expected);
  });
});
