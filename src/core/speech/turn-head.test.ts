import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { datelinePlace } from './structure';
import { deriveTitle } from './titles';
import { inOtherLanguage, repeatedHeading } from './turn-head';

const content = (deck: ReturnType<typeof buildDeck>) =>
  deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
const titleNotes = (deck: ReturnType<typeof buildDeck>) => deck.slides[0]!.notes;

// President Obama's toast at the State Dinner for President Calderón, 19 May 2010, the White House's
// Spanish translation (public domain): an English press-office header over a Spanish transcript
const BRINDIS = `The White House
Office of the Press Secretary
For Immediate Release

Declaraciones del Presidente Obama y el Presidente Calderón en el Brindis durante la Cena

Salón Este

7:30 P.M. EDT

             PRESIDENTE OBAMA: Es un extraordinario honor para Michelle y para mí recibirlos, pero más importante aun, recibir al Presidente Calderón y la Primera Dama Margarita Zavala. Sí, disculpen. Sírvanse tomar asiento. (Risas).

             En nuestra visita a México, el Presidente y la Primera Dama nos deleitaron a Michelle y a mí con un homenaje al rico patrimonio cultural de México. Esta noche, celebramos los lazos que nos unen como vecinos y como amigos.
`;

// Secretary Pompeo's press remarks, 26 November 2019, the State Department's Arabic translation (public domain)
const POMPEO = `تصريحات وزير الخارجية مايكل ر. بومبيو للصحافة

تصريحات
وزير الخارجية مايكل ر. بومبيو
قاعة الإيجازات الصحفية
واشنطن العاصمة
26 تشرين الثاني/نوفمبر 2019

الوزير بومبيو: صباح الخير للجميع. أريد أن أتحدث صباح اليوم عن بعض الأمور المتعلقة بالإرهاب وعن نظام إرهابي وبضعة أمور أخرى أيضا.

قبل أن أبدأ، أود أن أؤكد بغصة كبيرة مقتل مواطن أمريكي يدعى أنيل راج من كاليفورنيا في هجوم إرهابي على سيارة تابعة للأمم المتحدة في كابول. وقد أصيب خمسة مدنيين آخرين في الهجوم، بينهم موظفون.
`;

// Heather Nauert's briefing of 14 August 2018, as the web page heads it (public domain)
const NAUERT = `فهرس الإيجازات الصحفية لوزارة الخارجية الثلاثاء 14 آب/أغسطس 2018

وزارة الخارجية الأمريكية
الإيجاز الصحفي لوزارة الخارجية
الإيجاز الصحفي لوزارة الخارجية رقم 40
الثلاثاء 14 آب/أغسطس 2018

السؤال: أريد أن أسأل عن الاتصال الذي أجراه الوزير البارحة مع ولي العهد السعودي. ولم تذكر القراءة الخلاف القائم بين السعوديين وكندا.

السيدة نويرت: نعم، تم تناول هاتين المسألتين في اتصال الوزير مع نظيره. لقد نشرنا قراءة عن الاتصال ولكن كما لاحظتم، ذكرت أنه تمت مناقشة قضايا أخرى ذات اهتمام مشترك.
`;

// constructed: a French transcript under an English header, as a press office posts a translation
const CONFERENCE = `THE WHITE HOUSE
Office of the Press Secretary

Conférence de presse conjointe du Président Obama et du Président Sarkozy

Salle Est

LE PRÉSIDENT OBAMA : Bonjour à tous. Je suis heureux d'accueillir mon ami le Président Sarkozy à la Maison Blanche, et nous avons parlé de l'économie mondiale et de la sécurité de nos deux pays.

QUESTION : Monsieur le Président, quand la réforme du système financier sera-t-elle achevée ?

LE PRÉSIDENT OBAMA : Nous espérons conclure avant la fin de l'année, car nos deux pays ont besoin de règles claires pour les banques.
`;

describe('the head of a transcript goes to the title slide', () => {
  it('titles a Spanish toast by its own headline, never the English press office (es)', () => {
    const deck = buildDeck(BRINDIS, { fileName: 'es-brindis.txt' });
    // an archive's catalogue heading: its kind and occasion title the toast; of the two presidents
    // it names, the speaker is the one whose turns the transcript has (judge28)
    expect(deck.meta).toMatchObject({
      title: 'Declaraciones en el Brindis durante la Cena',
      speaker: 'Obama',
      role: 'Presidente',
      event: 'Salón Este',
    });
    expect(deck.meta.subtitle).toBeUndefined();
    for (const s of content(deck)) {
      expect(s.screenText).not.toMatch(/Declaraciones|White House|Salón Este|P\.M\./u);
      expect(s.notes).not.toMatch(/Declaraciones|Office of the Press|Salón Este|7:30/u);
    }
    expect(titleNotes(deck)).toMatch(/White House[\s\S]*Salón Este[\s\S]*7:30 P\.M\. EDT/u);
  });

  it('keeps the name, hall, city and date lines out of the first content slide’s notes (ar)', () => {
    const deck = buildDeck(POMPEO, { fileName: 'ar-pompeo.txt' });
    expect(deck.meta).toMatchObject({
      speaker: 'وزير الخارجية مايكل ر. بومبيو',
      event: 'قاعة الإيجازات الصحفية',
      date: '26 تشرين الثاني/نوفمبر 2019',
    });
    expect(content(deck)[0]!.notes).not.toMatch(/قاعة الإيجازات|واشنطن العاصمة|2019/u);
    expect(titleNotes(deck)).toMatch(/واشنطن العاصمة/u);
  });

  it('titles a briefing by the heading its page repeats with its number, with no dangling weekday', () => {
    const deck = buildDeck(NAUERT, { fileName: 'ar-briefing.txt' });
    expect(deck.meta.title).toBe('الإيجاز الصحفي لوزارة الخارجية رقم 40');
    expect(deck.meta.date).toBe('14 آب/أغسطس 2018');
    expect(deck.meta.event ?? '').not.toMatch(/الثلاثاء/u);
    expect(deck.meta.speaker).toBe('السيدة نويرت');
  });

  it('titles a French transcript by its French headline under an English header (fr)', () => {
    const deck = buildDeck(CONFERENCE, { fileName: 'fr-conference.txt' });
    expect(deck.meta.title).toBe('Conférence de presse conjointe du Président Obama et du Président Sarkozy');
    expect(deck.meta.event).toBe('Salle Est');
    for (const s of content(deck)) expect(s.screenText).not.toMatch(/Conférence de presse|WHITE HOUSE/u);
  });
});

describe('head lines', () => {
  it('tell a line in another language than the speech', () => {
    const es = 'Es un extraordinario honor para Michelle y para mí recibirlos en la Casa Blanca.';
    expect(inOtherLanguage('The White House', es, 'es')).toBe(true);
    expect(inOtherLanguage('Office of the Press Secretary', es, 'es')).toBe(true);
    expect(inOtherLanguage('Salón Este', es, 'es')).toBe(false);
    expect(inOtherLanguage('Declaraciones del Presidente Obama en la Cena', es, 'es')).toBe(false);
    const ar = 'نعم، تم تناول هاتين المسألتين في اتصال الوزير مع نظيره.';
    expect(inOtherLanguage('U.S. Department of State', ar, 'ar')).toBe(true);
    expect(inOtherLanguage('وزارة الخارجية الأمريكية', ar, 'ar')).toBe(false);
  });

  it('find the heading a page repeats with a few words more', () => {
    expect(repeatedHeading(['Department Press Briefing', 'Department Press Briefing No. 40'])).toBe(
      'Department Press Briefing No. 40',
    );
    expect(repeatedHeading(['Salón Este', '7:30 P.M. EDT'])).toBeNull();
  });

  it('never leave a weekday as a dateline’s place', () => {
    expect(datelinePlace('فهرس الإيجازات الصحفية لوزارة الخارجية الثلاثاء 14 آب/أغسطس 2018')).toBe(
      'فهرس الإيجازات الصحفية لوزارة الخارجية',
    );
    expect(datelinePlace('Washington, Tuesday, August 14, 2018')).toBe('Washington');
    expect(datelinePlace('الثلاثاء 14 آب/أغسطس 2018')).toBeUndefined();
    expect(datelinePlace('Sunday School, May 3, 1900')).toBe('Sunday School');
  });
});

describe('a turn that opens on a greeting', () => {
  it('is never titled by the greeting’s words ("الخير للجميع" from "صباح الخير للجميع.")', () => {
    const said = [
      'صباح الخير للجميع.',
      'أريد أن أتحدث صباح اليوم عن بعض الأمور المتعلقة بالإرهاب وعن نظام إرهابي وبضعة أمور أخرى أيضا.',
      'قبل أن أبدأ، أود أن أؤكد بغصة كبيرة مقتل مواطن أمريكي في هجوم إرهابي على سيارة تابعة للأمم المتحدة في كابول.',
    ];
    const title = deriveTitle(said, [], 'ar', [], true);
    expect(title).toBeTruthy();
    expect(title).not.toMatch(/الخير|للجميع|صباح/u);
  });
});
