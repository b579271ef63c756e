/**
 * The shell of Lectern's self-contained HTML files (the deck, the handout, the delegate viewer):
 * a policy in a meta tag, styles and scripts inline, nothing loaded from anywhere. What is inside
 * the body is rendered by React (the slide components), never assembled from speech text here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Escapes text for an HTML text node or a quoted attribute (the shell's title and language). */
export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/**
 * A script's text made safe to inline in `<script>`: `</script` would end the element and `<!--`
 * could switch the HTML parser into its double-escaped script state. Both can only occur inside
 * string, template or regular-expression literals of built code, where `\x3C` means `<`.
 */
export function inlineScript(js: string): string {
  return js.replace(/<(\/script|!--)/gi, '\\x3C$1');
}

/** Data for an inline `<script type="application/json">`: `<` escaped, so nothing can end it. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A CSP source allowing exactly this inline script. */
export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

/**
 * The policy of an exported file: nothing from anywhere, images, fonts and clips only from inside
 * the file (they are embedded as data: URLs), and scripts only by hash.
 */
export function exportCsp(scripts: string[]): string {
  const scriptSrc = scripts.length ? `script-src ${scripts.map(cspHash).join(' ')}; ` : '';
  return `default-src 'none'; ${scriptSrc}style-src 'unsafe-inline'; img-src data:; font-src data:; media-src data:; base-uri 'none'; form-action 'none'`;
}

export interface StandaloneDocument {
  /** The language of the document's text (BCP 47), and its direction (default ltr). */
  lang: string;
  dir?: 'ltr' | 'rtl';
  title: string;
  csp: string;
  css: string;
  /** Attributes of <html> besides lang and dir, already escaped. */
  htmlAttributes?: string;
  /** Attributes of <body>, already escaped. */
  bodyAttributes?: string;
  /** The body's markup: rendered by React, or our own inline scripts. */
  body: string;
}

/** A self-contained HTML file: its policy in a meta tag, its styles inline. */
export function standaloneDocument(doc: StandaloneDocument): string {
  return `<!doctype html>
<html lang="${escapeHtml(doc.lang)}" dir="${doc.dir === 'rtl' ? 'rtl' : 'ltr'}"${doc.htmlAttributes ? ` ${doc.htmlAttributes}` : ''}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${doc.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${doc.css.replace(/<\/style/gi, '<\\/style')}</style>
</head>
<body${doc.bodyAttributes ? ` ${doc.bodyAttributes}` : ''}>
${doc.body}
</body>
</html>
`;
}

/** The app's slide theme, as the audience sees it (src/renderer/src/styles/slides.css). */
export function lecternThemeCss(): string {
  const file = fileURLToPath(new URL('../renderer/src/styles/slides.css', import.meta.url));
  return readFileSync(file, 'utf8');
}
