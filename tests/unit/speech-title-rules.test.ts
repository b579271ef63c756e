/**
 * The corpus title rule (tests/helpers/speech-rules.ts) fails the titles the eighth designer review
 * named as fragments (issue #10), and passes titles a designer accepts.
 */
import { describe, expect, it } from 'vitest';
import { titleProblem } from '../helpers/speech-rules';

const PUTIN =
  'Демографы утверждают, что этот вызов связан с общемировыми изменениями. В горизонте ближайших шести лет мы должны добиться устойчивого роста рождаемости. Вот что хочу сказать. В текущем году потребуется почти 50 миллиардов рублей на это. Эта программа началась у нас в 2018-м.';
const CARTER =
  "If there's one thing I'm asking of every American tonight, it is to give this plan a chance to work.";

describe('the corpus title rule', () => {
  it('fails fragments: units alone, a speech act, a clause adverb, an oblique case, a subject and its predicate', () => {
    expect(titleProblem('Миллиардов рублей', PUTIN)).toMatch(/unit words/u);
    expect(titleProblem('Вот что хочу сказать', PUTIN)).toMatch(/speech act/u);
    expect(titleProblem('American tonight', CARTER)).toMatch(/adverb/u);
    expect(titleProblem('Устойчивого роста рождаемости', PUTIN)).toMatch(/oblique/u);
    expect(titleProblem('Вызов связан', PUTIN)).toMatch(/predicate/u);
    expect(titleProblem('Программа началась', PUTIN)).toMatch(/predicate/u);
  });
  it('passes titles in the nominative and noun phrases', () => {
    for (const t of [
      'Устойчивый рост рождаемости',
      'Число многодетных семей',
      'Многие другие государства',
      'Лидеры стран',
      'Race relations',
      'Government officials',
    ])
      expect(titleProblem(t, `${PUTIN} ${CARTER}`)).toBeNull();
  });
});
