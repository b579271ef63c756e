import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveInside } from './files';

const root = resolve('/opt/Lectern/resources/app.asar/out/renderer');

describe('resolveInside (lectern:// and the web host)', () => {
  it('serves files of the built renderer', () => {
    expect(resolveInside(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/assets/index-3f2a.js')).toBe(join(root, 'assets', 'index-3f2a.js'));
    expect(resolveInside(root, '/assets/Source%20Sans.woff2')).toBe(
      join(root, 'assets', 'Source Sans.woff2'),
    );
  });

  it('maps the bare origin to index.html', () => {
    expect(resolveInside(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '')).toBe(join(root, 'index.html'));
  });

  it('refuses every way out of the folder', () => {
    for (const path of [
      '/../main/index.js',
      '/assets/../../main/index.js',
      '/%2e%2e/main/index.js',
      '/%2E%2E%2Fmain%2Findex.js',
      '/..%5c..%5cmain',
      '/assets\\..\\..\\main',
      '/index.html%00.png',
      '/./index.html',
      '/%E0%A4%A',
    ]) {
      expect(resolveInside(root, path), path).toBeNull();
    }
  });

  it('treats leading slashes as relative to the folder, never as the file system root', () => {
    expect(resolveInside(root, '//etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });
});

describe('contentTypeOf', () => {
  it('names the types the renderer build produces', () => {
    expect(contentTypeOf('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/x/blob')).toBe('application/octet-stream');
  });
});
