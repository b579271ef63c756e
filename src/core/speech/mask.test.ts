import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { findFigures } from './figures';
import { hasStageDirection, maskForScreen, speakerLabel } from './mask';
import { withVoices } from './voices';

describe('what never reaches the screen', () => {
  it('reads role labels written in title case, and no other title-case opening', () => {
    expect(speakerLabel('The President: Well, I am not thinking of revenge.')).toBe('The President:');
    expect(speakerLabel('Mr. Speakes: The next question, please.')).toBe('Mr. Speakes:');
    expect(speakerLabel('The Vice President: Thank you all.')).toBe('The Vice President:');
    expect(speakerLabel('The Plan: we will build roads and schools.')).toBeNull();
    // a reporter addressing the President, as one transcript writes it
    expect(speakerLabel('Mr. President: Paul Volcker has been implementing policies…')).toBeNull();
    expect(speakerLabel('Our Goal: a fair deal for every worker.')).toBeNull();
  });

  it('reads the President’s and a named person’s label with a full stop, as other transcripts write it', () => {
    // Miller Center transcripts of 1991 and 1993 (public domain)
    expect(speakerLabel('The President. Well, it makes one point.')).toBe('The President.');
    expect(speakerLabel('President Gorbachev. I would like to say a few words.')).toBe(
      'President Gorbachev.',
    );
    expect(speakerLabel('Mr. Fitzwater. The last question.')).toBe('Mr. Fitzwater.');
    // a sentence of a speech is no label: a lower-case word after the stop, or no name
    expect(speakerLabel('The President. is the one who decides.')).toBeNull();
    expect(speakerLabel('Mr. President. We are here today.')).toBeNull();
    expect(speakerLabel('The Plan. We will build roads.')).toBeNull();
  });

  it('gives a "Q." question and its "The President." answer each its own voice', () => {
    const paras = [
      'The President. Good afternoon, ladies and gentlemen. I have a statement about the budget.',
      'Q. Mr. President, yesterday a Federal court in California said that the policy was unconstitutional. Does that help you?',
      'The President. Well, it makes one point. I think it strengthens my hand.',
    ].map((text) => ({ text, inlines: [], pos: { line: 1, column: 1 } }));
    const [section] = withVoices([{ paras, pos: { line: 1, column: 1 }, plannable: true }]);
    // the answer is the President's, not the rest of the reporter's turn
    expect(section!.paras.map((p) => p.voice)).toEqual([undefined, 'audience', undefined]);
    expect(maskForScreen(paras[2]!.text).trimStart()).toMatch(/^Well, it makes one point/u);
  });

  it("masks an editor's note of who was called on, and keeps the rest in place", () => {
    const said =
      "Now I'll be happy to take your questions. Helen [Helen Thomas, United Press International].";
    const masked = maskForScreen(said);
    expect(masked).toHaveLength(said.length);
    expect(masked).not.toContain('United Press');
    expect(masked).toContain('Helen ');
  });

  it('shows no speaker label of a title-case transcript in any quote or title', () => {
    const text = [
      'The President: How do you do? I have a brief opening statement here before I take your questions. We will cut spending in every department of this government, and we will do it this year.',
      'Q. Mr. President, will you meet the Soviet leaders this spring?',
      "The President: I think that depends on what they do. I don't think revenge is worthy of us. We will judge them by their actions, not by their words.",
    ].join('\n\n');
    const deck = buildDeck(text, { fileName: 'press.txt' });
    const screens = deck.slides.map((s) => s.screenText).join('\n');
    expect(screens).not.toMatch(/The President:/u);
    expect(deck.slides.map((s) => s.notes).join('\n\n')).toContain('The President: How do you do?');
  });

  it('masks the stage directions of an Italian, German or Portuguese parliament’s record', () => {
    for (const [said, direction] of [
      [
        'PRESIDENTE. (Si leva in piedi). Onorevoli senatrici e senatori, il mio saluto.',
        '(Si leva in piedi)',
      ],
      ['Nostro dovere è irrobustire quella scelta. (Generali applausi).', '(Generali applausi)'],
      [
        'Die Pressefreiheit ist bedroht. (Beifall bei der SPD und dem BÜNDNIS 90/DIE GRÜNEN)',
        '(Beifall bei der SPD und dem BÜNDNIS 90/DIE GRÜNEN)',
      ],
      ['Das ist falsch. (Zuruf von der AfD: Stimmt doch!)', '(Zuruf von der AfD: Stimmt doch!)'],
      ['É uma vergonha. (Aplausos do BE.)', '(Aplausos do BE.)'],
      // judge18: the Finnish chair inside a turn, once shown inside a quote
      ['Tätä kautta varmasti [Puhemies koputtaa] haaste tulee.', '[Puhemies koputtaa]'],
      [
        'Tänä päivänä 8—10 prosenttia potilaista [Puhemies: Aika!] on erikoissairaanhoidossa.',
        '[Puhemies: Aika!]',
      ],
      ['To jest prawda. (Oklaski)', '(Oklaski)'],
      ['Dat is de waarheid. (Applaus)', '(Applaus)'],
    ] as const) {
      const masked = maskForScreen(said);
      expect(masked.length).toBe(said.length);
      expect(masked, said).not.toContain(direction);
    }
    // a parenthesis of the speech itself stays
    expect(maskForScreen('Il Senato (la seconda Camera) si riunisce oggi.')).toContain('(la seconda Camera)');
    // an editor's clarifying word in brackets is not the chair
    expect(maskForScreen('He [the President] said it.')).toContain('[the President]');
  });

  it('masks stage directions in every script, at word edges the way `\\b` sees them only in ASCII', () => {
    for (const [said, direction] of [
      ['Мы это сделаем. (Аплодисменты.)', '(Аплодисменты.)'],
      ['Мы это сделаем. (Смех в зале.) Спасибо.', '(Смех в зале.)'],
      ['Мы это сделаем (оживление в зале).', '(оживление в зале)'],
      ['سنفعل ذلك. (تصفيق)', '(تصفيق)'],
      ['我们一定能做到。（掌声）', '（掌声）'],
      ['我们一定能做到。【鼓掌】', '【鼓掌】'],
      ['必ずやり遂げます。（拍手）', '（拍手）'],
      ['We will do it. (Applause.)', '(Applause.)'],
      // a signing's record (Bush, Medicare signing 2003, judge26: it was timed as speech)
      ['(The bill is signed.) (Applause.)', '(The bill is signed.)'],
      ['Thank you all. (The President signs the bill.)', '(The President signs the bill.)'],
    ] as const) {
      const masked = maskForScreen(said);
      expect(masked.length).toBe(said.length);
      expect(masked, said).not.toContain(direction);
      expect(hasStageDirection(said), said).toBe(true);
    }
    // a word that only begins like one is no stage direction, in any script
    for (const said of [
      '(Смехов, 2001)',
      '(Applausefest)',
      '（一笑而过）',
      '(sickness)',
      '(the law I signed in 2021)',
    ])
      expect(hasStageDirection(said), said).toBe(false);
  });

  it('never shows an editor’s section head in angle brackets, and keeps a sentence that holds one', () => {
    for (const head of ['< 맺음말 >', '< 지구 평균온도 2℃ 이하 상승 억제를 위한 기여 >', '〈결론〉'])
      expect(maskForScreen(head).trim(), head).toBe('');
    const said = 'If x < 5 and y > 3, the rule holds.';
    expect(maskForScreen(said)).toBe(said);
  });

  it('never shows an editor’s bracketed note or an excerpt’s separator on a line of its own', () => {
    for (const note of ['[مقتطفات]', '[Excerpts]', '****', '* * *', '---'])
      expect(maskForScreen(note).trim(), note).toBe('');
    // a bracket inside a sentence is the speaker's (or an editor's correction, slips.ts)
    for (const said of ['We met [in Paris] last year.', 'Two stars ** and more.'])
      expect(maskForScreen(said), said).toBe(said);
  });

  it('makes no figure of a number between a currency sign and a percent sign ("$1% million")', () => {
    const line = 'I am asking Congress to rescind its budget, saving the taxpayers some $1% million a year.';
    expect(findFigures(line, 'en').map((f) => f.core)).toEqual([]);
    expect(findFigures('saving the taxpayers some $1.5 million a year', 'en').length).toBe(1);
  });
});

// Philippe, déclaration de politique générale 2017 (corpus): Chaban's words, cut by the speaker
describe('an elision the speaker marks in a quotation is the quotation’s, not a stage direction', () => {
  it('keeps "[…]" so the quote on screen never reads as one run of words', () => {
    const s =
      '« De cette société bloquée, je retiens trois éléments essentiels […] : la fragilité de notre économie. »';
    expect(maskForScreen(s)).toBe(s);
    expect(hasStageDirection(s)).toBe(false);
    expect(maskForScreen('Merci. (Applaudissements.)')).not.toContain('Applaudissements');
  });
});
