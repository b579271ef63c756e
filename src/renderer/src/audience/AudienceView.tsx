import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ShowSnapshot } from '../../../core/contract';
import { audiencePosition, zoomWindow } from '../../../core/stage';
import { DeckSection } from '../slide/DeckSection';
import { deckWindow } from '../../../core/deck-window';
import { createRevealDeck, type RevealDeck } from './revealDeck';
import { deckFooter } from '../../../core/footer';
import { SlidePlayback, type Playback } from '../slide/playback';
import { useT } from '../i18n';
import { speechAttributes } from '../slide/language';

/** The sections drawn: the window of core/deck-window.ts, for the deck it was taken in. */
interface HeldWindow {
  deck: ShowSnapshot['deck'];
  start: number;
  end: number;
}

/** Runs `work` when the page is next idle (within a second); returns the cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout: 1000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, 50);
  return () => window.clearTimeout(id);
}

export interface AudienceViewProps {
  snapshot: ShowSnapshot;
  /** Called once, when the deck first shows the slide the show is at. */
  onShown?: () => void;
}

/**
 * The projector: the deck full screen, following the host's state, nothing else. Over it, what
 * the speaker does to the room's screen: black or white, a frozen picture (the slide and step
 * where the screen froze, whatever the speaker does meanwhile), the pointer's dot and the zoom.
 */
export function AudienceView({ snapshot, onShown }: AudienceViewProps): ReactNode {
  const t = useT();
  const rootRef = useRef<HTMLDivElement>(null);
  const [reveal, setReveal] = useState<RevealDeck | null>(null);
  const [shown, setShown] = useState({ index: -1, step: 0 });
  const { deck, state } = snapshot;
  const { index, step } = audiencePosition(state);
  // Only the slides near the current one are sections (core/deck-window.ts): reveal.js walks every
  // section on each move, so a 1,500-slide deck would make every key slow. The sections change
  // only with the deck and the window: a pointer move, a step or a move re-renders none of them.
  // The window holds while the show's slide is inside it, and is centred on the slide again once
  // that slide is painted, in idle time (below): a key never waits for sections to be redrawn,
  // except after a jump out of the window.
  const centred = deckWindow(index, deck.slides.length);
  const [held, setHeld] = useState<HeldWindow>(() => ({ deck, ...centred }));
  const inside = held.deck === deck && index >= held.start && index < held.end;
  if (!inside) setHeld({ deck, ...centred });
  const { start, end } = inside ? held : centred;
  const startRef = useRef(start);
  const footer = useMemo(() => deckFooter(deck), [deck]);
  const language = useMemo(() => speechAttributes(deck.meta), [deck]);
  const sections = useMemo(
    () =>
      deck.slides
        .slice(start, end)
        .map((slide) => <DeckSection key={slide.id} slide={slide} footer={footer} language={language} />),
    [deck, footer, language, start, end],
  );
  const live = state.screen === 'live';
  // a clip that the browser would not start with sound waits for one click on this window
  const [blocked, setBlocked] = useState(false);
  const playback = useMemo<Playback>(
    () => ({
      slideId: deck.slides[index]?.id ?? null,
      // a frozen screen keeps its picture: the clip of the slide it froze on does not run on
      media: live ? state.media : null,
      muted: false,
      onBlocked: () => setBlocked(true),
    }),
    [deck, index, live, state.media],
  );

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let instance: RevealDeck | null = null;
    let cancelled = false;
    // reveal.js counts the sections it has; the show's index is that plus the window's start
    void createRevealDeck(root, (i, s) => setShown({ index: i + startRef.current, step: s })).then(
      (created) => {
        if (cancelled) created.destroy();
        else {
          instance = created;
          setReveal(created);
        }
      },
    );
    return () => {
      cancelled = true;
      instance?.destroy();
    };
  }, []);

  // After React re-rendered the sections (a new deck, or the window moved), reveal.js is first sent
  // to the show's slide, by its place among the sections now there, and then re-reads them: going
  // first, it fades out the slide it really showed, never one that moved into that place.
  // A window centred again on the slide on screen moves nothing the room can see: no transition.
  const synced = useRef<{ deck: typeof deck; start: number; end: number; index: number } | null>(null);
  useEffect(() => {
    if (!reveal) return;
    const last = synced.current;
    const moved = last !== null && (last.deck !== deck || last.start !== start || last.end !== end);
    const recentred = moved && last.deck === deck && last.index === index;
    startRef.current = start;
    reveal.goTo(index - start, step, { moved, instant: last === null || recentred });
    if (moved) reveal.sync();
    synced.current = { deck, start, end, index };
  }, [reveal, index, step, deck, start, end]);

  // Once the show's slide is painted, the window is centred on it again when the page is idle, so
  // that the next moves either way find their sections drawn.
  const recentre = inside && shown.index === index && (centred.start !== start || centred.end !== end);
  useEffect(() => {
    if (!recentre) return;
    return whenIdle(() => setHeld({ deck, start: centred.start, end: centred.end }));
  }, [recentre, deck, centred.start, centred.end]);

  // The first slide drawn before React (audience/first-slide.ts) goes once this deck shows the
  // slide: in the same commit, so no frame (and no test) sees both decks or neither.
  const shownOnce = useRef(false);
  useLayoutEffect(() => {
    if (shownOnce.current || !onShown || shown.index !== index) return;
    shownOnce.current = true;
    onShown();
  }, [shown.index, index, onShown]);

  const zoom = live && state.zoom ? zoomWindow(state.zoom) : null;
  const pointer = live ? state.pointer : null;
  return (
    <div
      className="audience"
      data-testid="audience"
      data-index={shown.index}
      data-step={shown.step}
      data-screen={state.screen}
      data-blackout={state.screen === 'black' ? 'on' : 'off'}
      data-zoom={zoom ? state.zoom!.scale : 1}
    >
      <div
        className="zoom-layer"
        style={
          zoom
            ? ({
                '--zoom-scale': 1 / zoom.width,
                '--zoom-left': zoom.left,
                '--zoom-top': zoom.top,
              } as React.CSSProperties)
            : undefined
        }
        data-zoomed={zoom ? 'on' : 'off'}
      >
        <div className="reveal" ref={rootRef}>
          <SlidePlayback.Provider value={playback}>
            <div className="slides">{sections}</div>
          </SlidePlayback.Provider>
        </div>
        {pointer ? (
          <div className="slide-frame" aria-hidden="true">
            <div
              className="pointer-dot"
              data-testid="audience-pointer"
              style={{ left: `${pointer.x * 100}%`, top: `${pointer.y * 100}%` }}
            />
          </div>
        ) : null}
      </div>
      <div
        className={`blackout${state.screen === 'black' ? ' on' : ''}`}
        aria-hidden={state.screen !== 'black'}
      />
      <div
        className={`whiteout${state.screen === 'white' ? ' on' : ''}`}
        aria-hidden={state.screen !== 'white'}
      />
      {blocked ? (
        <button
          type="button"
          className="sound-prompt"
          data-testid="sound-prompt"
          onClick={() => setBlocked(false)}
        >
          {t('media.blocked')}
        </button>
      ) : null}
    </div>
  );
}
