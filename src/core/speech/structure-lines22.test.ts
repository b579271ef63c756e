import { describe, expect, it } from 'vitest';
import { buildDeck, spokenParagraphs } from '.';
import { catalogueHeading, officeAndName } from './speech-parts';
import { headnoteDatePlace, headnoteEnd } from './headnote';
import { plainParagraphs } from './reflow';
import { isDateline, isNameRoll, salutationEnd, structureKind } from './structure';

// Catalogue headings from real archives: the Jacques Chirac archive (jacqueschirac-asso.fr, the
// elysee.fr archive: fr Chirac toast, judge22 SOURCES.md, and its catalogue pages), russiaun.ru,
// malumnalu.blogspot.com (PNG Prime Minister's office), a book's contents (Hambacher Fest 1832),
// planalto.gov.br (Rousseff)
describe('catalogueHeading: an archive heading gives title, speaker and office (judge22)', () => {
  it.each([
    [
      "Toast prononcé par M. Jacques CHIRAC, Président de la République, à l'occasion du dîner d'État offert en son honneur par son excellence M. Robert KOTCHARIAN, President de la République d'Arménie.",
      "Toast à l'occasion du dîner d'État",
      'Jacques Chirac',
      'Président de la République',
    ],
    [
      "Allocution de M. Jacques Chirac, Président de la République, à l'occasion de l'inauguration du Musée du quai Branly",
      "Allocution à l'occasion de l'inauguration du Musée du quai Branly",
      'Jacques Chirac',
      'Président de la République',
    ],
    [
      "Discours de M. Jacques CHIRAC, Président de la République, à l'ouverture de la 31e Conférence générale de l'UNESCO.",
      "Discours à l'ouverture de la 31e Conférence générale de l'UNESCO",
      'Jacques Chirac',
      'Président de la République',
    ],
    [
      "Discours de M. Jacques CHIRAC Président de la République à l'occasion de la tenue à Paris de la Conférence de paix sur l'ex-Yougoslavie",
      "Discours à l'occasion de la tenue à Paris de la Conférence de paix sur l'ex-Yougoslavie",
      'Jacques Chirac',
      'Président de la République',
    ],
    [
      'Allocution de M. Jacques CHIRAC, Président de la République lors du Ier sommet France-Océanie',
      'Allocution lors du Ier sommet France-Océanie',
      'Jacques Chirac',
      'Président de la République',
    ],
    [
      "Speech by Prime Minister Peter O'Neill at the XV Pacific Games Opening Ceremony",
      'Speech at the XV Pacific Games Opening Ceremony',
      "Peter O'Neill",
      'Prime Minister',
    ],
    [
      'Welcoming speech by Permanent Representative Vassily Nebenzia at the reception on the occasion of Russian National Day',
      'Welcoming speech at the reception on the occasion of Russian National Day',
      'Vassily Nebenzia',
      'Permanent Representative',
    ],
    // whitehouse.gov's title-case headings (Brainard 2024, judge27: the whole line was the title)
    [
      'Remarks by National Economic Advisor Lael Brainard Assessing Progress on the US Economy',
      'Remarks Assessing Progress on the US Economy',
      'Lael Brainard',
      'National Economic Advisor',
    ],
    [
      'Remarks by Governor Christopher J. Waller on the Economic Outlook',
      'Remarks on the Economic Outlook',
      'Christopher J. Waller',
      'Governor',
    ],
    [
      'Rede von Dr. Philipp Jakob Siebenpfeiffer auf dem Hambacher Fest 1832',
      'Rede auf dem Hambacher Fest 1832',
      'Philipp Jakob Siebenpfeiffer',
      undefined,
    ],
    [
      'Discurso da Presidenta da República, Dilma Rousseff, durante o I Congresso Nacional do Movimento dos Pequenos Agricultores-MPA - São Bernardo do Campo/SP',
      'Discurso durante o I Congresso Nacional do Movimento dos Pequenos Agricultores-MPA',
      'Dilma Rousseff',
      'Presidenta da República',
    ],
  ])('%s', (line, title, speaker, role) => {
    const h = catalogueHeading(line);
    expect(h?.title).toBe(title);
    expect(h?.speaker).toBe(speaker);
    expect(h?.role).toBe(role);
  });

  it.each([
    // two speakers: no one speaker to print (jacqueschirac-asso.fr)
    "Conférence de presse conjointe de M. Jacques CHIRAC, Président de la République, et de M. José Luis Rodriguez ZAPATERO, Président du gouvernement du Royaume d'Espagne",
    // no personal name (casareal.es)
    'Palabras de Su Majestad el Rey al recibir la Llave de Oro de la Ciudad de Melilla',
    // a title, not a catalogue heading
    'Something Appears to Be Giving',
    // (an office alone names no one: "Remarks by President Biden on the Economy" is Biden's, title-slide28.test.ts)
    'Remarks by the President on the Economy',
  ])('no catalogue heading: %s', (line) => {
    expect(catalogueHeading(line)).toBeNull();
  });

  it('the office before a name, and none when an office word follows it', () => {
    // en Waller (judge22, federalreserve.gov): the header line under the date
    expect(officeAndName('Governor Christopher J. Waller')).toEqual({
      name: 'Christopher J. Waller',
      role: 'Governor',
    });
    expect(officeAndName('Prime Minister Modi').role).toBeUndefined();
  });
});

// The openings of five judge22 speeches, as SOURCES.md gives them (kantei.go.jp; ParlaMint-TR;
// lirondos/discursos-de-navidad from casareal.es; itamaraty.gov.br; federalreserve.gov via
// wbzhang233/FOMCSpeechScraper): the first paragraphs only
const OPENINGS: Record<string, string> = {
  'ja-abe-naikaku-souridaijin-danwa-2018':
    '内閣総理大臣談話\n\n平成30年10月2日\n閣議決定\n\n　来年は、皇位の継承という歴史の大きな節目を迎えます。その直後には、日本が初めて議長国を務めるG20サミット、さらに翌年は、東京オリンピック、パラリンピックが開催され、世界中の注目が日本に集まります。\n\n　日本がまさに歴史の大きな転換点を迎える中で、今こそ、未来を見据えて、平成の、その先の時代を切り拓く時です。\n\n　国難とも呼ぶべき少子高齢化に真正面から立ち向かい、一億総活躍の新たな国づくりを推し進めます。未来を担う子ども達、子育て世代に大胆に投資するとともに、高齢者の皆様がいくつになっても活躍できる社会を実現することで、全ての世代が安心できる社会保障制度へと改革を行ってまいります。\n\n　TPPや欧州との経済連携協定をはじめ、新しい時代の世界のルールづくりを進めます。激動する国際情勢の中で、北朝鮮問題をはじめとする諸課題を解決し、我が国がリーダーシップを発揮して、新しい時代のアジア太平洋の平和と繁栄の礎を築き上げてまいります。\n\n　希望にあふれ、誇りある日本を創り上げ、次世代に引き渡すため、内閣一丸となって、政策の実行に邁進する決意です。\n\n　安倍内閣の新たな取組に、国民の皆様の御理解と御協力を改めてお願いいたします。\n',
  'tr-sirakaya-isgucu-anlasmasi-2018':
    'Sayın Başkan, değerli milletvekilleri; 30 Ekim 1961 günü Almanya’yla imzalanan iş gücü alım anlaşması, birçok insanımızın hayatını değiştiren, Anadolu’dan binlerce kişinin bundan sonraki hayatlarında ana vatanlarını yüreklerinde hissederek yaşamalarına sebep olan yazılı birer belge olmuştur. O zamanlar öngörülemese de bu anlaşmalar hem Avrupa ülkeleri toplumları hem de Türk toplumu için birer dönüşümün ilk adımıydı. Sirkeci’den Münih’e yaklaşık elli saat süren yolculuk ve son bir kez eşlerine, çocuklarına vagonların buğulu camlarından bakan işçilerin hikâyesi işte böyle başlamıştı. O zaman elli saat süren yolculukla başlayan göç hikâyeleri bugünlerde 57’nci yılı geride bıraktı. Bu göçmenlik hikâyesinde hepsinin aklında bir gün ana vatana geri dönmek vardı ancak öyle olmadı. Zira vatanlarından kilometrelerce uzakta ailelerine, sevdiklerine hasret yaşayan bu insanlarımız, o dönemlerde Türkiye’deki haksız ve toplumun kendisine yabancı olan siyasetin de mağduru oldular. Özellikle AK PARTİ iktidarı öncesine kadar “Batılı ülkelerle aramız açılmasın.” kaygısıyla yurt dışındaki Türklerin bütün sorunları göz ardı edilmiş ve dış Türkler konusunda AK PARTİ dönemine kadar bütün hükûmetler pasif kalmıştır.\n',
  'es-juancarlos-mensaje-navidad-2008':
    '¡Buenas noches!\n\nMucho me alegra empezar mis palabras expresando, de corazón, mis mejores deseos y más afectuosa felicitación a todos los españoles en estas fechas navideñas.\n\nAl término de este año, quiero - como es tradicional- compartir un conjunto de reflexiones y de sentimientos sobre nuestro desarrollo como pueblo y como Nación.\n\nUn año 2008 intenso en acontecimientos, del que quisiera detenerme en tres asuntos de especial relieve, como son el Treinta Aniversario de la Constitución; la lucha contra el terrorismo; y la crisis financiera y económica generalizada que atravesamos.\n\nGracias a nuestra Constitución, España ha vivido por primera vez treinta años de democracia plena, que coinciden con los de mayor progreso y modernización en nuestra Historia.\n\nPor eso, estos treinta años de Constitución deben servirnos, no sólo para felicitarnos por lo mucho conseguido, sino sobre todo para llenarnos de energía y de confianza en nuestra capacidad de presente y de futuro para seguir avanzando como gran Nación.\n',
  'pt-rousseff-brinde-tabare-vazquez-2015':
    'Excelentíssimo senhor presidente da República Oriental do Uruguai, Tabaré Vázquez,\n\nExcelentíssimo presidente do Supremo Tribunal Federal, ministro Ricardo Lewandowski,\n\nSenhoras e senhores embaixadores, acreditados junto ao meu governo,\n\nSenhoras e senhores ministros de Estado e integrantes das delegações do Uruguai e do Brasil,\n\nDeputados federais Arlindo Sinaga, Edio Lopes, João Morais.\n\nSenhoras e senhores embaixadores,\n\nSenhoras e senhores jornalistas, fotógrafos e cinegrafistas,\n\nHoje pela manhã eu me reuni com o presidente Tabaré Vázquez, o que muito me honrou, aqui em Brasília. Nós tivemos profundos e grandes debates e deles prestamos toda a informação à imprensa. Agora, é a hora do brinde. Agora, é a hora em que eu saúdo o povo uruguaio, a amizade que une os nossos povos; o fato desses povos dividirem uma fronteira comum em muitos lugares. Brasileiros têm pais uruguaios; uruguaios têm pais brasileiros. Esse povo e esse país com o qual nós temos a felicidade de conviver, ele é recebido, hoje, na pessoa do presidente Tabaré Vázquez, nosso grande amigo. E, ele vai me permitir saudar a ele, com uma citação de um ilustre cidadão uruguaio e do mundo, que recentemente nos deixou e que, como poucos, ajudou a gerações de latino-americanos a entender, a explicar e a amar o nosso continente.\n\nAnos atrás, Eduardo Galeano nos disse que: “Há aqueles que creem que o destino descansa nos joelhos dos deuses, mas a verdade é que trabalha como um desafio candente sobre a consciência dos homens”. Os uruguaios e os brasileiros são exemplo de povos que forjaram seus destinos com consciência, com força, perseverança e união.\n\nEu quero, aqui, fazer um brinde ao nosso grande latino-americano, ao nosso uruguaio, presidente e líder, Tabaré Vázquez.\n',
  'en-waller-something-appears-to-be-giving-2023':
    "Something Appears to Be Giving\n\nNovember 28, 2023\n\nGovernor Christopher J. Waller\n\nAt the American Enterprise Institute, Washington, D.C.\n\nLast month, I gave a speech entitled \"Something's Got to Give.\"1 That message was prompted by the fact that we were observing strong economic growth and employment data in the third quarter, while simultaneously seeing a clear moderation in core personal consumption expenditures (PCE) inflation. While this was good news for employment growth, the pace of real economic activity seemed inconsistent with continued progress toward the Federal Open Market Committee's (FOMC) goal of 2 percent inflation. It seemed clear to me then that something had to give— for inflation to continue falling to our 2 percent target, the economy needed to slow from its torrid third-quarter pace. If it did not cool off, then it was likely that progress on inflation would stop or even reverse. So, what remained to be seen was whether the economy would cool or inflation would heat up.\n\nI am encouraged by what we have learned in the past few weeks—something appears to be giving, and it's the pace of the economy. Data for October indicated an easing in economic activity, and forecasts for the fourth quarter show the kind of moderation that is more in keeping with progress on lowering inflation. In addition, after watching core PCE inflation increase in September from its summer lows, the latest data showed inflation moving in the right direction in October, albeit gradually.\n\nWhile I am encouraged by the early signs of moderating economic activity in the fourth quarter based on the data in hand, inflation is still too high, and it is too early to say whether the slowing we are seeing will be sustained. But I am increasingly confident that policy is currently well positioned to slow the economy and get inflation back to 2 percent. That said, there is still significant uncertainty about the pace of future activity, and so I cannot say for sure whether the FOMC has done enough to achieve price stability. Hopefully, the data we receive over the next couple of months will help answer that question.\n",
};
const judge = (name: string) => OPENINGS[name]!;
const fr = `Toast prononcé par M. Jacques CHIRAC, Président de la République, à l'occasion du dîner d'État offert en son honneur par son excellence M. Robert KOTCHARIAN, President de la République d'Arménie.

Erevan – Arménie, vendredi 29 septembre 2006

Monsieur le Président de la République,
Madame,

Merci, Monsieur le Président, pour vos propos chaleureux. Merci pour votre invitation à effectuer cette première visite d'État d'un Président de la République française en Arménie.

Au nom de la République française, je veux rendre hommage à l'amitié entre nos deux pays et entre nos deux peuples.

"Arménie mon amie", selon le juste intitulé de l'année de l'Arménie en France, je lève mon verre à ton histoire, à tes habitants et à leur avenir.
`;

describe('fr Chirac toast: the heading and the dateline make the title slide (judge22)', () => {
  it('the spoken text keeps the heading, as the notes do', () => {
    expect(spokenParagraphs(fr, 'fr-chirac-toast-armenie-2006.txt')[0]).toMatch(
      /^Toast prononcé par M\. Jacques CHIRAC/u,
    );
  });

  it('a dateline with its day of the week is a dateline', () => {
    expect(isDateline('Erevan – Arménie, vendredi 29 septembre 2006')).toBe(true);
  });

  it('title, speaker, role, place and date; the heading and dateline in its notes, never on a content slide', () => {
    const deck = buildDeck(fr, { fileName: 'fr-chirac-toast-armenie-2006.txt' });
    expect(deck.meta).toMatchObject({
      title: "Toast à l'occasion du dîner d'État",
      speaker: 'Jacques Chirac',
      role: 'Président de la République',
      event: 'Erevan – Arménie',
      date: '29 septembre 2006',
    });
    const [title, ...rest] = deck.slides;
    expect(title!.notes).toContain('Toast prononcé par M. Jacques CHIRAC');
    expect(title!.notes).toContain('Erevan – Arménie, vendredi 29 septembre 2006');
    for (const s of rest) expect(s.screenText).not.toContain('Erevan');
  });
});

// en Twain "Statistics" (Project Gutenberg #3188, Mark Twain's Speeches, 1910; judge22 SOURCES.md)
const twain = `STATISTICS

          EXTRACT FROM “THE HISTORY OF THE SAVAGE CLUB”

          During that period of gloom when domestic bereavement had
          forced Mr. Clemens and his dear ones to secure the privacy they
          craved until their wounds should heal, his address was known to
          only a very few of his closest friends.  One old friend in New
          York, after vain efforts to get his address, wrote him a letter
          addressed as follows

                    MARK TWAIN,
                         God Knows Where,
                                   Try London.

          The letter found him, and Mr. Clemens replied to the letter
          expressing himself surprised and complimented that the person
          who was credited with knowing his whereabouts should take so
          much interest in him, adding: “Had the letter been addressed to
          the care of the 'other party,' I would naturally have expected
          to receive it without delay.”

          His correspondent tried again, and addressed the second letter:

                    MARK TWAIN,
                         The Devil Knows Where,
                              Try London.

          This found him also no less promptly.

          On June 9, 1899, he consented to visit the Savage Club, London,
          on condition that there was to be no publicity and no speech
          was to be expected from him.  While the toastmaster was
          speaking, the members saw Mr. Clemens's eyes begin to sparkle
          and his cheeks to flush.  He jumped up, and made a
          characteristic speech.

Perhaps I am not a humorist, but I am a first-class fool—a simpleton;
for up to this moment I have believed Chairman MacAlister to be a decent
person whom I could allow to mix up with my friends and relatives. I
have counted the words in MacAlister's drivel (I certainly cannot call
it a speech), and there were exactly three thousand four hundred and
thirty-nine.

I was sorry to have my name mentioned as one of the great authors,
because they have a sad habit of dying off. Chaucer is dead, Spencer is
dead, so is Milton, so is Shakespeare, and I am not feeling very well
myself.
`;

describe('en Twain "Statistics": an indented headnote of seven paragraphs (judge22)', () => {
  it('the whole indented block is the headnote, whatever it reports', () => {
    const paras = plainParagraphs(twain);
    // paragraphs 2–8 (after the title and the source line) are set ten spaces in, the speech not
    expect(headnoteEnd(paras, 2, paras.length, twain)).toBe(9);
  });

  it('the source line is no subtitle; place and date come from the headnote', () => {
    expect(structureKind('EXTRACT FROM “THE HISTORY OF THE SAVAGE CLUB”')).toBe('byline');
    expect(
      headnoteDatePlace([
        'On June 9, 1899, he consented to visit the Savage Club, London, on condition that there was to be no publicity',
      ]),
    ).toEqual({ date: 'June 9, 1899', place: 'Savage Club, London' });
  });

  it('the headnote is in the title slide notes, never on a content slide', () => {
    const deck = buildDeck(twain, { fileName: 'en-twain-statistics-savage-club-1899.txt' });
    expect(deck.meta.subtitle).toBeUndefined();
    expect(deck.meta).toMatchObject({
      title: 'Statistics',
      event: 'Savage Club, London',
      date: 'June 9, 1899',
    });
    expect(deck.slides[0]!.notes).toContain('During that period of gloom');
    const screens = deck.slides
      .slice(1)
      .map((s) => `${s.title}\n${s.screenText}`)
      .join('\n');
    expect(screens).not.toMatch(/toastmaster|old friend|Mr\. Clemens/u);
    expect(deck.slides[1]!.notes.startsWith('Perhaps I am not a humorist')).toBe(true);
  });
});

describe('stamps and salutations are structure, never a content slide title (judge22)', () => {
  it.each([
    // ja Abe 内閣総理大臣談話 (kantei.go.jp, 2018-10-02): the cabinet-decision stamp under the date
    ['閣議決定', 'format'],
    // es Juan Carlos I, Mensaje de Navidad 2008 (casareal.es): the greeting that opens it
    ['¡Buenas noches!', 'greeting'],
  ])('%s → %s', (line, kind) => {
    expect(structureKind(line)).toBe(kind);
  });

  it('tr Sırakaya (ParlaMint-TR, TBMM 2018-11-01): the address closed by ";" ends at it', () => {
    const text =
      'Sayın Başkan, değerli milletvekilleri; 30 Ekim 1961 günü Almanya’yla imzalanan iş gücü alım anlaşması, birçok insanımızın hayatını değiştiren, Anadolu’dan binlerce kişinin bundan sonraki hayatlarında ana vatanlarını yüreklerinde hissederek yaşamalarına sebep olan yazılı birer belge olmuştur. O zamanlar öngörülemese de bu anlaşmalar birer dönüşümün ilk adımıydı.';
    const first = text.indexOf('olmuştur.') + 'olmuştur.'.length;
    expect(text.slice(0, salutationEnd(text, first))).toBe('Sayın Başkan, değerli milletvekilleri; ');
  });

  it('pt Rousseff (itamaraty.gov.br, 2015-05-21): a line of names inside the salutation roll', () => {
    expect(isNameRoll('Deputados federais Arlindo Sinaga, Edio Lopes, João Morais.')).toBe(true);
    expect(
      isNameRoll('Hoje pela manhã eu me reuni com o presidente Tabaré Vázquez, o que muito me honrou.'),
    ).toBe(false);
  });

  it.each([
    ['ja-abe-naikaku-souridaijin-danwa-2018', '閣議決定', '閣議決定'],
    ['tr-sirakaya-isgucu-anlasmasi-2018', 'Sayın Başkan, değerli milletvekilleri;', 'Sayın Başkan'],
    ['es-juancarlos-mensaje-navidad-2008', '¡Buenas noches!', 'Buenas noches'],
    [
      'pt-rousseff-brinde-tabare-vazquez-2015',
      'Senhoras e senhores jornalistas, fotógrafos e cinegrafistas,',
      'Senhoras e senhores',
    ],
  ])('%s: the line is in the title slide notes and no content title', (name, line, shown) => {
    const deck = buildDeck(judge(name), { fileName: `${name}.txt` });
    expect(deck.slides[0]!.notes).toContain(line);
    for (const s of deck.slides.slice(1)) {
      expect(s.title).not.toContain(shown);
      expect(s.notes).not.toContain(line);
    }
  });

  it('en Waller (federalreserve.gov, 2023-11-28): speaker, office and venue from the header lines', () => {
    const name = 'en-waller-something-appears-to-be-giving-2023';
    const deck = buildDeck(judge(name), { fileName: `${name}.txt` });
    expect(deck.meta).toMatchObject({
      speaker: 'Christopher J. Waller',
      role: 'Governor',
      event: 'American Enterprise Institute, Washington, D.C.',
      date: 'November 28, 2023',
    });
  });
});

// Kristersson, toast to King Carl XVI Gustaf, 15 Sep 2023 (regeringen.se, judge24): the byline and
// the "check against delivery" line under the title were s01's body and 43 s of its time
describe('a byline and a "check against delivery" line in Swedish, German, Dutch, French (judge24)', () => {
  it.each([
    [
      'Tal av statsminister Ulf Kristersson till Hans Majestät Konungen med anledning av kungens femtioåriga regeringsjubileum. Kungliga slottet, Stockholm, den 15 september 2023.',
      'byline',
    ],
    ['Det talade ordet gäller.', 'format'],
    ['Es gilt das gesprochene Wort.', 'format'],
    ['Het gesproken woord geldt.', 'format'],
    ['Seul le prononcé fait foi.', 'format'],
    ['Tal är silver, tystnad är guld.', null],
  ])('%s → %s', (line, kind) => {
    expect(structureKind(line)).toBe(kind);
  });
  it('the Swedish byline and its format line stay in the title slide’s notes, unsaid', () => {
    const md = [
      '# Statsministerns tal till H.M. Konungen',
      '',
      'Tal av statsminister Ulf Kristersson till Hans Majestät Konungen med anledning av kungens femtioåriga regeringsjubileum. Kungliga slottet, Stockholm, den 15 september 2023.',
      '',
      'Det talade ordet gäller.',
      '',
      'Två av tre svenskar är födda efter tronskiftet 1973. Det betyder att en överväldigande majoritet av Sveriges befolkning aldrig har upplevt en annan kung än den konung vi firar här ikväll.',
    ].join('\n');
    const deck = buildDeck(md, { fileName: 'sv.md' });
    expect(deck.slides[0]!.notes).toContain('Det talade ordet gäller.');
    expect(deck.slides[0]!.unsaid).toEqual([0, 1]);
    expect(deck.slides.map((s) => s.screenText).join('\n')).not.toContain('Tal av statsminister');
  });
});

// Modi, Mann Ki Baat in Tamil, June 2017 (PIB; judge26): "My dear countrymen" titled two slides
describe('a Tamil form of address is a greeting, never a title', () => {
  it.each(['எனதருமை நாட்டு மக்களே,', 'எனதருமை நாட்டுமக்களே,', 'அன்பார்ந்த சகோதர சகோதரிகளே!', 'வணக்கம்.'])(
    '%s',
    (said) => expect(structureKind(said)).toBe('greeting'),
  );
  it('the slide that opens on it is titled by what it says', () => {
    const text =
      'எனதருமை நாட்டு மக்களே, வணக்கம். பருவநிலை மாறி வருகிறது. இந்த முறை வெப்பம் மிக அதிகமாக இருந்தது.\n\nஇன்று பகவான் ஜகன்நாதரின் ரதயாத்திரையை நாட்டின் பல பகுதிகளிலும் உள்ள மக்கள் மகிழ்வோடும் கொண்டாடி வருகிறார்கள்.';
    const titles = buildDeck(text, { fileName: 'ta.txt' }).slides.map((s) => s.title);
    expect(titles.join(' | ')).not.toMatch(/மக்களே/u);
  });
});
