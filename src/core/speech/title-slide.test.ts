import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { isBulletLine } from './reflow';
import { datelineDate, isDateline, structureKind } from './structure';

const content = (deck: ReturnType<typeof buildDeck>) =>
  deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');

describe('a date with a day and a month name is a date in every language', () => {
  it('never reads the day as a list marker', () => {
    expect(isBulletLine('6. Februar 1919')).toBe(false);
    expect(isBulletLine('6. Die Regierung wird zurücktreten.')).toBe(true);
  });

  it('knows German, Spanish, French, Russian and Italian datelines', () => {
    for (const [line, date] of [
      ['6. Februar 1919', '6. Februar 1919'],
      ['Weimar, 6. Februar 1919', '6. Februar 1919'],
      ['6 de febrero de 1919', '6 de febrero de 1919'],
      ['Madrid, 3 de marzo de 2021', '3 de marzo de 2021'],
      ['Paris, le 6 février 1919', '6 février 1919'],
      ['Москва, 6 февраля 1919 г.', '6 февраля 1919 г.'],
      ['Roma, 6 febbraio 1919', '6 febbraio 1919'],
    ])
      expect([line, isDateline(line!), datelineDate(line!)]).toEqual([line, true, date]);
  });

  it('knows a German salutation', () => {
    expect(structureKind('Meine Damen und Herren,')).toBe('salutation');
    expect(structureKind('Sehr geehrte Abgeordnete,')).toBe('salutation');
  });
});

describe('the title slide of a speech with a name, a title and a dateline on top', () => {
  // Friedrich Ebert, opening the National Assembly, Weimar, 6 February 1919 (public domain)
  const ebert = `Friedrich Ebert

Ansprache zur Eröffnung der Nationalversammlung

6. Februar 1919

Meine Damen und Herren,

die Reichsregierung begrüßt durch mich die Verfassunggebende Versammlung der deutschen Nationen. Besonders herzlich begrüße ich die Frauen, die zum erstenmal gleichberechtigt im Reichsparlament erscheinen.

In der Revolution erhob sich das deutsche Volk gegen eine veraltete, zusammenbrechende Gewaltherrschaft. Das deutsche Volk ist frei, bleibt frei und regiert in aller Zukunft sich selbst.
`;

  it('takes the name as the speaker, the next line as the title and the dateline as the date', () => {
    const deck = buildDeck(ebert, { fileName: 'de-ebert-1919.txt' });
    expect(deck.meta).toMatchObject({
      title: 'Ansprache zur Eröffnung der Nationalversammlung',
      speaker: 'Friedrich Ebert',
      date: '6. Februar 1919',
    });
    for (const s of content(deck)) expect(s.title).not.toMatch(/Februar|Damen/u);
    // the notes keep every line
    expect(deck.slides.map((s) => s.notes).join('\n')).toContain('6. Februar 1919');
  });

  it('keeps a title line that is not a name as the title', () => {
    const deck = buildDeck(ebert.replace('Friedrich Ebert', 'Die Eröffnung in Weimar'), {
      fileName: 'x.txt',
    });
    expect(deck.meta.title).toBe('Die Eröffnung in Weimar');
    expect(deck.meta.date).toBe('6. Februar 1919');
  });
});

describe('a speech written one line a paragraph, with a title, a lead, an event and a dateline', () => {
  // UN Secretary-General, priorities for 2021 (UN News, 28 January 2021); short excerpt
  const guterres = `Prioridades del Secretario General para el 2021
El año 2021 debe ser el año en que cambiemos de velocidad y pongamos el mundo en la senda correcta, asegura el titular de la ONU.
Reunión informativa oficiosa con los Estados Miembros sobre las prioridades para 2021
Nueva York, 28 de enero de 2021
Presidente de la Asamblea General,
Excelencias,
Señoras y señores,
2020 fue un annus horribilis global, un año de muerte, desastres y desesperación.
La pandemia de COVID-19 desató el caos en todos los países y todas las economías.
La crisis climática está en su apogeo.
La biodiversidad se está destruyendo.
`;

  it('takes the first line as the deck title, the event as subtitle and the dateline as the date', () => {
    const deck = buildDeck(guterres, { fileName: 'es-guterres-prioridades-2021.txt' });
    expect(deck.meta).toMatchObject({
      title: 'Prioridades del Secretario General para el 2021',
      subtitle: 'Reunión informativa oficiosa con los Estados Miembros sobre las prioridades para 2021',
      event: 'Nueva York',
      date: '28 de enero de 2021',
    });
    const titleSlide = deck.slides[0]!;
    expect(titleSlide.notes).toContain('asegura el titular de la ONU');
    for (const s of content(deck)) expect(s.notes).not.toContain('asegura el titular');
  });

  it('does not take a first sentence for a title', () => {
    const deck = buildDeck(guterres.split('\n').slice(7).join('\n'), { fileName: 'es-guterres-x.txt' });
    expect(deck.meta.title).toBe('Guterres X');
  });
});

describe('a role byline on the first line (the Miller Center files)', () => {
  const body = [
    "There's an old saying we've all heard a thousand times about the weather and how everyone talks about it but no one does anything about it.",
    'Well, many of you must be feeling that way about the present state of our economy, and I want you to know we are doing something about it.',
  ].join('\n\n');

  it('is the speaker, never the deck title', () => {
    for (const [line, name] of [
      ['President: Ronald Reagan', 'Ronald Reagan'],
      ['President: George H. W. Bush', 'George H. W. Bush'],
      ['President: Barack Obama', 'Barack Obama'],
    ] as const) {
      const deck = buildDeck(`${line}\n\nMy fellow Americans:\n\n${body}`, {
        fileName: 'en-reagan-tax-budget-address-1982.txt',
      });
      expect(structureKind(line)).toBe('byline');
      // the file is filed under its speaker: the rest of its name is the title (file-title.ts)
      expect(deck.meta.title).toBe(
        name.includes('Reagan') ? 'Tax Budget Address' : 'Reagan Tax Budget Address',
      );
      expect(deck.meta.speaker).toBe(name);
      for (const s of content(deck)) expect(s.screenText).not.toContain('President:');
    }
  });

  it('leaves a real title with a colon alone', () => {
    expect(structureKind('Ebola: The Next Pandemic')).toBe(null);
    const deck = buildDeck(`Ebola: The Next Pandemic\n\n${body}`, { fileName: 'en-x.txt' });
    expect(deck.meta.title).toBe('Ebola: The Next Pandemic');
  });
});

describe('a Chinese or Japanese text indented with ideographic spaces, no blank lines', () => {
  // Natsume Sōseki, 『現代日本の開化』 (1911; public domain, Aozora Bunko), its opening lines as published
  const SOSEKI = [
    '現代日本の開化',
    '――明治四十四年八月和歌山において述――',
    '\u3000でいよいよ開化に出戻りを致しますが、開化と云うものも、汽車とか蠅とか巡査とか騎兵とか云うようなもののごとくに動いている。それで開化の一瞬間をとってカメラにピタリと収めて、これが開化だと云って差し出すわけには行かない。',
    '\u3000開化は人間活力の発現の経路である。と私はこう云いたい。私ばかりじゃない、あなたがたもそう云いたいだろうと思う。',
    '\u3000その二通りのうち一つは積極的のもので、一つは消極的のものである。何か月並のような講釈をして済みませんが、これも必要だから申します。',
  ].join('\n');

  it('keeps the editor’s dash line on its own: the title slide’s subtitle, never a slide title', () => {
    const deck = buildDeck(SOSEKI, { fileName: 'soseki.txt' });
    expect(deck.meta.title).toBe('現代日本の開化');
    expect(deck.meta.subtitle).toBe('明治四十四年八月和歌山において述');
    for (const s of content(deck)) expect(s.title).not.toMatch(/四十四年|明治/u);
    // each indented line is a paragraph of its own, and the notes keep every word
    const notes = deck.slides.map((s) => s.notes).join('\n\n');
    expect(notes).toContain('開化は人間活力の発現の経路である。');
    expect(notes.replace(/\s/gu, '')).toContain(SOSEKI.split('\n').slice(2).join('').replace(/\s/gu, ''));
  });
});

describe('a venue over its town on two lines (judge15, Harris in Hanoi)', () => {
  it('sets the two parts of the place apart on the title slide, never run together', () => {
    // (a White House transcript, hard-wrapped at 72 columns, blank lines between paragraphs)
    const deck = buildDeck(
      [
        'JW Marriott Hotel Hanoi',
        'Hanoi, Vietnam',
        '',
        '3:00 P.M. ICT',
        '',
        'THE VICE PRESIDENT:  Good afternoon.  I want to thank our hosts for so',
        'warmly welcoming us to Vietnam.  This trip signals the beginning of the',
        'next chapter in the relationship between our two countries and people.',
        '',
        'We have had an enduring commitment to this relationship because it',
        'matters to the people, to the security, and to the prosperity of the',
        'American people and, we believe, the people of Vietnam as well.',
      ].join('\n'),
      { fileName: 'remarks.txt' },
    );
    expect(deck.meta.event).toBe('JW Marriott Hotel Hanoi · Hanoi, Vietnam');
    expect(deck.slides[0]!.screenText).toContain('JW Marriott Hotel Hanoi · Hanoi, Vietnam');
    // the notes keep the speech as it was written
    expect(deck.slides[0]!.notes).toContain('JW Marriott Hotel Hanoi');
  });
});

describe('a signature alone at the end', () => {
  // the close of Secretary-General Guterres' UN80 message (un.org, Russian) and of Prime Minister
  // Abe's Hiroshima address, 6 August 2019 (kantei.go.jp; quoted)
  const RU = [
    'Восемьдесят лет назад в мире, разоренном войной, лидеры стран сделали выбор. Сотрудничество, а не хаос. Закон, а не беззаконие.',
    'Мы должны справиться — и мы справимся. Мы никогда не должны сдаваться.',
    '— АНТОНИУ ГУТЕРРИШ',
  ].join('\n\n');
  const JA = [
    '本日、被爆から七十四年目の原爆の日を迎えました。',
    '結びに、ここ広島市において、「核兵器のない世界」と恒久平和の実現に向けて力を尽くすことをお誓い申し上げます。',
    '令和元年８月６日\n　内閣総理大臣・安倍晋三',
  ].join('\n\n');

  it('is no closing slide: it ends the last slide’s notes and names the speaker on the title slide', () => {
    for (const [text, name, speaker, more] of [
      [RU, 'ru-message.txt', 'Антониу Гутерриш', ''],
      [JA, 'ja-aisatsu.txt', '安倍晋三', '内閣総理大臣'],
    ] as const) {
      const deck = buildDeck(text, { fileName: name });
      // (the Japanese address closes on "結びに、…": its closing slide is those words, close27;
      // the message ends on the signature alone, no closing slide)
      if (name === 'ru-message.txt') expect(deck.slides.map((s) => s.layout)).not.toContain('closing');
      expect(deck.meta.speaker).toBe(speaker);
      expect(deck.slides[0]!.screenText).toContain(speaker);
      if (more) expect(deck.slides[0]!.screenText).toContain(more);
      const ws = (x: string) => x.replace(/\s+/gu, ' ').trim();
      expect(ws(deck.slides.at(-1)!.notes).endsWith(ws(text.split('\n\n').at(-1)!))).toBe(true);
      for (const s of deck.slides.slice(1)) expect(s.screenText).not.toMatch(/ГУТЕРРИШ|安倍晋三/u);
    }
    // the Japanese signature's date is the talk's date
    expect(buildDeck(JA, { fileName: 'ja-aisatsu.txt' }).meta.date).toBe('令和元年８月６日');
  });

  it('with thanks before it stays the closing slide, the thanks its title', () => {
    const deck = buildDeck(`${RU.split('\n\n').slice(0, 2).join('\n\n')}\n\nСпасибо.\n\n— АНТОНИУ ГУТЕРРИШ`, {
      fileName: 'ru-message.txt',
    });
    expect(deck.slides.at(-1)!.layout).toBe('closing');
    expect(deck.slides.at(-1)!.title).toBe('Спасибо.');
    expect(deck.meta.speaker).toBe('Антониу Гутерриш');
  });
});
