import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';
import { levelLabel } from './level-to';

const labels = (s: string) => sentenceFigures(s, 'en').map((f) => [f.value, f.label]);

describe('a level set, and a difference from a reference (level-to.ts)', () => {
  it('labels a level a thing is held to by the thing, with its rate', () => {
    // Carter 1978: the 7% wage standard never reached the screen ("country to limit …")
    expect(
      labels(
        "Except for our lowest paid workers, I'm asking all employees in this country to limit total wage increases to a maximum of 7 percent per year.",
      ),
    ).toEqual([['a maximum of 7 percent', 'total wage increases per year']]);
  });
  it('leaves a label that names the act whose level it is', () => {
    expect(
      labels(
        'Yesterday Secretary of the Treasury Donald Regan sent to the Congress a request to raise the debt ceiling to $985 billion.',
      ),
    ).toEqual([['$985 billion', 'request to raise the debt ceiling']]);
  });
  it('reads a fraction of a percentage point as one quantity, and no card without its reference', () => {
    // Carter 1978: "at least one-half — of one percentage point"
    expect(
      labels(
        "I'm tonight setting a standard for each firm in the Nation to hold its price increases at least one-half of one percentage point below what they averaged during 1976 and 1977.",
      ),
    ).toEqual([['at least one-half of one percentage point', '']]);
  });
  it('keeps a mixed number whole as the headline it is', () => {
    expect(labels('Our basic target for economy-wide price increases is 5 3/4 percent.')).toEqual([
      ['5 3/4 percent', 'basic target for economy-wide price increases'],
    ]);
  });
});

describe('a figure said as the rate a thing is set to', () => {
  // Ford, State of the Union, 1975 (public domain): "12 percent — for all businesses" said for whom, not what
  it('is labelled by the thing and its rate', () => {
    const ford =
      'The one-year reduction for businesses would be in the form of a liberalized investment tax credit increasing the rate to 12 percent for all businesses.';
    expect(sentenceFigures(ford, 'en').map((f) => [f.value, f.label])).toEqual([
      ['12 percent', 'investment tax credit rate'],
    ]);
  });
  it('needs a thing named before the participle', () => {
    expect(levelLabel('We are lowering the rate to ', '')).toBe('');
  });
});
