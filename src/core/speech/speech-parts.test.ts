import { describe, expect, it } from 'vitest';
import { speakerFromIntro } from './speech-parts';

describe('speakerFromIntro', () => {
  it('takes the role from an introduction', () => {
    expect(speakerFromIntro('I’m Zhu Gang, deputy director general of the department.')).toEqual({
      speaker: 'Zhu Gang',
      role: 'deputy director general of the department',
    });
  });

  it('takes no role from a relation joke', () => {
    expect(
      speakerFromIntro('Thank you, thank you, thank you. I’m Joe Biden, Jill Biden’s husband. (Laughter.)'),
    ).toEqual({ speaker: 'Joe Biden' });
    expect(speakerFromIntro('I’m Ann Lee, Tom’s proud mother, and I am here to talk.')).toEqual({
      speaker: 'Ann Lee',
    });
  });
});
