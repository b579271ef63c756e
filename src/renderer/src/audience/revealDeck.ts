/**
 * The one module that touches reveal.js. It owns a reveal.js instance on a root element whose
 * `<section>`s React renders, and exposes only what the audience view needs: go to a slide,
 * re-read the sections after the deck changed, hear when a slide is shown, and tear down.
 *
 * reveal.js never decides anything here: its own keyboard, touch, hash and history handling are
 * off, because the host's show state is the only authority over which slide is up. Its fragments
 * are on: a slide's step reveals are reveal.js fragments (SlideContent numbers them), shown as
 * far as the show's `step` says.
 */
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import 'reveal.js/reveal.css';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../slide/size';

export interface RevealDeck {
  /** Shows slide `index` (0-based, horizontal order) with its first `step` fragments out. */
  goTo(index: number, step: number, options?: GoToOptions): void;
  /** Re-reads the sections after React changed them (a live reload of the speech). */
  sync(): void;
  destroy(): void;
}

export interface GoToOptions {
  /** The sections around the slide changed: go there even if reveal.js thinks it is there. Default false. */
  moved?: boolean;
  /** No transition (the deck's first slide after a reload mid-talk). Default false. */
  instant?: boolean;
}

export interface RevealDeckOptions {
  /**
   * Scale to the root's parent rather than own the page (reveal.js's `embedded`). Default false.
   * The audience's first slide (first-slide.ts) is such a deck, over the page's live one.
   */
  embedded?: boolean;
}

export async function createRevealDeck(
  root: HTMLElement,
  onSlideShown: (index: number, step: number) => void,
  options: RevealDeckOptions = {},
): Promise<RevealDeck> {
  const embedded = options.embedded ?? false;
  const reveal: RevealApi = new Reveal(root, {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: 0,
    minScale: 0.1,
    maxScale: 4,
    center: false,
    embedded,
    controls: false,
    progress: false,
    slideNumber: false,
    keyboard: false,
    touch: false,
    hash: false,
    history: false,
    respondToHashChanges: false,
    overview: false,
    help: false,
    mouseWheel: false,
    jumpToSlide: false,
    fragments: true,
    fragmentInURL: false,
    navigationMode: 'linear',
    transition: 'fade',
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    preloadIframes: false,
    autoSlide: 0,
  });
  if (performance.getEntriesByName('lectern:reveal-init').length === 0)
    performance.mark('lectern:reveal-init');
  await reveal.initialize();
  if (performance.getEntriesByName('lectern:reveal-ready').length === 0)
    performance.mark('lectern:reveal-ready');
  const shown = (): void => {
    const { h, f } = reveal.getIndices();
    onSlideShown(h, f === undefined ? 0 : f + 1);
  };
  reveal.on('slidechanged', shown);
  reveal.on('fragmentshown', shown);
  reveal.on('fragmenthidden', shown);
  reveal.on('ready', shown);
  shown();

  return {
    goTo(index, step, { moved = false, instant = false } = {}) {
      const { h, f } = reveal.getIndices();
      const fragment = step - 1; // reveal.js: the index of the last fragment shown, -1 for none
      const same = h === index && (f ?? -1) === fragment;
      if (moved || !same) {
        if (instant) root.classList.add('instant');
        reveal.slide(index, 0, fragment);
        if (instant) {
          void root.offsetHeight; // the new classes take effect with transitions off
          root.classList.remove('instant');
        }
      }
      // reveal.js tells of a change of place only; after a move the place may be the same
      if (moved || same) shown();
    },
    sync() {
      reveal.sync();
    },
    destroy() {
      reveal.off('slidechanged', shown);
      reveal.off('fragmentshown', shown);
      reveal.off('fragmenthidden', shown);
      reveal.destroy();
      // reveal.js drops the page's full-page class whichever deck goes; the live one still needs it
      if (embedded && document.body.classList.contains('reveal-viewport'))
        document.documentElement.classList.add('reveal-full-page');
    },
  };
}
