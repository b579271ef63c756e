/**
 * The deck model: what the speech engine produces and every view renders.
 *
 * On-screen content is a small, serialisable tree (a safe subset of Markdown's structure), never
 * HTML: views build DOM nodes from it, so nothing a speech contains can execute as code.
 */

/** Inline content of a paragraph, heading, list item or table cell. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'code'; value: string }
  /** Only http(s) and mailto targets survive the engine; others become plain text. */
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

/** A key figure shown prominently: "56.1 trillion RMB" with the phrase it belongs to. */
export interface KeyFigure {
  /** The figure itself, as written in the speech ("56.1 trillion RMB", "44%", "second-largest"). */
  value: string;
  /** A short label from the same sentence ("scale of China's digital economy"); may be empty. */
  label: string;
  /**
   * Where the figure was said: offsets [start, end) in the slide's `notes`, so that
   * `notes.slice(start, end) === value`. Absent only for figures an author wrote in a
   * ```figures block, which the engine checks against the notes instead.
   */
  span?: { start: number; end: number };
}

/** A block of on-screen content. */
export type Block =
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  /** `steps`: the items appear one per Next (step reveals; see core/steps.ts). */
  | { type: 'list'; ordered: boolean; start?: number; items: Block[][]; steps?: boolean }
  | { type: 'figures'; items: KeyFigure[]; steps?: boolean }
  /**
   * `cite`: who said the line, when it is not the deck's speaker (a transcript's other voices:
   * "The First Lady"); shown under it as "— cite".
   */
  | { type: 'quote'; children: Block[]; cite?: string }
  /**
   * `tokens`: the code highlighted by its language when the deck was built (speech/highlight.ts),
   * their text joined is exactly `value`; absent when the code is shown plain.
   */
  | { type: 'code'; lang?: string; value: string; tokens?: CodeToken[] }
  | {
      type: 'table';
      align: Array<'left' | 'right' | 'center' | null>;
      head: Inline[][];
      rows: Inline[][][];
    }
  /**
   * `src` is a path relative to the speech file (local images only) or empty when it was refused;
   * `source` is where the image is in the speech, for a located message when an export cannot
   * embed the file.
   */
  | { type: 'image'; src: string; alt: string; source?: SourcePos }
  /**
   * A video or audio file beside the speech (`![A demo](demo.mp4)`): it plays on the audience's
   * screen from when its slide comes up (or, `steps`, from its own Next) until the slide is left
   * (core/media.ts). `src`, `alt` and `source` as for an image.
   */
  | { type: 'media'; kind: MediaKind; src: string; alt: string; source?: SourcePos; steps?: boolean };

/** What a media block plays. */
export type MediaKind = 'video' | 'audio';

/** A piece of highlighted code: its text, and what it is (`keyword`, `string`, `comment`…; none for plain text). */
export interface CodeToken {
  text: string;
  kind?: string;
}

/** How a slide is laid out; the views style each differently. */
/** `quote`: one line of the speech set large (a quotable line, or the slide's key line). */
export type SlideLayout = 'title' | 'section' | 'content' | 'figures' | 'list' | 'quote' | 'closing';

/** Where something came from in the speech file (1-based line and column). */
export interface SourcePos {
  line: number;
  column: number;
}

export interface Slide {
  /** Stable within one build: `s0`, `s1`, … in reading order. */
  id: string;
  layout: SlideLayout;
  /** Short title (at most ~8 words), taken from the speech, not invented. May be empty for a title slide. */
  title: string;
  /** What the audience sees, below the title. */
  blocks: Block[];
  /** Plain text of title + blocks, for search, the API and tests. */
  screenText: string;
  /** The spoken text of this slide, exactly as written in the speech (paragraphs joined by a blank line). */
  notes: string;
  /**
   * The paragraphs of `notes` (0-based, as a blank line parts them) that are not said aloud: an
   * editor's headnote, a catalogue heading, a dateline, a venue line, a stamp. They stay in the
   * notes, verbatim; `words` and `plannedSeconds` leave them out. Absent: every paragraph is said.
   */
  unsaid?: number[];
  /**
   * Spans [start, end) of `notes`, inside paragraphs that are said, that are not said aloud: a
   * stage direction ("thank you each.  (Applause.)", "Chairman Menendez — (applause) — and"), a
   * speaker's label ("VICE PRESIDENT HARRIS:"). Kept in the notes, verbatim; `words` and
   * `plannedSeconds` leave them out and the teleprompter sets them apart. Absent: none.
   */
  unsaidSpans?: Array<[number, number]>;
  /** Words said in the notes, `unsaid` paragraphs and `unsaidSpans` left out (CJK characters count as words at their own rate; see `plannedSeconds`). */
  words: number;
  /**
   * Of `words`, the CJK characters (said at their own rate). With `words` it gives the time to say
   * the notes without reading them again: a view's plan of a 1,500-slide talk counts nothing, and
   * holds even while a page has only the notes near its slide (core/first-page.ts). Absent in a
   * deck from before it existed; the notes are counted then.
   */
  cjkWords?: number;
  /** Planned speaking time for the notes. */
  plannedSeconds: number;
  /** Where the slide starts in the speech file. */
  source: SourcePos;
}

/** What the engine can read off a speech's header lines, a dateline or its file name. */
export const INFERABLE_META_KEYS = [
  'title',
  'subtitle',
  'speaker',
  'role',
  'organisation',
  'event',
  'date',
] as const;
export type InferableMetaKey = (typeof INFERABLE_META_KEYS)[number];

/** Front matter (Markdown) or what the engine read off a plain-text speech. */
export interface SpeechMeta {
  title: string;
  subtitle?: string;
  speaker?: string;
  role?: string;
  organisation?: string;
  event?: string;
  date?: string;
  /** Target duration of the talk in minutes. */
  duration?: number;
  /** Speaking rate in words per minute (default 130; CJK ~250 characters per minute). */
  wpm?: number;
  /**
   * BCP 47 language tag ("en", "zh", "ru"): the front matter's `lang`, else detected from the
   * spoken text (`und-Arab` when only the script is certain). Always set on a built deck.
   */
  lang?: string;
  /** Writing direction of the speech, from `lang` (core/language.ts). Always set on a built deck. */
  dir?: 'ltr' | 'rtl';
  /** A theme by name (core/themes.ts): Lectern's own or one of reveal.js's. Default `lectern`. */
  theme?: string;
  /** The speech's own style sheets, files beside it (host/speech-style.ts reads them). */
  css?: string[];
  /** `lists`: every list and figure card of the speech appears one item per Next. Default none. */
  steps?: 'lists' | 'none';
  /** Minutes left at which the presenter's clock signals the speaker (default 5 and 1). */
  signals?: number[];
  /**
   * The front matter's `footer`: a line for the corner of every content slide, `true` for the
   * speaker and event, `false` for none. Absent: the front matter's own speaker and event, if any
   * (see `deckFooter`).
   */
  footer?: string | boolean;
  /**
   * Which of the keys above the engine read off the speech (a header line "East Room", a dateline,
   * "I'm Zhu Gang, …", the file name) rather than the speaker's front matter. They go on the title
   * slide; they never make a footer. Absent: all came from the front matter.
   */
  inferred?: InferableMetaKey[];
}

/** A problem found in a speech file, located so the speaker can fix it. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Deck {
  meta: SpeechMeta;
  slides: Slide[];
  /** Warnings met while building (an error throws a `SpeechError` instead). */
  warnings: Diagnostic[];
  /** Identifies the speech text this deck was built from (a hash of its content). */
  sourceId: string;
  /** File name the speech came from (no directories), for titles and messages. */
  fileName: string;
  /** The speech's own CSS (front matter `css`), read and made safe by the host; absent without one. */
  style?: DeckStyle;
}

/**
 * A speech's own CSS as every view applies it (host/speech-style.ts made it): scoped to the
 * slides, loading nothing from outside the speech's folder.
 */
export interface DeckStyle {
  /** The CSS; its url()s are `data:` or `/media/<path>` (a file beside the speech). */
  css: string;
  /** The speech-relative files its url()s name (the exports embed them). */
  media: string[];
  /** The theme colours it sets on the slide (`--bg: #fff`), for the PowerPoint file. */
  colors: Partial<
    Record<'bg' | 'bg2' | 'ink' | 'heading' | 'muted' | 'accent' | 'accent2' | 'codeBg', string>
  >;
  /** Changes whenever the CSS does: a save of the CSS alone is a new deck for the views. */
  hash: string;
}

/** Thrown for a speech that cannot become a deck; carries a located diagnostic. */
export class SpeechError extends Error {
  readonly diagnostic: Diagnostic;
  constructor(diagnostic: Diagnostic) {
    super(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.message}`);
    this.name = 'SpeechError';
    this.diagnostic = diagnostic;
  }
}

/** Plain text of inline content. */
export function inlineText(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
        case 'code':
          return n.value;
        case 'break':
          return '\n';
        default:
          return inlineText(n.children);
      }
    })
    .join('');
}

/** Plain text of blocks, one line per paragraph / item / row. */
export function blocksText(blocks: Block[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        lines.push(inlineText(b.children));
        break;
      case 'list':
        b.items.forEach((item, i) => {
          const marker = b.ordered ? `${(b.start ?? 1) + i}. ` : '• ';
          lines.push(marker + blocksText(item).replace(/\n/g, ' '));
        });
        break;
      case 'figures':
        for (const f of b.items) lines.push(`${f.value} — ${f.label}`);
        break;
      case 'quote':
        lines.push(blocksText(b.children));
        if (b.cite) lines.push(`— ${b.cite}`);
        break;
      case 'code':
        lines.push(b.value);
        break;
      case 'table':
        lines.push(b.head.map(inlineText).join(' | '));
        for (const row of b.rows) lines.push(row.map(inlineText).join(' | '));
        break;
      case 'image':
      case 'media':
        lines.push(b.alt);
        break;
    }
  }
  return lines.filter((l) => l.length > 0).join('\n');
}

/** Everything a deck shows or says (meta, titles, screen text, notes): to ask which characters it uses. */
export function deckText(deck: Pick<Deck, 'meta' | 'slides'>): string {
  return deckStrings(deck).join('\n');
}

/** The same text as deckText, string by string (a 1M-word speech need not become one string). */
export function deckStrings(deck: Pick<Deck, 'meta' | 'slides'>): string[] {
  return [
    ...Object.values(deck.meta).filter((v): v is string => typeof v === 'string'),
    ...deck.slides.flatMap((s) => [s.title, s.screenText, s.notes]),
  ];
}
