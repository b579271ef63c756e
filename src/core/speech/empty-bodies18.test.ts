import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { lastResortLine, mainClause, semicolonHead } from './last-line';
import { fewPhraseBlock, phraseBlock } from './body';
import { withQuestion } from './questions';
import { blocksText } from '../deck';

// judge17: six slides of real speeches showed their title alone over 60–116 words of prose

describe('the main clause after an aside closed by a dash (mainClause, judge17)', () => {
  const unga =
    'And while no democracy is perfect, including the United States — who will continue to struggle to live up to the highest ideals to heal our divisions, and we face down violence and insurrection — democracy remains the best tool we have to unleash our full human potential.';
  it.each([
    [unga, 'Democracy remains the best tool we have to unleash our full human potential'],
    // no fronted clause: the sentence's head is its main clause
    ['We will build the bridge — the town will pay for it — and the river will be crossed.', null],
    // what follows the dash opens no clause of its own
    ['And while we wait — who knows how long — for the rain, to the north and to the south.', null],
  ])('%s', (sentence, clause) => {
    expect(mainClause(sentence, 'en')).toBe(clause);
  });
});

describe('the head of a sentence up to its first semicolon (semicolonHead, judge17)', () => {
  const vision =
    'I ran for president with a fundamentally different vision: to build the economy from the middle out and the bottom up instead of the top down; to grow the economy by educating and empowering workers, by promoting competition to support small businesses, and investing in ourselves again for the first time in a long time.';
  const femmes =
    'Il aura fallu attendre près d’un siècle pour qu’enfin, le 21 octobre 1945, trente-trois femmes entrent pour la toute première fois dans cet hémicycle ; encore vingt ans pour que les femmes accèdent à une présidence de commission ; de nouveau vingt ans pour qu’une place leur soit faite à la questure.';
  it.each([
    [
      vision,
      'en',
      'I ran for president with a fundamentally different vision: to build the economy from the middle out and the bottom up instead of the top down',
    ],
    [
      femmes,
      'fr',
      'Il aura fallu attendre près d’un siècle pour qu’enfin, le 21 octobre 1945, trente-trois femmes entrent pour la toute première fois dans cet hémicycle',
    ],
    // a head that points back says nothing on its own
    [
      'They call to us to say what it is that we desire, in what, if in anything, our purpose differs from theirs; and I believe the answer is plain.',
      'en',
      null,
    ],
    // a French "il" that stands for someone named before is no impersonal opening
    ['Il a présenté son budget devant la commission des finances ; nous le voterons demain.', 'fr', null],
    // no subject and verb: a phrase, not a statement
    [
      'To build the economy from the middle out and the bottom up; to grow the economy by educating workers.',
      'en',
      null,
    ],
    // no semicolon: nothing to cut at
    ['I ran for president with a fundamentally different vision of the economy.', 'en', null],
  ])('%s', (sentence, lang, head) => {
    expect(semicolonHead(sentence, lang)).toBe(head);
  });
  it('is the last resort’s line, without a full stop the speaker did not say there', () => {
    const line = lastResortLine([vision], 'Economic policy', 40, 'en');
    expect(line).toMatch(/instead of the top down$/u);
    expect(line).not.toMatch(/[.…]$/u);
  });
});

describe('a slide of one or two long periods lists their key phrases (fewPhraseBlock, judge17)', () => {
  const douglass = [
    'What have I, or those I represent, to do with your national independence?',
    'Are the great principles of political freedom and of natural justice, embodied in that Declaration of Independence, extended to us? and am I, therefore, called upon to bring our humble offering to the national altar, and to confess the benefits, and express devout gratitude for the blessings, resulting from your independence to us?',
  ];
  it('never lists phrases the speaker did not say as a list (lists27: a mush gives way to a line)', () => {
    // (judge17 had listed "Political freedom · Natural justice · National altar · Express devout
    // gratitude"; the slide now shows its question, "What have I, or those I represent, …")
    expect(phraseBlock(douglass, 'National independence', [], 'en')).toBeNull();
    expect(fewPhraseBlock(douglass, 'National independence', [], 'en')).toBeNull();
  });
  it('keeps the cap on a slide of more sentences', () => {
    expect(
      fewPhraseBlock([...douglass, 'This Fourth of July is yours, not mine.'], 'Independence', [], 'en'),
    ).toBeNull();
  });
});

describe('a question and a stumble show the question (withQuestion, judge17)', () => {
  const paras = [
    {
      text: 'Q: Mr. President, Iran and the Soviet Union share a long border. Given the anti-U.S. sentiment there, how do you best think the United States can ensure the stability of the region?',
      voice: 'audience' as const,
    },
    { text: 'The President: Of the—you said Iran, the border between Iran and the Soviet Union.' },
  ];
  it('sets the question alone when the slide has nothing else', () => {
    const blocks = withQuestion([], '', paras as never, 'en', 40);
    expect(blocks).toHaveLength(1);
    expect(blocksText(blocks)).toMatch(/ensure the stability of the region\?$/u);
  });
  it('leaves a slide with no question empty', () => {
    expect(withQuestion([], '', [paras[1]] as never, 'en', 40)).toEqual([]);
  });
});

describe('none of the six judge17 slides is a title alone', () => {
  it('a Braun-Pivet period of dates shows its head with the dates said whole', () => {
    const text = [
      '# Discours',
      '',
      'Il aura fallu attendre près d’un siècle pour qu’enfin, le 21 octobre 1945, trente-trois femmes entrent pour la toute première fois dans cet hémicycle ; encore vingt ans pour que les femmes accèdent à une présidence de commission ; de nouveau vingt ans pour qu’une place leur soit faite à la questure ; presque aussi longtemps avant que soit créée la délégation aux droits des femmes et à l’égalité des chances entre les hommes et les femmes.',
    ].join('\n');
    const deck = buildDeck(text, { fileName: 'fr-discours.txt' });
    const body = deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
    expect(body.length).toBeGreaterThan(0);
    for (const s of body) {
      expect(s.blocks.length).toBeGreaterThan(0);
      expect(s.screenText).not.toMatch(/…/u);
    }
  });
});
