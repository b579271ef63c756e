import { describe, expect, it } from 'vitest';
import { selfHeadline } from './self-headline';

describe('selfHeadline: the speaker’s own line about what the deck is', () => {
  // Ford, State of the Union, 1975 (public domain)
  const ford =
    'When the bipartisan applause stopped, President Truman said, "I am happy to report to this 81st Congress that the state of the Union is good."\n\nToday, I must say to you that the state of the Union is not good: Millions of Americans are out of work.';
  it('takes "<deck title> is …" in the speaker’s words, cut at its clause', () => {
    expect(selfHeadline('State of the Union', ford, 'en')).toBe('The state of the Union is not good');
  });
  it('never takes the clause from someone else’s quoted words', () => {
    const quotedOnly = ford.split('\n\n')[0]!;
    expect(selfHeadline('State of the Union', quotedOnly, 'en')).toBeNull();
  });
  it('needs a copula after the title and a clause of at most 8 words', () => {
    expect(selfHeadline('Amazing grace', 'Amazing grace, how sweet the sound.', 'en')).toBeNull();
    expect(
      selfHeadline(
        'State of the Union',
        'The state of the Union is better than it was in the long and hard years before.',
        'en',
      ),
    ).toBeNull();
  });
  // Brainard, "Supply Chains" remarks, 2024 (judge21): the title is inside the subject, after "our"
  it('never takes the title from inside a longer subject ("in our supply chains is …")', () => {
    expect(
      selfHeadline(
        'Supply Chains',
        'Building resilience in our supply chains is not a partisan effort. It’s a national priority borne out of hard-fought experience.',
        'en',
      ),
    ).toBeNull();
  });
});
