import { describe, expect, it } from 'vitest';
import { semicolonSeries } from './clause-list';
import { buildDeck } from './index';

const PT =
  'Assim, com a presente proposta, procede-se, nomeadamente, à clarificação do conceito de compromisso plurianual; à inclusão dos ativos e passivos financeiros no conceito de fundos disponíveis; na administração local, à possibilidade de delegação da competência para o aumento de fundos disponíveis do órgão executivo no presidente, a par da maior responsabilização do membro do Governo setorial; e procede-se à obrigação de constituição de uma reserva correspondente a 50% do valor do aumento dos pagamentos em atraso, nos serviços e organismos pertencentes a um mesmo programa orçamental, sendo a mesma consignada à redução do pagamento em atraso.';

describe('a sentence whose clauses are a parallel series parted by semicolons', () => {
  it.each([
    [
      'pt',
      PT,
      [
        'À clarificação do conceito de compromisso plurianual',
        'À inclusão dos ativos e passivos financeiros no conceito de fundos disponíveis',
        'À possibilidade de delegação da competência para o aumento de fundos disponíveis',
        'À obrigação de constituição de uma reserva correspondente a 50% do valor',
      ],
    ],
    [
      'en',
      'Is it that slavery is not divine; that God did not establish it; that our doctors of divinity are mistaken?',
      [
        'That slavery is not divine',
        'That God did not establish it',
        'That our doctors of divinity are mistaken',
      ],
    ],
    [
      'es',
      'Pedimos, ante todo, la protección de los trabajadores; la mejora de los salarios; y la reforma del sistema de pensiones.',
      [
        'La protección de los trabajadores',
        'La mejora de los salarios',
        'La reforma del sistema de pensiones',
      ],
    ],
  ])('%s: is its items', (lang, sentence, items) => {
    expect(semicolonSeries(sentence, lang)).toEqual(items);
  });
  it.each([
    // a narration, each part opened by a pronoun
    [
      'en',
      'I smoke in bed until I have to go to sleep; I wake up in the night, sometimes once; sometimes three times.',
    ],
    // two parts only
    ['pt', 'O objetivo é à clarificação do conceito; à inclusão dos ativos.'],
    // a series after a colon is colonSeries's
    ['en', 'A change of course which will: put them to work; increase real income; and advance the cause.'],
    // parts that are no series: the head is not said early in each
    ['en', 'We spoke of the war; it was long and hard for all of us and for them; of peace we said little.'],
  ])('%s: no series: %s', (lang, sentence) => {
    expect(semicolonSeries(sentence, lang)).toBeNull();
  });
  it('is the list of its slide, the figures said before it on a slide of their own', () => {
    const speech = [
      'O controlo da execução orçamental é um elemento essencial para garantir o cumprimento dos objetivos orçamentais, e a não acumulação de dívidas vencidas é um objetivo estruturante para a consolidação orçamental.',
      `Embora o balanço seja largamente positivo — o stock de pagamentos em atraso reduziu cerca de 2,9 mil milhões de euros, isto é, mais de 61%, entre 2011 e novembro de 2014 —, existem ainda algumas oportunidades de melhoria destes diplomas. ${PT}`,
      'As alterações propostas permitem, por um lado, continuar o processo de redução dos pagamentos em atraso e, por outro, agilizar alguns processos previstos na lei.',
    ].join('\n\n');
    const deck = buildDeck(speech, { fileName: 'lcpa.txt' });
    const list = deck.slides.find((s) =>
      s.screenText.includes('À clarificação do conceito de compromisso plurianual'),
    );
    expect(list, deck.slides.map((s) => s.screenText).join('\n---\n')).toBeDefined();
    expect(list!.screenText).toContain(
      'À inclusão dos ativos e passivos financeiros no conceito de fundos disponíveis',
    );
    expect(deck.slides.some((s) => s.screenText.includes('2,9 mil milhões de euros'))).toBe(true);
    // the notes are the whole speech (a paragraph cut between slides at a sentence)
    const squash = (t: string) => t.replace(/\s+/gu, ' ').trim();
    expect(squash(deck.slides.map((s) => s.notes).join(' '))).toBe(squash(speech));
  });
});

describe('a semicolon series item opens where its head opens a clause, and keeps its nouns (judge16)', () => {
  it('Biden: "to address barriers to access", and TB and malaria kept', () => {
    expect(
      semicolonSeries(
        'Now is the moment to accelerate our efforts to reduce health inequities and to address barriers to access, including gender and human rights barriers; to build a more inclusive healthcare systems to leave no one behind; to end AIDS, tuberculosis, and malaria for good.',
        'en',
      ),
    ).toEqual([
      'To address barriers to access',
      'To build a more inclusive healthcare systems to leave no one behind',
      'To end AIDS, tuberculosis, and malaria for good',
    ]);
  });
});
