import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { sentenceAt, splitNotes } from '../../../core/pacing-prompter';
import type { Slide } from '../../../core/deck';
import { stepAnchors, stepSentenceRange } from '../../../core/step-words';
import { stepTexts } from '../../../core/steps';
import type { SpeechAttributes } from '../slide/language';

export interface TeleprompterProps {
  notes: string;
  /** The speech's language and direction: the text reads (and its highlight runs) in it. */
  language?: SpeechAttributes;
  /** How far through the slide's budget the talk is (0…1, beyond 1 when over); null before the talk. */
  progress: number | null;
  fontPx: number;
  mirrored: boolean;
  autoscroll: boolean;
  /** The slide and the steps out: the highlight stays within the words of the step on screen. */
  slide?: Slide;
  step?: number;
}

/**
 * The speech text of the slide, with the sentence the plan has reached highlighted and kept in
 * view (centred as the talk goes with autoscroll). Mirrored for teleprompter glass on request.
 */
export function Teleprompter({
  notes,
  language,
  progress,
  fontPx,
  mirrored,
  autoscroll,
  slide,
  step = 0,
}: TeleprompterProps): ReactNode {
  const sentences = useMemo(() => splitNotes(notes), [notes]);
  const anchors = useMemo(() => (slide ? stepAnchors(sentences, stepTexts(slide)) : []), [sentences, slide]);
  const byTime = progress === null ? -1 : sentenceAt(sentences, progress);
  // With step reveals the speaker's clicks say where they are: the sentence the plan has reached,
  // kept within the words of the step now out (the start of the step once it is revealed early).
  const [from, to] = anchors.length
    ? stepSentenceRange(anchors, sentences.length, step)
    : [0, sentences.length];
  const current =
    anchors.length === 0 || sentences.length === 0
      ? byTime
      : step === 0 && byTime < 0
        ? -1
        : Math.min(to - 1, Math.max(from, byTime));
  const refs = useRef<Array<HTMLSpanElement | null>>([]);

  useEffect(() => {
    const element = current >= 0 ? refs.current[current] : null;
    // "nearest" scrolls only when the sentence has left the view; autoscroll keeps it centred.
    element?.scrollIntoView({ block: autoscroll ? 'center' : 'nearest', behavior: 'smooth' });
  }, [current, autoscroll]);

  const paragraphs: Array<Array<{ text: string; index: number }>> = [];
  sentences.forEach((s, index) => {
    (paragraphs[s.paragraph] ??= []).push({ text: s.text, index });
  });
  return (
    <article
      className={`notes${mirrored ? ' mirrored' : ''}`}
      data-testid="notes"
      data-mirrored={mirrored ? 'on' : 'off'}
      data-current-sentence={current}
      data-step-sentences={anchors.length ? `${from}-${to}` : undefined}
      style={{ fontSize: fontPx }}
      {...language}
    >
      {paragraphs.map((sentencesOfParagraph, p) => (
        <p key={p}>
          {sentencesOfParagraph.map(({ text, index }) => (
            <span
              key={index}
              ref={(el) => {
                refs.current[index] = el;
              }}
              className={
                index === current ? 'sentence current' : index < current ? 'sentence said' : 'sentence'
              }
            >
              {text}
            </span>
          ))}
        </p>
      ))}
    </article>
  );
}
