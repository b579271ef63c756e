import { describe, expect, it } from 'vitest';
import { THEMES } from '../core/themes';
import { blockRuns } from './pptx-text';

describe('blockRuns: a quote by another speaker', () => {
  const theme = Object.values(THEMES)[0]!;
  const style = { theme, size: 32, color: theme.colors.ink };
  const quote = (cite?: string) =>
    blockRuns(
      [
        {
          type: 'quote',
          children: [{ type: 'paragraph', children: [{ type: 'text', value: 'A woman was denied care.' }] }],
          ...(cite ? { cite } : {}),
        },
      ],
      style,
    ).map((r) => r.text);
  it('puts who said it under the line', () => {
    expect(quote('The Second Gentleman')).toEqual(['A woman was denied care.', '— The Second Gentleman']);
  });
  it('puts nothing under the deck speaker’s own line', () => {
    expect(quote()).toEqual(['A woman was denied care.']);
  });
});
