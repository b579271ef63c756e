import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ShowSnapshot } from '../../../core/contract';
import { SlideContent } from '../slide/SlideContent';
import { createRevealDeck, type RevealDeck } from './revealDeck';
import { deckFooter } from '../slide/footer';
import { speechAttributes } from '../slide/language';

export interface AudienceViewProps {
  snapshot: ShowSnapshot;
}

/** The projector: the deck full screen, following the host's state, nothing else. */
export function AudienceView({ snapshot }: AudienceViewProps): ReactNode {
  const rootRef = useRef<HTMLDivElement>(null);
  const [reveal, setReveal] = useState<RevealDeck | null>(null);
  const [shownIndex, setShownIndex] = useState(-1);
  const { deck, state } = snapshot;

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let instance: RevealDeck | null = null;
    let cancelled = false;
    void createRevealDeck(root, setShownIndex).then((created) => {
      if (cancelled) created.destroy();
      else {
        instance = created;
        setReveal(created);
      }
    });
    return () => {
      cancelled = true;
      instance?.destroy();
    };
  }, []);

  // React has re-rendered the sections for a new deck: let reveal.js re-read them.
  useEffect(() => {
    reveal?.sync();
  }, [reveal, deck]);

  useEffect(() => {
    reveal?.goTo(state.index);
  }, [reveal, state.index, deck]);

  const footer = deckFooter(deck);
  const language = speechAttributes(deck.meta);
  return (
    <div
      className="audience"
      data-testid="audience"
      data-index={shownIndex}
      data-blackout={state.blackout ? 'on' : 'off'}
    >
      <div className="reveal" ref={rootRef}>
        <div className="slides">
          {deck.slides.map((slide) => (
            <section key={slide.id} data-slide-id={slide.id}>
              <SlideContent slide={slide} footer={footer} language={language} />
            </section>
          ))}
        </div>
      </div>
      <div className={`blackout${state.blackout ? ' on' : ''}`} aria-hidden={!state.blackout} />
    </div>
  );
}
