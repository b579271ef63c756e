import type { ReactNode } from 'react';
import { SlideContent, type SlideFace } from './SlideContent';
import type { SpeechAttributes } from './language';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from './size';

export interface SlidePreviewProps {
  slide: SlideFace | undefined;
  footer?: string;
  /** The speech's language and direction, for the slide (not the label). */
  language?: SpeechAttributes;
  /** Shown instead of a slide after the last one. */
  emptyLabel?: string;
  testId?: string;
  /** Steps out on this slide: the others are shown faint, as still to come. Default: all shown. */
  revealed?: number;
}

/**
 * A real render of a slide: the same component and theme as the audience deck, laid out at the
 * design size and scaled to fit its box, so what the speaker sees is what the room sees.
 *
 * The scale is CSS alone (preview.css: the box is a size container, the stage scales by its width
 * over 1280px), not measured by script: the markup is right before any script runs, so the
 * delegate file's pre-rendered previews show at their size at once and hydrate unchanged.
 */
export function SlidePreview({
  slide,
  footer,
  language,
  emptyLabel = 'End of talk',
  testId,
  revealed,
}: SlidePreviewProps): ReactNode {
  return (
    <div className="preview" data-testid={testId} data-slide-id={slide?.id ?? ''}>
      <div className="preview-stage" style={{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT }}>
        {slide ? (
          <SlideContent slide={slide} footer={footer} language={language} revealed={revealed} />
        ) : (
          <div className="preview-empty">{emptyLabel}</div>
        )}
      </div>
    </div>
  );
}
