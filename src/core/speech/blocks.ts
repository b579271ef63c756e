/**
 * On-screen blocks from Markdown: lists, tables, images (local only), quotes, code and paragraphs
 * become the deck's Block tree. Raw HTML never reaches the screen.
 */
import type { BlockContent, DefinitionContent, Image, PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline, MediaKind, SourcePos } from '../deck';
import { mediaKindOf } from '../media';
import { codeSize, READABLE_CODE } from '../code-size';
import { highlightCode, languageOf } from './highlight';
import { phrasingToInline, type InlineContext } from './inline';

/** Fences that say their code is plain on purpose: no warning for them. */
const PLAIN_CODE = /^(?:text|txt|plain|plaintext|output|none|console-output|log)\b/i;

type Positioned = { position?: { start: { line: number; column: number } } };

export interface BlockContext extends InlineContext {
  /** Reports a warning at a node. */
  warn(node: Positioned, message: string): void;
  /** Where a node is in the speech file (the chunk's line offset applied). */
  at?(node: Positioned): SourcePos;
}

const MAX_BLOCK_DEPTH = 24;

/** Whether an image source is a local path (no scheme, not protocol-relative, not absolute). */
export function isLocalImage(src: string): boolean {
  const s = src.trim();
  if (!s) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[a-z]:[\\/]/i.test(s)) return false; // http:, data:, javascript:, file:
  if (s.startsWith('//') || s.startsWith('\\\\')) return false;
  return true;
}

export function imageBlock(node: Image, ctx: BlockContext): Block {
  if (isLocalImage(node.url)) {
    const source = ctx.at?.(node);
    const src = node.url.trim();
    // a video or an audio file named like an image is a clip (core/media.ts)
    const kind = mediaKindOf(src);
    if (kind) return { type: 'media', kind, src, alt: node.alt ?? '', ...(source ? { source } : {}) };
    return { type: 'image', src, alt: node.alt ?? '', ...(source ? { source } : {}) };
  }
  ctx.warn(
    node,
    `image "${node.url.slice(0, 80)}" is not a local file; only images next to the speech are shown`,
  );
  return { type: 'image', src: '', alt: node.alt ?? '' };
}

/**
 * A `<video src="demo.mp4">` or `<audio>` (with a `<source src>` inside, as decks made for reveal.js
 * or Slidev write them): only which file it names, and its title; none of its HTML is kept.
 */
export function htmlMedia(html: string): { kind: MediaKind; src: string; alt: string } | null {
  const tag = /^\s*<(video|audio)\b([^>]*)>/i.exec(html);
  if (!tag) return null;
  const attr = (attrs: string, name: string) =>
    new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
      .exec(attrs)
      ?.slice(1)
      .find((v) => v !== undefined);
  const src = attr(tag[2]!, 'src') ?? attr(/<source\b([^>]*)>/i.exec(html)?.[1] ?? '', 'src');
  if (!src) return null;
  const kind = mediaKindOf(src) ?? (tag[1]!.toLowerCase() === 'audio' ? 'audio' : 'video');
  return { kind, src: src.trim(), alt: attr(tag[2]!, 'title') ?? attr(tag[2]!, 'aria-label') ?? '' };
}

/** The clip an HTML `<video>`/`<audio>` names, as a block (none for a file that is not local), or null for other HTML. */
export function clipBlock(html: string, node: Positioned, ctx: BlockContext): Block[] | null {
  const clip = htmlMedia(html);
  if (!clip) return null;
  if (!isLocalImage(clip.src)) {
    ctx.warn(
      node,
      `${clip.kind} "${clip.src.slice(0, 80)}" is not a local file; only files next to the speech are played`,
    );
    return [];
  }
  const source = ctx.at?.(node);
  return [{ type: 'media', ...clip, ...(source ? { source } : {}) }];
}

/** A paragraph that is only a `<video …></video>` (inline HTML, as on one line): its clip, or null. */
export function clipParagraph(children: PhrasingContent[], ctx: BlockContext): Block[] | null {
  if (!children.length || !children.every((c) => c.type === 'html' || (c.type === 'text' && !c.value.trim())))
    return null;
  const first = children.find((c) => c.type === 'html');
  return first ? clipBlock(children.map((c) => ('value' in c ? c.value : '')).join(''), first, ctx) : null;
}

/** A paragraph that holds only images (and whitespace). */
export function imagesOnly(children: PhrasingContent[]): Image[] | null {
  const images = children.filter((c): c is Image => c.type === 'image');
  if (!images.length) return null;
  const rest = children.filter((c) => c.type !== 'image');
  return rest.every((c) => c.type === 'text' && c.value.trim() === '') ? images : null;
}

/**
 * A ```figures fence: one figure a line, "value — label" (or "value | label", or just the value).
 * Its figures must be said in the slide's notes; compose.ts finds where (and warns when not).
 */
export function figuresBlock(source: string): Block {
  const items = source
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.*?)\s+(?:—|–|\|)\s+(.*)$/u.exec(line);
      return m ? { value: m[1]!.trim(), label: m[2]!.trim() } : { value: line, label: '' };
    });
  return { type: 'figures', items };
}

export function toBlocks(
  nodes: Array<RootContent | BlockContent | DefinitionContent>,
  ctx: BlockContext,
  depth = 0,
): Block[] {
  const out: Block[] = [];
  for (const node of nodes) out.push(...toBlock(node, ctx, depth));
  return out;
}

function inl(children: PhrasingContent[], ctx: BlockContext): Inline[] {
  return phrasingToInline(children, ctx);
}

function toBlock(
  node: RootContent | BlockContent | DefinitionContent,
  ctx: BlockContext,
  depth: number,
): Block[] {
  if (depth > MAX_BLOCK_DEPTH) return [];
  switch (node.type) {
    case 'heading':
      return [{ type: 'heading', level: node.depth, children: inl(node.children, ctx) }];
    case 'paragraph': {
      const clip = clipParagraph(node.children, ctx);
      if (clip) return clip;
      const images = imagesOnly(node.children);
      if (images) return images.map((img) => imageBlock(img, ctx));
      const children = inl(node.children, ctx);
      return children.length ? [{ type: 'paragraph', children }] : [];
    }
    case 'list':
      return [
        {
          type: 'list',
          ordered: node.ordered === true,
          ...(node.ordered && typeof node.start === 'number' && node.start !== 1
            ? { start: node.start }
            : {}),
          items: node.children.map((item) => toBlocks(item.children, ctx, depth + 1)),
        },
      ];
    case 'blockquote': {
      const children = toBlocks(node.children, ctx, depth + 1);
      // a last line "— Name" under the quote says who said it ("— The First Lady")
      const last = children[children.length - 1];
      const cite =
        children.length > 1 && last?.type === 'paragraph' && last.children.length === 1
          ? /^[—―]\s*(\S.{0,79})$/u.exec(last.children[0]?.type === 'text' ? last.children[0].value : '')?.[1]
          : undefined;
      return cite
        ? [{ type: 'quote', children: children.slice(0, -1), cite }]
        : [{ type: 'quote', children }];
    }
    case 'code': {
      if (node.lang?.toLowerCase() === 'figures') return [figuresBlock(node.value)];
      const tokens = highlightCode(node.value, node.lang ?? undefined);
      if (codeSize(node.value).step === 'xs')
        ctx.warn(
          node,
          `this code is set small to fit the slide (${node.value.split('\n').length} lines): at the back of a hall, at most ${READABLE_CODE.lines} lines of up to ${READABLE_CODE.columns} characters read`,
        );
      if (!tokens && node.lang && !languageOf(node.lang) && !PLAIN_CODE.test(node.lang))
        ctx.warn(
          node,
          `code in "${node.lang.slice(0, 30)}" is shown without highlighting (not a language Lectern highlights)`,
        );
      return [
        {
          type: 'code',
          ...(node.lang ? { lang: node.lang } : {}),
          value: node.value,
          ...(tokens ? { tokens } : {}),
        },
      ];
    }
    case 'table': {
      const [head, ...rows] = node.children;
      return [
        {
          type: 'table',
          align: (node.align ?? []).map((a) => a ?? null),
          head: (head?.children ?? []).map((cell) => inl(cell.children, ctx)),
          rows: rows.map((row) => row.children.map((cell) => inl(cell.children, ctx))),
        },
      ];
    }
    case 'html': {
      const clip = clipBlock(node.value, node, ctx);
      if (clip) return clip;
      ctx.onDropped?.('html', node);
      return [];
    }
    default:
      return [];
  }
}
