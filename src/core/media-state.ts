/**
 * When the current slide's clip plays, as part of the show's state (so the audience plays it, the
 * presenter shows where it is, and both agree after a reload): stored like the timer, as a start
 * time and a position, never as a ticking counter.
 *
 * - A clip starts when its slide comes up, or on its own Next when the slide steps (core/media.ts);
 *   it stops (is forgotten) when the slide is left, or when the step before it is gone back to.
 * - The speaker can pause, resume and restart it (`{type: 'media', action}`); a clip on the first
 *   slide, which no Next brings up, starts with `play`.
 */
import type { DeckMedia } from './media';

export interface MediaPlayback {
  /** When the current stretch of playing began (ms since the epoch); null while paused. */
  startedAt: number | null;
  /** Where the clip was when the current stretch began (or where it is paused), ms. */
  positionMs: number;
}

export type MediaAction = 'play' | 'pause' | 'toggle' | 'restart';

/** Where a clip is at `now`, ms from its start (the view keeps it within the clip's length). */
export function playbackPosition(media: MediaPlayback, now: number): number {
  return media.positionMs + (media.startedAt === null ? 0 : Math.max(0, now - media.startedAt));
}

interface Place {
  index: number;
  step: number;
  media: MediaPlayback | null;
}

/** Whether the slide's clip is out: the slide has one, and its step (0: none) is reached. */
function clipOut(place: Place, media: DeckMedia): boolean {
  const step = media[place.index];
  return step !== null && step !== undefined && place.step >= step;
}

/**
 * The clip's playback after a change of slide or step: started when it comes out, forgotten when
 * it goes. Returns `after` itself when nothing changes.
 */
export function syncMedia<S extends Place>(before: S, after: S, now: number, media: DeckMedia): S {
  const out = clipOut(after, media);
  const moved = after.index !== before.index;
  if (out && (moved || !clipOut(before, media)))
    return { ...after, media: { startedAt: now, positionMs: 0 } };
  if (!out && after.media !== null) return { ...after, media: null };
  return after;
}

/** The speaker's play, pause and restart. A slide without a clip ignores them. */
export function mediaCommand<S extends Place>(
  state: S,
  action: MediaAction,
  now: number,
  media: DeckMedia,
): S {
  const step = media[state.index];
  if (step === null || step === undefined) return state;
  const current = state.media;
  const playing = current !== null && current.startedAt !== null;
  if (action === 'restart') return { ...state, media: { startedAt: now, positionMs: 0 } };
  if (action === 'pause' || (action === 'toggle' && playing)) {
    if (!current || !playing) return state;
    return { ...state, media: { startedAt: null, positionMs: playbackPosition(current, now) } };
  }
  if (playing) return state;
  return { ...state, media: { startedAt: now, positionMs: current?.positionMs ?? 0 } };
}
