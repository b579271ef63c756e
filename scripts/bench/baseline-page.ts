/**
 * The baseline: a bare reveal.js page generated from the same deck, with the same slide markup
 * (rendered by the same React component, to static HTML), the same theme and the same reveal.js
 * settings, plus reveal.js's own notes plugin for its speaker view.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Deck } from '../../src/core/deck';
import { SlideContent } from '../../src/renderer/src/slide/SlideContent';
import { contentTypeOf, readFileInside } from '../../src/host/files';

export interface BaselineSite {
  url: string;
  dir: string;
  /** Files the page loads (for the payload comparison). */
  payload: { js: string[]; css: string[] };
  close(): Promise<void>;
}

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export async function startBaselineSite(deck: Deck, projectRoot: string): Promise<BaselineSite> {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-baseline-'));
  const reveal = join(projectRoot, 'node_modules', 'reveal.js', 'dist');
  copyFileSync(join(reveal, 'reveal.js'), join(dir, 'reveal.js'));
  copyFileSync(join(reveal, 'reveal.css'), join(dir, 'reveal.css'));
  copyFileSync(join(reveal, 'plugin', 'notes.js'), join(dir, 'notes.js'));
  const theme = readFileSync(join(projectRoot, 'src', 'renderer', 'src', 'styles', 'slides.css'), 'utf8');
  writeFileSync(
    join(dir, 'theme.css'),
    `${theme}\nhtml,body{margin:0;height:100%;background:#000}.reveal .slides>section{padding:0;width:1280px;height:720px}\n`,
  );
  const sections = deck.slides
    .map(
      (slide) =>
        `<section data-slide-id="${slide.id}">${renderToStaticMarkup(createElement(SlideContent, { slide }))}` +
        `<aside class="notes">${escape(slide.notes)}</aside></section>`,
    )
    .join('\n');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(deck.meta.title)}</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="reveal.css"><link rel="stylesheet" href="theme.css"></head>
<body><div class="reveal"><div class="slides">${sections}</div></div>
<script src="reveal.js"></script><script src="notes.js"></script><script src="init.js"></script></body></html>`,
  );
  // The same settings as src/renderer/src/audience/revealDeck.ts, but reveal.js's own keyboard on,
  // since here reveal.js (and its speaker view) is the one that navigates.
  writeFileSync(
    join(dir, 'init.js'),
    `Reveal.initialize({ width: 1280, height: 720, margin: 0, minScale: 0.1, maxScale: 4, center: false,
  controls: false, progress: false, hash: false, history: false, overview: false, help: false,
  fragments: false, transition: 'fade', transitionSpeed: 'fast', backgroundTransition: 'none',
  plugins: [RevealNotes] });\n`,
  );

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    void readFileInside(dir, path === '/' ? '/index.html' : path).then((read) => {
      if (!read.ok || read.path === null) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': contentTypeOf(read.path) }).end(read.data);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    payload: {
      js: ['reveal.js', 'notes.js', 'init.js'].map((f) => join(dir, f)),
      css: ['reveal.css', 'theme.css'].map((f) => join(dir, f)),
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
