import { describe, expect, it } from 'vitest';
import { actionSeries } from './action-series';
import { keyBlock } from './body';

describe('actionSeries', () => {
  it('lists the actions one sentence names, each whole, without the "to" they share', () => {
    expect(
      actionSeries(
        'We are going to hold down Government spending, reduce the budget deficit, and eliminate Government waste.',
        'en',
      ),
    ).toEqual(['Hold down Government spending', 'Reduce the budget deficit', 'Eliminate Government waste']);
    expect(
      actionSeries(
        'We will continue to use our agricultural policies to sustain farm production, to maintain stable prices, and to keep inflation down.',
      ),
    ).toEqual(['Sustain farm production', 'Maintain stable prices', 'Keep inflation down']);
    // no comma before the last item
    expect(
      actionSeries('This year we will cut red tape, train new nurses and open ten clinics.', 'en'),
    ).toEqual(['Cut red tape', 'Train new nurses', 'Open ten clinics']);
  });

  it('is no list when the lead-in denies, refuses or conditions the actions', () => {
    expect(actionSeries('We will not raise taxes, cut pensions, or close rural schools.', 'en')).toBeNull();
    expect(
      actionSeries('I oppose plans to cut pensions, close schools, and sell the railways.', 'en'),
    ).toBeNull();
    expect(
      actionSeries('If we fail to cut costs, train workers, and open markets, we lose.', 'en'),
    ).toBeNull();
  });

  it('is no list of a pair, of nouns, of items that lean back or hold a clause, or outside English', () => {
    expect(actionSeries('We will cut red tape and train new nurses.', 'en')).toBeNull();
    expect(
      actionSeries('Our people, our economic system, and our Government are equal to this task.', 'en'),
    ).toBeNull();
    expect(
      actionSeries(
        'But it is up to us now to make the most of it, to receive it with gratitude, and to prove ourselves worthy of this gift.',
        'en',
      ),
    ).toBeNull();
    expect(
      actionSeries(
        'People have taken to the streets to demand that their governments address basic needs, give everyone a fair shot, and protect their rights.',
        'en',
      ),
    ).toBeNull();
    expect(
      actionSeries('Nous allons baisser les impôts, créer des emplois, et ouvrir des écoles.', 'fr'),
    ).toBeNull();
  });

  it('shows the actions, not the ordinary sentence as a quote, when nothing on the slide is striking', () => {
    const sentences = [
      'I will concentrate my efforts within the Government.',
      'We know that Government is not the only cause of inflation.',
      'We are going to hold down Government spending, reduce the budget deficit, and eliminate Government waste.',
    ];
    const b = keyBlock(sentences, 'Joint effort', [], 'en');
    expect(b?.type).toBe('list');
    expect(JSON.stringify(b)).toContain('Reduce the budget deficit');
  });

  it('reads a French series of infinitives each after "de"/"d\'" (judge29 fr-woerth: an empty slide before)', () => {
    const woerth =
      'Vous avez, au cours de cette session, à vous prononcer sur bon nombre de lois qui mettront en œuvre les réformes annoncées par le Président de la République et par le Premier ministre et choisies par les Français, qu’il s’agisse de revaloriser le travail, d’aider à l’accession à la propriété, de réformer les universités, d’assurer un service minimal dans les transports ou de lutter contre la récidive.';
    expect(actionSeries(woerth, 'fr')).toEqual([
      'Revaloriser le travail',
      'Aider à l’accession à la propriété',
      'Réformer les universités',
      'Assurer un service minimal dans les transports',
      'Lutter contre la récidive',
    ]);
    expect(
      actionSeries(
        'Nous avons décidé de réduire la dette, de baisser les impôts et de fermer les usines.',
        'fr',
      ),
    ).toEqual(['Réduire la dette', 'Baisser les impôts', 'Fermer les usines']);
    // someone else's deeds, a denial, and nouns after "de" are no actions of the speaker's side
    expect(
      actionSeries('Il a décidé de réduire la dette, de baisser les impôts et de fermer les usines.', 'fr'),
    ).toBeNull();
    expect(
      actionSeries(
        'Nous ne voulons pas de réduire la dette, de baisser les impôts et de fermer les usines.',
        'fr',
      ),
    ).toBeNull();
    expect(actionSeries('Nous sortons de la guerre, de la misère et de la famine.', 'fr')).toBeNull();
  });
});
