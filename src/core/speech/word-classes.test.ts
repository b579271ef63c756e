import { describe, expect, it } from 'vitest';
import { alternation, AUXILIARY, COPULA, DETERMINER, MODAL, oneOf, union, without } from './word-classes';

describe('word classes', () => {
  it('composes the auxiliaries from the copula, "have", "do" and the modals', () => {
    expect(AUXILIARY.has('being')).toBe(true);
    expect(AUXILIARY.has('might')).toBe(true);
    expect(AUXILIARY.has('did')).toBe(true);
    expect(AUXILIARY.has('seem')).toBe(false);
    expect([...COPULA].every((w) => AUXILIARY.has(w))).toBe(true);
    expect([...MODAL].every((w) => AUXILIARY.has(w))).toBe(true);
  });

  it('builds one-word regexes that match whole words only, any case', () => {
    const re = oneOf(MODAL, ['then']);
    expect(re.test('Could')).toBe(true);
    expect(re.test('then')).toBe(true);
    expect(re.test('can')).toBe(true);
    expect(re.test('cannot')).toBe(false);
    expect(re.test('scan')).toBe(false);
  });

  it('puts longer words first in an alternation and escapes them', () => {
    const alt = alternation(['be', 'been', 'a.b']);
    expect(alt).toBe('been|a\\.b|be');
    expect(new RegExp(`^(?:${alt})`).exec('been')?.[0]).toBe('been');
  });

  it('takes words out of a class without changing it', () => {
    const narrower = without(DETERMINER, 'that');
    expect(narrower.has('that')).toBe(false);
    expect(narrower.has('this')).toBe(true);
    expect(DETERMINER.has('that')).toBe(true);
    expect(union(['a'], ['a', 'b']).size).toBe(2);
  });
});
