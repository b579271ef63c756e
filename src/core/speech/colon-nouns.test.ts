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
  ])('%s: %s', (lang, sentence, items) => {
    expect(colonNouns(sentence, lang)).toEqual(items);
  });
  it.each([
    // clauses, not nouns
    ['en', 'He said: we will come, we will see and we will win.'],
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
