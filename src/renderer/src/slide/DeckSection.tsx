import { memo, type ReactNode } from 'react';
import type { Slide } from '../../../core/deck';
import { SlideContent } from './SlideContent';
import type { SpeechAttributes } from './language';

export interface DeckSectionProps {
  slide: Slide;
  footer: string;
  language: SpeechAttributes;
}

/**
 * One slide as reveal.js reads it: the live audience deck renders these, and the web host renders
 * the first one to static markup (host/first-page.tsx), so both draw the same slide the same way.
 * Memoised: when the audience's window of sections moves (core/deck-window.ts), only those that
 * come into it are drawn.
 */
export const DeckSection = memo(function DeckSection({
  slide,
  footer,
  language,
}: DeckSectionProps): ReactNode {
  return (
    <section data-slide-id={slide.id}>
      <SlideContent slide={slide} footer={footer} language={language} />
    </section>
  );
});
