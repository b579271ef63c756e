import { describe, expect, it } from 'vitest';
import { localPath } from './css-path';
import { sanitiseCss, SLIDE_SCOPE as S } from './css-sanitise';

const clean = (css: string) => sanitiseCss(css, 'talk.css');

describe('a speech’s own CSS, made safe', () => {
  it('follows no @import and loads nothing from outside the speech’s folder', () => {
    const r = clean(
      [
        '@import url(http://evil.test/a.css);',
        '@import "beside.css";',
        '.a { background: url(http://evil.test/t.png) }',
        '.b { background: url(//evil.test/t.png) }',
        '.c { background: url(file:///etc/passwd) }',
        '.d { background: url(/etc/passwd) }',
        '.e { background: url(../secret.png) }',
        '.f { background: url(ht\\74 p://evil.test/escaped.png) }',
        '.g { --logo: url(http://evil.test/var.png) }',
        '.h { background-image: image-set("http://evil.test/set.png" 1x) }',
        '.i { background: url(data:text/html;base64,PHNjcmlwdD4=) }',
        '.j { background: url(javascript:alert(1)) }',
      ].join('\n'),
    );
    expect(r.css).not.toMatch(/evil|etc\/passwd|secret|javascript|text\/html|@import/);
    expect(r.media).toEqual([]);
    // each line dropped, with where and why (the last is also CSS that cannot be read)
    expect([...new Set(r.warnings.map((w) => w.line))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(r.warnings[0]!.message).toBe('@import is not followed: a speech’s CSS loads nothing else');
    expect(r.warnings.find((w) => w.line === 8)!.message).toBe(
      'url(http://evil.test/escaped.png) is not kept: only files beside the speech and data: images load',
    );
  });
  it('keeps files beside the speech (as the host’s /media/) and data: images and fonts', () => {
    const r = clean(
      '.a{background:url("img/my chart.png")}\n.b{--logo:url(\'logo.svg\')}\n@font-face{font-family:Brand;src:url(fonts/brand.woff2) format("woff2")}\n.c{background:url(data:image/png;base64,iVBOR)}',
    );
    expect(r.css).toContain('url(/media/img/my%20chart.png)');
    expect(r.css).toContain('--logo:url("/media/logo.svg")');
    expect(r.css).toContain('src:url(/media/fonts/brand.woff2)');
    expect(r.css).toContain('url(data:image/png;base64,iVBOR)');
    expect(r.media).toEqual(['img/my chart.png', 'logo.svg', 'fonts/brand.woff2']);
    expect(r.warnings).toEqual([]);
  });
  it('drops what could run script', () => {
    const r = clean(
      '.a{behavior:url(x.htc);color:red}\n.b{width:expression(alert(1))}\n.c{-moz-binding:url(x.xml#b)}',
    );
    expect(r.css).toBe(`${S} .a{color:red}${S} .b{}${S} .c{}`);
    expect(r.media).toEqual([]);
    expect(r.warnings).toHaveLength(3);
  });
  it('styles the slides only: every selector scoped, reveal.js’s and Marp’s slide selectors meaning the slide', () => {
    const r = clean(
      ':root{--bg:#fff}\nsection{color:#111}\n.reveal h1{color:#222}\n.reveal .slides section p{color:#333}\nbody .x,h2>em{color:#444}\n.presenter .controls{display:none}\n@media print{pre{color:#000}}\n@keyframes spin{from{opacity:0}to{opacity:1}}',
    );
    expect(r.css).toBe(
      `${S}{--bg:#fff}${S}{color:#111}${S} h1{color:#222}${S} p{color:#333}${S} .x,${S} .subheading.level-2>em{color:#444}${S} .presenter .controls{display:none}@media print{${S} pre{color:#000}}@keyframes spin{from{opacity:0}to{opacity:1}}`,
    );
  });
  it('says where CSS that cannot be read is, and keeps the rest', () => {
    const r = clean('.a{color:red}\n.b{color:}\n.c{{{\n.d{color:blue}');
    expect(r.css).toContain(`${S} .a{color:red}`);
    expect(r.warnings.length).toBeGreaterThan(0);
    expect(r.warnings.every((w) => w.file === 'talk.css' && w.line >= 1)).toBe(true);
  });
  it.each([
    ['logo.png', 'logo.png'],
    ['./img/a%20b.png', 'img/a b.png'],
    ['img/a.png?v=2#x', 'img/a.png'],
    ['../a.png', null],
    ['/a.png', null],
    ['C:\\a.png', null],
    ['http://x/a.png', null],
    ['%2e%2e/a.png', null],
  ])('localPath(%j) is %j', (url, path) => {
    expect(localPath(url)).toBe(path);
  });
});
