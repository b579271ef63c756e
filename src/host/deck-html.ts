/**
 * A standalone, offline HTML file for a deck: reveal.js (CSS + JS inlined from node_modules),
 * slides rendered from Blocks with every text HTML-escaped, notes in `<aside class="notes">`,
 * and a strict Content-Security-Policy (only the inlined script, by hash, may run).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Block, Deck, Inline, Slide } from '../core/deck';

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function inlines(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return escapeHtml(n.value);
        case 'code':
          return `<code>${escapeHtml(n.value)}</code>`;
        case 'break':
          return '<br>';
        case 'strong':
          return `<strong>${inlines(n.children)}</strong>`;
        case 'emphasis':
          return `<em>${inlines(n.children)}</em>`;
        case 'link':
          return /^(?:https?:|mailto:)/i.test(n.href)
            ? `<a href="${escapeHtml(n.href)}" rel="noopener noreferrer">${inlines(n.children)}</a>`
            : inlines(n.children);
      }
    })
    .join('');
}

export function blocksHtml(blocks: Block[], imageSrc: (src: string) => string = (s) => s): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'heading':
          return `<p class="subheading level-${Math.min(6, Math.max(1, b.level))}">${inlines(b.children)}</p>`;
        case 'paragraph':
          return `<p>${inlines(b.children)}</p>`;
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul';
          const start = b.ordered && b.start !== undefined ? ` start="${Number(b.start)}"` : '';
          return `<${tag}${start}>${b.items.map((i) => `<li>${blocksHtml(i, imageSrc)}</li>`).join('')}</${tag}>`;
        }
        case 'figures':
          return `<div class="figures count-${b.items.length}">${b.items.map((f) => `<div class="figure"><div class="figure-value">${escapeHtml(f.value)}</div><div class="figure-label">${escapeHtml(f.label)}</div></div>`).join('')}</div>`;
        case 'quote':
          return `<blockquote>${blocksHtml(b.children, imageSrc)}</blockquote>`;
        case 'code':
          return `<pre><code>${escapeHtml(b.value)}</code></pre>`;
        case 'table':
          return `<table><thead><tr>${b.head.map((c) => `<th>${inlines(c)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${inlines(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
        case 'image':
          return b.src && !/^[a-z][a-z0-9+.-]*:/i.test(b.src)
            ? `<img src="${escapeHtml(imageSrc(b.src))}" alt="${escapeHtml(b.alt)}">`
            : `<div class="image-missing">${escapeHtml(b.alt)}</div>`;
      }
    })
    .join('\n');
}

/**
 * One slide in the app's markup (the same as the renderer's SlideContent), so the app's theme
 * (slides.css) applies unchanged: a 1280×720 `.lectern-slide` box. Every text is HTML-escaped.
 */
export function slideMarkup(
  s: Slide,
  footer: string,
  imageSrc: (src: string) => string = (src) => src,
): string {
  const title = s.title ? `<h1 class="slide-title">${escapeHtml(s.title)}</h1>` : '';
  const foot =
    footer && s.layout !== 'title' && s.layout !== 'closing'
      ? `<div class="slide-footer">${escapeHtml(footer)}</div>`
      : '';
  return `<div class="lectern-slide layout-${s.layout}">${title}<div class="slide-body">${blocksHtml(s.blocks, imageSrc)}</div>${foot}</div>`;
}

/** A CSP source allowing exactly this inline script. */
export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

export interface StandaloneDocument {
  lang: string;
  title: string;
  csp: string;
  css: string;
  /** Attributes of <body>, already escaped. */
  bodyAttributes?: string;
  body: string;
}

/**
 * A self-contained HTML file (the deck, the handout, the delegate viewer): its policy in a meta
 * tag, its styles inline, nothing loaded from anywhere.
 */
export function standaloneDocument(doc: StandaloneDocument): string {
  return `<!doctype html>
<html lang="${escapeHtml(doc.lang)}">
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

/** The footer line the app shows on content slides: speaker · event. */
export function deckFooter(deck: Deck): string {
  return [deck.meta.speaker, deck.meta.event].filter(Boolean).join(' · ');
}

function slideHtml(s: Slide, footer: string, imageSrc: (src: string) => string): string {
  return `<section data-id="${escapeHtml(s.id)}">${slideMarkup(s, footer, imageSrc)}\n<aside class="notes">${escapeHtml(s.notes)}</aside></section>`;
}

function revealDist(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('reveal.js'));
}

/** The app's slide theme, as the audience sees it (src/renderer/src/styles/slides.css). */
export function lecternThemeCss(): string {
  const file = fileURLToPath(new URL('../renderer/src/styles/slides.css', import.meta.url));
  return readFileSync(file, 'utf8');
}

const EXTRA_CSS = `html,body{background:#000}.reveal .controls{color:#f2b632}.reveal .progress{color:#f2b632}.reveal .slides>section{padding:0;width:1280px;height:720px}.reveal .notes{display:none}`;

export interface HtmlOptions {
  theme?: string;
  /** Rewrites a local image path (relative to the speech) for the HTML file's location. */
  imageSrc?: (src: string) => string;
}

/** The whole deck as one self-contained HTML document. */
export function deckToHtml(deck: Deck, options: HtmlOptions = {}): string {
  const theme = options.theme ?? deck.meta.theme ?? 'lectern';
  const imageSrc = options.imageSrc ?? ((src: string) => src);
  const dist = revealDist();
  const safeTheme = /^[a-z-]+$/.test(theme) ? theme : 'lectern';
  let themeCss: string;
  try {
    themeCss =
      safeTheme === 'lectern'
        ? lecternThemeCss()
        : readFileSync(join(dist, 'theme', `${safeTheme}.css`), 'utf8');
  } catch {
    themeCss = lecternThemeCss();
  }
  const css = [readFileSync(join(dist, 'reveal.css'), 'utf8'), themeCss, EXTRA_CSS].join('\n');
  const revealJs = readFileSync(join(dist, 'reveal.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
  // The app's layout: slides designed at 1280×720, top-aligned, scaled to the window.
  const init =
    "Reveal.initialize({hash:true,width:1280,height:720,margin:0,center:false,transition:'fade'});";
  return standaloneDocument({
    lang: deck.meta.lang ?? 'en',
    title: deck.meta.title,
    csp: `default-src 'none'; script-src ${cspHash(revealJs)} ${cspHash(init)}; style-src 'unsafe-inline'; img-src 'self' file:; font-src 'self' data:; base-uri 'none'; form-action 'none'`,
    css,
    body: `<div class="reveal"><div class="slides">
${deck.slides.map((s) => slideHtml(s, deckFooter(deck), imageSrc)).join('\n')}
</div></div>
<script>${revealJs}</script>
<script>${init}</script>`,
  });
}
