import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { countWords } from './number-words';
import { fitListTitle } from './title-fit';
import { quotations } from './text';

/**
 * Augusto Santos Silva, Assembleia da República, debate after the Versailles European Council,
 * 15 March 2022 (ParlaMint-PT 2022-03-15, u2, CC BY 4.0; judge25): one paragraph that counts its
 * fronts and its points before it names them, "em três frentes complementares … A primeira frente
 * é…", "em quatro pontos … O primeiro ponto é…". (Hard-wrapped here; the engine re-flows it.)
 */
const VERSAILLES = `Quanto ao segundo tema, o Conselho Europeu assinala — e bem! — o abalo tectónico que a guerra contra
a Ucrânia representa, quer do ponto de vista geopolítico e geoestratégico, quer do ponto de vista
económico, e propõe-se avançar em três frentes complementares nos trabalhos que a todos nos
aguardam. A primeira frente é a do robustecimento das capacidades europeias de defesa, com o aumento
do investimento na defesa e em bens e equipamentos de duplo uso, civil e militar, associando esse
investimento ao domínio da ciência e da inovação na Europa e salientando a importância de
desenvolver a base industrial europeia com o papel indispensável das pequenas e médias empresas. A
segunda frente é a da redução da dependência energética em relação à Rússia e, em geral, a redução
da dependência dos combustíveis fósseis, com o reforço das energias renováveis e do hidrogénio verde
e com a diversificação das fontes e das rotas de abastecimento, incluindo as interconexões. A
terceira e última frente é a da construção de uma base económica mais robusta para a Europa,
reduzindo a sua dependência externa em áreas críticas como as dos semicondutores, das matérias-
primas, da saúde, do digital ou da alimentação e segurança alimentar e acelerando o investimento,
ponto para o qual o Conselho Europeu define como orientação a necessidade de desenhar políticas
orçamentais, e cito, «adequadas às necessidades de investimento e à nova situação geopolítica». O
trabalho prosseguirá com a reunião formal do Conselho Europeu, nos próximos dias 24 e 25 de março.
Queria ainda salientar, em quatro pontos, a leitura que Portugal faz das conclusões da Declaração de
Versalhes, adotada na reunião informal do Conselho Europeu. O primeiro ponto é o da nossa adesão
absoluta a esta combinação entre firmeza e prudência na gestão da atual crise de segurança que a
Europa vive. Para conseguir uma solução política negociada e duradoura é preciso ser prudente, mas é
também preciso ser firme, não ser ambíguo e ser claro nas exigências que colocamos ao agressor, que
é a Rússia. O segundo ponto diz respeito à nossa lógica de uma resposta imediata e, tanto quanto
possível, coordenada a nível europeu em face dos efeitos económicos provocados ou potenciados pela
guerra, com medidas efetivas na contenção dos preços, na preservação do tecido produtivo e do
emprego e na proteção social, medidas como as que o Governo português já vem anunciando e
preparando. O terceiro ponto diz respeito à resposta europeia conjunta, de curto e médio prazo, e
nós temos o modelo da nossa resposta às consequências económicas e sociais da COVID-19, que é o bom
modelo. É um modelo de esforço conjunto para mobilizar os recursos financeiros indispensáveis aos
investimentos em defesa, à redução da nossa dependência energética relativamente ao exterior e ao
aumento da resiliência da nossa economia. Finalmente, se o Sr. Presidente me permitir concluir, o
último ponto é o da necessidade de uma visão estratégica, não repetindo os erros de 2010, porque não
é com lógicas «austeritárias» que respondemos aos efeitos económicos da crise, nem repetindo os
erros de 2014, porque, infelizmente, entre 2014 e 2022, a Europa aumentou a sua dependência
energética da Rússia.`;

const deck = (text: string) =>
  buildDeck(text.replace(/\n/gu, ' '), { fileName: 'pt-santossilva-versalhes.txt' });

describe('a list is titled by the count said with the noun its items are named by (judge25 C3)', () => {
  it('pt: "três frentes" titles the three fronts, "quatro pontos" the four points', () => {
    const titles = deck(VERSAILLES).slides.map((s) => s.title);
    expect(titles).toContain('Três frentes');
    expect(titles).toContain('Quatro pontos');
    // not a phrase of one item ("Dependência energética", the second front) nor of one point's sentence
    expect(titles).not.toContain('Dependência energética');
  });

  it('a count that is not the number of items titles nothing', () => {
    // (the count changed to two: the three fronts are no "Duas frentes")
    const titles = deck(VERSAILLES.replace('em três frentes', 'em duas frentes')).slides.map((s) => s.title);
    expect(titles).not.toContain('Duas frentes');
    expect(titles).not.toContain('Três frentes');
  });

  it('count words are per language: Portuguese "sei" is "I know", Italian "sei" is six', () => {
    expect(countWords('pt').get('três')).toBe(3);
    expect(countWords('pt').get('duas')).toBe(2);
    expect(countWords('pt').has('sei')).toBe(false);
    expect(countWords('it-IT').get('sei')).toBe(6);
    expect(countWords('de', 7).has('acht')).toBe(false);
    expect(countWords('xx').size).toBe(0);
  });
});

/**
 * Barack Obama, memorial service for the victims of the shooting in Tucson, 12 January 2011
 * (whitehouse.gov transcript; judge23): three thanks in step, one of them naming Patricia Maisch.
 */
const TUCSON = `Our hearts are full of thanks for that good news, and our hearts are full of gratitude for those who
saved others.  We are grateful to Daniel Hernandez -- (applause) -- a volunteer in Gabby’s office.
(Applause.)

And, Daniel, I’m sorry, you may deny it, but we’ve decided you are a hero because -- (applause) --
you ran through the chaos to minister to your boss, and tended to her wounds and helped keep her
alive.  (Applause.)

We are grateful to the men who tackled the gunman as he stopped to reload.  (Applause.)  Right over
there.  (Applause.)  We are grateful for petite Patricia Maisch, who wrestled away the killer’s
ammunition, and undoubtedly saved some lives.  (Applause.)  And we are grateful for the doctors and
nurses and first responders who worked wonders to heal those who’d been hurt.  We are grateful to
them.  (Applause.)`;

describe('a list is titled by what its items share, not by one item (judge25 C3)', () => {
  it('en: "We are grateful" titles the thanks, not "Petite Patricia Maisch" of the second', () => {
    const slides = buildDeck(TUCSON, { fileName: 'en-obama-tucson-2011.txt' }).slides;
    const list = slides.find((s) => s.blocks[0]?.type === 'list');
    expect(list?.title).toBe('We are grateful');
    expect(slides.map((s) => s.title)).not.toContain('Petite Patricia Maisch');
  });

  it('an opening that is a subject and its verb, or a cut noun phrase, titles nothing', () => {
    // Édouard Philippe, déclaration de politique générale, 4 July 2017 (corpus)
    const vois = [
      'Je vois une jeune femme officier',
      'Je vois un autre de vos benjamins, né au Rwanda quatre ans avant le génocide',
      'Je vois des sportifs de haut niveau, des entrepreneurs, des scientifiques',
    ];
    expect(fitListTitle('Jeune femme officier', vois, vois, 'fr', new Set())).toBe('Jeune femme officier');
    // Mark Twain, "The Babies", 1879 (corpus)
    const babies = [
      'In another the future renowned astronomer is blinking',
      'In another the future great historian is lying',
      'In another the future President is busying himself',
    ];
    expect(fitListTitle('Future great historian', babies, babies, 'en', new Set())).toBe(
      'Future great historian',
    );
  });

  it('a title the slide says outside the items too is its topic and stays', () => {
    const items = [
      'We are grateful to the men who tackled the gunman',
      'We are grateful for petite Patricia Maisch',
    ];
    const said = ['Patricia Maisch was there.', ...items];
    expect(fitListTitle('Patricia Maisch', items, said, 'en', new Set())).toBe('Patricia Maisch');
    expect(fitListTitle('Patricia Maisch', items, items, 'en', new Set())).toBe('We are grateful');
  });
});

describe('one pattern for quoted words (title-fit.ts, striking.ts, transcript.ts)', () => {
  it('reads the words between the marks, within the bounds asked', () => {
    // Carter, anti-inflation program, 24 October 1978 (judge25); Santos Silva 2022 (judge25)
    const churchill =
      'Churchill replied by asking his countrymen, "What kind of people do they think we are?"';
    expect([...churchill.matchAll(quotations(3, 400))].map((m) => m[1])).toEqual([
      'What kind of people do they think we are?',
    ]);
    const pt = 'porque não é com lógicas «austeritárias» que respondemos aos efeitos económicos da crise';
    expect([...pt.matchAll(quotations(2))].map((m) => m[1])).toEqual(['austeritárias']);
    // (a word of 13 characters is no sentence of nine or more ending on its stop)
    expect([...pt.matchAll(quotations(9, 241))].filter((m) => /[.!?]$/u.test(m[1]!))).toEqual([]);
    expect(pt.replace(quotations(2), ' ')).not.toContain('austeritárias');
  });
});
