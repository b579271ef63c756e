/**
 * The slides of an imported deck → the speech model. Each slide of the file is one Lectern slide,
 * in order: its first heading is the title, the rest of its Markdown is exactly what is on screen,
 * and its notes are what is said. A slide with nothing on screen and nothing said is left out,
 * with a warning; anything shown differently from the original is a warning at its place.
 */
import type { RootContent } from 'mdast';
import { inlineText, type Block, type SourcePos, type SpeechMeta } from '../../deck';
import type { BlockContext } from '../blocks';
import { toBlocks } from '../blocks';
import { phrasingToInline } from '../inline';
import { parseMarkdown } from '../markdown';
import type { Section, SpeechModel } from '../model';
import { isClosing, titleFromFileName } from '../speech-parts';
import { isBlank } from './lines';
import { notesParas, type NoteText } from './notes';
import type { Notices } from './notices';

export type ImageBlock = Extract<Block, { type: 'image' }>;

/** One slide of the file, as a format's reader found it. */
export interface RawSlide {
  /** The slide's Markdown, with its notes and the format's own markup taken out (lines kept). */
  markdown: string;
  /** 0-based line of the file where `markdown` starts. */
  line: number;
  /** Where the slide starts in the file (its separator, or its first line). */
  pos: SourcePos;
  notes: NoteText[];
  /** A Lectern layout the slide asked for (Slidev's `layout: cover`, `section`, `end`). */
  layout?: 'title' | 'section' | 'closing';
  /** Blocks the slide named outside its Markdown (Slidev's `image:`), shown after it. */
  extra?: Block[];
}

/** What a format's reader found in a file. */
export interface ImportedDeck {
  meta: Partial<SpeechMeta>;
  slides: RawSlide[];
  /** Rewrites an image of the format's own syntax (Marp's `![bg w:300px](…)`). Default: as it is. */
  image?: (image: ImageBlock) => ImageBlock;
}

/** Block context whose warnings go to the import's notices (one per kind of thing left out). */
function screenContext(notices: Notices, offset: () => number): BlockContext {
  const at: NonNullable<BlockContext['at']> = (node) => ({
    line: (node.position?.start.line ?? 1) + offset(),
    column: node.position?.start.column ?? 1,
  });
  return {
    at,
    warn: (node, message) => notices.add(at(node), message),
    onDropped(what, node) {
      if (what === 'link')
        notices.once(
          'link',
          at(node),
          'link with an unsafe target shown as plain text (only http, https and mailto links are kept)',
        );
      else {
        const tag = /^<\/?([A-Za-z][\w-]*)/.exec('value' in node ? String(node.value) : '')?.[1];
        notices.once(
          `html:${tag ?? ''}`,
          at(node),
          `HTML${tag ? ` <${tag}>` : ''} is not shown (Lectern shows Markdown only); it was left out`,
        );
      }
    },
  };
}

function mapImages(blocks: Block[], image: (b: ImageBlock) => ImageBlock): Block[] {
  return blocks.map((b) => {
    if (b.type === 'image') return image(b);
    if (b.type === 'list') return { ...b, items: b.items.map((item) => mapImages(item, image)) };
    if (b.type === 'quote') return { ...b, children: mapImages(b.children, image) };
    return b;
  });
}

/** A slide's title (its first heading) and what else is on screen. */
function screenOf(
  slide: RawSlide,
  file: string,
  notices: Notices,
): { title?: string; depth?: number; blocks: Block[] } {
  let offset = slide.line;
  const ctx = screenContext(notices, () => offset);
  let title: string | undefined;
  let depth: number | undefined;
  const blocks: Block[] = [];
  parseMarkdown(slide.markdown, file, slide.line, (node: RootContent, lineOffset) => {
    offset = lineOffset;
    if (node.type === 'heading' && title === undefined) {
      title = inlineText(phrasingToInline(node.children, ctx)).replace(/\s+/g, ' ').trim();
      depth = node.depth;
    } else blocks.push(...toBlocks([node], ctx));
  });
  return { title, depth, blocks };
}

/** Blocks a title slide may have besides its title: a subtitle, a name, a logo. */
const TITLE_SLIDE_BLOCKS = new Set<Block['type']>(['paragraph', 'heading', 'image']);

/** The speech model of an imported deck: one section per slide, notes as the spoken text. */
export function importedModel(deck: ImportedDeck, file: string, notices: Notices): SpeechModel {
  const sections: Section[] = [];
  deck.slides.forEach((slide, i) => {
    const paras = notesParas(slide.notes, file);
    if (isBlank(slide.markdown) && !paras.length && !slide.extra?.length) {
      notices.add(slide.pos, 'empty slide (nothing on screen, no notes) left out');
      return;
    }
    const screen = screenOf(slide, file, notices);
    const own = deck.image ? mapImages(screen.blocks, deck.image) : screen.blocks;
    const blocks = [...own, ...(slide.extra ?? [])];
    const section: Section = { title: screen.title ?? '', screen: blocks, paras, pos: slide.pos };
    if (screen.depth !== undefined) section.headingDepth = screen.depth;
    const looksLikeTitle =
      i === 0 && screen.depth === 1 && blocks.every((b) => TITLE_SLIDE_BLOCKS.has(b.type));
    if (slide.layout === 'title' || (looksLikeTitle && slide.layout === undefined)) section.layout = 'title';
    else if (slide.layout) section.layout = slide.layout;
    sections.push(section);
  });
  const last = sections[sections.length - 1];
  if (last && !last.layout && !last.screen?.length && last.title && isClosing(last.title))
    last.layout = 'closing';
  const meta: SpeechMeta = {
    ...deck.meta,
    title: deck.meta.title ?? (sections.find((s) => s.title)?.title || titleFromFileName(file)),
  };
  // a deck with nothing in it still has its title slide, like an empty speech
  if (!sections.length)
    sections.push({ layout: 'title', screen: [], paras: [], pos: { line: 1, column: 1 } });
  return { meta, sections, warnings: notices.list(), fixedSlides: true };
}

/** The spoken text of an imported deck: every paragraph of every slide's notes, in order. */
export function importedParagraphs(deck: ImportedDeck, file: string): string[] {
  return deck.slides.flatMap((slide) => notesParas(slide.notes, file).map((p) => p.text));
}
