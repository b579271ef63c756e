/**
 * The intermediate speech model: what the readers (plain text, Markdown) produce and the composer
 * turns into slides. It keeps every spoken paragraph, in order, with its source position.
 */
import type { Block, Diagnostic, Inline, SlideLayout, SourcePos, SpeechMeta } from '../deck';
import { emphasisInline } from './inline';

/** One spoken paragraph (or a sentence-aligned part of one). */
export interface SpokenPara {
  /** The spoken text, exactly as it goes into the notes. */
  text: string;
  /** The same text with its emphasis, for on-screen use. */
  inlines: Inline[];
  pos: SourcePos;
  /** Where an offset of `text` is in the speech file (plain text only; else `pos`). */
  posAt?: (offset: number) => SourcePos;
  /** Spoken only: never used to derive on-screen content. */
  spokenOnly?: boolean;
  /** Part of an acknowledgement roll ("Debbie Stabenow is here."): spoken only, kept with the slide before (roll.ts). */
  roll?: boolean;
  /**
   * In the notes as the file has it, but not said aloud: an editor's headnote, an archive's
   * catalogue heading, a dateline, a byline, a venue line, a stamp ("閣議決定"), a signature. The
   * planned time, the pace and the teleprompter count none of it (compose.ts `slideOf`).
   */
  unsaid?: boolean;
  /** The paragraph started with a bullet glyph ("• …") or a list number ("1. …"). */
  bullet?: 'glyph' | 'number';
  /**
   * In a transcript of several speakers: who says this paragraph, when it is not the main
   * speaker ("The First Lady"); `audience` for the room's lines ("AUDIENCE:  Good evening!").
   */
  voice?: { cite: string } | 'audience';
}

/** A slide-to-be: the author's choices (title, screen) plus the spoken paragraphs. */
export interface Section {
  /** Explicit title (a Markdown heading). Derived when absent. */
  title?: string;
  headingDepth?: number;
  /** Exactly what goes on screen, when the author said so. Derived when absent. */
  screen?: Block[];
  paras: SpokenPara[];
  pos: SourcePos;
  /** Step reveals for this slide's lists and figure cards (`<!-- steps -->`); unset: the speech's setting. */
  steps?: boolean;
  /**
   * Set by readers for the title slide and the closing slide; an imported deck's slide may also
   * ask for a section slide (Slidev's `layout: section`).
   */
  layout?: Extract<SlideLayout, 'title' | 'closing' | 'section'>;
  /**
   * The engine may re-plan this section's paragraphs into slides by time (split a long one, merge
   * short ones). Set for prose the author did not structure (plain text, Markdown without a
   * heading or screen block for it).
   */
  plannable?: boolean;
}

export interface SpeechModel {
  meta: SpeechMeta;
  sections: Section[];
  warnings: Diagnostic[];
  /**
   * Each section is exactly one slide, as the file has them (an imported deck): no closing line
   * is split off into a slide of its own. Default false.
   */
  fixedSlides?: boolean;
}

/** A plain-text Inline list; a plain-text speech's `_word_` or `*word*` is emphasis (emphasis.ts). */
export function textInline(value: string): Inline[] {
  return value ? emphasisInline(value) : [];
}

/** The part [start, end) of inline content, by offsets in its plain text (emphasis kept). */
export function sliceInlines(nodes: Inline[], start: number, end: number): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const n of nodes) {
    const len = inlineLength(n);
    const from = Math.max(start, at);
    const to = Math.min(end, at + len);
    if (to > from) {
      if (n.type === 'text' || n.type === 'code')
        out.push({ ...n, value: n.value.slice(from - at, to - at) });
      else if (n.type === 'break') out.push(n);
      else out.push({ ...n, children: sliceInlines(n.children, from - at, to - at) });
    }
    at += len;
    if (at >= end) break;
  }
  return out;
}

function inlineLength(n: Inline): number {
  if (n.type === 'text' || n.type === 'code') return n.value.length;
  if (n.type === 'break') return 1;
  return n.children.reduce((s, c) => s + inlineLength(c), 0);
}

/** A part of a spoken paragraph, [start, end) of its text, with its own position. */
export function paraPart(p: SpokenPara, start: number, end: number): SpokenPara {
  if (start === 0 && end >= p.text.length) return p;
  const part: SpokenPara = {
    ...p,
    text: p.text.slice(start, end),
    inlines: sliceInlines(p.inlines, start, end),
    pos: p.posAt ? p.posAt(start) : p.pos,
  };
  if (p.posAt) {
    const at = p.posAt;
    part.posAt = (o) => at(o + start);
  }
  return part;
}
