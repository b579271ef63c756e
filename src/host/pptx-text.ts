/**
 * The deck's text as PowerPoint text runs and paragraphs (pptxgenjs `TextProps`): bold in the
 * accent colour, emphasis in the second accent, code in the code font, links as links, lists as
 * native bullets and numbers (nested lists indented), quotes in the quiet colour. Plus the rough
 * measures the slide layout needs to stack boxes: PowerPoint does not flow separate shapes, so
 * each box gets the height its text needs, and shrinks its text on overflow.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Block, CodeToken, Inline } from '../core/deck';
import type { SlideTheme } from '../core/themes';
import { unbrokenNumbers } from '../core/number-wrap';

type TextProps = PptxGenJS.TextProps;

/** Pixels of the 1280×720 design → points (PowerPoint's text unit) and inches (its geometry). */
export const pt = (px: number): number => Math.round(px * 0.75 * 10) / 10;
export const inch = (px: number): number => px / 96;
/** A colour for pptxgenjs: hex digits without `#`. */
export const hex = (color: string): string => {
  const h = color.replace('#', '');
  return h.length === 3 ? [...h].map((c) => c + c).join('') : h;
};
/**
 * Faces that PowerPoint, Keynote and LibreOffice all have (LibreOffice by a metric-compatible
 * stand-in): a .pptx names one face per run, and a web font the theme brings (Inter, Lato, Source
 * Sans Pro) would be replaced by whatever the organiser's machine picks.
 */
const EVERYWHERE = new Set(
  [
    'Arial',
    'Helvetica',
    'Verdana',
    'Trebuchet MS',
    'Impact',
    'Georgia',
    'Times New Roman',
    'Palatino Linotype',
    'Book Antiqua',
    'Courier New',
  ].map((f) => f.toLowerCase()),
);

/** The face a .pptx asks for: the first family of a CSS font stack that every office suite has. */
export const face = (stack: string): string => {
  const families = stack.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
  const found = families.find((f) => EVERYWHERE.has(f.toLowerCase()));
  if (found) return found;
  const generic = families[families.length - 1]?.toLowerCase();
  return generic === 'monospace' ? 'Courier New' : generic === 'serif' ? 'Georgia' : 'Arial';
};

export interface TextStyle {
  theme: SlideTheme;
  /** Font size of body text, px. */
  size: number;
  color: string;
  lang?: string;
  rtl?: boolean;
}

/** Inline content → runs, each with its own look. */
export function inlineRuns(
  nodes: Inline[],
  style: TextStyle,
  base: Partial<PptxGenJS.TextPropsOptions> = {},
): TextProps[] {
  const c = style.theme.colors;
  const runs: TextProps[] = [];
  const walk = (list: Inline[], opts: Partial<PptxGenJS.TextPropsOptions>): void => {
    for (const n of list) {
      switch (n.type) {
        case 'text':
          // no line break inside a number ("6 1/2 percent"): core/number-wrap.ts
          if (n.value) runs.push({ text: unbrokenNumbers(n.value), options: { ...opts } });
          break;
        case 'code':
          runs.push({ text: n.value, options: { ...opts, fontFace: face(style.theme.fonts.code) } });
          break;
        case 'break':
          runs.push({ text: '', options: { ...opts, breakLine: true } });
          break;
        case 'strong':
          walk(n.children, { ...opts, bold: true, color: hex(c.accent) });
          break;
        case 'emphasis':
          walk(n.children, { ...opts, italic: true, color: hex(c.accent2) });
          break;
        case 'link':
          walk(n.children, {
            ...opts,
            hyperlink: { url: n.href },
            color: hex(c.accent2),
            underline: { style: 'sng' },
          });
          break;
      }
    }
  };
  walk(nodes, base);
  return runs;
}

/**
 * Runs as one paragraph: its first run carries the paragraph's options (pptxgenjs starts a new
 * paragraph at every run that has a bullet), its last run ends the line.
 */
function paragraph(runs: TextProps[], para: Partial<PptxGenJS.TextPropsOptions>): TextProps[] {
  const out = runs.length ? runs : [{ text: ' ', options: {} }];
  return out.map((r, i) => ({
    text: r.text,
    options: { ...(i === 0 ? para : {}), ...r.options, ...(i === out.length - 1 ? { breakLine: true } : {}) },
  }));
}

/** Text blocks (paragraphs, headings, lists, quotes) → paragraphs of runs. */
export function blockRuns(blocks: Block[], style: TextStyle, level = 0): TextProps[] {
  const c = style.theme.colors;
  // what every run has; what only a paragraph's first run has (pptxgenjs writes the paragraph's
  // properties from each run, so the others must have none)
  const base: Partial<PptxGenJS.TextPropsOptions> = {
    fontSize: pt(style.size),
    color: hex(style.color),
    fontFace: face(style.theme.fonts.body),
    ...(style.lang ? { lang: style.lang } : {}),
  };
  const para: Partial<PptxGenJS.TextPropsOptions> = {
    paraSpaceAfter: pt(style.size * 0.4),
    ...(level ? { indentLevel: level } : {}),
    ...(style.rtl ? { rtlMode: true, align: 'right' as const } : {}),
  };
  const out: TextProps[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph':
        out.push(...paragraph(inlineRuns(b.children, style, base), para));
        break;
      case 'heading':
        out.push(
          ...paragraph(inlineRuns(b.children, style, { ...base, bold: true, color: hex(c.accent2) }), para),
        );
        break;
      case 'quote':
        out.push(
          ...blockRuns(b.children, { ...style, color: c.muted }, level).map((r) => ({
            ...r,
            options: { ...r.options, italic: true },
          })),
        );
        // who said it, under the line (a transcript's other speaker)
        if (b.cite)
          out.push(
            ...blockRuns([{ type: 'paragraph', children: [{ type: 'text', value: `— ${b.cite}` }] }], {
              ...style,
              color: c.muted,
            }),
          );
        break;
      case 'list':
        b.items.forEach((item, i) => {
          const bullet = b.ordered
            ? { type: 'number' as const, ...(b.start ? { numberStartAt: b.start + i } : {}) }
            : true;
          const [first, ...rest] = item;
          const lead = first && (first.type === 'paragraph' || first.type === 'heading') ? first : null;
          out.push(
            ...paragraph(lead ? inlineRuns(lead.children, style, base) : [], {
              ...para,
              bullet,
              indentLevel: level,
            }),
          );
          out.push(...blockRuns(lead ? rest : item, style, level + 1));
        });
        break;
      default:
        // code, tables, figures and images are shapes of their own (pptx-slide.ts)
        break;
    }
  }
  return out;
}

/** Characters a line of `widthPx` holds at `sizePx` (CJK characters count double). */
function lineCapacity(widthPx: number, sizePx: number): number {
  return Math.max(8, Math.floor(widthPx / (sizePx * 0.5)));
}

/** Lines a text takes in a box `widthPx` wide. */
export function linesOf(text: string, widthPx: number, sizePx: number): number {
  const cap = lineCapacity(widthPx, sizePx);
  return text.split('\n').reduce((n, line) => {
    const cjk = (
      line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []
    ).length;
    return n + Math.max(1, Math.ceil((line.length + cjk) / cap));
  }, 0);
}

/** The height (px) paragraphs of runs need in a box `widthPx` wide. */
export function runsHeight(runs: TextProps[], widthPx: number, sizePx: number): number {
  let text = '';
  let height = 0;
  for (const r of runs) {
    text += r.text ?? '';
    if (r.options?.breakLine) {
      height +=
        linesOf(text, widthPx - (r.options.bullet ? sizePx * 1.2 : 0), sizePx) * sizePx * 1.3 + sizePx * 0.4;
      text = '';
    }
  }
  if (text) height += linesOf(text, widthPx, sizePx) * sizePx * 1.3;
  return height;
}

/** How slides.css colours each kind of code token, for the same look in PowerPoint. */
function tokenLook(kind: string | undefined, theme: SlideTheme): Partial<PptxGenJS.TextPropsOptions> {
  const c = theme.colors;
  const k = kind?.split('.')[0];
  if (!k) return {};
  if (['keyword', 'built_in', 'type', 'selector-tag', 'name', 'section', 'doctag'].includes(k))
    return { color: hex(c.accent2), bold: true };
  if (['string', 'regexp', 'symbol', 'addition', 'template-tag', 'selector-attr'].includes(k))
    return { color: hex(c.accent) };
  if (
    [
      'number',
      'literal',
      'attr',
      'attribute',
      'variable',
      'template-variable',
      'selector-class',
      'selector-id',
    ].includes(k)
  )
    return { color: hex(c.accent2) };
  if (k === 'title' || k === 'function') return { color: hex(c.heading), bold: true };
  if (['comment', 'quote', 'meta', 'deletion'].includes(k)) return { color: hex(c.muted), italic: true };
  return {};
}

/** A code block's runs: its tokens in their colours, lines kept, in the code face. */
export function codeRuns(
  value: string,
  tokens: CodeToken[] | undefined,
  theme: SlideTheme,
  sizePx: number,
): TextProps[] {
  const base = { fontFace: face(theme.fonts.code), fontSize: pt(sizePx), color: hex(theme.colors.ink) };
  const runs: TextProps[] = [];
  for (const t of tokens ?? [{ text: value }]) {
    // pptxgenjs makes a paragraph of each line: a token's lines become runs ending the line
    t.text.split('\n').forEach((line, i, lines) => {
      const last = i === lines.length - 1;
      if (line || !last)
        runs.push({
          text: line.replace(/\t/g, '    '),
          options: { ...base, ...tokenLook(t.kind, theme), ...(last ? {} : { breakLine: true }) },
        });
    });
  }
  return runs;
}
