import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Slide } from '../../../core/deck';
import { SlideContent } from './SlideContent';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../audience/revealDeck';

export interface SlidePreviewProps {
  slide: Slide | undefined;
  footer?: string;
  /** Shown instead of a slide after the last one. */
  emptyLabel?: string;
  testId?: string;
}

/**
 * A real render of a slide: the same component and theme as the audience deck, laid out at the
 * design size and scaled to fit its box, so what the speaker sees is what the room sees.
 */
export function SlidePreview({
  slide,
  footer,
  emptyLabel = 'End of talk',
  testId,
}: SlidePreviewProps): ReactNode {
  const boxRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.25);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const fit = (): void => setScale(box.clientWidth / SLIDE_WIDTH);
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="preview" ref={boxRef} data-testid={testId} data-slide-id={slide?.id ?? ''}>
      <div
        className="preview-stage"
        style={{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT, transform: `scale(${scale})` }}
      >
        {slide ? (
          <SlideContent slide={slide} footer={footer} />
        ) : (
          <div className="preview-empty">{emptyLabel}</div>
        )}
      </div>
    </div>
  );
}
