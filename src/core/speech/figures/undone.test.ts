import { describe, expect, it } from 'vitest';
import { sentenceFigures } from '.';
import { undoneWhole } from './label';

describe('a part of a whole that a verb undoes', () => {
  // Ford, State of the Union, 1975 (public domain)
  const ford =
    'In recent months, utilities have cancelled or postponed over 60 percent of planned nuclear expansion and 30 percent of planned additions to non-nuclear capacity.';
  it('is labelled by the whole and the verb, for both figures of the pair', () => {
    expect(sentenceFigures(ford, 'en').map((f) => [f.value, f.label])).toEqual([
      ['over 60 percent', 'planned nuclear expansion cancelled or postponed'],
      ['30 percent', 'planned additions cancelled or postponed'],
    ]);
  });
  it('keeps "of …" when no undoing verb takes the figure', () => {
    expect(undoneWhole('We added ', 'of the staff')).toBe('');
    expect(undoneWhole('They postponed the vote and gave ', 'of the budget')).toBe('');
    expect(undoneWhole('They scrapped ', 'of the old fleet')).toBe('old fleet scrapped');
  });
});
