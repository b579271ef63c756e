import { describe, expect, it } from 'vitest';
import { phraseCleanProblem } from './phrase-clean';

describe('a key phrase shown in place of a quote is no vague phrase and no bare name (phrase-clean.ts)', () => {
  it.each([
    ['en', 'Short term', 'In the short term we act.', 'a vague head'],
    ['en', 'Literal sense', 'In a literal sense, yes.', 'a vague head'],
    ['en', 'Additional attempts', 'We see additional attempts.', 'a vague head'],
    ['en', 'Vital role', 'It plays a vital role.', 'a vague head'],
    ['en', 'Tremendous achievement', 'This is a tremendous achievement.', 'a vague head'],
    ['en', 'Remarkable institutions', 'Two remarkable institutions.', 'a vague modifier'],
    ['en', 'Threatening Israel', 'Threatening Israel with destruction is wrong.', 'a verb and its object'],
    ['en', 'Top Down', 'Top Down economics failed.', 'a name said without an article'],
    ['fr', 'Michel Debré', 'Depuis Michel Debré, chaque Premier ministre.', 'a name said without an article'],
    ['it', 'Aldo Moro', 'Il sacrificio di Aldo Moro.', 'a name said without an article'],
    ['it', 'Propria rottura', 'Una vera e propria rottura.', 'a vague modifier'],
    // kept
    ['en', 'World Health Organization', 'We fund the World Health Organization.', null],
    ['en', 'Systemic oppression', 'A reminder of systemic oppression.', null],
    ['en', 'Clean energy transition', 'The clean energy transition is here.', null],
    ['fr', 'Sécurité sociale', 'Nous sauverons la Sécurité sociale.', null],
    ['de', 'Deutsche Welle', 'Die Deutsche Welle sendet.', null],
  ])('%s %s', (lang, phrase, text, why) => {
    expect(phraseCleanProblem(phrase, text, lang)).toBe(why);
  });
});
