import { toastTitle } from './compose';
import { describe, expect, it } from 'vitest';
import { blocksText } from '../deck';
import { deckToMarkdown } from './eject';
import { buildDeck } from './index';
import { asQuote } from './body';
import type { SpokenPara } from './model';
import { attributed, labelName } from './voices';
import { tidyMasked } from './mask';
import { bestQuote, isThrowaway } from './quotable';
import { quotedWords, toastLine } from './transcript';

/** A White House transcript: several speakers, their labels and the room's (Applause.). */
const RECEPTION = [
  'East Room',
  '5:14 P.M. EDT',
  'THE SECOND GENTLEMAN:  Good evening, everyone.',
  'AUDIENCE:  Good evening!',
  'And of course, my wife — (applause) — Vice President Kamala Harris is here, the first woman Vice President!  (Applause.)',
  'I have travelled across the country and met women in their own communities, in their kitchens and their workplaces, and they told me their stories.',
  'A woman whose water broke early was denied care in a hospital because of a state’s abortion ban, and it was not until she developed sepsis that the hospital finally treated her.',
  'I hear about how this administration is ensuring that women have equal access to opportunities — (applause) — and how it is protecting their rights (applause).',
  'Our First Lady, Dr. Jill Biden.  (Applause.)',
  'THE PRESIDENT:  Thank you.  (Applause.)  Please, sit down.',
  'We have made progress, but progress is never guaranteed: every generation has to win it again, and every generation has to defend it again.',
  'That’s why she’s the First Lady.  (Laughter.)',
  'We passed the law that protects pregnant workers on the job, and we expanded child care for working families across the country so that no parent has to choose between a job and a child.',
  'We capped the cost of insulin for seniors on Medicare, we lowered the cost of hearing aids, and we made sure that a woman who works full time is not left in poverty when she retires.',
  'We are going to keep going until every woman in America is paid what she is worth.',
  'Equal pay for equal work is not a favour for women, it is a right for women.',
  'And we will not stop until the freedom to make your own decisions about your own body is the law of the land again, in every state of this union.',
  'So, thank you, thank you, thank you.',
].join('\n');

describe('a multi-speaker transcript on screen', () => {
  it('taking out a stage direction leaves no doubled dash, no space before punctuation, no double space', () => {
    expect(tidyMasked('my wife —             — Vice President Kamala Harris')).toBe(
      'my wife — Vice President Kamala Harris',
    );
    expect(tidyMasked('protecting their rights           .')).toBe('protecting their rights.');
    expect(tidyMasked('opportunities —            .')).toBe('opportunities.');
    // the speech's own space before ":" stays (French typography, judge13: was "elle-même: confiante")
    expect(tidyMasked('redevienne enfin elle-même : confiante, courageuse')).toBe(
      'redevienne enfin elle-même : confiante, courageuse',
    );
    expect(tidyMasked('Je vois même des matheux\u00a0!')).toBe('Je vois même des matheux\u00a0!');
    expect(tidyMasked('thank you           ?')).toBe('thank you?');
    // a typewriter's dashes: "Daniel Hernandez -- (applause) -- a volunteer" (Obama, Tucson 2011)
    expect(tidyMasked('grateful to Daniel Hernandez --             -- a volunteer in Gabby’s office.')).toBe(
      'grateful to Daniel Hernandez -- a volunteer in Gabby’s office.',
    );
    expect(tidyMasked('Our hearts are broken -–             -– and yet')).toBe(
      'Our hearts are broken -– and yet',
    );
    expect(tidyMasked('in the Senate --            .')).toBe('in the Senate.');
    // a direction with its own full stop after it: "el chocolate. (Risas)." (judge9)
    expect(tidyMasked('el chocolate.         .')).toBe('el chocolate.');
    expect(tidyMasked('Really?             . Yes')).toBe('Really? Yes');
    expect(tidyMasked('and so on... the end.')).toBe('and so on... the end.');
    // a hyphen between words is no dash
    expect(tidyMasked('a well-known - and well-loved - judge')).toBe('a well-known - and well-loved - judge');
    for (const text of [
      RECEPTION,
      'THE SECOND GENTLEMAN:  And of course, my wife — (applause) — the Vice President is here with us tonight, and she is the first woman to hold that office!  (Applause.)',
    ]) {
      const deck = buildDeck(text, { fileName: 'en-transcript-reception.txt' });
      expect(deck.slides.some((s) => s.blocks.length > 0 && s.layout !== 'title')).toBe(true);
      for (const s of deck.slides) expect(s.screenText).not.toMatch(/[—–]\s*[—–]| [.,;:!?]| {2}/u);
    }
  });
});

describe('lines said to the room are never the key line', () => {
  it.each([
    'So, thank you, thank you, thank you.',
    'Our First Lady, Dr. Jill Biden.',
    'That’s why she’s the First Lady.',
    'Ladies and gentlemen, the President of the United States.',
    'So please join me in welcoming my dear friend, our amazing First Lady, Dr. Jill Biden.',
    'I thank all speakers for their insights, and I thank all of you for your participation.',
    // President Biden's remarks on tariffs, 14 May 2024: who is in the room, and the weather
    'Folks, leaders from key American industries are here as well, including steel, aluminum, solar, semiconductors, automakers.',
    'And I’m really going fast because of the rain.',
    'I want to recognize Mayor Cory Mason, who is with us today.',
    // Jill Biden at Mesa Community College, 2024
    'I’m also grateful to all the elected leaders joining us for taking the time to celebrate this day.',
    // Harris at the Coast Guard Academy commencement, 2022 (judge14)
    'Admiral Schultz, Rear Admiral Kelly, congratulations to you both.',
    'Lauren, I am so thankful for your service.',
    'I spoke earlier about international rules and norms.',
  ])('"%s"', (line) => {
    expect(isThrowaway(line, 'en')).toBe(true);
    expect(bestQuote([line], 'en')).toBeNull();
  });

  it('a line with a point is kept', () => {
    expect(isThrowaway('Equal pay for equal work is not a favour, it is a right.', 'en')).toBe(false);
    expect(isThrowaway('The First Lady has visited every state.', 'en')).toBe(false);
    expect(isThrowaway('We recognize the right of every nation to decide its own future.', 'en')).toBe(false);
    expect(isThrowaway('The moment for action is here.', 'en')).toBe(false);
    expect(isThrowaway('We are grateful for a country that gave us a second chance.', 'en')).toBe(false);
    expect(isThrowaway('The future is here today, and it is ours.', 'en')).toBe(false);
    expect(isThrowaway('We are thankful for the freedoms our veterans won for us.', 'en')).toBe(false);
    expect(isThrowaway('As I said, a harm against any one of us is a harm against all of us.', 'en')).toBe(
      false,
    );
  });

  it('no slide of a transcript shows a thanks, a bare introduction or a reply', () => {
    const deck = buildDeck(RECEPTION, { fileName: 'en-transcript-reception.txt' });
    const shown = deck.slides.map((s) => s.screenText).join('\n');
    expect(shown).not.toMatch(/thank you, thank you|Our First Lady, Dr\. Jill Biden|That’s why she’s/u);
  });
});

describe('a line by another speaker than the main one', () => {
  it('names a speaker from the label', () => {
    expect(labelName('THE SECOND GENTLEMAN:  ')).toBe('The Second Gentleman');
    expect(labelName('MR. EMHOFF:')).toBe('Mr. Emhoff');
    expect(labelName('DR. BIDEN:')).toBe('Dr. Biden');
  });

  // with the President's "We have made progress, but progress is never guaranteed: …" on the
  // first slide, its head clause is that slide's line (striking.ts); without it the Second
  // Gentleman's line is, and it is cited
  const full = buildDeck(RECEPTION, { fileName: 'en-transcript-reception.txt' });
  it('sets the main speaker’s striking clause, signed like every speaker’s line', () => {
    // (a short transcript gives each turn its slides: the President's is the one that says it)
    expect(full.slides.find((s) => s.notes.includes('We have made progress'))?.blocks).toEqual([
      {
        type: 'quote',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', value: 'We have made progress, but progress is never guaranteed' }],
          },
        ],
        cite: 'The President',
      },
    ]);
  });
  const deck = buildDeck(RECEPTION.replace(/\nWe have made progress[^\n]*/u, ''), {
    fileName: 'en-transcript-reception.txt',
  });
  const quotes = deck.slides.flatMap((s) => s.blocks.filter((b) => b.type === 'quote'));
  const lineOf = (b: (typeof quotes)[number]) => blocksText(b.type === 'quote' ? b.children : []);

  it('is shown with who said it, the main speaker’s lines too; the room’s never', () => {
    const emhoff = quotes.filter((q) => /my wife|equal access|water broke/u.test(lineOf(q)));
    expect(emhoff.length).toBeGreaterThan(0);
    for (const q of emhoff) expect(q).toMatchObject({ cite: 'The Second Gentleman' });
    const president = quotes.filter((q) =>
      /generation|paid what she is worth|pregnant workers|Equal pay/u.test(lineOf(q)),
    );
    expect(president.length).toBeGreaterThan(0);
    for (const q of president) expect(q).toMatchObject({ cite: 'The President' });
    expect(deck.slides.map((s) => s.screenText).join('\n')).not.toMatch(/Good evening/u);
  });

  it('keeps who said it through the Markdown eject', () => {
    const md = deckToMarkdown(deck);
    expect(md).toContain('> — The Second Gentleman');
    const again = buildDeck(md, { fileName: 'ejected.md' });
    expect(again.slides.map((s) => s.blocks)).toEqual(deck.slides.map((s) => s.blocks));
    expect(again.slides.map((s) => s.screenText)).toEqual(deck.slides.map((s) => s.screenText));
  });
});

// Excerpts of White House transcripts (public domain): the State Dinner toasts of President Biden
// and President Macron (1 December 2022) and the Biden–Zelenskyy press conference (21 December 2022).
const TOASTS = [
  'South Lawn',
  'PRESIDENT BIDEN: Please, have a seat. Ladies and gentlemen, I actually grew up near Brandywine Battlefield, where a young man named Marquis de Lafayette fought for the American cause and became close friends with a fellow named George Washington.',
  'Later, Lafayette wrote of their friendship, he’d quote — and I quote, “It was a such simplicity that two friends were united by the greatest of causes.”',
  'Ladies and gentlemen, please join me — (applause) — please join me in raising our glasses, which neither one of us have — (laughter) — there you go — to raising our glasses, to President Macron and his wife Brigitte, to France, ladies and gentlemen, to the history that binds us and the values that still unite us, and to the future we’re going to forge together.',
  'Vive la France. And God bless America. (Applause.)',
  'PRESIDENT MACRON: To our friendship.',
  'We come from the same values. And when Lafayette came here indeed to fight, he fought for these principles and to have people here living in democracy and freedom. And this is the same — it’s the same thing in my country.',
  'And when these principles were at risk in my country, you came and did the same. And in a lot of places today, these principles are at risk or challenged. Even in our societies, in our democracies, a lot of people just want to jeopardize or revert on this principle.',
  'We stand together, shoulder to shoulder, precisely to be entitled to say, at the same time, “We the people” and “Liberté, égalité, fraternité.” (Applause.)',
  'But this is how to build our future and how to work together for climate, to fight against inequality, for inclusive societies, to unify our nations. Shoulder to shoulder, we will do so and we will prevail.',
  'So, I want to thank you. And let me have a toast as well with you. Dear Joe, my dear friend — my dear friend, I’m immensely grateful for the honor once again of this unique opportunity.',
  'Et laisse-moi dire, vive les États-Unis d’Amérique, vive la France, et vive l’amitié entre nos deux pays.',
].join('\n\n');

const quotesOf = (text: string) =>
  buildDeck(text, { fileName: 'en-transcript.txt' }).slides.flatMap((s) =>
    s.blocks.flatMap((b) => (b.type === 'quote' ? [{ line: blocksText(b.children), cite: b.cite }] : [])),
  );

describe('words quoted inside a turn', () => {
  it('are signed by the person the speaker names as saying them, without the frame', () => {
    expect(
      quotedWords(
        'Later, Lafayette wrote of their friendship, he’d quote — and I quote, “It was a such simplicity that two friends were united by the greatest of causes.”',
      ),
    ).toEqual({
      words: 'It was a such simplicity that two friends were united by the greatest of causes.',
      source: 'Lafayette',
    });
    // Biden's turn, Lafayette's words: Lafayette signs them, not the turn's speaker
    const line =
      'Later, Lafayette wrote of their friendship, he’d quote — and I quote, “It was a such simplicity that two friends were united by the greatest of causes.”';
    const biden: SpokenPara = {
      text: line,
      inlines: [],
      pos: { line: 1, column: 1 },
      voice: { cite: 'President Biden' },
    };
    expect(attributed(asQuote(line), [biden])).toEqual({
      ...asQuote('It was a such simplicity that two friends were united by the greatest of causes.'),
      cite: 'Lafayette',
    });
    // a line of his own in the same turn is his
    const own =
      'Today, we’re still united by the greatest causes: democracy, liberty, equality, opportunity, and freedom.';
    expect(attributed(asQuote(own), [{ ...biden, text: own }])).toMatchObject({ cite: 'President Biden' });
  });

  it('are the speaker’s own telling when the quoted person is not named; a bare quotation is no one’s', () => {
    expect(quotedWords('At that time, he said, “It won’t happen.”')).toBeNull();
    expect(quotedWords('“We the people.” “We the people.”')).toEqual({
      words: '“We the people.” “We the people.”',
    });
    expect(quotedWords('We stand together, shoulder to shoulder.')).toBeNull();
  });
});

describe('a host’s toast', () => {
  it('is titled in the speech’s language, or keeps its own title where Lectern has no word for it', () => {
    expect(toastTitle('en-US')).toBe('A toast');
    expect(toastTitle('')).toBe('A toast');
    expect(toastTitle('fr')).toBe('Un toast');
    expect(toastTitle('pt-BR')).toBe('Um brinde');
    expect(toastTitle('ko')).toBeUndefined();
  });
  it('is the line of its slide, signed by the host whose turn it is', () => {
    const quotes = quotesOf(TOASTS);
    expect(quotes).toContainEqual({
      line: 'To President Macron and his wife Brigitte, to France, to the history that binds us and the values that still unite us, and to the future we’re going to forge together.',
      cite: 'President Biden',
    });
    // the name the glass is raised to is no title over it: it read as Macron's divider
    const slide = buildDeck(TOASTS.split('\n\n').slice(3).join('\n\n'), {
      fileName: 'en-transcript.txt',
    }).slides.find((s) => s.screenText.includes('the history that binds us'));
    expect(slide?.title).toBe('A toast');
    // Macron says most here: his lines are signed as Biden's are (a deck that signs some speakers'
    // lines and not others' reads the unsigned ones as the other's)
    expect(quotes.some((q) => q.line.includes('vive la France, et vive l’amitié'))).toBe(true);
    for (const q of quotes.filter((x) => !x.line.includes('two friends were united')))
      expect(q.cite).toMatch(/^President (?:Biden|Macron)$/u);
    expect(quotes.map((q) => q.line).join('\n')).not.toMatch(/my dear friend — my dear friend/u);
  });

  it('that ends the speech shows what the glass is raised to under its "Cheers."', () => {
    // the close of President Biden's State Dinner toast to Prime Minister Kishida, 10 April 2024
    // (White House transcript; public domain; the corpus copy)
    const close = [
      'Tonight, we pledge to keep going.  We stand at an inflection point where the decisions we make now are going to determine the course of the future for decades to come.',
      'Ladies and gentlemen, so please join me in raising your glass — and I don’t have a glass.  Neither do you.  (Laughter.)',
      'PRESIDENT BIDEN:  Join me in raising your glasses to our alliance, to our friendship, and, in the words of those young students in Japan, to the same future we share.  Cheers.',
    ].join('\n\n');
    const last = buildDeck(close, { fileName: 'en-toast.txt' }).slides.at(-1)!;
    expect(last.layout).toBe('closing');
    expect(last.title).toBe('Cheers.');
    expect(last.screenText).toContain('To our alliance, to our friendship');
    expect(last.screenText).not.toContain('Join me in raising');
  });

  it('is no cheer that ends an address where no glass is raised', () => {
    // the close of President Macron's address to the nation, 10 December 2018 (elysee.fr; quoted):
    // "Vive la République, vive la France." is how the address ends, not a toast
    const address = [
      'Françaises, Français.',
      'Nous sommes à la tâche et je reviendrai m’exprimer devant vous pour vous rendre compte.',
      'Mon seul souci, c’est vous ; mon seul combat, c’est pour vous.',
      'Notre seule bataille, c’est pour la France.',
      'Vive la République, vive la France.',
    ].join('\n\n');
    const deck = buildDeck(address, { fileName: 'fr-adresse.txt' });
    expect(deck.slides.map((s) => s.title)).not.toContain('A toast');
    expect(deck.slides.map((s) => s.screenText).join('\n')).toContain('mon seul combat, c’est pour vous');
    expect(toastLine(['Vive la République, vive la France.'])).toBeNull();
    // …while a speech that raises a glass anywhere toasts with its cheer
    expect(toastLine(['Vive la République, vive la France et vive notre amitié.'], true)).toBe(
      'Vive la République, vive la France et vive notre amitié.',
    );
  });

  it('is only where a glass is raised or a cheer said', () => {
    expect(
      toastLine(['To Ukrainian people, I say to them all: You have demonstrated your strong stand.']),
    ).toBeNull();
    expect(toastLine(['I raise my glass to the friendship between our peoples.'])).toBe(
      'To the friendship between our peoples.',
    );
  });
});

const PRESS = [
  'East Room',
  'PRESIDENT BIDEN: We’re going to take questions from four different reporters. I’m going to start with Alex of Yahoo News.',
  'Q Thank you, Mr. President. In 2022, you presided over a bipartisan international coalition to support Ukraine. How will you keep that coalition from fraying in 2023?',
  'And, President Zelenskyy, welcome to Washington on this beautiful winter day. What is your message to the American people?',
  'PRESIDENT BIDEN: Well, in answering your question first, I’m not at all worried about holding the alliance together in NATO and European Union, as well as other nations. I’ve never seen NATO or the EU more united about anything at all.',
  'Putin thought he would weaken NATO; instead, he strengthened NATO. He produced a more united Europe, with Sweden and Finland joining.',
  'PRESIDENT ZELENSKYY: Thank you for your question. You know, I think I will tell you very simple things which are important for me.',
  'My message: I wish you peace. I think that is the main thing, and you understand it only when the war is in your country.',
  'Q Yeah, thank you. Dmytro Anopchenko, Ukrainian television. President Zelenskyy and President Biden, I’ve got a question for both of you. My family is in Ukraine, and they would not be alive today if America will not support my country.',
  'PRESIDENT BIDEN: We will.',
  'AIDE: This will be the last question.',
  'Q Olga Koshelenko, 1+1 tv channel. When the full-scale invasion started, U.S. officials said that Ukraine cannot receive Patriots because it might be unnecessary escalation. And now it is happening.',
  'Maybe I sound naïve, but can we make long story short and give Ukraine all capabilities it needs and liberate all territories rather sooner than later? Thank you.',
  'PRESIDENT BIDEN: Let me be straightforward with you here. We’ve given Ukraine what they needed when they needed to defend themselves. We’re going to give Ukraine what it needs to be able to defend itself, to be able to succeed, and succeed in the battlefield.',
].join('\n');

describe('a reporter’s question in a press conference', () => {
  const deck = buildDeck(PRESS, { fileName: 'en-press-conference.txt' });
  const shown = deck.slides.map((s) => s.screenText).join('\n');
  const quotes = quotesOf(PRESS);

  it('is never a quote, signed by a president or not, over all the paragraphs of her turn', () => {
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.map((q) => q.line).join('\n')).not.toMatch(
      /presided over|fraying|message to the American people|question for both|family is in Ukraine|sound naïve|cannot receive Patriots/u,
    );
    for (const q of quotes.filter((x) => x.cite === 'President Zelenskyy'))
      expect(q.line).toMatch(/peace|simple things/u);
  });

  it('never shows its "Q" label or the reporter introducing herself', () => {
    expect(shown).not.toMatch(/(?:^|\s)Q\s|Koshelenko|Anopchenko|1\+1 tv/u);
    expect(deck.slides.map((s) => s.notes).join('\n\n')).toContain('Q Olga Koshelenko, 1+1 tv channel.');
  });
});

describe('who counts as a speaker to sign', () => {
  const host = [
    'PRESIDENT BIDEN: Tonight, we celebrate the alliance between Japan and the United States, an alliance that has grown stronger with every year of our partnership.',
    'We have made progress, but progress is never guaranteed: every generation has to win it again, and every generation has to defend it again.',
  ];
  it('a guest who only says "Thank you." leaves the host unsigned', () => {
    const quotes = quotesOf([...host, 'PRIME MINISTER KISHIDA: Thank you.'].join('\n\n'));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.cite).toBeUndefined();
  });

  it('a point’s roman numeral is no speaker', () => {
    // Wilson, the Fourteen Points (1918), public domain
    const points = [
      'XIII. An independent Polish state should be erected which should include the territories inhabited by indisputably Polish populations, which should be assured a free and secure access to the sea.',
      'XIV. A general association of nations must be formed under specific covenants for the purpose of affording mutual guarantees of political independence and territorial integrity to great and small states alike.',
      'We have no jealousy of German greatness, and there is nothing in this program that impairs it. We do not wish to injure her or to block in any way her legitimate influence or power.',
    ].join('\n\n');
    for (const q of quotesOf(points)) expect(q.cite).toBeUndefined();
  });
});

describe('a press conference planned as questions and their answers', () => {
  it('cuts before a reporter’s question, never between the question and its answer', () => {
    const answer = (topic: string) =>
      `THE PRESIDENT: On ${topic}, we have worked with our partners for months and we will keep at it. ` +
      `The work is hard and slow, but it is the right work, and the people of this country expect it of us. ` +
      `We will report to the Congress on ${topic} before the summer, and we will not stop until the job is done.`;
    const paras: string[] = [];
    for (const topic of ['energy', 'trade', 'the budget', 'schools', 'housing', 'the border']) {
      // the question echoes the words of the answer before it, as reporters' follow-ups do
      paras.push(
        `Q Mr. President, one more thing: does it matter to every family, and will it be done, on ${topic}?`,
      );
      paras.push(answer(topic));
      paras.push(
        `And let me add one more thing about ${topic}: it matters to every family, and it will be done.`,
      );
    }
    const deck = buildDeck(paras.join('\n\n'), { fileName: 'press.txt' });
    const content = deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
    expect(content.length).toBeGreaterThan(2);
    for (const s of content) {
      const last =
        s.notes
          .trim()
          .split(/\n\s*\n/u)
          .pop() ?? '';
      expect(last.startsWith('Q ')).toBe(false);
    }
  });
});
