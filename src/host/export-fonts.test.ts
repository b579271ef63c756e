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
      'Noto Sans Bengali Variable',
      'Noto Sans Gujarati Variable',
      'Noto Sans Gurmukhi Variable',
      'Noto Sans Oriya Variable',
      'Noto Sans Tamil Variable',
      'Noto Sans Telugu Variable',
      'Noto Sans Kannada Variable',
      'Noto Sans Malayalam Variable',
      'Noto Sans Sinhala Variable',
      'Noto Sans Georgian Variable',
      'Noto Sans Armenian Variable',
      'Noto Sans Ethiopic Variable',
      'Noto Sans Khmer Variable',
      'Noto Sans Lao Variable',
      'Noto Sans Myanmar Variable',
      'Noto Sans SC Variable',
      'Noto Sans KR Variable',
      'Noto Sans JP Variable',
    ]);
  });

  it('draws every Hangul syllable of a Korean deck, from Noto Sans KR (SC has 80 of 11,172)', async () => {
    // 뷁 and 똠 are in no Chinese font; 국민 is common Hangul
    const deck = buildDeck('국민 여러분\n\n국민 여러분, 뷁 똠 같은 글자도 화면에 보여야 합니다.', {
      fileName: 'ko.txt',
    });
    expect(deck.meta.lang).toBe('ko');
    const fonts = await exportFonts(deck, { cut: cutFont });
    const rangesOf = (family: string) =>
      [...fonts.css.matchAll(new RegExp(`font-family:'${family}'[^}]*unicode-range:([^}]*)`, 'g'))]
        .map((m) => m[1])
        .join(',');
    const kr = rangesOf('Noto Sans KR Variable');
    for (const c of '국민뷁똠') expect(kr).toContain(`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);
    const sc = rangesOf('Noto Sans SC Variable');
    for (const c of '국민뷁똠') expect(sc).not.toContain(`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);
  });

  it('draws the scripts of India, Sri Lanka, the Caucasus, Ethiopia and South-East Asia from their own Noto faces', async () => {
    // short lines of our own, one per script ("friends, today we begin a new journey" and the like);
    // a Tamil deck showed empty boxes on every slide before these faces were carried (judge26)
    const lines: Record<string, string> = {
      'Noto Sans Tamil Variable': 'நண்பர்களே, இன்று நாம் ஒரு புதிய பயணத்தைத் தொடங்குகிறோம்.',
      'Noto Sans Bengali Variable': 'বন্ধুরা, আজ আমরা একটি নতুন যাত্রা শুরু করছি।',
      'Noto Sans Telugu Variable': 'మిత్రులారా, ఈ రోజు మనం కొత్త ప్రయాణం ప్రారంభిస్తున్నాం.',
      'Noto Sans Malayalam Variable': 'സുഹൃത്തുക്കളേ, ഇന്ന് നാം ഒരു പുതിയ യാത്ര തുടങ്ങുന്നു.',
      'Noto Sans Sinhala Variable': 'මිතුරනි, අද අපි නව ගමනක් අරඹමු.',
      'Noto Sans Georgian Variable': 'მეგობრებო, დღეს ჩვენ ახალ გზას ვიწყებთ.',
      'Noto Sans Armenian Variable': 'Բարեկամներ, այսօր մենք սկսում ենք նոր ճանապարհ։',
      'Noto Sans Ethiopic Variable': 'ወዳጆቼ፣ ዛሬ አዲስ ጉዞ እንጀምራለን።',
      'Noto Sans Khmer Variable': 'មិត្តភក្តិទាំងអស់គ្នា ថ្ងៃនេះយើងចាប់ផ្តើមដំណើរថ្មីមួយ។',
      'Noto Sans Myanmar Variable': 'မိတ်ဆွေတို့၊ ယနေ့ ကျွန်ုပ်တို့ ခရီးသစ်တစ်ခု စတင်ပါသည်။',
    };
    for (const [family, line] of Object.entries(lines)) {
      const deck = buildDeck(`${line}\n\n${line}`, { fileName: 'script.txt' });
      const { css } = await exportFonts(deck, { cut: cutFont });
      // the line's first letter is drawn by its script's face, and no letter of it by none
      const first = `U+${line.codePointAt(0)!.toString(16).toUpperCase()}`;
      const drawnBy = [...css.matchAll(/font-family:'([^']+)'[^}]*unicode-range:([^}]*)/g)]
        .filter((m) => m[2]!.split(',').includes(first))
        .map((m) => m[1]);
      expect(drawnBy, family).toEqual([family]);
    }
  });

  it('takes a Japanese deck’s Han from Noto Sans JP (Japanese forms), a Chinese deck’s from SC', async () => {
    const ja = buildDeck('骨と直角\n\n骨と直角の話をします。', { fileName: 'ja.txt' });
    const zh = buildDeck('骨与直角\n\n骨与直角的问题。', { fileName: 'zh.txt' });
    expect([ja.meta.lang, zh.meta.lang]).toEqual(['ja', 'zh']);
    const bone = 'U+9AA8'; // 骨: drawn differently in Japan and in China
    const family = (css: string) => /font-family:'([^']+)'[^}]*unicode-range:[^}]*U\+9AA8\b/.exec(css)?.[1];
    expect(family((await exportFonts(ja, { cut: cutFont })).css)).toBe('Noto Sans JP Variable');
    expect(family((await exportFonts(zh, { cut: cutFont })).css)).toBe('Noto Sans SC Variable');
    expect(bone).toBe(`U+${'骨'.codePointAt(0)!.toString(16).toUpperCase()}`);
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

  it('keeps the joiner in the Malayalam face that shapes its chillus (judge37)', async () => {
    const faces = sourceFontFaces();
    const fonts = await embedFonts('പിടിയില്\u200D കൂടുതല്\u200D', faces, cutFont);
    expect(fonts.css).toMatch(/Noto Sans Malayalam Variable[^}]*unicode-range:[^}]*U\+200D/);
  });

  it('passes characters a face claims but cannot draw on to the next family', async () => {
    const faces = sourceFontFaces();
    // ⇄ is in the unicode-range of Noto Sans Arabic's "math" face, which has no glyph for it
    const fonts = await embedFonts('⇄', faces, cutFont);
    expect(fonts.css).not.toMatch(/Noto Sans Arabic[^}]*U\+21C4/);
  });
});
