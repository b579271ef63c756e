/**
 * Where in the slide's speech the speaker is: the sentence the plan has reached (by the time
 * spent on the slide against its budget), kept within the words of the step on screen when the
 * slide has step reveals (the speaker's clicks say where they are). One answer for every view
 * that follows the speech: the presenter's teleprompter, the phone remote's paragraph, and the
 * live follow page for interpreters (which the host computes, core/follow.ts).
 */
import type { Slide } from './deck';
import { paceAt, type TalkPlan } from './pacing';
import { sentenceAt, splitNotes, type NoteSentence } from './pacing-prompter';
import type { ShowState } from './show';
import { stepAnchors, stepSentenceRange } from './step-words';
import { stepTexts } from './steps';

export interface SpeechPlace {
  sentences: NoteSentence[];
  /** The sentence being spoken, or -1 before the talk (or the step) has started. */
  current: number;
  /** The sentences of the step on screen, [from, to); null on a slide without steps. */
  stepRange: [number, number] | null;
}

/**
 * `progress` is how far through the slide's budget the talk is (0…1, beyond 1 when over), null
 * before the talk starts.
 */
export function speechPlace(
  slide: Pick<Slide, 'notes' | 'blocks' | 'unsaid' | 'unsaidSpans'> | undefined,
  step: number,
  progress: number | null,
): SpeechPlace {
  const sentences = splitNotes(slide?.notes ?? '', slide?.unsaid, slide?.unsaidSpans);
  const anchors = slide ? stepAnchors(sentences, stepTexts(slide)) : [];
  const byTime = progress === null ? -1 : sentenceAt(sentences, progress);
  if (anchors.length === 0 || sentences.length === 0) return { sentences, current: byTime, stepRange: null };
  const [from, to] = stepSentenceRange(anchors, sentences.length, step);
  const current = step === 0 && byTime < 0 ? -1 : Math.min(to - 1, Math.max(from, byTime));
  return { sentences, current, stepRange: [from, to] };
}

/** How far through the current slide's budget the talk is, or null before it starts. */
export function slideProgress(plan: TalkPlan, state: ShowState, now: number): number | null {
  const pace = paceAt(plan, state, now);
  return pace.status === 'idle' || pace.slideBudgetMs <= 0 ? null : pace.slideMs / pace.slideBudgetMs;
}

/** The paragraph (0-based, within the slide's notes) being spoken now: the first one before the talk starts. */
export function paragraphNow(
  slide: Pick<Slide, 'notes' | 'blocks' | 'unsaid' | 'unsaidSpans'> | undefined,
  state: ShowState,
  plan: TalkPlan,
  now: number,
): number {
  const place = speechPlace(slide, state.step, slideProgress(plan, state, now));
  return place.current < 0 ? 0 : (place.sentences[place.current]?.paragraph ?? 0);
}
