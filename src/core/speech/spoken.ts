/**
 * What counts as spoken — computed independently of slide building, so the invariant
 * "the notes of all slides, in order, are the whole spoken text" has something to compare with.
 *
 * - Plain text: every paragraph except the title line, with `**` emphasis markers removed.
 * - Markdown: top-level prose paragraphs (not image-only ones) and the paragraphs of
 *   `> [!spoken]` and `> [!unsaid]` quotes, as plain text (inline markup removed, link text kept, raw HTML dropped),
 *   and the items of a list said aloud (markdown.ts `spokenList`: whole sentences after prose).
 *   Not spoken: front matter, headings, ```screen fences, other lists, tables, quotes, code, images.
 * - An imported deck (reveal.js Markdown, Marp, Slidev): its speaker notes, every paragraph of them.
 */
import type { Paragraph } from 'mdast';
import { inlineText } from '../deck';
import { imagesOnly } from './blocks';
import { readFrontMatter } from './front-matter';
import { parsePlainInline, phrasingToInline } from './inline';
import { parseMarkdown, spokenList, spokenQuote, unsaidQuote } from './markdown';
import { boldHead } from './bold-heads';
import { formatOf, type SpeechFormat } from './format';
import { importedSpokenParagraphs } from './import';
import { plainParagraphs, plainTitle } from './plain';
import { catalogueHeading, isSaidTitle } from './speech-parts';

/** BOM removed, line endings normalised to `\n` (the engine always works on this form). */
export function normalizeInput(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The spoken paragraphs of a speech, in order. */
export function spokenParagraphs(text: string, fileName: string, format?: SpeechFormat): string[] {
  const t = normalizeInput(text);
  const chosen = format ?? formatOf(fileName, t);
  if (chosen !== 'plain' && chosen !== 'markdown') return importedSpokenParagraphs(t, fileName, chosen);
  if (chosen === 'plain') {
    const paras = plainParagraphs(t);
    const title = plainTitle(paras);
    // a title said aloud (speech-parts.ts isSaidTitle) is in the notes too, and so is an archive's
    // catalogue heading ("Toast prononcé par M. Jacques CHIRAC, …", plain.ts)
    const body = title && !isSaidTitle(title) && !catalogueHeading(title) ? paras.slice(1) : paras;
    return body.map((p) => inlineText(parsePlainInline(p.text)));
  }
  const out: string[] = [];
  const push = (s: string) => {
    if (s.trim()) out.push(s);
  };
  // whether the current section (from a heading, a `---` or a bold head) has prose yet
  let prose = false;
  const said = (p: Paragraph) => push(inlineText(phrasingToInline(p.children)));
  parseMarkdown(readFrontMatter(t, fileName).body, fileName, 0, (node) => {
    if (node.type === 'heading' || node.type === 'thematicBreak') prose = false;
    if (node.type === 'paragraph' && !imagesOnly(node.children)) {
      prose = !boldHead(node) && (prose || !!inlineText(phrasingToInline(node.children)).trim());
      said(node);
    }
    // the notes hold what is not said aloud too (`[!unsaid]`, a headnote), untimed
    if (node.type === 'blockquote') (spokenQuote(node) ?? unsaidQuote(node))?.forEach(said);
    if (node.type === 'list') spokenList(node, prose)?.paras.forEach(said);
  });
  return out;
}

/** The whole spoken text: spoken paragraphs joined by a blank line. */
export function spokenText(text: string, fileName: string, format?: SpeechFormat): string {
  return spokenParagraphs(text, fileName, format).join('\n\n');
}

export { normalizeSpoken } from './normalize';
