/**
 * The handout HTML and the `export` command, without a browser. The PDF itself (Chromium +
 * poppler-utils) is checked end to end in tests/e2e/handout.spec.ts.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/helpers/cli';
import { findChromium, NO_CHROMIUM } from './export-pdf';
import { handoutHtml, slideFrame } from './handout';
import { readSpeechFile } from './speech-file';
import { tempDir } from '../../tests/helpers/temp';

const dir = tempDir('handout');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const speech = join(__dirname, '..', '..', 'slides', 'carec-digital-strategy-2030.md');

const run = runCli;

const EVIL =
  '---\ntitle: "</title><script>alert(1)</script>"\nspeaker: "<b>Eve</b>"\n---\n\nHi <script>alert(2)</script>.\n\nSo 2 < 3 & 4 > 1.\n\n## S <img src=x onerror=alert(3)>\n\n- [x](javascript:alert(4))\n- "quoted" & <b>bold</b>\n';

describe('handoutHtml', () => {
  it('has one page per slide, the notes only in the notes variant, and the paper asked for', async () => {
    const deck = await readSpeechFile(speech);
    const notes = handoutHtml(deck, { variant: 'notes', paper: 'a4' });
    const slides = handoutHtml(deck, { variant: 'slides', paper: 'letter' });
    for (const html of [notes, slides]) {
      expect(html.match(/<section class="page"/g)).toHaveLength(deck.slides.length);
      expect(html.match(/<div class="lectern-slide layout-/g)).toHaveLength(deck.slides.length);
      expect(html.match(/<header class="handout-head">/g)).toHaveLength(1);
    }
    expect(notes).toContain('@page{size:A4;margin:');
    expect(slides).toContain('@page{size:Letter landscape;margin:');
    expect(notes.match(/<div class="notes/g)).toHaveLength(deck.slides.length);
    expect(slides).not.toContain('<div class="notes');
    expect(notes).toContain('<p>Thank you, Chair.</p>');
  });

  it('runs nothing: no script, a strict CSP, every text from the speech escaped', async () => {
    const p = join(dir, 'evil.md');
    writeFileSync(p, EVIL);
    const html = handoutHtml(await readSpeechFile(p), { variant: 'notes', paper: 'a4' });
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;`,
    );
    expect(html).not.toContain('file:');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('So 2 &lt; 3 &amp; 4 &gt; 1.');
  });

  it('scales the 1280×720 slide to fit the page, under the header on page one', () => {
    for (const variant of ['notes', 'slides'] as const)
      for (const paper of ['a4', 'letter'] as const) {
        const f = slideFrame({ variant, paper });
        expect(f.heightMm / f.widthMm).toBeCloseTo(9 / 16, 5);
        expect(f.scale).toBeGreaterThan(0.4);
        expect(f.scale).toBeLessThan(1);
      }
  });
});

describe('lectern export', () => {
  it('writes the handout as standalone HTML', async () => {
    const out = join(dir, 'handout.html');
    const r = await run(['export', speech, '--handout', out, '--slides-only', '--paper', 'letter']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain(`wrote ${out} (9 slides, fonts `);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('size:Letter landscape');
    expect(html).not.toContain('<div class="notes');
  });

  it('refuses bad arguments with the usage and status 2', async () => {
    for (const args of [
      [speech],
      [speech, '--pdf'],
      [speech, '--pdf', 'x.pdf', '--paper', 'a3'],
      [speech, '--pdf', 'x.pdf', '--colour'],
    ]) {
      const r = await run(['export', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^lectern: export: .*\nusage: lectern export /);
    }
  });

  it('says where a bad speech is wrong, and exits 1 without a stack trace', async () => {
    const p = join(dir, 'bad.md');
    writeFileSync(p, '---\ntitle: T\nwpm: fast\n---\nHi.');
    const r = await run(['export', p, '--handout', join(dir, 'bad.html')]);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(
      'bad.md:3:6: front matter "wpm" must be a number of words per minute between 40 and 400',
    );
    expect(existsSync(join(dir, 'bad.html'))).toBe(false);
  });

  it('explains a missing folder or a missing Chromium in one line', async () => {
    const r1 = await run(['export', speech, '--pdf', join(dir, 'no', 'such', 'x.pdf')]);
    expect(r1.code).toBe(1);
    expect(r1.err).toMatch(/^lectern: cannot write .*x\.pdf: the folder .* does not exist\n$/);
    const r2 = await run([
      'export',
      speech,
      '--pdf',
      join(dir, 'x.pdf'),
      '--chromium',
      join(dir, 'no-chrome'),
    ]);
    expect(r2.code).toBe(1);
    expect(r2.err).toContain(`lectern: ${NO_CHROMIUM}`);
    expect(r2.err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});

describe('findChromium', () => {
  it('uses the path given, then CHROMIUM_PATH, and never guesses past a wrong one', () => {
    const fake = join(dir, 'chrome');
    writeFileSync(fake, '');
    expect(findChromium(fake, {})).toBe(fake);
    expect(findChromium(undefined, { CHROMIUM_PATH: fake })).toBe(fake);
    expect(() => findChromium(undefined, { CHROMIUM_PATH: join(dir, 'none') })).toThrow(NO_CHROMIUM);
    expect(() => findChromium(join(dir, 'none'), { CHROMIUM_PATH: fake })).toThrow(/given Chromium/);
  });
});
