/**
 * The deck as a PowerPoint file (.pptx), the format organisers most often ask speakers to send:
 * one slide per Lectern slide with native titles, text, bullets, tables, figure cards and
 * pictures, in the deck's theme colours and fonts, and the speech in each slide's notes. Written by
 * pptxgenjs; it opens in PowerPoint, Keynote and LibreOffice Impress.
 */
import PptxGenJS from 'pptxgenjs';
import type { Deck, Diagnostic } from '../core/deck';
import { resolveTheme, type SlideTheme } from '../core/themes';
import { deckFooter } from '../core/footer';
import { NO_MEDIA, type EmbeddedMedia } from './embed-media';
import { conformPptx } from './pptx-conform';
import { addSlide } from './pptx-slide';
import { face } from './pptx-text';

export interface PptxOptions {
  /** The deck's images, read by embedMedia(); default none (each image shows its alt text). */
  media?: EmbeddedMedia;
  /** Default: the deck's `theme`, resolved as everywhere else, with its CSS's slide colours. */
  theme?: SlideTheme;
  /**
   * Turns an SVG image into a PNG: PowerPoint before 2019, Keynote and LibreOffice show only the
   * PNG a .pptx carries beside an SVG. Default none: an SVG image then shows its alt text.
   */
  rasterise?: (svg: Uint8Array) => Promise<Uint8Array | null>;
}

export interface PptxFile {
  bytes: Uint8Array;
  /** Images shown differently than in the app (an SVG without a rasteriser), located. */
  warnings: Diagnostic[];
}

/** The deck's images as PowerPoint can show them: SVG drawn to PNG, or left out with a warning. */
async function pptxImages(
  deck: Deck,
  media: EmbeddedMedia,
  options: PptxOptions,
): Promise<{ urls: Record<string, string>; warnings: Diagnostic[] }> {
  const urls: Record<string, string> = {};
  const warnings: Diagnostic[] = [];
  for (const [src, url] of Object.entries(media.urls)) {
    if (!url.startsWith('data:image/svg+xml')) {
      urls[src] = url;
      continue;
    }
    const png = await options
      .rasterise?.(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'))
      .catch(() => null);
    if (png) urls[src] = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    else {
      const at = deck.slides.flatMap((s) => s.blocks).find((b) => b.type === 'image' && b.src === src);
      const pos = (at?.type === 'image' && at.source) || { line: 1, column: 1 };
      warnings.push({
        severity: 'warning',
        file: deck.fileName,
        ...pos,
        message: `image "${src.slice(0, 120)}" is an SVG, which the PowerPoint file shows as its alt text here (save it as PNG to carry it)`,
      });
    }
  }
  return { urls, warnings };
}

/** The deck as the bytes of a .pptx file. */
export async function deckToPptx(deck: Deck, options: PptxOptions = {}): Promise<PptxFile> {
  // the deck's theme, with the colours the speech's own CSS sets on its slides
  const named = resolveTheme(deck.meta.theme).theme;
  const theme = options.theme ?? { ...named, colors: { ...named.colors, ...deck.style?.colors } };
  const pptx = new PptxGenJS();
  // 13.33 × 7.5 in: the app's 1280×720 design at 96 px an inch
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.meta.title;
  if (deck.meta.speaker) pptx.author = deck.meta.speaker;
  if (deck.meta.organisation) pptx.company = deck.meta.organisation;
  if (deck.meta.event) pptx.subject = deck.meta.event;
  pptx.theme = { headFontFace: face(theme.fonts.heading), bodyFontFace: face(theme.fonts.body) };
  const images = await pptxImages(deck, options.media ?? NO_MEDIA, options);
  const lang =
    deck.meta.lang && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(deck.meta.lang) ? deck.meta.lang : undefined;
  const rtl = deck.meta.dir === 'rtl';
  const ctx = {
    theme,
    images: images.urls,
    footer: deckFooter(deck),
    ...(lang ? { lang } : {}),
    ...(rtl ? { rtl } : {}),
  };
  for (const slide of deck.slides) addSlide(pptx, slide, ctx);
  const bytes = await conformPptx((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
  return { bytes, warnings: images.warnings };
}
