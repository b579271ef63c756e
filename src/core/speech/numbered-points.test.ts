import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { itemHead, itemText, shownItem, wholeItemText } from './items';
import { keyPhraseList } from './phrase-list';

// The President of Portugal's message to Parliament on promulgating the Regime Jurídico do
// Referendo Regional na Região Autónoma dos Açores (Decreto n.º 295/XII; Diário da Assembleia da
// República, II série A, n.º 061, 21 January 2015): twelve numbered points, the judge18 deck that
// showed "Não por acaso" as an item and lost points 6 and 9.
const PT = {
  1: '1 – O Regime Jurídico do Referendo Regional na Região Autónoma dos Açores encontra consagração constitucional específica, sendo-lhe também aplicável, com as devidas adaptações, o regime constitucional do referendo nacional.',
  2: '2 – Não por acaso, o Regime agora promulgado encontra amplos pontos de contacto com o regime legal vigente para o referendo nacional.',
  3: '3 – Um destes aspetos, em cumprimento de determinação constitucional, é o da submissão obrigatória da proposta de referendo pelo Presidente da República ao Tribunal Constitucional, para fiscalização preventiva da constitucionalidade e da legalidade.',
  4: '4 – Todavia, no artigo 22.º do referido Regime, estabelece-se que no “prazo de dois dias a contar da data do conhecimento da decisão do Tribunal Constitucional, o Presidente da República comunica-a ao Presidente da Assembleia Legislativa da Região Autónoma dos Açores, que por sua vez a transmite aos grupos e representações parlamentares, ao Governo Regional e, sendo caso disso, aos mandatários do grupo de cidadãos subscritores da iniciativa popular”.',
  9: '9 — A notificação imediata da decisão não parece acrescentar, pois, qualquer efeito útil: não só a sua eficácia é condicionada à publicação como deve ser ainda preservado o espaço de decisão do Presidente da República.',
  11: '11 — Tratando-se de um expediente sem utilidade visível, de uma imposição desproporcionada de prazo muito curto por lei ordinária ao Presidente da República e podendo gerar contradições normativas, julga-se que esta solução deveria ser objeto de ponderação pelos Senhores Deputados.',
  12: '12 — Finalmente, sugere-se que a redação seja mais claramente harmonizada com a língua portuguesa.»',
};

describe('a numbered point’s item says the point, never its opening phrase alone', () => {
  it.each([
    // a comment on the clause ("Não por acaso,") is left out: the clause says the point
    ['pt', PT[2], 'O Regime agora promulgado encontra amplos pontos de contacto'],
    // a connective ("Todavia,") joins the point to the one before: left out
    ['pt', PT[4], /^No artigo 22\.º do referido Regime/u],
    // an opening noun phrase is the subject: it stays
    ['pt', PT[3], /^Um destes aspetos/u],
    ['pt', PT[1], /^O Regime Jurídico do Referendo Regional/u],
    ['pt', PT[9], 'A notificação imediata da decisão não parece acrescentar, pois, qualquer efeito útil'],
    // the closing guillemet of the message quoted whole is not the item's
    ['pt', PT[12], 'Sugere-se que a redação seja mais claramente harmonizada com a língua portuguesa'],
    // Napolitano to the Senate, 23 March 2018 (it-napolitano-senato-2018): a connective and a
    // phrase of whom it is said open the clause that says it
    [
      'it',
      "Infatti, per una larga parte degli elettori, l'Europa è apparsa più come un insieme di costrizioni che come un insieme di idealità e di opportunità.",
      "L'Europa è apparsa più come un insieme di costrizioni che come un insieme di idealità e di opportunità",
    ],
    // Reagan, in his first press conference (29 January 1981, en-reagan-first-press-conference-1981):
    // "however" said as an aside ends no clause ("The process, however" was the item); the item
    // reads on without it (items.ts withoutMarkerAside, judge22)
    [
      'en',
      'The process, however, that I have asked for is for both Secretary Bell of Education and Secretary Jim Edwards of Energy to reorganize, to produce the most effective streamlining of their Departments that they can.',
      /^The process that I have asked/u,
    ],
    // an English opening phrase of a preposition still goes (items.ts kept this before)
    [
      'en',
      'In response to my request, I have received the resignation of the Secretary of the Navy.',
      /^I have received/u,
    ],
  ])('%s: %s', (lang, sentence, want) => {
    const item = wholeItemText(sentence, lang, itemText(sentence, lang));
    if (typeof want === 'string') expect(item).toBe(want);
    else expect(item).toMatch(want);
    expect(item).not.toMatch(/^(?:Não por acaso|Todavia|Infatti|Nos termos)\b|[»…]$/u);
  });

  it('a legal reference with the article’s number opens the clause; the number is no point of the item', () => {
    // the shape of the message's point on publication (Constitution, art. 119.º), judge18
    const s =
      '8 – Nos termos do artigo 119.º da Constituição, as decisões do Tribunal Constitucional são publicadas no Diário da República.';
    expect(itemText(s, 'pt')).toBe(
      'As decisões do Tribunal Constitucional são publicadas no Diário da República',
    );
    // a number that is the point stays: only the number of an article cited goes with its phrase
    expect(
      itemText(
        'Na Região Autónoma dos Açores, 95 por cento dos eleitores votaram pela autonomia regional.',
        'pt',
      ),
    ).toMatch(/95 por cento/u);
  });

  it('a point with no faithful short form shows the head of its sentence, never "…" and never a function word last', () => {
    const head = itemHead(PT[4], 'pt');
    expect(head).toMatch(/^Todavia, no artigo 22\.º/u);
    expect(head.split(' ').length).toBeLessThanOrEqual(12);
    expect(head).not.toMatch(/(?:…|\b(?:no|de|da|do|que|a|o))$/u);
    // the planner measures a numbered point as shown, and another item short
    expect(shownItem(PT[11], 'pt', true).split(' ').length).toBeGreaterThanOrEqual(
      shownItem(PT[11], 'pt', false).split(' ').length,
    );
  });
});

describe('a numbered list never skips a point', () => {
  it('the message’s points are all on screen, in order, numbered as said', () => {
    const text = [
      'Mensagem do Presidente da República',
      '«Tendo promulgado, para ser publicado como lei orgânica, o Decreto n.º 295/XII da Assembleia da República, que aprova o Regime Jurídico do Referendo Regional na Região Autónoma dos Açores, entendi dirigir a essa Assembleia a seguinte mensagem:',
      PT[1],
      PT[2],
      PT[3],
      PT[4],
    ].join('\n\n');
    const deck = buildDeck(text, { fileName: 'pt-mensagem.txt' });
    const lists = deck.slides.flatMap((s) => s.blocks.filter((b) => b.type === 'list'));
    const items = lists.flatMap((l) => (l.type === 'list' ? l.items : []));
    expect(items).toHaveLength(4);
    // each part opens at the number after the last one shown before it
    let next = 1;
    for (const l of lists)
      if (l.type === 'list') {
        expect(l.start ?? 1).toBe(next);
        next += l.items.length;
      }
    const shown = deck.slides.map((s) => s.screenText).join('\n');
    expect(shown).not.toMatch(/^\s*(?:\d+\.\s*)?(?:Não por acaso|Todavia)\b/mu);
    expect(shown).toMatch(/O Regime agora promulgado encontra amplos pontos de contacto/u);
  });
});

describe('key phrases on screen in the order the speech says them', () => {
  it('en: Douglass, “What to the Slave Is the Fourth of July?” (1852, public domain)', () => {
    const sentences = [
      'What have I, or those I represent, to do with your national independence?',
      'Are the great principles of political freedom and of natural justice, embodied in that Declaration of Independence, extended to us? and am I, therefore, called upon to bring our humble offering to the national altar, and to confess the benefits, and express devout gratitude for the blessings, resulting from your independence to us?',
    ];
    const list = keyPhraseList(sentences, 'National independence', [], 'en', true, true) ?? [];
    expect(list.length).toBeGreaterThanOrEqual(3);
    const text = sentences.join(' ').toLowerCase();
    const at = list.map((p) => text.indexOf(p.toLowerCase()));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
