/**
 * Cutting a font to the characters an export uses: harfbuzz's subsetter (subset-font) and a woff2
 * encoder (fontverter), both WebAssembly, loaded only when a file is cut. Kept apart from
 * export-fonts.ts so the desktop app, which embeds whole faces in the page it prints, never
 * bundles them (several megabytes).
 */
import type { FontCutter } from './export-fonts';

/**
 * Whether an sfnt font maps any character: a face whose unicode-range claims characters its font
 * has no glyph for subsets to an empty `cmap` (and a `glyf` browsers reject as broken).
 */
export function mapsCharacters(sfnt: Buffer): boolean {
  const tables = sfnt.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const entry = 12 + i * 16;
    if (sfnt.toString('latin1', entry, entry + 4) !== 'cmap') continue;
    const offset = sfnt.readUInt32BE(entry + 8);
    return sfnt.readUInt32BE(entry + 12) > 4 && sfnt.readUInt16BE(offset + 2) > 0;
  }
  return false;
}

/** A woff2 of `font` with just the glyphs of `chars`, or null when it has none of them. */
export const cutFont: FontCutter = async (font, chars) => {
  const { default: subsetFont } = await import('subset-font');
  const { convert } = await import('fontverter');
  const sfnt = await subsetFont(font, chars, { targetFormat: 'sfnt' });
  return mapsCharacters(sfnt) ? convert(sfnt, 'woff2') : null;
};
