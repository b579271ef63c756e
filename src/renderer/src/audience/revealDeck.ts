/**
 * The one module that touches reveal.js. It owns a reveal.js instance on a root element whose
 * `<section>`s React renders, and exposes only what the audience view needs: go to a slide,
 * re-read the sections after the deck changed, hear when a slide is shown, and tear down.
 *
 * reveal.js never decides anything here: its own keyboard, touch, hash and history handling are
 * off, because the host's show state is the only authority over which slide is up.
 */
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import 'reveal.js/reveal.css';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../slide/size';

export interface RevealDeck {
  /** Shows slide `index` (0-based, horizontal order). */
  goTo(index: number): void;
  /** Re-reads the sections after React changed them (a live reload of the speech). */
  sync(): void;
  destroy(): void;
}

export async function createRevealDeck(
  root: HTMLElement,
  onSlideShown: (index: number) => void,
): Promise<RevealDeck> {
  const reveal: RevealApi = new Reveal(root, {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: 0,
    minScale: 0.1,
    maxScale: 4,
    center: false,
    embedded: false,
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
    fragments: false,
    navigationMode: 'linear',
    transition: 'fade',
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    preloadIframes: false,
    autoSlide: 0,
  });
  performance.mark('lectern:reveal-init');
  await reveal.initialize();
  performance.mark('lectern:reveal-ready');
  const shown = (): void => onSlideShown(reveal.getIndices().h);
  reveal.on('slidechanged', shown);
  reveal.on('ready', shown);
  shown();

  return {
    goTo(index) {
      if (reveal.getIndices().h !== index) reveal.slide(index, 0);
      else shown();
    },
    sync() {
      reveal.sync();
    },
    destroy() {
      reveal.off('slidechanged', shown);
      reveal.destroy();
    },
  };
}
