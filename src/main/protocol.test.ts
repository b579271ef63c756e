import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { tempDir } from '../../tests/helpers/temp';

// protocol.handle stands in for Electron: the handler is captured and fed real Requests.
let handler: ((request: Request) => Promise<Response>) | undefined;
vi.mock('electron', () => ({
  protocol: {
    handle: (_scheme: string, h: (request: Request) => Promise<Response>) => {
      handler = h;
    },
    registerSchemesAsPrivileged: vi.fn(),
  },
}));
const { serveApp } = await import('./protocol');

// Node's Request refuses unknown schemes, so requests are plain objects with the fields used.
const get = (url: string, method = 'GET') => handler!({ url, method } as Request);

describe('lectern:// protocol', () => {
  beforeAll(() => {
    const root = tempDir('renderer');
    mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'secret');
    serveApp(join(root, 'renderer'));
  });

  it('serves the page with the CSP header and nosniff', async () => {
    const response = await get('lectern://app/index.html?view=audience');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>x</title>');
  });

  it('serves the built-in black fallback page under the CSP, even with no such file', async () => {
    const response = await get('lectern://app/fallback.html?view=presenter');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await response.text();
    expect(html).toContain('background:#000');
    expect(html).not.toContain('<script');
  });

  it('serves scripts with their type and without a CSP of their own', async () => {
    const response = await get('lectern://app/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('never serves a file outside the renderer folder', async () => {
    // URL parsing already folds `..` and `%2e%2e` segments (404: no such file inside); an encoded
    // slash survives parsing and is refused by resolveAppFile (403).
    for (const url of [
      'lectern://app/../secret.txt',
      'lectern://app/%2e%2e/secret.txt',
      'lectern://app/..%2fsecret.txt',
    ]) {
      const response = await get(url);
      expect([403, 404], url).toContain(response.status);
      expect(await response.text()).not.toBe('secret');
    }
    expect((await get('lectern://app/..%2fsecret.txt')).status).toBe(403);
  });

  it('answers 404 for other hosts and missing files, 405 for writes', async () => {
    expect((await get('lectern://other/index.html')).status).toBe(404);
    expect((await get('lectern://app/missing.js')).status).toBe(404);
    expect((await get('lectern://app/index.html', 'POST')).status).toBe(405);
  });
});
