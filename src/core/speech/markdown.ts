/**
 * Markdown speeches (mdast-util-from-markdown + GFM). Headings start slides; prose paragraphs are
 * spoken; lists, tables, images, quotes and code are on screen; a ```` ```screen ```` fence says
 * exactly what is on screen; `> [!spoken]` quotes are spoken only; `> [!unsaid]` quotes are notes
 * not said aloud (a headnote, a dateline: kept, untimed); `---` forces a slide break.
 */
import type { Blockquote, List, Paragraph, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import {
  INFERABLE_META_KEYS,
  inlineText,
  type Block,
  type Diagnostic,
  type Inline,
  type SpeechMeta,
} from '../deck';
import { clipParagraph, imagesOnly, imageBlock, toBlocks, type BlockContext } from './blocks';
import { readFrontMatter } from './front-matter';
import { phrasingToInline } from './inline';
import { chunkMarkdown } from './markdown-guard';
import type { Section, SpeechModel, SpokenPara } from './model';
import { catalogueHeading, isOpening, titleFromFileName } from './speech-parts';
import { openingCount } from './long-sections';
import { shortenLongTitle } from './long-heading';
import { boldHead } from './bold-heads';
import { countWords, countWordsByScript } from './words';
import { learnFromOpening } from './plain';
import { maskUnsaid, speakerLabel } from './mask';
import { isRoomLabel } from './turn-labels';
import { labelName, turnLabelOf } from './voices';
import { isFormatLine, isHeaderLine, structureKind, withoutEmphasisMarks } from './structure';

const PARSE_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
const SPOKEN_MARK = /^\s*\[!(?:spoken|say)\][ \t]*\n?/i;
const UNSAID_MARK = /^\s*\[!unsaid\][ \t]*\n?/i;
/** `<!-- steps -->` (or `<!-- steps: off -->`): this slide's lists and figure cards appear one item per Next. */
const STEPS_MARK = /^<!--\s*steps(?:\s*:\s*(on|off|lists|none))?\s*-->$/i;
const MAX_HTML_WARNINGS = 5;

/** Other spaces than the ASCII ones a line may hold (no-break, thin, ideographic, zero-width). */
const WIDE_SPACE = String.raw`\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff`;
/** A line of nothing but spaces, one of them another space than ASCII's (a web page's `&nbsp;` paragraph). */
const SPACE_LINE = new RegExp(String.raw`^[ \t${WIDE_SPACE}]*[${WIDE_SPACE}][ \t${WIDE_SPACE}]*$`, 'gmu');

/**
 * A line of no-break spaces parts paragraphs as a blank line does: a transcript copied from a web
 * page writes its empty paragraphs so (" \u00a0 " between the hard-wrapped paragraphs of the
 * White House's Harris toast to President Yoon, 2023), which CommonMark reads as text, running
 * the whole speech into one paragraph. The line becomes ASCII spaces of the same length, so
 * every position stays where it was.
 */
function blankSpaceLines(text: string): string {
  return text.includes('\u00a0') || /[\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/u.test(text)
    ? text.replace(SPACE_LINE, (line) => ' '.repeat(line.length))
    : text;
}

/** Parses Markdown (in guarded chunks) and calls `visit` for each top-level node with its line offset. */
export function parseMarkdown(
  text: string,
  file: string,
  lineOffset: number,
  visit: (node: RootContent, lineOffset: number) => void,
): void {
  for (const chunk of chunkMarkdown(blankSpaceLines(text), file, lineOffset)) {
    const root: Root = fromMarkdown(chunk.text, PARSE_OPTIONS);
    for (const node of root.children) visit(node, lineOffset + chunk.line);
  }
}

/** Context shared by readers: warnings with positions shifted by the chunk's line offset. */
export function makeContext(file: string, warnings: Diagnostic[], lineOffset: () => number): BlockContext {
  let htmlWarnings = 0;
  const at: NonNullable<BlockContext['at']> = (node) => {
    const p = node.position?.start ?? { line: 1, column: 1 };
    return { line: p.line + lineOffset(), column: p.column };
  };
  const warn: BlockContext['warn'] = (node, message) => {
    warnings.push({ severity: 'warning', file, ...at(node), message });
  };
  return {
    warn,
    at,
    onDropped(what, node) {
      if (what === 'link')
        warn(
          node,
          'link with an unsafe target shown as plain text (only http, https and mailto links are kept)',
        );
      else if (htmlWarnings++ < MAX_HTML_WARNINGS) warn(node, 'raw HTML is not shown; it was dropped');
    },
  };
}

/** Inline content with the line breaks inside its text turned into spaces (a re-flow). */
export function unwrap(nodes: Inline[]): Inline[] {
  return nodes.map((n) =>
    n.type === 'text'
      ? { ...n, value: n.value.replace(/[ \t]*\n[ \t]*/g, ' ') }
      : n.type === 'strong' || n.type === 'emphasis' || n.type === 'link'
        ? { ...n, children: unwrap(n.children) }
        : n,
  );
}

/** The paragraphs of a quote whose first line is `mark` (`[!spoken]`, `[!unsaid]`), or null when it is not one. */
function markedQuote(node: Blockquote, mark: RegExp): Paragraph[] | null {
  const first = node.children[0];
  const text = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (!first || text?.type !== 'text' || !mark.test(text.value)) return null;
  const rest = { ...text, value: text.value.replace(mark, '') };
  const firstPara: Paragraph = {
    ...(first as Paragraph),
    children: [rest, ...(first as Paragraph).children.slice(1)],
  };
  return [firstPara, ...node.children.slice(1)].filter((c): c is Paragraph => c.type === 'paragraph');
}

/** The spoken paragraphs of a `> [!spoken]` quote, or null when the quote is not one. */
export const spokenQuote = (node: Blockquote): Paragraph[] | null => markedQuote(node, SPOKEN_MARK);

/**
 * The paragraphs of a `> [!unsaid]` quote — notes the speaker does not say (an editor's headnote, a
 * dateline; what eject.ts writes for a deck's `unsaid` paragraphs) — or null when the quote is not one.
 */
export const unsaidQuote = (node: Blockquote): Paragraph[] | null => markedQuote(node, UNSAID_MARK);

/** An item that is a whole sentence: it ends as one does ("… outside Columbus.", "…！"). */
const SENTENCE_END = /[.!?…。！？؟][)"”’»]*$/u;
/** Words an item has on average, at least, to be said rather than shown (CJK: a word per two characters). */
const SPOKEN_ITEM_WORDS = 8;
/** An HTML comment and nothing else (pandoc's `<!-- -->` between lists): never shown, so never a warning. */
const COMMENT_ONLY = /^\s*<!--[\s\S]*?-->\s*$/u;

/** Words the lists said aloud in a section may have on screen as written too (a slide reads best with at most ~45). */
const SHOWN_LIST_WORDS = 45;

/**
 * A list the speaker says (a speech's "Ohio is a good example." then "- Intel broke ground on a $20
 * billion semiconductor complex outside Columbus." …): it follows prose in its section, and every
 * item is one or more paragraphs of whole sentences, long enough to be read out. Its items are
 * prose, item by item, in the notes; such lists stay on screen as written while a section's fit a
 * slide, else the screen is derived as for any prose. A list of short points ("- AIGC · IoT") is
 * the author's screen content only; a ```screen fence keeps any list on screen and unsaid.
 */
export function spokenList(node: List, afterProse: boolean): { paras: Paragraph[]; words: number } | null {
  if (!afterProse || !node.children.length) return null;
  const paras: Paragraph[] = [];
  for (const item of node.children) {
    if (item.checked != null || !item.children.length) return null;
    for (const child of item.children) {
      if (child.type !== 'paragraph') return null;
      paras.push(child);
    }
    const last = item.children[item.children.length - 1] as Paragraph;
    if (!SENTENCE_END.test(plainText(last).trim())) return null;
  }
  const words = paras.reduce((n, p) => n + spokenWords(plainText(p)), 0);
  return words / node.children.length >= SPOKEN_ITEM_WORDS ? { paras, words } : null;
}

/**
 * Takes a section's lists said aloud off its screen when together they are more than a slide holds
 * (pandoc writes each item of a speech's list as a list of its own): the screen is then derived
 * from what is said, and a section left with no screen of its own is prose, planned by time.
 */
function unshowLongSaidLists(said: Map<Section, { blocks: Block[]; words: number }>): void {
  for (const [section, lists] of said) {
    if (lists.words <= SHOWN_LIST_WORDS || !section.screen) continue;
    const screen = section.screen.filter((b) => !lists.blocks.includes(b));
    if (screen.length) section.screen = screen;
    else delete section.screen;
  }
}

/** A paragraph's text as it is said (the same reading as the notes'). */
const plainText = (p: Paragraph) => inlineText(phrasingToInline(p.children));

/** Words of a text as Lectern counts them (words.ts), a CJK character counting half a word. */
function spokenWords(t: string): number {
  const c = countWordsByScript(t);
  return c.other + c.cjk / 2;
}

/**
 * A Markdown speech that is only prose (no heading, no screen content): like plain text, its
 * opening stays on the title slide and the rest is left to the planner.
 */
function splitProse(titleSection: Section, sections: Section[]): void {
  const i = openingCount(titleSection);
  const rest = titleSection.paras.slice(i);
  if (!rest.length) return;
  titleSection.paras = titleSection.paras.slice(0, i);
  sections.splice(1, 0, { paras: rest, pos: rest[0]!.pos, plannable: true });
}

/** Paragraphs at the top of a Markdown speech looked at for its head lines, at most. */
const MAX_HEAD_LINES = 4;

/**
 * The lines that head a Markdown transcript above its first words, as a web page prints them: a
 * dateline or a venue ("*U.S. State Department / Washington D.C.*", Harris's toast to President
 * Yoon, 2023), a byline, a format line ("*As Prepared for Delivery*"). They are not said: they stay
 * in the title slide's notes, untimed and never on screen, and tell the title slide its place and
 * date (plain.ts `learnFromOpening`, as for a plain-text speech). A line said to the room ("Good
 * afternoon.") or a speaker's turn ("VICE PRESIDENT HARRIS:  Good afternoon") ends the head.
 */
/**
 * A head line without the format line run into it ("At The Brookings Institution / As Prepared
 * for Delivery", two lines of one Markdown paragraph): the words before or after it.
 */
function withoutFormatLine(line: string): string {
  const words = line.split(/\s+/u);
  for (let k = 1; k < words.length; k++) {
    if (isFormatLine(words.slice(k).join(' '))) return words.slice(0, k).join(' ');
    if (isFormatLine(words.slice(0, k).join(' '))) return words.slice(k).join(' ');
  }
  return line;
}

function readHeadLines(section: Section, meta: SpeechMeta): void {
  for (const p of section.paras.slice(0, MAX_HEAD_LINES)) {
    if (p.spokenOnly || speakerLabel(p.text)) return;
    const lines = withoutEmphasisMarks(p.text.trim());
    const line = lines.replace(/\s*\n\s*/gu, ' ');
    const kind = structureKind(line);
    const head =
      isFormatLine(line) ||
      kind === 'dateline' ||
      kind === 'byline' ||
      (kind === null && isHeaderLine(line) && !isOpening(line) && !/[,،]$/u.test(line));
    if (!head) return;
    const shorn = withoutFormatLine(line);
    if (kind !== 'format') learnFromOpening(shorn === line ? lines : shorn, meta);
    p.unsaid = true;
    p.spokenOnly = true;
  }
}

/**
 * The speaker of a transcript that opens on her label and says nearly all of it ("VICE PRESIDENT
 * HARRIS:  Good afternoon, everyone." and a guest's "PRESIDENT YOON:  (Laughs.)": Harris's toast to
 * President Yoon, 2023, judge23), as the label names her: "Vice President Harris". Null when the
 * first words are no one's label, a reporter's or the room's, or another speaker says a fifth.
 */
function openingSpeaker(sections: readonly Section[]): string | null {
  const paras = sections.flatMap((s) => s.paras).filter((p) => !p.unsaid);
  const first = paras[0] ? turnLabelOf(paras[0].text) : null;
  if (!first || isRoomLabel(labelName(first))) return null;
  const words = new Map<string, number>();
  let current = labelName(first);
  for (const p of paras) {
    const label = turnLabelOf(p.text);
    if (label) current = labelName(label);
    if (!isRoomLabel(current)) words.set(current, (words.get(current) ?? 0) + countWords(maskUnsaid(p.text)));
  }
  const own = words.get(labelName(first)) ?? 0;
  const all = [...words.values()].reduce((a, b) => a + b, 0);
  return own >= 40 && own >= all * 0.8 ? labelName(first) : null;
}

export function readMarkdown(text: string, file: string): SpeechModel {
  const warnings: Diagnostic[] = [];
  const fm = readFrontMatter(text, file);
  warnings.push(...fm.warnings);
  let offset = 0;
  const ctx = makeContext(file, warnings, () => offset);
  const titleSection: Section = { layout: 'title', paras: [], pos: { line: 1, column: 1 } };
  const sections: Section[] = [titleSection];
  let current = titleSection;
  let headingTitle: string | undefined;
  // a section opened by the author's bold head ("**Smart Public Investment**" on a line of its own)
  let boldHeads = 0;
  const at = (node: RootContent) => ({
    line: (node.position?.start.line ?? 1) + offset,
    column: node.position?.start.column ?? 1,
  });
  const addScreen = (blocks: ReturnType<typeof toBlocks>) => {
    current.screen = [...(current.screen ?? []), ...blocks];
  };
  const addSpoken = (p: Paragraph, spokenOnly: boolean, unsaid = false) => {
    // soft line breaks of a wrapped source paragraph are spaces in the spoken text
    const inlines = unwrap(phrasingToInline(p.children, ctx));
    const spoken = inlineText(inlines);
    if (!spoken.trim()) return;
    const para: SpokenPara = {
      text: spoken,
      inlines,
      pos: { line: (p.position?.start.line ?? 1) + offset, column: p.position?.start.column ?? 1 },
    };
    if (spokenOnly) para.spokenOnly = true;
    if (unsaid) para.unsaid = true;
    current.paras.push(para);
  };
  // the lists said aloud in each section, with their words (unshowLongSaidLists)
  const said = new Map<Section, { blocks: Block[]; words: number }>();
  const isEmpty = (s: Section) => s !== titleSection && !s.title && !s.paras.length && s.screen === undefined;

  parseMarkdown(fm.body, file, 0, (node, lineOffset) => {
    offset = lineOffset;
    switch (node.type) {
      case 'heading': {
        const title = inlineText(phrasingToInline(node.children, ctx)).replace(/\s+/g, ' ').trim();
        if (
          !fm.meta.title &&
          headingTitle === undefined &&
          node.depth === 1 &&
          current === titleSection &&
          !titleSection.paras.length &&
          sections.length === 1
        ) {
          headingTitle = title;
          titleSection.pos = at(node);
          return;
        }
        current = { title, headingDepth: node.depth, paras: [], pos: at(node) };
        sections.push(current);
        return;
      }
      case 'thematicBreak':
        if (!isEmpty(current)) {
          current = { paras: [], pos: at(node), plannable: true };
          sections.push(current);
        }
        return;
      case 'paragraph': {
        const clip = clipParagraph(node.children, ctx);
        if (clip) {
          addScreen(clip);
          return;
        }
        // the author's section head set in bold instead of a heading (bold-heads.ts): it opens a
        // section it titles, planned like prose; the head stays in the notes, as it was written
        const head = boldHead(node);
        if (head) {
          current = {
            paras: [],
            pos: at(node),
            plannable: true,
            ...(head.title ? { title: head.title } : {}),
          };
          sections.push(current);
          boldHeads++;
          addSpoken(node, true);
          return;
        }
        const images = imagesOnly(node.children);
        if (images) addScreen(images.map((img) => imageBlock(img, ctx)));
        else addSpoken(node, false);
        return;
      }
      case 'blockquote': {
        const spoken = spokenQuote(node);
        const unsaid = spoken ? null : unsaidQuote(node);
        if (spoken) spoken.forEach((p) => addSpoken(p, true));
        else if (unsaid) unsaid.forEach((p) => addSpoken(p, true, true));
        else addScreen(toBlocks([node], ctx));
        return;
      }
      case 'code':
        if (node.lang?.toLowerCase() === 'figures') addScreen(toBlocks([node], ctx));
        else if (node.lang?.toLowerCase() === 'screen') {
          const blocks: ReturnType<typeof toBlocks> = [];
          const saved = offset;
          const fenceLine = (node.position?.start.line ?? 1) + saved;
          parseMarkdown(node.value, file, fenceLine, (inner, innerOffset) => {
            offset = innerOffset;
            blocks.push(...toBlocks([inner], ctx));
          });
          offset = saved;
          addScreen(blocks);
        } else addScreen(toBlocks([node], ctx));
        return;
      case 'html': {
        const steps = STEPS_MARK.exec(node.value.trim());
        if (steps) current.steps = !/^(off|none)$/i.test(steps[1] ?? '');
        else if (!COMMENT_ONLY.test(node.value)) addScreen(toBlocks([node], ctx));
        return;
      }
      case 'list': {
        const spoken = spokenList(
          node,
          current.paras.some((p) => !p.spokenOnly),
        );
        spoken?.paras.forEach((p) => addSpoken(p, false));
        const blocks = toBlocks([node], ctx);
        addScreen(blocks);
        if (spoken) {
          const lists = said.get(current) ?? { blocks: [], words: 0 };
          said.set(current, { blocks: [...lists.blocks, ...blocks], words: lists.words + spoken.words });
        }
        return;
      }
      default:
        addScreen(toBlocks([node], ctx));
    }
  });
  unshowLongSaidLists(said);
  // (the head lines' place and date, learnt before the meta is made; a title slide the author's
  // front matter sets, as an ejected deck's, learns nothing from them: it says what it shows)
  const head: SpeechMeta = { title: '' };
  // a first heading that is an archive's catalogue heading ("# Tal av försvarsminister Pål Jonson
  // vid konferensen …"): the kind and the occasion title the deck, the speaker and office go to
  // the title slide, as a plain-text speech's title line (plain.ts)
  const catalogue = headingTitle ? catalogueHeading(headingTitle) : null;
  if (catalogue) {
    headingTitle = catalogue.title;
    head.speaker = catalogue.speaker;
    if (catalogue.role) head.role = catalogue.role;
    if (catalogue.place) head.event = catalogue.place;
    if (catalogue.date) head.date = catalogue.date;
  }
  if (!titleSection.screen) readHeadLines(titleSection, head);
  head.speaker ??= openingSpeaker(sections) ?? undefined;
  const learnt: Partial<SpeechMeta> = fm.meta.title ? {} : { ...head };
  delete learnt.title;
  if (sections.length > 1 && isEmpty(sections[sections.length - 1] as Section)) sections.pop();
  // prose whose only parts are bold heads: its opening before the first head is prose as well
  if (sections.length === 1 + boldHeads && titleSection.screen === undefined)
    splitProse(titleSection, sections);
  const meta: SpeechMeta = {
    ...learnt,
    ...fm.meta,
    title: fm.meta.title ?? headingTitle ?? titleFromFileName(file),
  };
  // a first heading too long for a title slide: a short title, the whole heading its subtitle (long-heading.ts)
  if (!fm.meta.title && headingTitle) shortenLongTitle(meta);
  // the file name's title is the engine's guess, not the speaker's front matter
  const inferred = INFERABLE_META_KEYS.filter(
    (k) => meta[k] !== undefined && fm.meta[k] === undefined && (k !== 'title' || !headingTitle),
  );
  if (inferred.length) meta.inferred = inferred;
  return { meta, sections, warnings };
}
