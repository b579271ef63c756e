/**
 * Inline content: `**bold**` in plain text, and mdast phrasing content in Markdown, both turned
 * into the deck's safe Inline tree. Raw HTML is dropped; only http(s)/mailto links survive.
 */
import type { PhrasingContent } from 'mdast';
import type { Inline } from '../deck';

/** Inline nesting deeper than this is flattened to text (guards against nesting bombs). */
const MAX_INLINE_DEPTH = 24;

const SAFE_LINK = /^(?:https?:|mailto:)/i;

/** Whether a link target may be shown as a link (http, https, mailto). */
export function isSafeHref(href: string): boolean {
  return SAFE_LINK.test(href.trim());
}

/**
 * Plain text with `**strong**` emphasis. The markers are removed (documented: notes keep every word
 * but not the `**`); unmatched `**` stay as written.
 */
export function parsePlainInline(text: string): Inline[] {
  const out: Inline[] = [];
  const re = /\*\*(?=\S)([^*\n]*?\S)\*\*/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    out.push({ type: 'strong', children: [{ type: 'text', value: m[1] ?? '' }] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

export interface InlineContext {
  /** Called once per dropped raw HTML fragment or refused link. */
  onDropped?: (what: 'html' | 'link', node: PhrasingContent) => void;
}

/** mdast phrasing content → Inline[] (safe subset). */
export function phrasingToInline(nodes: PhrasingContent[], ctx: InlineContext = {}, depth = 0): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const inl = convert(node, ctx, depth);
    for (const i of inl) {
      const prev = out[out.length - 1];
      if (i.type === 'text' && prev?.type === 'text') prev.value += i.value;
      else out.push(i);
    }
  }
  return out;
}

function flatText(node: PhrasingContent): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as PhrasingContent[]).map(flatText).join('');
  return '';
}

function convert(node: PhrasingContent, ctx: InlineContext, depth: number): Inline[] {
  if (depth > MAX_INLINE_DEPTH) {
    const t = flatText(node);
    return t ? [{ type: 'text', value: t }] : [];
  }
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'inlineCode':
      return [{ type: 'code', value: node.value }];
    case 'break':
      return [{ type: 'break' }];
    case 'strong':
      return [{ type: 'strong', children: phrasingToInline(node.children, ctx, depth + 1) }];
    case 'emphasis':
      return [{ type: 'emphasis', children: phrasingToInline(node.children, ctx, depth + 1) }];
    case 'delete':
      return phrasingToInline(node.children, ctx, depth + 1);
    case 'link': {
      const children = phrasingToInline(node.children, ctx, depth + 1);
      if (isSafeHref(node.url)) return [{ type: 'link', href: node.url.trim(), children }];
      ctx.onDropped?.('link', node);
      return children;
    }
    case 'linkReference':
      return phrasingToInline(node.children, ctx, depth + 1);
    case 'image':
    case 'imageReference':
      return node.alt ? [{ type: 'text', value: node.alt }] : [];
    case 'html':
      ctx.onDropped?.('html', node);
      return [];
    default:
      return [];
  }
}
