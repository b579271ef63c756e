import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Slide } from '../../../core/deck';
import type { SpeechAttributes } from '../slide/language';
import { speechPlace } from '../../../core/speech-place';
import type { NoteSentence } from '../../../core/pacing-prompter';

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
  const slideOfNotes = useMemo(
    () => ({ notes, blocks: slide?.blocks ?? [], unsaid: slide?.unsaid, unsaidSpans: slide?.unsaidSpans }),
    [notes, slide],
  );
  const { sentences, current, stepRange } = useMemo(
    () => speechPlace(slideOfNotes, step, progress),
    [slideOfNotes, step, progress],
  );
  const refs = useRef<Array<HTMLSpanElement | null>>([]);

  useEffect(() => {
    const element = current >= 0 ? refs.current[current] : null;
    // "nearest" scrolls only when the sentence has left the view; autoscroll keeps it centred.
    element?.scrollIntoView({ block: autoscroll ? 'center' : 'nearest', behavior: 'smooth' });
  }, [current, autoscroll]);

  const paragraphs: Array<Array<NoteSentence & { index: number }>> = [];
  sentences.forEach((s, index) => {
    (paragraphs[s.paragraph] ??= []).push({ ...s, index });
  });
  return (
    <article
      className={`notes${mirrored ? ' mirrored' : ''}`}
      data-testid="notes"
      data-mirrored={mirrored ? 'on' : 'off'}
      data-current-sentence={current}
      data-step-sentences={stepRange ? `${stepRange[0]}-${stepRange[1]}` : undefined}
      style={{ fontSize: fontPx }}
      {...language}
    >
      {paragraphs.map((sentencesOfParagraph, p) => (
        // a paragraph the speaker does not say (a headnote, a dateline) reads as the file has it, set apart
        <p
          key={p}
          className={sentencesOfParagraph.every((s) => s.unsaid) ? 'unsaid' : undefined}
          data-unsaid={sentencesOfParagraph.every((s) => s.unsaid) ? 'true' : undefined}
        >
          {sentencesOfParagraph.map(({ text, index, unsaid, quiet }) => (
            <span
              key={index}
              ref={(el) => {
                refs.current[index] = el;
              }}
              className={
                unsaid
                  ? sentencesOfParagraph.every((s) => s.unsaid)
                    ? 'sentence'
                    : 'sentence unsaid'
                  : index === current
                    ? 'sentence current'
                    : index < current
                      ? 'sentence said'
                      : 'sentence'
              }
            >
              {quiet ? withQuiet(text, quiet) : text}
            </span>
          ))}
        </p>
      ))}
    </article>
  );
}

/**
 * A sentence with its parts not said aloud (a stage direction, a speaker's label: `quiet`) set
 * apart, the rest as written.
 */
function withQuiet(text: string, quiet: ReadonlyArray<readonly [number, number]>): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of quiet) {
    if (start > at) out.push(text.slice(at, start));
    out.push(
      <span key={start} className="unsaid" data-unsaid="true">
        {text.slice(start, end)}
      </span>,
    );
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
