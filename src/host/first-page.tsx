/**
 * What the web host writes into a page before sending it, so that the page's first paint waits
 * for nothing else: the first snapshot as inert JSON (core/first-page.ts), and for the audience
 * the slide on screen now, rendered to static markup by the app's own slide component, which the
 * page hands to reveal.js at once (renderer/src/audience/first-slide.ts) while React starts behind it.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ShowSnapshot } from '../core/contract';
import { FIRST_SLIDE_ID, snapshotScriptElement } from '../core/first-page';
import { deckTag } from './deck-tag';
import { audiencePosition } from '../core/stage';
import { DeckSection } from '../renderer/src/slide/DeckSection';
import { deckFooter } from '../core/footer';
import { speechAttributes } from '../renderer/src/slide/language';

export interface FirstPageOptions {
  /** Draw the audience's current slide into the page (the audience view only). */
  firstSlide: boolean;
  /** URL paths of fonts the first slide needs, preloaded. Default none. */
  fonts?: readonly string[];
  /**
   * A long talk's page carries only the notes near the slide on screen, and is sent the whole
   * deck on its socket (core/first-page.ts `notesInPage`): the presenter's first paint does not
   * wait on megabytes of notes it does not show. Default false.
   */
  cutNotes?: boolean;
}

/**
 * The audience's slide now as static markup, or null when the room's screen shows no slide
 * (black or white) or a zoomed one (the live deck draws those).
 */
export function firstSlideMarkup(snapshot: ShowSnapshot): string | null {
  const { deck, state } = snapshot;
  if (state.screen === 'black' || state.screen === 'white') return null;
  if (state.screen === 'live' && state.zoom) return null;
  const { index } = audiencePosition(state);
  const slide = deck.slides[index];
  if (!slide) return null;
  const section = renderToStaticMarkup(
    createElement(DeckSection, { slide, footer: deckFooter(deck), language: speechAttributes(deck.meta) }),
  );
  return `<div id="${FIRST_SLIDE_ID}" class="first-slide"><div class="reveal"><div class="slides">${section}</div></div></div>`;
}

/** The page's HTML with the snapshot (and, for the audience, its first slide) in it. */
export function withFirstPage(html: string, snapshot: ShowSnapshot, options: FirstPageOptions): string {
  const fonts = (options.fonts ?? [])
    .map((href) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${href}">`)
    .join('');
  // the slide goes in first, while the page is small: the snapshot can be megabytes long
  const slide = options.firstSlide ? firstSlideMarkup(snapshot) : null;
  const page = slide ? html.replace(/<body[^>]*>/i, (body) => body + slide) : html;
  const head =
    fonts +
    snapshotScriptElement(snapshot, deckTag(snapshot.deck), {
      cutNotes: options.cutNotes ?? false,
    });
  // at the end of the head (never before the doctype: that would put the page in quirks mode)
  const at = page.search(/<\/head>/i);
  return at < 0 ? page + head : page.slice(0, at) + head + page.slice(at);
}
