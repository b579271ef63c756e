import { describe, expect, it } from 'vitest';
import { initialShowState } from '../core/show';
import { replaceDecision } from './replace-show';

const running = { path: '/talks/keynote.md', state: { ...initialShowState(14), index: 4 } };

describe('replaceDecision (a second launch while a show runs)', () => {
  it('only brings the app forward when no speech is named', () => {
    expect(replaceDecision(running, null)).toEqual({ type: 'focus' });
  });

  it('only brings the app forward when the speech named is the one on screen', () => {
    expect(replaceDecision(running, '/talks/keynote.md')).toEqual({ type: 'focus' });
  });

  it('asks before replacing the show with another speech, saying where the show is', () => {
    const decision = replaceDecision(running, '/talks/other.md');
    expect(decision).toMatchObject({ type: 'ask', message: expect.stringContaining('other.md') });
    expect(decision.type === 'ask' && decision.detail).toContain('“keynote.md”, at slide 5 of 14');
  });
});
