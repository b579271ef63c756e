/**
 * An enumeration's item said after the speaker's aside is the point its ordinal names, never the
 * aside (issue 10, judge25 D1). The four points of Augusto Santos Silva's statement after the
 * European Council of Versailles, Assembleia da República, 15 March 2022 (ParlaMint-PT, CC BY 4.0;
 * judge25 SOURCES.md).
 */
import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { pointAfterAside } from './enumeration';
import { itemText, wholeItemText } from './items';

const POINTS =
  'O primeiro ponto é o da nossa adesão absoluta a esta combinação entre firmeza e prudência na gestão da atual crise de segurança que a Europa vive. Para conseguir uma solução política negociada e duradoura é preciso ser prudente, mas é também preciso ser firme, não ser ambíguo e ser claro nas exigências que colocamos ao agressor, que é a Rússia. O segundo ponto diz respeito à nossa lógica de uma resposta imediata e, tanto quanto possível, coordenada a nível europeu em face dos efeitos económicos provocados ou potenciados pela guerra, com medidas efetivas na contenção dos preços, na preservação do tecido produtivo e do emprego e na proteção social, medidas como as que o Governo português já vem anunciando e preparando. O terceiro ponto diz respeito à resposta europeia conjunta, de curto e médio prazo, e nós temos o modelo da nossa resposta às consequências económicas e sociais da COVID-19, que é o bom modelo. É um modelo de esforço conjunto para mobilizar os recursos financeiros indispensáveis aos investimentos em defesa, à redução da nossa dependência energética relativamente ao exterior e ao aumento da resiliência da nossa economia. Finalmente, se o Sr. Presidente me permitir concluir, o último ponto é o da necessidade de uma visão estratégica, não repetindo os erros de 2010, porque não é com lógicas «austeritárias» que respondemos aos efeitos económicos da crise, nem repetindo os erros de 2014, porque, infelizmente, entre 2014 e 2022, a Europa aumentou a sua dependência energética da Rússia.';
const LAST = POINTS.slice(POINTS.indexOf('Finalmente'));

describe('an item after an aside', () => {
  it('finds the point named after the aside', () => {
    expect(pointAfterAside(LAST)).toEqual([LAST.indexOf('o último ponto')]);
    // a point named far into the sentence is another clause's
    expect(
      pointAfterAside(
        `${'Nós temos de falar com todos os nossos parceiros europeus sobre isso, '.repeat(2)}o último ponto é outro.`,
      ),
    ).toEqual([]);
  });

  it('the short and the whole item are the point, not the aside', () => {
    expect(itemText(LAST, 'pt')).toMatch(/^Necessidade de uma visão estratégica/u);
    expect(wholeItemText(LAST, 'pt')).toMatch(/^Necessidade de uma visão estratégica/u);
  });

  it('the deck lists the four points, the fourth its own', () => {
    const deck = buildDeck(`Em quatro pontos, Sr. Presidente. ${POINTS}`, {
      fileName: 'pt-santossilva-2022.txt',
    });
    const screens = deck.slides.map((s) => s.screenText).join('\n');
    expect(screens).not.toMatch(/^\d\.\s+Se o Sr\. Presidente/mu);
    expect(screens).toMatch(/^4\.\s+Necessidade de uma visão estratégica/mu);
  });
});
