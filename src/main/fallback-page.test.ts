import { describe, expect, it } from 'vitest';
import { fallbackHtml, fallbackRole } from './fallback-page';

describe('fallback page', () => {
  it('is black, with no script, no external resource and no image', () => {
    for (const role of ['audience', 'presenter'] as const) {
      const html = fallbackHtml(role);
      expect(html).toContain('background:#000');
      expect(html).not.toMatch(/<script|<img|<link|src=|href=|url\(/i);
    }
  });

  it('tells the speaker what happened, and shows the audience nothing but black', () => {
    expect(fallbackHtml('presenter')).toContain('restart Lectern');
    expect(fallbackHtml('audience')).not.toContain('<p>');
  });

  it('reads the role from the URL, defaulting to plain black', () => {
    expect(fallbackRole('presenter')).toBe('presenter');
    expect(fallbackRole('audience')).toBe('audience');
    expect(fallbackRole(null)).toBe('audience');
    expect(fallbackRole('<script>')).toBe('audience');
  });
});
