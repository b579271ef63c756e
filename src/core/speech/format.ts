/**
 * Plain text, Lectern Markdown, or a deck made for another tool? By extension (.md/.markdown →
 * Markdown, .txt → plain); any other extension is sniffed: front matter, ATX headings, or a
 * ```screen fence mean Markdown. Markdown written for reveal.js, Marp or Slidev is recognised by
 * what only those formats write (import/detect.ts) and imported as a deck.
 */
import { detectDeckFormat, type DeckFormat } from './import/detect';

export type SpeechFormat = 'markdown' | 'plain' | DeckFormat;

/** Every format by name, as `--from` takes them. */
export const SPEECH_FORMATS: readonly SpeechFormat[] = ['markdown', 'plain', 'revealmd', 'marp', 'slidev'];

export function formatOf(fileName: string, text: string): SpeechFormat {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'plain';
  const markdown =
    ext === 'md' ||
    ext === 'markdown' ||
    ext === 'mdown' ||
    ext === 'mkd' ||
    sniffFormat(text) === 'markdown';
  return markdown ? (detectDeckFormat(text) ?? 'markdown') : 'plain';
}

export function sniffFormat(text: string): 'markdown' | 'plain' {
  const head = text.slice(0, 20_000);
  if (/^\uFEFF?---[ \t]*\r?\n/.test(head)) return 'markdown';
  if (/^#{1,6}[ \t]+\S/m.test(head)) return 'markdown';
  if (/^(?:```|~~~)screen\b/m.test(head)) return 'markdown';
  return 'plain';
}
