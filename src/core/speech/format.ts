/**
 * Plain text or Markdown? By extension (.md/.markdown → Markdown, .txt → plain); any other
 * extension is sniffed: front matter, ATX headings, or a ```screen fence mean Markdown.
 */
export type SpeechFormat = 'markdown' | 'plain';

export function formatOf(fileName: string, text: string): SpeechFormat {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'markdown';
  if (ext === 'txt' || ext === 'text') return 'plain';
  return sniffFormat(text);
}

export function sniffFormat(text: string): SpeechFormat {
  const head = text.slice(0, 20_000);
  if (/^\uFEFF?---[ \t]*\r?\n/.test(head)) return 'markdown';
  if (/^#{1,6}[ \t]+\S/m.test(head)) return 'markdown';
  if (/^(?:```|~~~)screen\b/m.test(head)) return 'markdown';
  return 'plain';
}
