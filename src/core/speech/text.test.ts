import { describe, expect, it } from 'vitest';
import { capitalize, sameStem, trimPhrase } from './text';

describe('text helpers', () => {
  it('sees a shared stem only where the common start is most of the longer word', () => {
    expect(sameStem('afford', 'affordable')).toBe(true);
    expect(sameStem('nights', 'night')).toBe(true);
    expect(sameStem('childcare', 'childhood')).toBe(false);
    expect(sameStem('the', 'them')).toBe(false);
    // Korean: a stem of two syllables with its particle or ending glued on
    expect(sameStem('갈림길', '갈림길에')).toBe(true);
    expect(sameStem('도약과', '도약하느냐')).toBe(true);
    expect(sameStem('길', '길을')).toBe(true);
    expect(sameStem('길', '길거리를')).toBe(false);
    expect(sameStem('주어진', '주민들이')).toBe(false);
  });

  it('trims articles, auxiliaries, modals and possessives off the end of a phrase', () => {
    expect(trimPhrase('the cost of the')).toBe('the cost');
    expect(trimPhrase('jobs that we should')).toBe('jobs that we');
    expect(trimPhrase('a plan for your')).toBe('a plan');
    expect(trimPhrase('Made in America.')).toBe('Made in America');
  });
  it('capitalises a Turkish i as İ and ı as I, and any other i as I', () => {
    expect(capitalize('insanlık')).toBe('İnsanlık');
    expect(capitalize('ışık')).toBe('Işık');
    expect(capitalize('iş birliği')).toBe('İş birliği');
    expect(capitalize('inflation')).toBe('Inflation');
    expect(capitalize('«inflation»')).toBe('«Inflation»');
    expect(capitalize('ilgi')).toBe('Ilgi'); // (no ı or ğ: not known to be Turkish)
  });
});
