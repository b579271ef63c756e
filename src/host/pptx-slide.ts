/**
 * One Lectern slide as a PowerPoint slide, laid out like the app's 1280×720 slide (slides.css):
 * the accent rule, the title, then the body from top to bottom — text as one text box with native
 * bullets, each code block a box in the code font, tables as native tables, figure cards as
 * shapes (in the app's grid, core/figure-grid.ts), images as pictures fitted in their space — and
 * the speech in the notes. A body shorter than the room under the title sits in its middle, as in
 * the app; when it is taller than the slide, every part gives up the same share of its height and
 * the text boxes shrink their text to fit (PowerPoint's "shrink text on overflow").
 */
import imageSize from 'image-size';
import type PptxGenJS from 'pptxgenjs';
import type { Block, Slide } from '../core/deck';
import { mixHex } from '../core/contrast';
import type { SlideTheme } from '../core/themes';
import { codeSize } from '../core/code-size';
import { FIGURE_SCALE, figureColumns, figureStep, wordFit } from '../core/figure-grid';
import { unbrokenNumbers } from '../core/number-wrap';
import {
  blockRuns,
  codeRuns,
  face,
  hex,
  inch,
  inlineRuns,
  linesOf,
  pt,
  runsHeight,
  type TextStyle,
} from './pptx-text';

const W = 1280;
const H = 720;
const LEFT = 96;
const WIDTH = W - 2 * LEFT;
const BODY = 38;
const GAP = 22;

export interface SlideContext {
  theme: SlideTheme;
  /** Speech-relative image path → data: URL (embed-media.ts). */
  images: Readonly<Record<string, string>>;
  footer: string;
  lang?: string;
  rtl?: boolean;
}

type Part =
  | { kind: 'text'; blocks: Block[] }
  | { kind: 'block'; block: Exclude<Block, { type: 'paragraph' | 'heading' | 'list' | 'quote' }> };

/** Consecutive text blocks go in one text box; every other block is a shape of its own. */
function partsOf(blocks: Block[]): Part[] {
  const parts: Part[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'list' || b.type === 'quote') {
      const last = parts[parts.length - 1];
      if (last?.kind === 'text') last.blocks.push(b);
      else parts.push({ kind: 'text', blocks: [b] });
    } else parts.push({ kind: 'block', block: b });
  }
  return parts;
}

/** A single figure on a figures slide is its hero: a wide card in the middle, the number large. */
const HERO_WIDTH = 960;
const HERO_HEIGHT = 330;
const CARD_GAP = 28;
const ROW_GAP = 24;

/** The natural height of a part (px), before any shrinking. */
function heightOf(part: Part, style: TextStyle, hero: boolean): number {
  if (part.kind === 'text') return runsHeight(blockRuns(part.blocks, style), WIDTH, style.size);
  const b = part.block;
  switch (b.type) {
    case 'code': {
      const px = codeSize(b.value).px;
      return linesOf(b.value, WIDTH - 48, px) * px * 1.3 + 40;
    }
    case 'table':
      return (b.rows.length + 1) * (26 * 1.35 + 20);
    case 'figures': {
      if (hero) return HERO_HEIGHT;
      const rows = Math.ceil(b.items.length / figureColumns(b.items.length));
      return rows * 200 + (rows - 1) * ROW_GAP;
    }
    case 'image':
      return 460;
    case 'media':
      return b.kind === 'video' ? 460 : 140;
  }
}

/** A picture fitted in its box, centred, its aspect ratio kept; or its alt text in a dashed box. */
function addImage(
  s: PptxGenJS.Slide,
  b: Extract<Block, { type: 'image' }>,
  ctx: SlideContext,
  y: number,
  h: number,
): void {
  const url = b.src ? ctx.images[b.src] : undefined;
  const size = url ? imageSize(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')) : undefined;
  if (!url || !size?.width || !size.height) {
    s.addText(b.alt || 'image not shown', {
      x: inch(LEFT + WIDTH / 4),
      y: inch(y),
      w: inch(WIDTH / 2),
      h: inch(Math.min(h, 140)),
      align: 'center',
      valign: 'middle',
      fontSize: pt(24),
      color: hex(ctx.theme.colors.muted),
      line: { color: hex(ctx.theme.colors.muted), width: 2, dashType: 'dash' },
    });
    return;
  }
  const scale = Math.min(WIDTH / size.width, h / size.height);
  const w = size.width * scale;
  const ih = size.height * scale;
  s.addImage({
    data: url.slice('data:'.length),
    x: inch(LEFT + (WIDTH - w) / 2),
    y: inch(y + (h - ih) / 2),
    w: inch(w),
    h: inch(ih),
    altText: b.alt,
  });
}

/**
 * A video or audio clip: a frame naming it (a .pptx that carried every clip would be too large to
 * mail; the HTML exports carry them). The speaker plays it from the app or the delegate file.
 */
function addClip(
  s: PptxGenJS.Slide,
  b: Extract<Block, { type: 'media' }>,
  ctx: SlideContext,
  y: number,
  h: number,
): void {
  const c = ctx.theme.colors;
  const name = b.src.split('/').pop() ?? b.src;
  s.addText(
    [
      {
        text: `${b.kind === 'video' ? '▶' : '♪'}  ${b.alt || name}`,
        options: { fontSize: pt(30), bold: true, color: hex(c.ink), breakLine: true },
      },
      {
        text: `${b.kind === 'video' ? 'Video' : 'Audio'}: ${name}`,
        options: { fontSize: pt(20), color: hex(c.muted) },
      },
    ],
    {
      x: inch(LEFT + WIDTH / 6),
      y: inch(y),
      w: inch((WIDTH * 2) / 3),
      h: inch(Math.min(h, b.kind === 'video' ? 360 : 140)),
      align: 'center',
      valign: 'middle',
      fill: { color: hex(c.codeBg) },
      fontFace: face(ctx.theme.fonts.body),
      fit: 'shrink',
    },
  );
}

function addFigures(
  s: PptxGenJS.Slide,
  b: Extract<Block, { type: 'figures' }>,
  ctx: SlideContext,
  y: number,
  h: number,
  hero: boolean,
): void {
  const c = ctx.theme.colors;
  const cols = figureColumns(b.items.length);
  const rows = Math.ceil(b.items.length / cols);
  const blockW = hero ? Math.min(WIDTH, HERO_WIDTH) : WIDTH;
  const cw = (blockW - (cols - 1) * CARD_GAP) / cols;
  const ch = (h - (rows - 1) * ROW_GAP) / rows;
  const pad = hero ? 64 : 30;
  // as slides.css sets it: a share of the card's inner width by the longest value, within bounds
  const most = hero ? Math.min(180, ch * 0.5) : Math.min(cols === 2 && rows === 1 ? 96 : 72, ch * 0.4);
  const values = b.items.map((f) => f.value);
  // …and never so large that the longest word breaks, even below the least size
  const valuePx = Math.min(
    Math.max(36, Math.min(most, FIGURE_SCALE[figureStep(values)] * (cw - 2 * pad))),
    wordFit(values) * (cw - 2 * pad),
  );
  // pptxgenjs reads a paragraph's direction off its first run, not the text box
  const direction = ctx.rtl ? { rtlMode: true } : {};
  b.items.forEach((f, i) => {
    const col = i % cols;
    // cards fill in the speech's direction: right to left, the first is on the right
    const x = ctx.rtl
      ? LEFT + (WIDTH + blockW) / 2 - (col + 1) * cw - col * CARD_GAP
      : LEFT + (WIDTH - blockW) / 2 + col * (cw + CARD_GAP);
    const top = y + Math.floor(i / cols) * (ch + ROW_GAP);
    s.addShape('rect', {
      x: inch(x),
      y: inch(top),
      w: inch(cw),
      h: inch(ch),
      fill: { color: hex(mixHex(c.ink, c.bg, 0.07)) },
    });
    s.addShape('rect', { x: inch(x), y: inch(top), w: inch(cw), h: inch(6), fill: { color: hex(c.accent) } });
    s.addText(
      [
        {
          text: unbrokenNumbers(f.value),
          options: { fontSize: pt(valuePx), bold: true, color: hex(c.accent), breakLine: true, ...direction },
        },
        { text: f.label, options: { fontSize: pt(hero ? 38 : 28), color: hex(c.muted), ...direction } },
      ],
      {
        x: inch(x + pad),
        y: inch(top + 18),
        w: inch(cw - 2 * pad),
        h: inch(ch - 30),
        valign: hero ? 'middle' : 'top',
        align: hero ? 'center' : ctx.rtl ? 'right' : 'left',
        fontFace: face(ctx.theme.fonts.body),
        fit: 'shrink',
        ...(ctx.lang ? { lang: ctx.lang } : {}),
        ...(ctx.rtl ? { rtlMode: true } : {}),
      },
    );
  });
}

function addTable(
  s: PptxGenJS.Slide,
  b: Extract<Block, { type: 'table' }>,
  ctx: SlideContext,
  y: number,
  h: number,
): void {
  const c = ctx.theme.colors;
  const style: TextStyle = {
    theme: ctx.theme,
    size: 26,
    color: c.ink,
    ...(ctx.lang ? { lang: ctx.lang } : {}),
  };
  const rule = { type: 'solid' as const, color: hex(mixHex(c.ink, c.bg, 0.3)), pt: 1 };
  const none = { type: 'none' as const };
  const cell = (inl: Parameters<typeof inlineRuns>[0], i: number, head: boolean): PptxGenJS.TableCell => ({
    text: inlineRuns(inl, style, head ? { bold: true, color: hex(c.accent) } : {}),
    options: {
      align: b.align[i] ?? 'left',
      border: [none, none, rule, none],
      fontSize: pt(26),
      color: hex(c.ink),
      fontFace: face(ctx.theme.fonts.body),
    },
  });
  const rows = [
    b.head.map((h2, i) => cell(h2, i, true)),
    ...b.rows.map((r) => r.map((x, i) => cell(x, i, false))),
  ];
  s.addTable(rows, {
    x: inch(LEFT),
    y: inch(y),
    w: inch(WIDTH),
    rowH: inch(Math.max(24, h / rows.length)),
    margin: pt(10) / 72,
  });
}

/** Where the title ends, and the title box itself. */
function addTitle(
  s: PptxGenJS.Slide,
  slide: Slide,
  ctx: SlideContext,
  y: number,
  size: number,
  align: 'left' | 'center',
): number {
  if (!slide.title) return y;
  const c = ctx.theme.colors;
  const title = unbrokenNumbers(slide.title);
  const text = ctx.theme.uppercaseTitles ? title.toLocaleUpperCase(ctx.lang) : title;
  const h = linesOf(text, WIDTH, size) * size * 1.15 + 8;
  s.addText(text, {
    x: inch(LEFT),
    y: inch(y),
    w: inch(WIDTH),
    h: inch(h),
    fontSize: pt(size),
    bold: true,
    color: hex(c.heading),
    fontFace: face(ctx.theme.fonts.heading),
    align: ctx.rtl ? 'right' : align,
    valign: 'top',
    fit: 'shrink',
    margin: 0,
    ...(ctx.lang ? { lang: ctx.lang } : {}),
    ...(ctx.rtl ? { rtlMode: true } : {}),
  });
  return y + h;
}

/** Adds one slide to the presentation. */
export function addSlide(pptx: PptxGenJS, slide: Slide, ctx: SlideContext): void {
  const c = ctx.theme.colors;
  const s = pptx.addSlide();
  const centred = slide.layout === 'title' || slide.layout === 'closing' || slide.layout === 'section';
  s.background = {
    color: hex(slide.layout === 'title' || slide.layout === 'closing' ? mixHex(c.bg, '#000000', 0.85) : c.bg),
  };
  const style: TextStyle = {
    theme: ctx.theme,
    size: slide.layout === 'title' ? 28 : BODY,
    color: slide.layout === 'title' ? c.muted : c.ink,
    ...(ctx.lang ? { lang: ctx.lang } : {}),
    ...(ctx.rtl ? { rtl: true } : {}),
  };
  const titleSize =
    slide.layout === 'closing' ? 96 : slide.layout === 'section' ? 72 : slide.layout === 'title' ? 60 : 56;
  const parts = partsOf(slide.blocks);
  const only = slide.blocks.length === 1 ? slide.blocks[0] : undefined;
  const hero = slide.layout === 'figures' && only?.type === 'figures' && only.items.length === 1;
  const natural = parts.map((p) => heightOf(p, style, hero));
  const bodyH = natural.reduce((a, b) => a + b, 0) + Math.max(0, parts.length - 1) * GAP;
  const titleH = slide.title ? linesOf(slide.title, WIDTH, titleSize) * titleSize * 1.15 + 8 + 36 : 0;
  // title, closing and section slides sit in the middle; the others start at the top
  const top = centred ? Math.max(64, (H - titleH - Math.min(bodyH, H - 200) - 34) / 2 + 34) : 72;
  const rule = centred ? 160 : 96;
  // the rule sits where the title starts: on the right in a right-to-left speech, as on the app's slide
  const ruleX = slide.layout === 'closing' ? (W - rule) / 2 : ctx.rtl ? W - LEFT - rule : LEFT;
  s.addShape('rect', {
    x: inch(ruleX),
    y: inch(top - 24 - (centred ? 10 : 0)),
    w: inch(rule),
    h: inch(6),
    fill: { color: hex(c.accent) },
  });
  let y = addTitle(s, slide, ctx, top, titleSize, slide.layout === 'closing' ? 'center' : 'left');
  if (slide.title) y += slide.layout === 'title' ? 32 : 36;
  // a body shorter than the room under the title sits in its middle, a touch above (slides.css)
  if (!centred) y += Math.max(0, (H - 64 - y - bodyH - (slide.layout === 'quote' ? 40 : 24)) / 2);
  const room = H - 64 - y - Math.max(0, parts.length - 1) * GAP;
  const share = Math.min(
    1,
    room /
      Math.max(
        1,
        natural.reduce((a, b) => a + b, 0),
      ),
  );
  parts.forEach((part, i) => {
    const h = Math.max(30, natural[i]! * share);
    if (part.kind === 'text') {
      const runs = blockRuns(part.blocks, { ...style, size: style.size * Math.max(0.6, Math.min(1, share)) });
      s.addText(runs, {
        x: inch(LEFT),
        y: inch(y),
        w: inch(WIDTH),
        h: inch(h),
        valign: 'top',
        fit: 'shrink',
        margin: 0,
        align: slide.layout === 'closing' ? 'center' : undefined,
      });
    } else {
      const b = part.block;
      if (b.type === 'code')
        s.addText(
          codeRuns(b.value, b.tokens, ctx.theme, codeSize(b.value).px * Math.max(0.6, Math.min(1, share))),
          {
            x: inch(LEFT),
            y: inch(y),
            w: inch(WIDTH),
            h: inch(h),
            fill: { color: hex(c.codeBg) },
            valign: 'top',
            fit: 'shrink',
            margin: pt(20) / 72,
          },
        );
      else if (b.type === 'table') addTable(s, b, ctx, y, h);
      else if (b.type === 'figures') addFigures(s, b, ctx, y, h, hero);
      else if (b.type === 'media') addClip(s, b, ctx, y, h);
      else addImage(s, b, ctx, y, h);
    }
    y += h + GAP;
  });
  if (ctx.footer && !centred)
    s.addText(ctx.footer, {
      x: inch(LEFT),
      y: inch(H - 28 - 24),
      w: inch(WIDTH),
      h: inch(24),
      fontSize: pt(18),
      color: hex(c.muted),
      margin: 0,
      fontFace: face(ctx.theme.fonts.body),
    });
  s.addNotes(slide.notes);
}
