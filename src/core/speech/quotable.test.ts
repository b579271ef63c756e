import { describe, expect, it } from 'vitest';
import { keyLine } from './body';
import { bestQuote, isSelfCorrected } from './quotable';

describe('self-corrections are never the key line', () => {
  it('recognises a restart, a dangling word before a dash and [sic]', () => {
    expect(isSelfCorrected('It’ll be the most — it’ll be more than just.')).toBe(true);
    expect(
      isSelfCorrected(
        'For too many patients and their families on — diagnosed with cancer, there’s bewilderment.',
      ),
    ).toBe(true);
    expect(
      isSelfCorrected(
        'Just look at the results, historical results — revults [sic] — results for working Americans.',
      ),
    ).toBe(true);
    expect(isSelfCorrected('I refuse to believe — I refuse to believe this is beyond our capacity.')).toBe(
      false,
    );
    expect(
      isSelfCorrected('When we work together in America, there is nothing — nothing beyond our capacity.'),
    ).toBe(false);
  });
  it('does not choose one as the quote or the key line (the toast)', () => {
    const slide = [
      'Mr. Prime Minister, today our two nations meet the future, emboldened with a confidence all that’s come before.',
      'It’ll be the most — it’ll be more than just.',
      'It’ll be more free, more fair, and for all people, because we have the power to make it so.',
    ];
    expect(bestQuote(slide, 'en')).not.toBe(slide[1]);
    expect(keyLine(slide, 'Future', 'en')).not.toBe(slide[1]);
  });
});
