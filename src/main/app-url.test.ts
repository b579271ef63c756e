import { describe, expect, it } from 'vitest';
import { isTrustedUrl, rendererUrl, trustedOrigins } from './app-url';

describe('rendererUrl', () => {
  it('loads the built renderer from the app scheme', () => {
    expect(rendererUrl('audience')).toBe('lectern://app/index.html?view=audience');
    expect(rendererUrl('presenter')).toBe('lectern://app/index.html?view=presenter');
    expect(rendererUrl('delegate')).toBe('lectern://app/index.html?view=delegate');
    expect(rendererUrl('presenter', undefined, 'ar')).toBe('lectern://app/index.html?view=presenter&lang=ar');
  });

  it('loads from the dev server during development, with or without a trailing slash', () => {
    expect(rendererUrl('presenter', 'http://localhost:5173')).toBe(
      'http://localhost:5173/index.html?view=presenter',
    );
    expect(rendererUrl('audience', 'http://localhost:5173/')).toBe(
      'http://localhost:5173/index.html?view=audience',
    );
  });
});

describe('isTrustedUrl', () => {
  const packaged = trustedOrigins();
  const dev = trustedOrigins('http://localhost:5173');

  it('trusts pages of the app', () => {
    expect(isTrustedUrl('lectern://app/index.html?view=audience', packaged)).toBe(true);
    expect(isTrustedUrl('lectern://app/index.html#/3', packaged)).toBe(true);
  });

  it('refuses other hosts, schemes and look-alikes', () => {
    for (const url of [
      'lectern://evil/index.html',
      'lectern://app.evil.com/',
      'https://example.com/',
      'file:///etc/passwd',
      'http://localhost:5173/',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isTrustedUrl(url, packaged), url).toBe(false);
    }
  });

  it('trusts the dev server only in development, and only on its port', () => {
    expect(isTrustedUrl('http://localhost:5173/index.html?view=presenter', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/', dev)).toBe(false);
  });
});
