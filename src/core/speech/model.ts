/**
 * The intermediate speech model: what the readers (plain text, Markdown) produce and the composer
 * turns into slides. It keeps every spoken paragraph, in order, with its source position.
 */
import type { Block, Diagnostic, Inline, SlideLayout, SourcePos, SpeechMeta } from '../deck';

/** One spoken paragraph (or a sentence-aligned part of one). */
export interface SpokenPara {
  /** The spoken text, exactly as it goes into the notes. */
  text: string;
  /** The same text with its emphasis, for on-screen use. */
  inlines: Inline[];
  pos: SourcePos;
  /** Spoken only: never used to derive on-screen content. */
  spokenOnly?: boolean;
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
  /** Set by readers for the title slide and the closing slide. */
  layout?: Extract<SlideLayout, 'title' | 'closing'>;
}

export interface SpeechModel {
  meta: SpeechMeta;
  sections: Section[];
  warnings: Diagnostic[];
}

/** A plain-text Inline list. */
export function textInline(value: string): Inline[] {
  return value ? [{ type: 'text', value }] : [];
}
