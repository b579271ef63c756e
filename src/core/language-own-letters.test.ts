import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { buildDeck } from './speech';

// An Icelandic budget debate (Alþingi, 2021, judge35), read as Danish before: franc-min has no Icelandic
const IS =
  'Ég mæli hér fyrir nefndaráliti frá meiri hluta fjárlaganefndar. Nefndin hefur fjallað um málið að nýju eftir 2. umræðu og fengið fulltrúa fjármála- og efnahagsráðuneytisins á sinn fund. Þar eru gerðar breytingar á 4. gr. fjárlaga sem sundurliðar fjárheimildir eftir málefnasviðum, málaflokkum og ráðuneytum. Það er mikilvægt að þingið samþykki þetta.';
// A Latvian Saeima speech (Kaimiņš, 2014, judge35), read as Spanish before
const LV =
  'Savā uzrunā jums es šodien runāšu par pazemību, par pašcieņu un godu. Lūdzu, nepazemojiet sevi, nepazemojiet savas partijas, nepazemojiet Saeimu ar muļķīgiem izsaucieniem no zāles manas uzrunas laikā! Sabiedrība no Saeimas gaida vairāk.';
// Article 1 of the Universal Declaration of Human Rights, in Lithuanian and in Estonian
const LT =
  'Visi žmonės gimsta laisvi ir lygūs savo orumu ir teisėmis. Jiems suteiktas protas ir sąžinė ir jie turi elgtis vienas kito atžvilgiu kaip broliai.';
const ET =
  'Kõik inimesed sünnivad vabadena ja võrdsetena oma väärikuselt ja õigustelt. Neile on antud mõistus ja südametunnistus ja nende suhtumist üksteisesse peab kandma vendluse vaim.';
// Languages franc-min knows that write some of the same letters keep its answer
const PL =
  'Szanowni Państwo, chciałbym podziękować wszystkim, którzy wzięli udział w tej ważnej debacie. Polska i Australia łączą się więzami przyjaźni, a nasza współpraca będzie się rozwijać.';
const PT =
  'As instituições portuguesas tomaram decisões importantes, e as populações esperam soluções concretas para os problemas da habitação e da educação nas próximas gerações.';
const DA =
  'Svend Jakobsen blev født den 1. november 1935 i en beskeden landarbejderfamilie i Vendsyssel. Der var ikke råd til, at han kunne komme i realskolen, så han forlod skolen som 14-årig.';

describe('Icelandic, Latvian, Lithuanian and Estonian by the letters only each writes (franc-min has none of them; judge35)', () => {
  it.each([
    [IS, 'is'],
    [LV, 'lv'],
    [LT, 'lt'],
    [ET, 'et'],
    [PL, 'pl'],
    [PT, 'pt'],
    [DA, 'da'],
  ])('%#: %s…', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('a name with one of those letters in another language’s text names no language ("Þingvellir")', () => {
    const en =
      'We travelled to Þingvellir last summer, and the parliament that met there a thousand years ago still teaches us something about how free people govern themselves.';
    expect(detectLanguage(en)).toBe('en');
  });
});

describe('an Icelandic deck reads Icelandic closed words (lexicon.ts), not Danish ones', () => {
  // the Alþingi budget debate (ParlaMint-IS 2021-12-28, CC BY 4.0, judge35): as Danish, its titles
  // were "Og fengið fulltrúa", "Að því að", "Þó ekki lengur"
  const speech = [
    'Ég mæli hér fyrir nefndaráliti frá meiri hluta fjárlaganefndar. Nefndin hefur fjallað um málið að nýju og fengið fulltrúa fjármála- og efnahagsráðuneytisins á sinn fund.',
    'Gerð er tillaga um breytingar á framlögum til Vegagerðarinnar vegna veghalds þjóðvega í þéttbýli. Nefndinni bárust umsagnir frá Reykjavíkurborg og Sambandi sveitarfélaga á höfuðborgarsvæðinu þar sem áréttað var mikilvægi þess að fullnægjandi fjármagn fylgdi við yfirfærslu veganna. Þó er ekki lengur gert ráð fyrir því að ríkið annist veghald þessara skilavega.',
    'Meiri hlutinn leggur til að frumvarpið verði samþykkt með þeim breytingum sem skýrðar hafa verið og gerð er tillaga um í þingskjölum þar fylgjandi.',
  ].join('\n\n');

  it('no title opens on a conjunction, a preposition or an adverb of the sentence it is cut from', () => {
    const deck = buildDeck(speech, { fileName: 'fjarlog.txt' });
    expect(deck.meta.lang).toBe('is');
    const titles = deck.slides.filter((s) => s.layout !== 'title').map((s) => s.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).not.toMatch(/^(?:og|að|þó|en|eða|í|á|með|um)\s/iu);
  });
});
