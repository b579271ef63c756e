/**
 * On-screen blocks from Markdown: lists, tables, images (local only), quotes, code and paragraphs
 * become the deck's Block tree. Raw HTML never reaches the screen.
 */
import type { BlockContent, DefinitionContent, Image, PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline, SourcePos } from '../deck';
import { phrasingToInline, type InlineContext } from './inline';

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
    return { type: 'image', src: node.url.trim(), alt: node.alt ?? '', ...(source ? { source } : {}) };
  }
  ctx.warn(
    node,
    `image "${node.url.slice(0, 80)}" is not a local file; only images next to the speech are shown`,
  );
  return { type: 'image', src: '', alt: node.alt ?? '' };
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
    case 'blockquote':
      return [{ type: 'quote', children: toBlocks(node.children, ctx, depth + 1) }];
    case 'code':
      if (node.lang?.toLowerCase() === 'figures') return [figuresBlock(node.value)];
      return [{ type: 'code', ...(node.lang ? { lang: node.lang } : {}), value: node.value }];
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
    case 'html':
      ctx.onDropped?.('html', node);
      return [];
    default:
      return [];
  }
}
