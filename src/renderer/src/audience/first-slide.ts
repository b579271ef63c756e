/**
 * The audience's first slide, before React: the web host drew the slide on screen now into the
 * page (host/first-page.tsx) and shipped the snapshot with it, so reveal.js can start on that
 * markup at once — the room sees the slide as soon as a bare reveal.js page would show it. The
 * live deck (AudienceView) then starts behind it and, once it shows its slide, takes over: this
 * deck is torn down and its markup removed.
 */
import type { ShowSnapshot } from '../../../core/contract';
import { audiencePosition } from '../../../core/stage';
import { applySpeechCss, applyTheme } from '../slide/deck-style';
import { createRevealDeck } from './revealDeck';

export interface FirstSlide {
  /** The first slide is on screen (reveal.js ready, one frame drawn). */
  painted: Promise<void>;
  /** The live deck shows its slide: remove this one. Safe to call more than once. */
  handOver(): void;
}

export function paintFirstSlide(layer: HTMLElement, snapshot: ShowSnapshot): FirstSlide {
  const root = layer.querySelector<HTMLElement>('.reveal');
  applyTheme(snapshot.deck.meta.theme, snapshot.deck.meta.lang); // the live page's useDeckStyle keeps (and later owns) these
  const dropCss = applySpeechCss(snapshot.deck.style?.css);
  let handedOver = false;
  let remove = (): void => layer.remove();
  const painted = root
    ? createRevealDeck(root, () => undefined, { embedded: true }).then((deck) => {
        deck.goTo(0, audiencePosition(snapshot.state).step);
        remove = () => {
          deck.destroy();
          layer.remove();
        };
        if (handedOver) remove();
        return new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      })
    : Promise.resolve();
  return {
    painted,
    handOver() {
      if (handedOver) return;
      handedOver = true;
      dropCss();
      remove();
    },
  };
}
