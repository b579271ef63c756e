/**
 * A standalone, offline HTML file for a deck: reveal.js (CSS + JS inlined from node_modules), the
 * slides rendered by the app's own SlideContent to static markup (the audience window's markup,
 * in the app's theme), notes in `<aside class="notes">`, local images embedded as data: URLs, and
 * a strict Content-Security-Policy (only the two inlined scripts, by hash, may run).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Deck } from '../core/deck';
import { SlideContent } from '../renderer/src/slide/SlideContent';
import { deckFooter } from '../core/footer';
import { speechAttributes } from '../renderer/src/slide/language';
import { embeddedMedia, SlideMedia } from '../renderer/src/slide/media';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../renderer/src/slide/size';
import { NO_MEDIA, type EmbeddedMedia } from './embed-media';
import { NO_FONTS, type EmbeddedFonts } from './export-fonts';
import { exportCsp, inlineScript, lecternThemeCss, standaloneDocument } from './standalone';
import { exportStyleCss } from './export-style';

function revealDist(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('reveal.js'));
}

const EXTRA_CSS = `html,body{background:#000}.reveal .controls{color:#f2b632}.reveal .progress{color:#f2b632}.reveal .slides>section{padding:0;width:${SLIDE_WIDTH}px;height:${SLIDE_HEIGHT}px}.reveal .notes{display:none}`;
/** reveal.js's right-to-left mode sets its headings in `sans-serif`; the slides keep the theme's fonts. */
const RTL_CSS = `.reveal.rtl .slides .lectern-slide :is(h1,h2,h3,h4,h5,h6){font-family:inherit}.reveal.rtl .slides .lectern-slide .slide-title{font-family:var(--lt-font-heading,var(--font))}`;

export interface HtmlOptions {
  /** A theme name (core/themes.ts); default the deck's `theme`, else the app's own (`lectern`). */
  theme?: string;
  /** The deck's images, read by embedMedia(); default none (every image shows its alt text). */
  media?: EmbeddedMedia;
  /** The app's fonts cut to the deck's characters, by exportFonts(); default none (the reader's fonts). */
  fonts?: EmbeddedFonts;
}

/** Every slide as a reveal.js section, as the audience window renders it, with its notes. */
function DeckSections({ deck, media }: { deck: Deck; media: EmbeddedMedia }): ReactNode {
  const footer = deckFooter(deck);
  const language = speechAttributes(deck.meta);
  return (
    <SlideMedia value={embeddedMedia(media.urls)}>
      {deck.slides.map((slide) => (
        <section key={slide.id} data-slide-id={slide.id}>
          <SlideContent slide={slide} footer={footer} language={language} />
          <aside className="notes" {...language}>
            {slide.notes}
          </aside>
        </section>
      ))}
    </SlideMedia>
  );
}

/** The whole deck as one self-contained HTML document. */
export function deckToHtml(deck: Deck, options: HtmlOptions = {}): string {
  const dist = revealDist();
  const media = options.media ?? NO_MEDIA;
  // an Arabic or Hebrew deck runs right to left: the arrows, the progress bar and the keys mirror
  const rtl = deck.meta.dir === 'rtl';
  // the slides in the deck's theme (or the one asked for), as the app draws them
  const themed = options.theme ? { ...deck, meta: { ...deck.meta, theme: options.theme } } : deck;
  const css = [
    (options.fonts ?? NO_FONTS).css,
    readFileSync(join(dist, 'reveal.css'), 'utf8'),
    lecternThemeCss(),
    exportStyleCss(themed, media),
    EXTRA_CSS,
    rtl ? RTL_CSS : '',
  ].join('\n');
  const revealJs = inlineScript(readFileSync(join(dist, 'reveal.js'), 'utf8'));
  // The app's layout: slides designed at 1280×720, top-aligned, scaled to the window.
  const init = `Reveal.initialize({hash:true,width:${SLIDE_WIDTH},height:${SLIDE_HEIGHT},margin:0,center:false,transition:'fade',rtl:${rtl}});`;
  const sections = renderToStaticMarkup(<DeckSections deck={deck} media={media} />);
  return standaloneDocument({
    lang: deck.meta.lang ?? 'und',
    dir: deck.meta.dir,
    title: deck.meta.title,
    csp: exportCsp([revealJs, init]),
    css,
    body: `<div class="reveal"><div class="slides">
${sections}
</div></div>
<script>${revealJs}</script>
<script>${init}</script>`,
  });
}
