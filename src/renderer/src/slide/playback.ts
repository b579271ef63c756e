/**
 * What a live view tells its slides about the current clip (core/media-state.ts): which slide is
 * up and where its clip is. The audience plays it with sound; the presenter's preview plays it
 * muted, in step. Exported files have none: their clips have controls of their own.
 */
import { createContext } from 'react';
import type { MediaPlayback } from '../../../core/media-state';

export interface Playback {
  /** The slide that is up (its id); only its clip plays. */
  slideId: string | null;
  /** Its clip's playback while it is out; null when it is not (or the slide has none). */
  media: MediaPlayback | null;
  /** The preview plays without sound: the room hears the audience window only. */
  muted: boolean;
  /** Shows a clip that would not start (the browser wants a click first) as waiting for one. */
  onBlocked?: () => void;
}

export const SlidePlayback = createContext<Playback | null>(null);
