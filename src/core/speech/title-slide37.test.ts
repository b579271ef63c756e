import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { fileNameSpeaker, isSlugName, spokenFileTitle } from './file-title';

// Title slides whose speaker was a common word of the file name, a house's procedure glued to a
// surname, a date read as an id, and the speaker's own label read as a title word (judge35 is/sr,
// judge37 et/sk/ro). Real openings (judge35/judge37 speeches): the Alþingi budget committee's
// majority report, 3rd reading, Dec 2021; the Serbian Radical Party's point of order, Narodna
// skupština 2008; Maris Lauri's answer to an interpellation, Riigikogu 2015; Miroslav Číž on the
// 30 October state holiday, Národná rada 2018; Marilen Pirtea's motion on education, Camera
// Deputaţilor 2018.

const IS =
  'Forseti. Ég mæli hér fyrir nefndaráliti frá meiri hluta fjárlaganefndar. Nefndin hefur fjallað um málið að nýju eftir 2 umr. og fengið fulltrúa fjármála- og efnahagsráðuneytisins á sinn fund. Breytingartillögur meiri hlutans eru bæði á tekju- og gjaldahlið frumvarpsins, auk hækkunar á lántökuheimild skv. 5. gr.';
const SR =
  'Dame i gospodo narodni poslanici, reklamira povredu člana 104. Poslovnika, stav 1, gde kaže - narodni poslanici su dužni da poštuju dostojanstvo Narodne skupštine. Istovremeno, nama narodnim poslanicima SRS spočitavaju nepoštovanje dostojanstva Narodne skupštine zato što se javljamo po Poslovniku. Mi iz Srpske radikalne stranke, i mi radikali, pitamo vas: šta je sa Haškim tribunalom? Ovo je radikalna promena.';
const ET =
  "Austatud Riigikogu juhataja! Austatud Riigikogu liikmed, tänan küsimuste eest!\n\nEsimene küsimus: 'Viimasel ajal on mitmed ühiskonnategelased väljendanud arvamust, et Eesti on majanduslikult paigalseisus ning on rõhutatud, et vajame põhjalikke maksureforme. Milline on Teie arusaam selles küsimuses? Kas Eesti vajab terviklikku maksureformi või võime julgelt jätkata tänase süsteemiga?' Mina ei näe põhjust, et Eesti peaks tegema põhjaliku maksureformi.";
const SK =
  'Ďakujem za slovo, vážený pán podpredseda. Vážené kolegyne, kolegovia, naozaj len veľmi krátko. Tento štátny sviatok, myslím si to, čo k nemu bolo povedané, prebehla diskusia verejná v médiách. Naozaj, pán Dostál, absolútne nespochybňujem legitimitu vašich vystúpení. Som vedel, že to tak bude. Takže ja gratulujem vláde a som presvedčený, že je to dobrý sviatok.';
const RO =
  'Pirtea, domnule preşedinte de şedinţă!\n\nDomnule preşedinte de şedinţă,\n\nStimaţi colegi deputaţi,\n\nPrezenta moţiune nu este despre lupta politică. Această moţiune nu este despre câtă putere şi susţinere are un partid în Parlament.\n\nDragi colegi,\n\nAceastă moţiune a venit ca răspuns la nepăsarea cu care este tratată şcoala românească. Există cel puţin două fapte care îi îngrijorează pe toţi angajaţii din educaţie.';

describe('a file name word the speech says as a common word names no speaker', () => {
  it('is: a committee ("fjárlaganefndar") is no speaker', () => {
    expect(fileNameSpeaker('is-fjarlaganefnd-meirihluti-fjarlog-3umr-2021.txt', IS, 'is')?.name).toBe('');
    expect(
      buildDeck(IS, { fileName: 'is-fjarlaganefnd-meirihluti-fjarlog-3umr-2021.txt' }).meta.speaker,
    ).toBeUndefined();
  });
  it('sr: a party\'s adjective ("radikalna", "radikali") is neither the speaker nor a title word', () => {
    const deck = buildDeck(SR, { fileName: 'sr-radikal-poslovnik-haski-tribunal-skupstina-2008.txt' });
    expect(deck.meta.speaker).toBeUndefined();
    expect(deck.meta.title).not.toMatch(/radikal/iu);
  });
  it('a name English knows is a name, however the speech uses the word', () => {
    expect(
      fileNameSpeaker('en-carter-energy-1977.txt', 'The carter drove on. We must save energy.')?.name,
    ).toBe('Carter');
  });
});

describe('a house procedure filed after the surname files the talk, names no one', () => {
  it('et: "lauri-arupärimine-maksureform" is Lauri on the tax reform, not "Lauri-Arupärimine"', () => {
    const deck = buildDeck(ET, { fileName: 'et-lauri-arupärimine-maksureform-2015.txt' });
    expect(deck.meta.speaker).toBe('Lauri');
    expect(deck.meta.title).toBe('Maksureform');
  });
});

describe('a day before its month in a file name is a date, not an id', () => {
  it('sk: "statny-sviatok-30-oktobra-2018" is no slug, and the date is no title word', () => {
    expect(isSlugName('sk-ciz-statny-sviatok-30-oktobra-2018.txt')).toBe(false);
    expect(isSlugName('pt-parlamint-2020-10-14-debate.txt')).toBe(true);
    // was "Som vedel" (a clause of the speech), the file name read as a slug
    expect(buildDeck(SK, { fileName: 'sk-ciz-statny-sviatok-30-oktobra-2018.txt' }).meta.title).toBe(
      'Štátny sviatok',
    );
  });
});

describe("a title's words past the first in the case the speech writes them", () => {
  it('lower case for the common words of a language that does not capitalise titles', () => {
    expect(spokenFileTitle('sk-ciz-statny-sviatok-30-oktobra-2018.txt', SK, undefined, 'sk')).toBe(
      'Štátny sviatok',
    );
    expect(
      spokenFileTitle(
        'fr-philippe-politique-generale-2017.txt',
        'Je vous présente la politique générale du Gouvernement.',
        undefined,
        'fr',
      ),
    ).toBe('Politique générale');
  });
  it('a name the speech capitalises stays so, a word derived from another is no form of it', () => {
    expect(
      spokenFileTitle(
        'es-mensaje-navidad-2008.txt',
        'Mis mejores deseos en estas fechas navideñas. Feliz Navidad.',
        undefined,
        'es',
      ),
    ).toBe('Mensaje de Navidad');
  });
  it('English keeps its title case', () => {
    expect(
      spokenFileTitle(
        'en-carter-anti-inflation-address-1978.txt',
        'I want to talk about anti-inflation policy.',
        undefined,
        'en',
      ),
    ).toBe('Anti-Inflation Address');
  });
});

describe("the speaker's own label opening the record", () => {
  it('ro: "Pirtea, domnule preşedinte…" names the speaker, who is no title word', () => {
    const deck = buildDeck(RO, { fileName: 'ro-pirtea-motiune-educatie-camera-2018.txt' });
    expect(deck.meta.speaker).toBe('Pirtea');
    expect(deck.meta.title).not.toMatch(/Pirtea/u);
  });
});

// The US ambassador's National Day address, Riyadh, 14 Feb 2016 (judge37 ar): title, dateline, byline.
const AR = `كلمة السفير الأمريكي بمناسبة اليوم الوطني

الرياض 14 فبراير 2016

الدكتور جوزيف ويستفول

شكرا لكم ومرحبا بكم جميعا. أريد ان أهنئ أولئك الذين يرتدون الزي الأمريكي التقليدي (الجينز الأزرق). وكما تعلمون ان مخترع الجينز الأزرق هو ليفاي شتراوس وكان مهاجرا إلى أمريكا. لذا، نشكركم على ارتداء اللباس الوطني.`;

describe('an Arabic byline under the title: the honorific and the name', () => {
  it('ar: "الدكتور جوزيف ويستفول" is the title slide\'s speaker, not a line of the notes only', () => {
    const deck = buildDeck(AR, { fileName: 'ar-westphal-yawm-watani-riyadh-2016.txt' });
    expect(deck.meta.speaker).toBe('الدكتور جوزيف ويستفول');
    expect(deck.meta.event).toBe('الرياض');
  });
  it('an office said as a form of address is whom the talk greets, no speaker', () => {
    const deck = buildDeck(AR.replace('الدكتور جوزيف ويستفول', 'السيد رئيس مجلس النواب'), {
      fileName: 'ar-talk.txt',
    });
    expect(deck.meta.speaker).toBeUndefined();
  });
});

// Reuven Rivlin on his election as Speaker of the Knesset, 2003 (judge35 he): the record's one label opens it.
const HE = `היו"ר ראובן ריבלין:
"מרשות האל הגדול, הגיבור והנורא, ומרשות מפז ומפנינים יקרה, אפתח פי להודות ולהלל לדר בנהורא", על שהחייני וקיימני והגיעני לכהונה רמה זו. מצטער על ההתרגשות.
כבוד ראש הממשלה, מכובדי זקן חברי הכנסת, שמעון פרס, עשר שנים אני משרת כחבר בבית הזה, בית - הנבחרים של ישראל.`;

describe("a Knesset record's one label, the office and the name", () => {
  it('he: "היו\\"ר ראובן ריבלין:" names the speaker, without the office', () => {
    expect(
      buildDeck(HE, { fileName: 'he-rivlin-bchirato-yoshev-rosh-haknesset-2003.txt' }).meta.speaker,
    ).toBe('ראובן ריבלין');
  });
});
