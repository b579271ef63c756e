/**
 * Code on a slide, highlighted by its language when the deck is built (highlight.js, its common
 * languages): the deck carries the code as tokens with a kind, and every view and export draws them
 * as text in spans coloured by the theme (slides.css). So the same highlighting appears in the live
 * show, the previews, the handouts, the HTML files and the PowerPoint file, and no highlighter is
 * shipped to the audience page.
 *
 * highlight.js gives HTML; it is read back here into tokens (its markup is its own: spans with a
 * class, and text with five escapes), so nothing of it is ever put into a page as HTML.
 */
import hljs from 'highlight.js/lib/common';
import type { CodeToken } from '../deck';

/** Longest code block highlighted, in characters; a longer one is shown plain (and stays fast). */
export const MAX_HIGHLIGHTED = 20_000;

/** Other names people give languages in a fence, for the ones highlight.js names differently. */
const ALIASES: Record<string, string> = {
  sh: 'bash',
  zsh: 'bash',
  console: 'shell',
  html: 'xml',
  svg: 'xml',
  vue: 'xml',
  jsonc: 'json',
  yml: 'yaml',
  'c++': 'cpp',
  'c#': 'csharp',
  py: 'python',
  rb: 'ruby',
  rs: 'rust',
  kt: 'kotlin',
  golang: 'go',
  tsx: 'typescript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  toml: 'ini',
};

/** The language a fence's info string names, as highlight.js knows it, or null. */
export function languageOf(lang: string | undefined): string | null {
  const name = lang?.trim().toLowerCase().split(/[\s{]/)[0];
  if (!name) return null;
  const known = ALIASES[name] ?? name;
  const language = hljs.getLanguage(known);
  // "text", "txt": plain on purpose
  return language && language !== hljs.getLanguage('plaintext') ? known : null;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
};
const unescape = (s: string): string => s.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (e) => ENTITIES[e] ?? e);

/** highlight.js's markup → tokens; the kind is the innermost span's first class, without `hljs-`. */
function tokensOf(html: string): CodeToken[] {
  const tokens: CodeToken[] = [];
  const kinds: string[] = [];
  for (const m of html.matchAll(/<span class="([^"]*)">|<\/span>|[^<]+/g)) {
    if (m[1] !== undefined) kinds.push(m[1].split(' ')[0]!.replace(/^hljs-/, ''));
    else if (m[0] === '</span>') kinds.pop();
    else {
      const text = unescape(m[0]);
      const kind = kinds[kinds.length - 1];
      const last = tokens[tokens.length - 1];
      if (last && last.kind === kind) last.text += text;
      else tokens.push(kind ? { text, kind } : { text });
    }
  }
  return tokens;
}

/**
 * The tokens of a code block in its language, or null when it is not highlighted (no language,
 * one highlight.js does not know, or too long). The tokens' text, joined, is exactly the code.
 */
export function highlightCode(code: string, lang: string | undefined): CodeToken[] | null {
  const language = languageOf(lang);
  if (!language || code.length > MAX_HIGHLIGHTED || !code.trim()) return null;
  try {
    const tokens = tokensOf(hljs.highlight(code, { language, ignoreIllegals: true }).value);
    // the promise to every view: the code, every character of it, in order
    return tokens.map((t) => t.text).join('') === code ? tokens : null;
  } catch {
    return null;
  }
}
