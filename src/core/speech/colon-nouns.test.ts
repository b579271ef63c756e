import { describe, expect, it } from 'vitest';
import { colonNouns } from './clause-list';

describe('the nouns a sentence names after a colon are its key phrases', () => {
  it.each([
    [
      'it',
      'La contestazione è scaturita da forti motivi sociali: disuguaglianze, ingiustizie, impoverimenti e arretramenti nella condizione di vasti ceti comprendenti famiglie del popolo e della classe media.',
      ['Disuguaglianze', 'Ingiustizie', 'Impoverimenti', 'Arretramenti'],
    ],
    ['en', 'We need three things: courage, patience and hard work.', ['Courage', 'Patience', 'Hard work']],
    [
      'de',
      'Es geht um drei Dinge: Freiheit, Sicherheit und Wohlstand für alle.',
      ['Freiheit', 'Sicherheit', 'Wohlstand'],
    ],
    // judge17: a committee's typical objections, each a noun phrase with its article
    [
      'de',
      'Ich möchte Ihnen mitteilen, welche Einspruchsgegenstände ansonsten typisch waren: nicht oder zu spät zugestellte Briefwahlunterlagen, die repräsentative Wahlstatistik, der Identitätsnachweis im Wahllokal, die Gestaltung des Stimmzettels oder das Schreibmittel in der Wahlkabine.',
      [
        'Nicht oder zu spät zugestellte Briefwahlunterlagen',
        'Repräsentative Wahlstatistik',
        'Identitätsnachweis im Wahllokal',
        'Gestaltung des Stimmzettels',
        'Schreibmittel in der Wahlkabine',
      ],
    ],
    [
      'en',
      'The complaints were familiar: late postal ballots, the design of the ballot paper, the proof of identity and the pens in the booth.',
      ['Late postal ballots', 'Design of the ballot paper', 'Proof of identity', 'Pens in the booth'],
    ],
  ])('%s: %s', (lang, sentence, items) => {
    expect(colonNouns(sentence, lang)).toEqual(items);
  });
  it.each([
    // clauses, not nouns
    ['en', 'He said: we will come, we will see and we will win.'],
    // clauses with their subjects and verbs, however short
    ['de', 'Wir haben drei Ziele: wir senken die Steuern, wir bauen Schulen und wir stärken die Polizei.'],
    ['en', 'The plan is simple: jobs are coming back, wages are rising and prices are falling.'],
    // two only
    ['en', 'Two things matter: courage and patience.'],
    // no colon
    ['it', 'Disuguaglianze, ingiustizie, impoverimenti e arretramenti.'],
    // a noun phrase too long to be a key phrase
    ['en', 'We saw it all: the long and bitter winter, the hungry children of the city and the war.'],
  ])('%s: none in %s', (lang, sentence) => {
    expect(colonNouns(sentence, lang)).toBeNull();
  });
});
