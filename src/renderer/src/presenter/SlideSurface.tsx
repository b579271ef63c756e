import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { CommandResult } from '../../../core/commands';
import type { Slide } from '../../../core/deck';
import { zoomWindow, type SlidePoint, type Zoom } from '../../../core/stage';
import type { ShowCommand } from '../../../core/show';
import { useT } from '../i18n';
import { SlidePreview } from '../slide/SlidePreview';
import type { SpeechAttributes } from '../slide/language';
import { createPointerSender, type PointerSender } from './pointer-sender';

/** Where the mouse is on the current slide, for the zoom keys (+/− there zoom, elsewhere size the text). */
export interface SlideMouse {
  over: boolean;
  x: number;
  y: number;
}

/** Zoom scales the + and − keys step through. */
export const ZOOM_STEPS = [1, 1.5, 2, 3, 4];

export function nextZoom(current: Zoom | null, direction: 1 | -1, at: SlidePoint): Zoom {
  const scale = current?.scale ?? 1;
  const next =
    direction > 0
      ? (ZOOM_STEPS.find((s) => s > scale) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!)
      : ([...ZOOM_STEPS].reverse().find((s) => s < scale) ?? 1);
  return { x: at.x, y: at.y, scale: next };
}

export interface SlideSurfaceProps {
  slide: Slide | undefined;
  footer: string;
  /** The speech's language and direction, for the slide. */
  language?: SpeechAttributes;
  step: number;
  pointer: SlidePoint | null;
  zoom: Zoom | null;
  /** L: the pointer follows the mouse over the slide without a button held. */
  pointerOn: boolean;
  /** Told where the mouse is on the slide (the zoom keys use it). */
  onMouse: (mouse: SlideMouse) => void;
  send: (command: ShowCommand) => Promise<CommandResult>;
}

/**
 * The current slide as the surface the speaker points and zooms on: with the pointer on (L) or a
 * mouse button held, the mouse's place goes to the room as a dot; Alt+click zooms the room into
 * that area (again: back out). The preview shows what the room sees: the dot and the zoomed area.
 */
export function SlideSurface(props: SlideSurfaceProps): ReactNode {
  const t = useT();
  const { slide, footer, language, step, pointer, zoom, pointerOn, onMouse, send } = props;
  // One sender per `send` (stable for the show): moves between frames and answers are coalesced.
  const sender = useRef<PointerSender | null>(null);
  useEffect(() => {
    const created = createPointerSender(send);
    sender.current = created;
    return () => created.stop();
  }, [send]);
  const sendPointer = useCallback((place: SlidePoint | null) => sender.current?.move(place), []);
  const [held, setHeld] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const pointing = pointerOn || held;

  const placeOf = (event: MouseEvent): SlidePoint => {
    const rect = box.current!.getBoundingClientRect();
    const clamp = (v: number) => Math.min(1, Math.max(0, v));
    return {
      x: clamp((event.clientX - rect.left) / rect.width),
      y: clamp((event.clientY - rect.top) / rect.height),
    };
  };

  // Turning the pointer off (L again) takes the dot off the room's screen.
  const wasPointing = useRef(pointing);
  useEffect(() => {
    if (wasPointing.current && !pointing) sendPointer(null);
    wasPointing.current = pointing;
  }, [pointing, sendPointer]);

  const zoomBox = zoom ? zoomWindow(zoom) : null;
  return (
    <div
      ref={box}
      className={`slide-surface${pointing ? ' pointing' : ''}`}
      data-testid="slide-surface"
      data-pointer={pointing ? 'on' : 'off'}
      title={t('pointer.hint')}
      onMouseMove={(event) => {
        const place = placeOf(event);
        onMouse({ over: true, ...place });
        if (pointing) sendPointer(place);
      }}
      onMouseEnter={(event) => onMouse({ over: true, ...placeOf(event) })}
      onMouseLeave={(event) => {
        onMouse({ over: false, ...placeOf(event) });
        setHeld(false);
        if (pointing) sendPointer(null);
      }}
      onMouseDown={(event) => {
        if (event.button !== 0 || event.altKey) return;
        event.preventDefault();
        setHeld(true);
        sendPointer(placeOf(event));
      }}
      onMouseUp={() => setHeld(false)}
      onClick={(event) => {
        if (!event.altKey) return;
        event.preventDefault();
        const place = placeOf(event);
        void send(zoom ? { type: 'zoom', ...place, scale: 1 } : { type: 'zoom', ...place, scale: 2 });
      }}
    >
      <SlidePreview
        slide={slide}
        footer={footer}
        language={language}
        testId="current-preview"
        revealed={step}
      />
      <div className="surface-frame">
        {zoomBox ? (
          <div
            className="zoom-box"
            data-testid="zoom-box"
            style={{
              left: `${zoomBox.left * 100}%`,
              top: `${zoomBox.top * 100}%`,
              width: `${zoomBox.width * 100}%`,
              height: `${zoomBox.height * 100}%`,
            }}
          />
        ) : null}
        {pointer ? (
          <div
            className="pointer-dot"
            data-testid="preview-pointer"
            style={{ left: `${pointer.x * 100}%`, top: `${pointer.y * 100}%` }}
          />
        ) : null}
      </div>
    </div>
  );
}
