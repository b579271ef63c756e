/**
 * A slide's decisive line (issue 10, judge33/34 "the key line is missing"): a declaration or
 * decision said as it is done, a solidarity, a call that now is the time (lexicon.ts DECISIVE, per
 * language), a run of short sentences in step, two sentences that end alike, a question answered
 * at once with a bare yes or no. Each is shown as said, whole, or a declaration's clause cut at a
 * clause boundary (never "…"); the decks show it (buildDeck) where they showed a weaker neighbour.
 *
 * Sources: judge33's en-lbj-state-of-the-union-1964, en-kennedy-american-university-commencement-1963,
 * en-twain-new-england-weather-1876, pt-mensagem-veto-escolas-2024; judge31's
 * es-batet-aniversario-guerra-ucrania-2023, en-twain-statistics-savage-club-1899,
 * ko-leemyungbak-yunbonggil-100-message-2008; corpus it-napolitano-senato-2018, bg-zakrivane-47-ns-2022.
 */
import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { decisiveLine } from './decisive';

const screens = (text: string, lang: string) =>
  buildDeck(text, { fileName: `${lang}-test.txt` }).slides.map((s) => s.screenText ?? '');

describe('decisiveLine: the classes of decisive line', () => {
  it('Johnson 1964: a declaration said as it is done', () => {
    const s = [
      'Our task is to help replace their despair with opportunity.',
      'This administration today, here and now, declares unconditional war on poverty in America.',
      'I urge this Congress and all Americans to join with me in that effort.',
    ];
    expect(decisiveLine(s, '', 'en')).toBe(s[1]);
    expect(decisiveLine(s, '', 'en', true)).toBe(s[1]);
  });

  it("Rebelo de Sousa 2024: a decision's clause, past its aside, before the decree's number", () => {
    const s = [
      'Nestes termos, decidi devolver à Assembleia da República, sem promulgação, nos termos do artigo 136.º, n.º 1, da Constituição, o Decreto da Assembleia da República n.º 127/XV (Estabelece o quadro jurídico para a emissão das medidas administrativas a adotar pelas escolas para a implementação da Lei n.º 38/2018, de 7 de agosto, e procede à sua alteração).',
      'Apresento a Vossa Excelência os meus respeitosos cumprimentos.',
    ];
    expect(decisiveLine(s, '', 'pt')).toBe('Decidi devolver à Assembleia da República, sem promulgação');
  });

  it('Batet 2023: a solidarity, its clause to the comma', () => {
    const s = [
      'En defensa de estos valores y en solidaridad con todas las víctimas de la guerra, especialmente de los niños y las niñas, en nombre del Congreso de los Diputados, representante del pueblo español, quiero reiterar que estamos con el pueblo ucraniano, compartiendo su dolor y su sufrimiento y confiando en que, lo antes posible, se abra paso una paz justa y podamos dejar atrás la barbarie que estamos viviendo en el corazón de Europa.',
    ];
    expect(decisiveLine(s, '', 'es')).toBe('Quiero reiterar que estamos con el pueblo ucraniano');
  });

  it('Lee Myung-bak 2008: the call that now is the time', () => {
    const s = [
      '고유가의 피해와 고통은 그 어느 때보다 크게 다가오고 있습니다.',
      '지금이야말로 이런 어려움을 이겨내기 위한 국민적 단합과 신뢰회복이 필요한 때입니다.',
    ];
    expect(decisiveLine(s, '', 'ko')).toBe(s[1]);
  });

  it('Kennedy 1963: a run of short sentences in step', () => {
    const s = [
      'And if we cannot end now our differences, at least we can help make the world safe for diversity.',
      'For, in the final analysis, our most basic common link is that we all inhabit this small planet.',
      'We all breathe the same air.',
      "We all cherish our children's future.",
      'And we are all mortal.',
    ];
    expect(decisiveLine(s, '', 'en')).toBe(
      "We all breathe the same air. We all cherish our children's future. And we are all mortal.",
    );
  });

  it('Twain 1899: two sentences that end alike, both halves of the joke', () => {
    const s = [
      'Yes, I do understand figures, and I can count.',
      "I have counted the words in MacAlister's drivel (I certainly cannot call it a speech), and there were exactly three thousand four hundred and thirty-nine.",
      'I also carefully counted the lies—there were exactly three thousand four hundred and thirty-nine.',
      'Therefore, I leave MacAlister to his fate.',
    ];
    expect(decisiveLine(s, '', 'en')).toBe(`${s[1]} ${s[2]}`);
  });

  it('Twain 1876: the question and the punchline that answers it', () => {
    const s = [
      'I like to hear rain on a tin roof.',
      'So I covered part of my roof with tin, with an eye to that luxury.',
      'Well, sir, do you think it ever rains on that tin?',
      'No, sir; skips it every time.',
    ];
    expect(decisiveLine(s, '', 'en')).toBe(`${s[2]} ${s[3]}`);
  });

  it('none: an era named, a thanks said twice to named people, a bare "No."', () => {
    expect(
      decisiveLine(
        [
          'È il tempo di incessanti, sconvolgenti cambiamenti negli equilibri mondiali; cambiamenti sempre più difficili da padroneggiare.',
        ],
        '',
        'it',
      ),
    ).toBeNull();
    expect(
      decisiveLine(
        [
          'Благодаря на господин Никола Минчев за отличната му работа като председател на Народното събрание.',
          'Благодаря на председателите на парламентарните групи и на заместник-председателите на Народното събрание.',
        ],
        '',
        'bg',
      ),
    ).toBeNull();
    expect(decisiveLine(['Do you think it rains there?', 'No.'], '', 'en')).toBeNull();
  });
});

describe('buildDeck: the decisive line is on screen', () => {
  it('Johnson 1964: the declaration before the figure of its paragraph', () => {
    const text = [
      'Last year our session was the longest in peacetime history, and this year we must do better for every family in the land.',
      'Unfortunately, many Americans live on the outskirts of hope—some because of their poverty, and some because of their color, and all too many because of both. Our task is to help replace their despair with opportunity.',
      'This administration today, here and now, declares unconditional war on poverty in America. I urge this Congress and all Americans to join with me in that effort.',
      'It will not be a short or easy struggle, no single weapon or strategy will suffice, but we shall not rest until that war is won. The richest nation on earth can afford to win it. We cannot afford to lose it. One thousand dollars invested in salvaging an unemployable youth today can return $40,000 or more in his lifetime.',
    ].join('\n\n');
    expect(screens(text, 'en').join('\n')).toContain(
      'This administration today, here and now, declares unconditional war on poverty in America.',
    );
  });
});

describe('a chair’s declaration that closes a session is decisive in Norwegian, Danish and Swedish', () => {
  it('Stortingets president 2011 (ParlaMint-NO, CC BY 4.0, judge35): the closing declaration, an ordinal’s stop inside it', () => {
    const closing =
      'Til slutt vil presidenten takke alle som har vært involvert i Stortingets virksomhet i året som gikk, for innsatsen og erklærer forhandlingene i det 155. storting for avsluttet.';
    expect(
      decisiveLine(
        [
          'Så får vi vurdere om det kan bli aktuelt å utvide praksisen med å fjerne pausen mellom formiddagsmøter og kveldsmøter ytterligere.',
          closing,
        ],
        '',
        'nb',
        true,
      ),
    ).toBe(closing);
    // (a sentence that only reports what someone declared is none)
    expect(
      decisiveLine(
        ['Regjeringen har fremmet 183 saker for Stortinget, og det er flere enn noen gang.'],
        '',
        'nb',
        true,
      ),
    ).toBeNull();
  });
});
