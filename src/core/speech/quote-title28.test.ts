import { describe, expect, it } from 'vitest';
import { quotedName } from './compose';
import { quoteSlideTitle } from './quote-title';
import { sentencesOf } from './segment';

// Merkel, Großer Zapfenstreich, 2 December 2021 (judge26): the thanks for the music follow the
// paragraph the quote caps
const MERKEL = [
  'Wenn ich heute hier vor Ihnen stehe, dann empfinde ich vor allem dieses: Dankbarkeit und Demut – Demut vor dem Amt, das ich so lange ausüben durfte; Dankbarkeit für das Vertrauen, das ich erfahren durfte. Vertrauen, dessen war ich mir immer bewusst, ist das wichtigste Kapital in der Politik. Es ist alles andere als selbstverständlich. Und dafür danke ich von ganzem Herzen.',
  'Mein Dank gilt auch Ihnen, Frau Bundesministerin, liebe Annegret, und der Bundeswehr für die Ausrichtung des Großen Zapfenstreichs – noch dazu an diesem in unserer Geschichte so bedeutsamen Ort des Bendlerblocks. Mein Dank gilt auch dem Stabsmusikkorps der Bundeswehr für die musikalische Begleitung – alles unter den so erschwerten Bedingungen der Pandemie.',
];
const VERTRAUEN = 'Vertrauen, dessen war ich mir immer bewusst, ist das wichtigste Kapital in der Politik.';

// Riba, homage to Antoni Dalmau, Parliament of Catalonia 2022 (judge27)
const DALMAU =
  "Amb anterioritat, el 1972, va obtenir el títol de professor de català, tasca a la que va dedicar més de deu anys en cursos organitzats pel moviment escolta, del que formà part en la seva adolescència; després, per Òmnium Cultural, entitat de la que va ser fundador a Igualada, i finalment, per la Generalitat provisional. El 1979 s'inicià la seva participació en la vida política institucional. A banda de regidor, va ser escollit diputat provincial.";
const INSTITUCIONAL = "El 1979 s'inicià la seva participació en la vida política institucional.";

describe('a quote slide titled from another sentence (judge28 #3, #8)', () => {
  it('is titled by the quote’s own words, not by a phrase of the paragraph after it', () => {
    const t = quoteSlideTitle('Musikalische Begleitung', VERTRAUEN, MERKEL, 'de', new Set());
    expect(t).toBe('Wichtigste Kapital');
  });
  it('is never titled by a name the quote does not say', () => {
    const t = quoteSlideTitle('Òmnium Cultural', INSTITUCIONAL, [DALMAU], 'ca', new Set());
    expect(t).toBe('Vida política institucional');
  });
  it('keeps a name the quote says', () => {
    const quote =
      'Per Òmnium Cultural, entitat de la que va ser fundador a Igualada, va dedicar més de deu anys a la llengua.';
    expect(quoteSlideTitle('Òmnium Cultural', quote, [`${quote} ${INSTITUCIONAL}`], 'ca', new Set())).toBe(
      'Òmnium Cultural',
    );
  });
  it('keeps the name of whose words the quote is', () => {
    // Édouard Philippe, déclaration de politique générale, 4 July 2017
    const para =
      'Le second discours est un peu plus récent : « Nos priorités ne sont pas celles d’une moitié de la France contre l’autre moitié, mais celles de tous les Français. Défaire ce que les autres ont fait, faire ce que d’autres déferont, voilà bien le type de politique dont les électeurs ne veulent plus. Nous ne demanderons à personne de nous rejoindre par intérêt ni de trahir ses convictions. » Il s’agit des mots de Michel Rocard, prononcés le 29 juin 1988, il y a quand même presque trente ans.';
    const quote =
      'Défaire ce que les autres ont fait, faire ce que d’autres déferont, voilà bien le type de politique dont les électeurs ne veulent plus.';
    expect(quoteSlideTitle('Michel Rocard', quote, [para], 'fr', new Set())).toBe('Michel Rocard');
  });
  it('keeps a phrase said next to the quote when the quote’s sentence gives none', () => {
    const race =
      'None of us can or should expect a transformation in race relations overnight. None of us should believe that a handful of gun safety measures will prevent every tragedy. It will not.';
    expect(quoteSlideTitle('Gun safety measures', 'It will not.', [race], 'en', new Set())).toBe(
      'Gun safety measures',
    );
  });
});

describe('a quote slide titled by a name the quote says in passing (judge28 #3)', () => {
  const titleOf = (text: string, lang: string, k: number) => {
    const sentences = sentencesOf(text, lang);
    return quotedName(sentences, [{ text, inlines: [] }], sentences[k]!, lang, new Set());
  };
  it('is not titled by the one the subject replaced, a complement of another noun', () => {
    const ca =
      "L'Antoni va ser regidor a Igualada. Al desembre de 1982 va ser escollit president de la diputació en substitució de Francesc Martí Jusmet, i va estar-hi al capdavant fins al 1987. Va ser un bon president.";
    expect(titleOf(ca, 'ca', 1)).toBe('');
  });
  it('is titled by the one the line remembers', () => {
    const es =
      'Por eso y porque esto no siempre ha sido así, permítanme que recuerde a todos aquellos que dieron lo mejor de sí mismos. Quiero recordar especialmente a Clara Campoamor, que luchó para abrir la puerta de este hemiciclo a media España marginada: a las mujeres. Quiero recordar a los que durante la dictadura se mantuvieron fieles a los valores de la democracia.';
    expect(titleOf(es, 'es', 1)).toBe('Clara Campoamor');
  });
});
