import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
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

describe('lectern://app/media/: the open speech’s images and clips', () => {
  let speech = '';
  beforeAll(() => {
    const root = tempDir('protocol-media');
    speech = join(root, 'talk');
    mkdirSync(speech);
    writeFileSync(join(speech, 'demo.webm'), Buffer.from(Array.from({ length: 300 }, (_, i) => i % 256)));
    writeFileSync(join(speech, 'chart.png'), 'png');
    writeFileSync(join(speech, 'notes.txt'), 'private');
    writeFileSync(join(root, 'outside.webm'), 'outside');
    symlinkSync(join(root, 'outside.webm'), join(speech, 'link.webm'));
    serveApp(join(root, 'renderer'), () => speech);
  });
  const withRange = (url: string, range: string) =>
    handler!({ url, method: 'GET', headers: new Headers({ Range: range }) } as Request);

  it('serves a clip by ranges, as the web host does', async () => {
    const whole = await get('lectern://app/media/demo.webm');
    expect([whole.status, whole.headers.get('content-type'), whole.headers.get('accept-ranges')]).toEqual([
      200,
      'video/webm',
      'bytes',
    ]);
    expect((await whole.arrayBuffer()).byteLength).toBe(300);
    const part = await withRange('lectern://app/media/demo.webm', 'bytes=100-109');
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-109/300');
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([
      100, 101, 102, 103, 104, 105, 106, 107, 108, 109,
    ]);
    expect((await withRange('lectern://app/media/demo.webm', 'bytes=400-')).status).toBe(416);
  });
  it('serves an image; refuses a link out of the folder, what a speech does not show, and a way out', async () => {
    expect((await get('lectern://app/media/chart.png')).status).toBe(200);
    for (const path of ['link.webm', 'notes.txt', '..%2f..%2fsecret.txt', '../outside.webm'])
      expect((await get(`lectern://app/media/${path}`)).status, path).toBe(404);
  });
});
