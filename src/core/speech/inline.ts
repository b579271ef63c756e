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

/*
 * Emphasis a plain-text speech writes with underscores or asterisks ("slavery is wrong for _him_.",
 * "This Fourth of July is _yours_, not _mine_."): on screen it is emphasis, never the marks; the
 * notes keep the speech as written. A mark counts only around whole words (after a space or an
 * opening bracket or quote, before a space or punctuation), so "snake_case_name", "5*3*2" and
 * a lone "*" stay as they are.
 */
const EMPHASIS = /(^|[\s([{“"‘'«—–-])([_*])([^\s_*](?:[^_*\n]*?[^\s_*])?)\2(?=$|[\s)\]}.,;:!?”"’'»—–-])/gu;

/** The text as inline content, its `_word_` and `*word*` as emphasis. */
export function emphasisInline(value: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of value.matchAll(EMPHASIS)) {
    const start = m.index + m[1]!.length;
    if (start > at) out.push({ type: 'text', value: value.slice(at, start) });
    out.push({ type: 'emphasis', children: [{ type: 'text', value: m[3]! }] });
    at = start + m[2]!.length * 2 + m[3]!.length;
  }
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}

/** The text without its emphasis marks ("wrong for _him_." → "wrong for him."). */
export function withoutEmphasisMarks(value: string): string {
  return value.replace(EMPHASIS, (_, before: string, _mark: string, words: string) => before + words);
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
