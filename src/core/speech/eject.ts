/**
 * Eject: a deck as Lectern Markdown, so a speaker can take the generated deck and refine it by
 * hand. Front matter carries the meta; each slide after the title is a `##` heading (its title),
 * a fenced block of exactly what is on screen (```` ```screen ````, or ```` ```figures ```` for a
 * slide of figures) and its notes as prose paragraphs. Building the result gives the same screens
 * and the same notes. Serialised with mdast-util-to-markdown (+ GFM tables), which escapes the
 * speech's text so that none of it turns into Markdown syntax.
 */
import type {
  Blockquote,
  BlockContent,
  Code,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  TableRow,
} from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import {
  INFERABLE_META_KEYS,
  type Block,
  type Deck,
  type Inline,
  type KeyFigure,
  type Slide,
  type SpeechMeta,
} from '../deck';
import { deckFooter } from '../footer';
import { titleBlocks } from './compose';
import { textInline } from './model';
import { notesParagraphs } from '../pacing-prompter';

const OPTIONS = {
  extensions: [gfmToMarkdown()],
  bullet: '-' as const,
  fences: true,
  listItemIndent: 'one' as const,
};

function phrasing(nodes: Inline[]): PhrasingContent[] {
  return nodes.map((n): PhrasingContent => {
    switch (n.type) {
      case 'text':
        return { type: 'text', value: n.value };
      case 'code':
        return { type: 'inlineCode', value: n.value };
      case 'break':
        return { type: 'break' };
      case 'strong':
        return { type: 'strong', children: phrasing(n.children) };
      case 'emphasis':
        return { type: 'emphasis', children: phrasing(n.children) };
      case 'link':
        return { type: 'link', url: n.href, children: phrasing(n.children) };
    }
  });
}

/** A figures fence: one "value — label" line per figure. */
export function figuresFence(items: KeyFigure[]): Code {
  return {
    type: 'code',
    lang: 'figures',
    value: items.map((f) => (f.label ? `${f.value} — ${f.label}` : f.value)).join('\n'),
  };
}

function block(b: Block): BlockContent {
  switch (b.type) {
    case 'heading':
      return {
        type: 'heading',
        depth: Math.min(Math.max(b.level, 1), 6) as 1,
        children: phrasing(b.children),
      };
    case 'paragraph':
      return { type: 'paragraph', children: phrasing(b.children) };
    case 'list':
      return {
        type: 'list',
        ordered: b.ordered,
        ...(b.ordered ? { start: b.start ?? 1 } : {}),
        spread: false,
        children: b.items.map((item): ListItem => ({
          type: 'listItem',
          spread: false,
          children: item.map(block),
        })),
      };
    case 'figures':
      return figuresFence(b.items);
    case 'quote':
      // who said it is the quote's last line, "— The First Lady" (blocks.ts reads it back)
      return {
        type: 'blockquote',
        children: [
          ...b.children.map(block),
          ...(b.cite ? [block({ type: 'paragraph', children: textInline(`— ${b.cite}`) })] : []),
        ],
      };
    case 'code':
      return { type: 'code', lang: b.lang ?? null, value: b.value };
    case 'table':
      return {
        type: 'table',
        align: b.align,
        children: [b.head, ...b.rows].map((cells): TableRow => ({
          type: 'tableRow',
          children: cells.map((c) => ({ type: 'tableCell', children: phrasing(c) })),
        })),
      };
    case 'image':
    case 'media':
      // a clip is written as an image of its file: building it again makes it a clip
      return { type: 'paragraph', children: [{ type: 'image', url: b.src, alt: b.alt }] };
  }
}

function markdownOf(nodes: RootContent[]): string {
  return toMarkdown({ type: 'root', children: nodes } as Root, OPTIONS);
}

/** What goes on screen for a slide, as one fence (`figures` alone, else `screen`). */
function screenFence(blocks: Block[]): Code {
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only?.type === 'figures') return figuresFence(only.items);
  return {
    type: 'code',
    lang: 'screen',
    value: blocks.length ? markdownOf(blocks.map(block)).trimEnd() : '',
  };
}

/** The line that opens a quote of notes not said aloud (markdown.ts `unsaidQuote`). */
const UNSAID = '[!unsaid]';

/**
 * A slide's notes as prose paragraphs, parted as the views part them (pacing-prompter.ts); a run of
 * paragraphs not said aloud (`Slide.unsaid`: a headnote, a dateline) is one `> [!unsaid]` quote.
 */
function notes(slide: Slide): RootContent[] {
  const out: RootContent[] = [];
  let quote: Blockquote | undefined;
  notesParagraphs(slide.notes).forEach((p, i) => {
    const para: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: p }] };
    if (!slide.unsaid?.includes(i)) {
      quote = undefined;
      out.push(para);
      return;
    }
    if (!quote) {
      quote = {
        type: 'blockquote',
        children: [{ type: 'paragraph', children: [{ type: 'text', value: UNSAID }] }],
      };
      out.push(quote);
    }
    quote.children.push(para);
  });
  return out;
}

const META_KEYS: Array<keyof SpeechMeta> = [
  ...INFERABLE_META_KEYS,
  'duration',
  'wpm',
  'lang',
  'theme',
  'footer',
];

/** The deck as Lectern Markdown (front matter, `##` slides, screen fences, notes as prose). */
export function deckToMarkdown(deck: Deck): string {
  const meta: Record<string, unknown> = {};
  for (const k of META_KEYS) if (deck.meta[k] !== undefined && deck.meta[k] !== '') meta[k] = deck.meta[k];
  // the front matter now names the speaker and event the engine read off the speech: it says what
  // the footer was (none), or the rebuilt deck would print them on every slide
  const inferred = deck.meta.inferred ?? [];
  if (
    deck.meta.footer === undefined &&
    (['speaker', 'event'] as const).some((k) => deck.meta[k] && inferred.includes(k))
  )
    meta.footer = deckFooter(deck) || false;
  const front = `---\n${stringify(meta, { lineWidth: 0 }).trimEnd()}\n---\n\n`;
  const nodes: RootContent[] = [];
  for (const slide of deck.slides) {
    if (slide.layout === 'title') {
      const own = slide.blocks.slice(titleBlocks(deck.meta).length);
      if (own.length) nodes.push(screenFence(own));
      nodes.push(...notes(slide));
      continue;
    }
    nodes.push({
      type: 'heading',
      depth: 2,
      children: slide.title ? [{ type: 'text', value: slide.title }] : [],
    });
    // a closing slide with nothing on screen is recognised by its closing line, as any speech's
    if (!(slide.layout === 'closing' && !slide.blocks.length)) nodes.push(screenFence(slide.blocks));
    nodes.push(...notes(slide));
  }
  // the mark as a reader writes it, on the quote's first line, not escaped as a paragraph of its
  // own (only a quote that notes() opened starts after a blank line)
  return front + markdownOf(nodes).replace(/(^|\n\n)> \\\[!unsaid\]\n>\n/g, '$1> [!unsaid]\n');
}
