import { describe, expect, it } from 'vitest';
import { quoteSlideTitle } from './quote-title';

// George W. Bush, signing the Medicare legislation, 8 December 2003 (judge26)
const BUSH =
  "Our nation has the best health care system in the world. And we want our seniors to share in the benefits of that system. Our nation has made a promise, a solemn promise to America's seniors. We have pledged to help our citizens find affordable medical care in the later years of life. Lyndon Johnson established that commitment by signing the Medicare Act of 1965. And today, by reforming and modernizing this vital program, we are honoring the commitments of Medicare to all our seniors. (Applause.)";

// the same speech: the paragraph the fears and hard choices close
const COVERAGE =
  'Drug coverage under Medicare will allow seniors to replace more expensive surgeries and hospitalizations with less expensive prescription medicine. And even more important, drug coverage under Medicare will save our seniors from a lot of worry. Some older Americans spend much of their Social Security checks just on their medications. Some cut down on the dosage, to make a bottle of pills last longer. Elderly Americans should not have to live with those kinds of fears and hard choices. This new law will ease the burden on seniors and will give them the extra help they need.';

// Ford, State of the Union, 15 January 1975 (corpus)
const FORD =
  'A resurgent American economy would do more to restore the confidence of the world in its own future than anything else we can do. The program that this Congress passes can demonstrate to the world that we have started to put our own house in order.';

describe('an English quote slide is titled by a noun phrase the quote says (judge30 #2)', () => {
  it('before a phrase of the sentences only the notes say, however often they say it', () => {
    const quote = 'Lyndon Johnson established that commitment by signing the Medicare Act of 1965.';
    expect(quoteSlideTitle('Our nation', quote, [BUSH], 'en', new Set())).toBe('Medicare Act');
  });
  it('before the topic its paragraph opens on', () => {
    const quote = 'Elderly Americans should not have to live with those kinds of fears and hard choices.';
    expect(quoteSlideTitle('Drug coverage under Medicare', quote, [COVERAGE], 'en', new Set())).toBe(
      'Hard choices',
    );
  });
  it('never a subject and its verb the tagger reads as a noun phrase', () => {
    const quote =
      'The program that this Congress passes can demonstrate to the world that we have started to put our own house in order.';
    expect(quoteSlideTitle('A resurgent American economy', quote, [FORD], 'en', new Set())).not.toBe(
      'Congress passes',
    );
  });
  it('keeps a title the quote says inside quotation marks', () => {
    // Deese, industrial strategy, Cleveland 2022 (judge26)
    const quote = 'So we’re launching a novel national collaborative effort: hydrogen “hubs.”';
    const para = `${quote} These hubs will bring together producers and users of clean hydrogen.`;
    expect(quoteSlideTitle('Hydrogen hubs', quote, [para], 'en', new Set())).toBe('Hydrogen hubs');
  });
  it('keeps a phrase said next to the quote where no tagger tells a noun (Dutch)', () => {
    // Troonrede 2015 (judge27): the quote's own "Lange tijd" names nothing
    const para =
      'De economie is weer krachtig aan het groeien; er is sprake van krachtig herstel. Voor het eerst in lange tijd komen de groeiprognoses weer boven de twee procent en ontwikkelen de overheidsfinanciën zich in de goede richting.';
    const quote =
      'Voor het eerst in lange tijd komen de groeiprognoses weer boven de twee procent en ontwikkelen de overheidsfinanciën zich in de goede richting.';
    expect(quoteSlideTitle('Krachtig herstel', quote, [para], 'nl', new Set())).toBe('Krachtig herstel');
  });
});
