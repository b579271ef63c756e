import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { opensOnParticiple, withoutMeanVerb } from './verb-label';

const labelOf = (text: string, value: string) =>
  findFigures(text, 'en', 20).find((f) => f.value.includes(value))?.label;

describe('an English verb is never read as the noun a figure counts (verb-label.ts, judge14)', () => {
  it('"will mean savings": "mean" is the verb', () => {
    const s =
      'FHA lowered their mortgage insurance premiums by 0.3 percentage points, which will mean savings of around $1,200 per year for a homebuyer buying a median home.';
    expect(labelOf(s, '$1,200')).not.toMatch(/^mean/u);
    expect(withoutMeanVerb(s, 'mean savings')).toBe('savings for a homebuyer');
    expect(withoutMeanVerb('That would mean higher energy bills of $300.', 'mean higher energy bills')).toBe(
      'higher energy bills',
    );
    // "mean" that is no verb, and other labels, are kept
    expect(withoutMeanVerb('The mean income rose to $50,000.', 'mean income')).toBe('mean income');
    expect(withoutMeanVerb(s, 'mortgage insurance premiums')).toBe('mortgage insurance premiums');
  });

  it('a participle after a dash says what else is done, never what a figure counts', () => {
    expect(opensOnParticiple('guaranteeing rents')).toBe(true);
    expect(opensOnParticiple('providing meals')).toBe(true);
    expect(opensOnParticiple('housing units')).toBe(false);
    expect(opensOnParticiple('savings accounts')).toBe(false);
    expect(opensOnParticiple('new homes')).toBe(false);
    expect(
      labelOf(
        'Our Administration has secured rental assistance for an additional 100,000 low-income households – guaranteeing rents at 30% of those families’ incomes.',
        '100,000',
      ),
    ).not.toBe('guaranteeing rents');
  });
});

describe('a share after a participle is no object of it (verb-label.ts)', () => {
  it('"guaranteeing rents at 30% of those families’ incomes" is not "30% — guaranteeing rents"', () => {
    expect(
      labelOf(
        'Our Administration has secured rental assistance for an additional 100,000 low-income households – guaranteeing rents at 30% of those families’ incomes.',
        '30%',
      ),
    ).not.toBe('guaranteeing rents');
  });
});
