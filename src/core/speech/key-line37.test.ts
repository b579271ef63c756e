/**
 * The speech's key line on a slide (issue 10, judge36 "key or closing lines still missing"): the
 * closing thanks for what was done on the last slide, a Japanese closing thanks and wish as closing
 * words, a verb turned into its passive as rhetoric, a first-person stand as a decisive line.
 *
 * Sources: judge35's en-fowler-prince-philip-tribute-lords-2021, lv-kaimins-zolitudes-komisija-saeima-2014;
 * judge33's ja-tenno-kokumin-saiten-okotoba-2019, en-lbj-state-of-the-union-1964.
 */
import { describe, expect, it } from 'vitest';
import { buildDeck, normalizeSpoken, spokenText } from './index';
import { closingStart, isClosingSentence } from './closing-line';
import { decisiveLine } from './decisive';
import { thanksForLine } from './peroration';
import { bestQuote, isThrowaway, quoteScore } from './quotable';

const deckOf = (text: string, fileName: string) => {
  const deck = buildDeck(text, { fileName });
  // the notes stay the speech, whole and in order
  expect(normalizeSpoken(deck.slides.map((s) => s.notes).join('\n\n'))).toBe(
    normalizeSpoken(spokenText(text, fileName)),
  );
  return deck.slides;
};

describe('the closing thanks for what was done (thanksForLine)', () => {
  const fowler = [
    'It speaks of patience, constancy and fidelity.',
    'The visible presence of Prince Philip alongside Her Majesty the Queen for over seven decades provides a glimpse into the unique role he played in private, supporting Her Majesty and serving the Crown humbly and selflessly.',
    'Today, we give thanks for the sacrifices he made and for the immeasurable good that he did.',
    'His legacy will live on, as will our sincere gratitude I now call on the Lord Privy Seal to move the Motion for the humble Address.',
  ];

  it('finds the thanks said last with its reason', () => {
    expect(thanksForLine(fowler, 40, 'en')).toBe(
      'Today, we give thanks for the sacrifices he made and for the immeasurable good that he did.',
    );
  });

  it('never a thanks for the room’s courtesy, nor one said earlier in the slide', () => {
    expect(
      thanksForLine(
        ['Our economy grew again this year.', 'Thank you all for coming here tonight to join us.'],
        40,
        'en',
      ),
    ).toBeNull();
    expect(
      thanksForLine(
        ['I thank you for your kind invitation to this great city.', 'We meet at a hard time.'],
        40,
        'en',
      ),
    ).toBeNull();
    expect(
      thanksForLine(
        [fowler[2]!, 'One.', 'Two more words here.', 'And a last sentence about the budget.'],
        40,
        'en',
      ),
    ).toBeNull();
  });

  it('shows it on the deck’s last slide, in place of an earlier sentence', () => {
    const text = [
      'My Lords, it is right that we come together today, in person and virtually, to pay tribute to His Royal Highness The Prince Philip, Duke of Edinburgh. Our thoughts are first and foremost with Her Majesty the Queen, who has lost the person whom she described as her “strength and stay”.',
      'The images of them walking through the Royal Gallery and seated on the Thrones behind me are some of the most iconic of our age. It speaks of patience, constancy and fidelity. The visible presence of Prince Philip alongside Her Majesty the Queen for over seven decades provides a glimpse into the unique role he played in private, supporting Her Majesty and serving the Crown humbly and selflessly. Today, we give thanks for the sacrifices he made and for the immeasurable good that he did.',
    ].join('\n\n');
    const last = deckOf(text, 'en-tribute.txt').at(-1)!;
    expect(last.screenText).toContain('we give thanks for the sacrifices he made');
  });
});

describe('Japanese closing words: the polite thanks and the wish for the nation', () => {
  const wish = 'ここに改めて、国民の幸せを祈るとともに、我が国の一層の発展と世界の平和を願います。';
  const thanks =
    '今日は寒い中にもかかわらず、このように、大勢の皆さんが集まり、即位をお祝いいただくことに、深く感謝いたします。';

  it('reads both as closing sentences, never the plain thanks or the progressive wish said on the way', () => {
    expect(isClosingSentence(thanks)).toBe(true);
    expect(isClosingSentence(wish)).toBe(true);
    expect(
      isClosingSentence('そして、今日ここに集まられた皆さんから、お祝いいただくことに感謝します。'),
    ).toBe(false);
    expect(
      isClosingSentence(
        '復旧が進み、被災された方々が、安心できる生活が一日も早く戻ることを心から願っています。',
      ),
    ).toBe(false);
    expect(closingStart(`寒さが募る中、避難を余儀なくされています。${wish}${thanks}`)).toBeGreaterThan(0);
  });

  it('ends the deck on a closing slide of the thanks over the wish', () => {
    const text = [
      '先に即位礼正殿の儀を行い、即位を内外に宣明しました。',
      'その中にあって、先月の台風19号を始め、最近の大雨などによる大きな被害に、深く心を痛めています。',
      '復旧が進み、被災された方々が、安心できる生活が一日も早く戻ることを心から願っています。',
      wish,
      thanks,
    ].join('\n\n');
    const last = deckOf(text, 'ja-okotoba.txt').at(-1)!;
    expect(last.layout).toBe('closing');
    expect(last.title).toBe('深く感謝いたします。');
    expect(last.screenText).toContain('世界の平和を願います');
  });
});

describe('a verb turned into its passive (quoteScore)', () => {
  const bury = 'We intend to bury no one, and we do not intend to be buried.';
  const fight =
    'We can fight, if we must, as we have fought before, but we pray that we will never have to fight again.';

  it('scores the reversal above a plain antithesis next to it', () => {
    expect(quoteScore(bury, 'en')).toBeGreaterThan(quoteScore(fight, 'en'));
    expect(
      bestQuote(['We shall neither act as aggressors nor tolerate acts of aggression.', bury, fight], 'en'),
    ).toBe(bury);
  });

  it('needs the same verb: a participle said twice, or another verb, is no reversal', () => {
    expect(
      quoteScore('We must be strong enough to win any war, and be wise enough to be trusted.', 'en'),
    ).toBeLessThan(quoteScore(bury, 'en'));
  });
});

describe('a first-person stand is a decisive line (lexicon.ts HERE_I_STAND)', () => {
  const lv = [
    'Šādus datus mums var sniegt tikai publiski veikti parlamentārās izmeklēšanas komisijas kompetenti secinājumi.',
    'Šodienas jautājums nav par partiju politiku un partiju piederību.',
    'Es šeit stāvu, jo es citādi nevaru.',
    'Un es ticu, ka katrs sevi un savu tautu cienošs cilvēks darītu tieši to pašu.',
  ];

  it('finds the Latvian and English stand', () => {
    expect(decisiveLine(lv, 'Partiju piederību', 'lv')).toBe('Es šeit stāvu, jo es citādi nevaru.');
    expect(decisiveLine(['The vote is today.', 'Here I stand, and I can do no other.'], 'Vote', 'en')).toBe(
      'Here I stand, and I can do no other.',
    );
  });

  it('never the opening "I stand here today…"', () => {
    expect(
      decisiveLine(
        ['I stand here today humbled by the task before us, grateful for the trust you have bestowed.'],
        'Task',
        'en',
      ),
    ).toBeNull();
  });
});

describe('a statement the speaker flags before a colon is a decisive line (lexicon.ts DECISIVE flags)', () => {
  it('shows the Hebrew and English statement after its flag', () => {
    const he = [
      'נבחרנו לשרת.',
      'ראוי לזכור ולהזכיר: הבית הזה - בית זכוכית הוא.',
      'משפט הציבור אינו תמיד לרוחנו ואינו תמיד לטעמנו, אבל הוא תמיד משפטם של שולחינו, כי כולנו עבדי הציבור ושרתיו.',
    ];
    expect(decisiveLine(he, 'ראוי לזכור ולהזכיר', 'he')).toBe('הבית הזה - בית זכוכית הוא.');
    // Deese 2022 (judge26): "Some have raised a valid concern that countries may keep one-upping…" was shown
    expect(
      decisiveLine(
        [
          'Some have raised a valid concern that countries may keep one-upping each other on ever-larger industrial subsidies, reducing their efficiency.',
          'Let me be clear: this is about strategic engagement, not isolationism.',
        ],
        'Subsidies',
        'en',
      ),
    ).toBe('This is about strategic engagement, not isolationism.');
  });

  it('never a head that says more than the flag, nor a question after it', () => {
    expect(
      decisiveLine(['Let me be clear about one thing: we will not raise taxes.'], 'Taxes', 'en'),
    ).toBeNull();
    expect(decisiveLine(['Make no mistake: who will pay for this?'], 'Taxes', 'en')).toBeNull();
  });
});

describe('clauses in step twice over, parted by semicolons (decisive.ts clausesInStep)', () => {
  const debs =
    'I said then, and I say now, that while there is a lower class, I am in it; while there is a criminal element, I am of it; and while there is a soul in prison, I am not free.';

  it('shows them from where the first says its opening (Debs 1918, judge37)', () => {
    expect(
      decisiveLine(
        [
          'Your Honor, years ago I recognized my kinship with all living beings, and I made up my mind that I was not one bit better than the meanest on earth.',
          debs,
          'I listened to all that was said in this court in support and justification of this prosecution, but my mind remains unchanged.',
        ],
        'Despotic enactment',
        'en',
      ),
    ).toBe(
      'While there is a lower class, I am in it; while there is a criminal element, I am of it; and while there is a soul in prison, I am not free.',
    );
  });

  it('never clauses whose answers differ, nor a list of items parted by semicolons', () => {
    expect(
      decisiveLine(
        [
          'While there is a lower class, I am in it; while there is a criminal element, we fight it; and while there is a soul in prison, nobody is free.',
        ],
        'X',
        'en',
      ),
    ).toBeNull();
    expect(
      decisiveLine(
        ['We will build roads, bridges and ports; we will train teachers; we will cut taxes.'],
        'X',
        'en',
      ),
    ).toBeNull();
  });
});

describe('the answer to a question read out (decisive.ts answerToReadQuestion)', () => {
  it('shows the Estonian minister’s answer, never the salutation and thanks before it (Lauri 2015, judge37)', () => {
    const said = [
      'Austatud Riigikogu liikmed, tänan küsimuste eest!',
      "Esimene küsimus: 'Viimasel ajal on mitmed ühiskonnategelased väljendanud arvamust, et Eesti on majanduslikult paigalseisus ning on rõhutatud, et vajame põhjalikke maksureforme.",
      'Milline on Teie arusaam selles küsimuses?',
      "Kas Eesti vajab terviklikku maksureformi või võime julgelt jätkata tänase süsteemiga?'",
      'Mina ei näe põhjust, et Eesti peaks tegema põhjaliku maksureformi.',
      'Meil ei ole selliseid probleeme, mille lahendamine nõuaks hästi toimiva maksukorralduse pea peale pööramist.',
    ];
    expect(decisiveLine(said, 'Maksureform', 'et')).toBe(
      'Mina ei näe põhjust, et Eesti peaks tegema põhjaliku maksureformi.',
    );
    expect(isThrowaway('Austatud Riigikogu liikmed, tänan küsimuste eest!', 'et')).toBe(true);
  });

  it('never the line after a question quoted whole, a story’s punchline (Burg 2003, judge27)', () => {
    expect(
      decisiveLine(
        ['"למה לא היית זושא?"', 'ארבע שנים חולפות מהר, ועצה אחת אני מבקש לתת לך לדרך הזו.'],
        'אינני מפחד',
        'he',
      ),
    ).toBeNull();
  });
});
