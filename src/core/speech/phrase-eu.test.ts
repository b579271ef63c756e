import { describe, expect, it } from 'vitest';
import { euPhraseProblem } from './phrase-eu';

describe('French, German, Italian and Spanish key phrases are noun phrases, not verb fragments (phrase-eu.ts)', () => {
  it.each([
    // verb fragments the phrase finder gave the Napolitano deck
    ['it', 'Debbono conquiste', 'Le nuove generazioni debbono conquiste vere.', 'opens on a verb'],
    [
      'it',
      'Venuta caratterizzando',
      'Si è venuta caratterizzando una fase nuova.',
      'holds a gerund or an infinitive',
    ],
    [
      'it',
      'Travolto certezze',
      'Il voto ha travolto certezze antiche.',
      'a participle and its complement, no noun phrase',
    ],
    [
      'it',
      "Nell'assetto istituzionale",
      "Un mutamento nell'assetto istituzionale.",
      'an elided preposition or pronoun',
    ],
    ['it', 'Riforma ormai acquisita', 'Una riforma ormai acquisita.', 'holds an adverb'],
    [
      'fr',
      'Nécessité d’empêcher',
      'Il y a la nécessité d’empêcher cela.',
      'an elided preposition or pronoun',
    ],
    ['fr', 'Rougeole aujourd’hui', 'La rougeole aujourd’hui revient.', 'holds an adverb'],
    ['es', 'Libertad frente', 'Defendemos la libertad frente a la opresión.', 'ends on a function word'],
    ['es', 'Garantizar derechos', 'Hay que garantizar derechos.', 'holds a gerund or an infinitive'],
    [
      'de',
      'Demokratie braucht mündige Bürgerinnen',
      'Die Demokratie braucht mündige Bürgerinnen.',
      'holds a verb',
    ],
    [
      'de',
      'Erinnert Hannah Arendt',
      'Erinnert Hannah Arendt daran.',
      'no article before it: a verb’s fragment',
    ],
    // noun phrases stand
    ['it', 'Forze politiche', 'Le forze politiche hanno vinto.', null],
    ['it', 'Drastica sconfitta', 'Dopo una drastica sconfitta, il partito.', null],
    ['it', 'Grande rilievo', 'Un fatto di grande rilievo.', null],
    ['fr', 'Sentiment mortifère', 'Un sentiment mortifère domine.', null],
    ['fr', 'L’esprit républicain', 'Nous gardons l’esprit républicain.', null],
    ['es', 'Gobernanza global', 'Necesitamos una gobernanza global.', null],
    ['de', 'Faktenbasierte Meinungsbildung', 'Wir stehen für faktenbasierte Meinungsbildung.', null],
    // other languages are not judged here
    ['en', 'Trade flow', 'Billions of dollars of trade flow.', null],
  ])('%s %s', (lang, phrase, text, why) => {
    expect(euPhraseProblem(phrase, text, lang)).toBe(why);
  });
});
