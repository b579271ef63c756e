import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { speakerLabel } from './mask';
import { structureKind } from './structure';
import { isReporterLabel, isRoomLabel } from './turn-labels';
import { withVoices } from './voices';

describe('turn labels in other languages', () => {
  it('reads a reporter’s label in each language, in capitals, title case or with a spaced colon', () => {
    for (const [para, label] of [
      ['السؤال: أريد أن أسأل عن الاتصال.', 'السؤال:'],
      ['PREGUNTA: ¿Cuándo llegará el acuerdo?', 'PREGUNTA:'],
      ['Pregunta: ¿Cuándo llegará el acuerdo?', 'Pregunta:'],
      ['QUESTION : Monsieur le Président, quand ?', 'QUESTION :'],
      ['ВОПРОС: Когда будет построен газопровод?', 'ВОПРОС:'],
      ['Вопрос: Когда будет построен газопровод?', 'Вопрос:'],
      ['QUESTION: I want to ask about the call.', 'QUESTION:'],
    ] as const) {
      expect(speakerLabel(para)).toBe(label);
      expect(isReporterLabel(label)).toBe(true);
    }
    expect(isRoomLabel('AUDIENCE:')).toBe(true);
    expect(isReporterLabel('MS. NAUERT:')).toBe(false);
  });

  it('reads a speaker’s label: a title and a name, an initial and a surname, a role in capitals', () => {
    expect(speakerLabel('السيدة نويرت: نعم، تم تناول هاتين المسألتين.')).toBe('السيدة نويرت:');
    expect(speakerLabel('الوزير بومبيو: صباح الخير للجميع.')).toBe('الوزير بومبيو:');
    expect(speakerLabel('PRESIDENTE OBAMA: Es un extraordinario honor.')).toBe('PRESIDENTE OBAMA:');
    expect(speakerLabel('LE PRÉSIDENT : Mesdames et messieurs, bonsoir.')).toBe('LE PRÉSIDENT :');
    expect(speakerLabel('Presidente Obama: Es un extraordinario honor.')).toBe('Presidente Obama:');
    expect(speakerLabel('В.Путин: Да, мы обсуждали этот вопрос.')).toBe('В.Путин:');
    expect(isRoomLabel('السيدة نويرت:')).toBe(false);
  });

  it('reads a Hebrew speaker’s label as the Knesset’s minutes write it, on a line of its own or not', () => {
    for (const [para, label] of [
      ['היו"ר ראובן ריבלין:', 'היו"ר ראובן ריבלין:'],
      ['היו״ר ראובן ריבלין:\nחברי הכנסת, אני פותח את הישיבה.', 'היו״ר ראובן ריבלין:'],
      ['ראש הממשלה בנימין נתניהו: אדוני היושב-ראש, חברי הכנסת.', 'ראש הממשלה בנימין נתניהו:'],
      ['שר החוץ יאיר לפיד: תודה, אדוני היושב-ראש.', 'שר החוץ יאיר לפיד:'],
      ['השרה:', 'השרה:'],
      ['ח"כ אחמד טיבי: אני רוצה לשאול את השר.', 'ח"כ אחמד טיבי:'],
    ] as const)
      expect(speakerLabel(para), para).toBe(label);
    expect(isReporterLabel('שאלה:')).toBe(true);
    // the Knesset's salutations are no topic: "חברי הכנסת," "אדוני היושב-ראש,"
    expect(structureKind('חברי הכנסת,')).toBe('salutation');
    expect(structureKind('אדוני היושב-ראש, חברי הכנסת,')).toBe('salutation');
    expect(isRoomLabel('ראש הממשלה בנימין נתניהו:')).toBe(false);
    // a sentence with a colon is no label
    expect(speakerLabel('המסר שלי ברור: נעבוד יחד.')).toBeNull();
    expect(speakerLabel('ראש הממשלה אמר היום בכנסת שהוא מתכוון להמשיך בדרכו: אנחנו נבנה.')).toBeNull();
  });

  it('reads no salutation or sentence of a speech as a label', () => {
    expect(speakerLabel('Señor Presidente: es un honor estar aquí.')).toBeNull();
    expect(speakerLabel('Señoras y señores: bienvenidos.')).toBeNull();
    expect(speakerLabel('Mi mensaje es claro: trabajaremos juntos.')).toBeNull();
    expect(speakerLabel('الرئيس ترامب وعد بأن يفعل ذلك.')).toBeNull();
  });
});

// Heather Nauert's briefing of 14 August 2018, the State Department's Arabic translation (public domain)
const NAUERT = [
  'الإيجاز الصحفي لوزارة الخارجية رقم 40',
  'السؤال: أريد أن أسأل عن الاتصال الذي أجراه الوزير البارحة مع ولي العهد السعودي. ذكرت قراءة الاتصال مواضيع مختلفة بدون أن تذكر على وجه التحديد ما إذا تناول الوزير وولي العهد الهجوم في اليمن. ولم تذكر القراءة الخلاف القائم بين السعوديين وكندا وأتساءل عما إذا يمكن التوسع قليلا في القراءة وتحديد ما إذا تم تناول هذين الموضوعين أم لا.',
  'السيدة نويرت: نعم، تم تناول هاتين المسألتين في اتصال الوزير مع نظيره. لقد نشرنا قراءة عن الاتصال ولكن كما لاحظتم، ذكرت أنه تمت مناقشة قضايا أخرى ذات اهتمام مشترك. لا نقوم دائما بسرد كافة المسائل وكل قضية على حدة تتم مناقشتها في الاتصال ولكنني أؤكد لكم أنه تم تناول هذين الموضوعين بالفعل.',
  'السؤال: هذان الموضوعين؟ حسنا. كان هذان الموضوعان مهمين وشكرا على تأكيد تناولهما ولكن لكان من المفيد جدا أن يذكرا. لسنا نتحدث عن نهاية العالم كقضية ذات اهتمام مشترك.',
].join('\n\n');

const contentOf = (text: string, fileName: string) =>
  buildDeck(text, { fileName }).slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');

describe('a Q&A transcript in another language', () => {
  it('shows the answer’s line, never the reporter’s question nor its label (Arabic)', () => {
    const slides = contentOf(NAUERT, 'ar-briefing.txt');
    const shown = slides.map((s) => s.screenText).join('\n');
    expect(shown).not.toMatch(/السؤال|أريد أن أسأل|السيدة نويرت/u);
    expect(shown).toMatch(/تم تناول/u);
  });

  it('never signs a quote "— Question" nor quotes the question (English "QUESTION:")', () => {
    const text = [
      'Department Press Briefing',
      'QUESTION: I want to ask about the call the Secretary made yesterday with the Saudi Crown Prince. The readout mentioned various topics without saying whether the two discussed the attack in Yemen. I wonder if you could expand a little on the readout and say whether those two topics were discussed or not.',
      'MS. NAUERT: Yes, both of those issues were discussed in the Secretary’s call with his counterpart. We put out a readout of the call, but as you noticed, it said other issues of mutual interest were discussed. I can assure you that both of those topics were indeed addressed.',
      'QUESTION: Both topics? Okay. Those were important topics, and thank you for confirming them, but it would have been very useful to mention them in the readout.',
    ].join('\n\n');
    const slides = contentOf(text, 'en-briefing.txt');
    const shown = slides.map((s) => s.screenText).join('\n');
    expect(shown).not.toMatch(/Question|I want to ask|Nauert/u);
    expect(shown).toMatch(/both of those issues were discussed/u);
    // the question the excerpt ends on has no slide of its own: it ends the answer's notes
    expect(slides).toHaveLength(1);
    expect(slides[0]!.notes).toMatch(/Both topics\? Okay\./u);
  });

  it('keeps a Russian speaker’s label "В.Путин:" off the screen, and his answer on it', () => {
    const text = [
      'Пресс-конференция по итогам переговоров',
      'Вопрос: Владимир Владимирович, вы обсуждали сегодня поставки газа в Европу? И какие сроки строительства нового газопровода вы считаете реальными?',
      'В.Путин: Да, мы обсуждали этот вопрос подробно. Газопровод будет построен в срок, и первые поставки начнутся уже в следующем году. Мы рассчитываем, что наши партнёры выполнят свои обязательства так же, как и мы выполним свои.',
      'Вопрос: Спасибо. А что с ценами на газ для европейских потребителей, они вырастут или снизятся в ближайшие годы?',
      'В.Путин: Цены определяются рынком и долгосрочными контрактами. Мы никогда не использовали энергоносители как инструмент давления и не будем этого делать. Наши контракты выполняются честно, и потребители это знают.',
    ].join('\n\n');
    const shown = contentOf(text, 'ru-press.txt')
      .map((s) => s.screenText)
      .join('\n');
    expect(shown).not.toMatch(/В\.Путин|Вопрос:|Владимир Владимирович/u);
    expect(shown).toMatch(/Газопровод будет построен|Мы никогда не использовали/u);
  });

  it('reads a Knesset transcript’s labels as turns: no label titles a slide or shows, the notes keep them (Hebrew)', () => {
    const text = [
      'ישיבה מיוחדת לציון יום ירושלים',
      'היו"ר ראובן ריבלין:\nחברי הכנסת, אני פותח את הישיבה המיוחדת של הכנסת לכבוד יום ירושלים. אני מזמין את ראש הממשלה לשאת את דבריו.',
      'ראש הממשלה בנימין נתניהו:\nאדוני היושב-ראש, חברי הכנסת, ירושלים היא לב ליבו של העם היהודי. במשך שלושת אלפים שנה התפללנו לשוב אליה, ובכל דור ודור נשאנו את שמה בתפילותינו. היום אנחנו בונים אותה ומפתחים אותה לטובת כל תושביה.',
      'השקעה בתחבורה היא הבסיס לצמיחה של העיר. הרכבת הקלה תגיע לכל השכונות, והקו החדש יחבר את מזרח העיר למערבה. אנחנו סוללים כבישים חדשים ומרחיבים את התחבורה הציבורית.',
      'החינוך הוא המפתח לעתיד של ירושלים. בתי הספר החדשים ייפתחו בשנה הבאה בכל רובעי העיר. אנחנו מכשירים מורים ומוסיפים שעות לימוד.',
      'היו"ר ראובן ריבלין:\nתודה לראש הממשלה. הישיבה נעולה.',
    ].join('\n\n');
    const deck = buildDeck(text, { fileName: 'he-knesset.txt' });
    const slides = deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
    expect(slides.length).toBeGreaterThan(0);
    for (const s of slides) {
      expect(s.title, s.title).not.toMatch(/יו"ר|ריבלין|ראש הממשלה בנימין|נתניהו/u);
      // (a quote of the chair's is signed with his name, as another voice's quote is: never said as content)
      expect(s.screenText, s.screenText).not.toMatch(/ריבלין:|נתניהו/u);
      for (const b of s.blocks)
        if (b.type === 'quote') expect(JSON.stringify(b.children)).not.toMatch(/יו\\"ר|ריבלין|נתניהו/u);
    }
    expect(deck.slides.map((s) => s.notes).join('\n\n')).toContain('ראש הממשלה בנימין נתניהו:');
  });

  it('reads a lone "Question:" in a speech as the speaker’s own words, not a reporter’s', () => {
    const paras = [
      'Our cities grew faster than anyone planned, and the water mains never caught up with the people.',
      'Question: how do we build a city that can keep up with its own people for the next fifty years?',
      'The answer starts with the plans we make today, street by street.',
    ].map((text) => ({ text, inlines: [], pos: { line: 1, column: 1 } }));
    const [section] = withVoices([{ paras, pos: { line: 1, column: 1 }, plannable: true }]);
    expect(section!.paras.map((p) => p.voice)).toEqual([undefined, undefined, undefined]);
  });
});
