import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/temp';
import { buildDeck } from '../core/speech';
import {
  assignFaces,
  embedFonts,
  exportFonts,
  builtFontFaces,
  parseFontFaces,
  parseUnicodeRange,
  sourceFontFaces,
  type FontFace,
} from './export-fonts';
import { cutFont } from './font-subset';

const face = (family: string, range: string, file = `${family}-${range}.woff2`): FontFace => ({
  family,
  weight: '100 900',
  style: 'normal',
  ranges: parseUnicodeRange(range),
  file,
});

describe('export fonts', () => {
  it('reads unicode-ranges and @font-face rules', () => {
    expect(parseUnicodeRange('U+0400-045F,U+2116, U+4??')).toEqual([
      [0x400, 0x45f],
      [0x2116, 0x2116],
      [0x400, 0x4ff],
    ]);
    const [parsed] = parseFontFaces(
      "@font-face {\n  font-family: 'Noto Sans Variable';\n  font-weight: 100 900;\n  src: url(./files/x.woff2) format('woff2-variations');\n  unicode-range: U+0000-00FF;\n}",
      '/fonts',
    );
    expect(parsed).toEqual({
      family: 'Noto Sans Variable',
      weight: '100 900',
      style: 'normal',
      ranges: [[0, 0xff]],
      file: '/fonts/files/x.woff2',
    });
  });

  it('gives each character to the face the browser would use: first family, last face in it', () => {
    const latin = face('Sans', 'U+0-FF');
    const latinExt = face('Sans', 'U+0-17F');
    const cjkLatin = face('CJK', 'U+0-FF');
    const cjk = face('CJK', 'U+4E00-9FFF');
    const byFace = assignFaces(['A', 'é', 'ő', '中'], [latin, latinExt, cjkLatin, cjk]);
    expect([...byFace].map(([f, chars]) => [f.file, chars])).toEqual([
      [latinExt.file, ['A', 'é', 'ő']],
      [cjk.file, ['中']],
    ]);
  });

  it('finds the faces in a built renderer’s stylesheets (the desktop app has no node_modules)', () => {
    const renderer = tempDir('built-renderer');
    mkdirSync(join(renderer, 'assets'));
    writeFileSync(
      join(renderer, 'assets', 'index-abc.css'),
      "body{color:red}@font-face{font-family:'Noto Sans Variable';font-weight:100 900;src:url(./noto-latin-x1.woff2) format('woff2-variations');unicode-range:U+0-FF}",
    );
    expect(builtFontFaces(renderer).map((f) => [f.family, f.file])).toEqual([
      ['Noto Sans Variable', join(renderer, 'assets', 'noto-latin-x1.woff2')],
    ]);
  });

  it('lists every face of the fonts the app carries', () => {
    const families = new Set(sourceFontFaces().map((f) => f.family));
    expect([...families]).toEqual([
      'Noto Sans Variable',
      'Noto Sans Arabic Variable',
      'Noto Sans Hebrew Variable',
      'Noto Sans Thai Variable',
      'Noto Sans SC Variable',
    ]);
  });

  it('cuts a Chinese deck’s fonts to its characters, each face to exactly its own', async () => {
    const deck = buildDeck('数字经济\n\n数字经济是增长的引擎。2023年规模达到56.1万亿元。', {
      fileName: 'zh.txt',
    });
    const fonts = await exportFonts(deck, { cut: cutFont });
    expect(fonts.css).toContain("font-family:'Noto Sans SC Variable'");
    expect(fonts.css).toContain("font-family:'Noto Sans Variable'");
    expect(fonts.css).toMatch(/unicode-range:[^}]*U\+6570/); // 数
    expect(fonts.css).not.toContain('Noto Sans Arabic');
    // a few slices of glyphs, not the 5 MB family
    expect(fonts.bytes).toBeGreaterThan(5_000);
    expect(fonts.bytes).toBeLessThan(400_000);
    for (const [, data] of fonts.css.matchAll(/base64,([^)]+)\)/g))
      expect(Buffer.from(data!, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
  });

  it('passes characters a face claims but cannot draw on to the next family', async () => {
    const faces = sourceFontFaces();
    // ⇄ is in the unicode-range of Noto Sans Arabic's "math" face, which has no glyph for it
    const fonts = await embedFonts('⇄', faces, cutFont);
    expect(fonts.css).not.toMatch(/Noto Sans Arabic[^}]*U\+21C4/);
  });
});
