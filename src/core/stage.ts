/**
 * What the room sees beyond the slide itself: the screen (live, black, white or frozen), the steps
 * of a slide revealed so far, the speaker's pointer and the zoom. Pure pieces of the show's
 * reducer (core/show.ts), kept apart so each rule reads on its own.
 *
 * Pointer and zoom positions are fractions of the slide (0…1 from its top-left corner), so they
 * mean the same on the presenter's small preview and on the projector.
 */
import type { ShowState } from './show';

/** What the audience screen shows: the deck, a black or a white screen, or a frozen picture. */
export type Screen = 'live' | 'black' | 'white' | 'frozen';
export const SCREENS: readonly Screen[] = ['live', 'black', 'white', 'frozen'];

/** A place on the slide, as fractions of its width and height. */
export interface SlidePoint {
  x: number;
  y: number;
}

/** The audience is zoomed `scale` times into the area around a point of the slide. */
export interface Zoom extends SlidePoint {
  /** 1 < scale ≤ MAX_ZOOM (a scale of 1 is no zoom, stored as null). */
  scale: number;
}

export const MAX_ZOOM = 4;

/** Where the audience was when the screen froze: it keeps showing that while the speaker moves on. */
export interface FrozenAt {
  index: number;
  step: number;
}

/** The steps of each slide (0 for a slide without step reveals), by slide index. */
export type DeckSteps = readonly number[];

export function stepsAt(steps: DeckSteps, index: number): number {
  const n = steps[index];
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : 0;
}

/**
 * The screen after a `screen` command. `toggle` switches back to live when the screen already is
 * the one asked for (the W, Z and B keys). Freezing remembers the slide and step on the projector.
 */
export function nextScreen(state: ShowState, screen: Screen, toggle: boolean): ShowState {
  const target: Screen = toggle && state.screen === screen ? 'live' : screen;
  if (target === state.screen) return state;
  const frozen = target === 'frozen' ? { index: state.index, step: state.step } : null;
  return { ...state, screen: target, frozen };
}

/** The black screen on or off (the original `blackout` command): off only undoes black. */
export function blackout(state: ShowState, on: boolean | undefined): ShowState {
  const black = on ?? state.screen !== 'black';
  if (black) return nextScreen(state, 'black', false);
  return state.screen === 'black' ? nextScreen(state, 'live', false) : state;
}

/** What the audience shows now: where the speaker is, or where the screen froze. */
export function audiencePosition(state: Pick<ShowState, 'index' | 'step' | 'screen' | 'frozen'>): FrozenAt {
  return state.screen === 'frozen' && state.frozen ? state.frozen : { index: state.index, step: state.step };
}

export function setPointer(state: ShowState, point: SlidePoint | null): ShowState {
  const same =
    point === null
      ? state.pointer === null
      : state.pointer !== null && state.pointer.x === point.x && state.pointer.y === point.y;
  return same ? state : { ...state, pointer: point };
}

export function setZoom(state: ShowState, zoom: Zoom): ShowState {
  if (zoom.scale <= 1) return state.zoom === null ? state : { ...state, zoom: null };
  const z = state.zoom;
  if (z && z.x === zoom.x && z.y === zoom.y && z.scale === zoom.scale) return state;
  return { ...state, zoom: { x: zoom.x, y: zoom.y, scale: Math.min(MAX_ZOOM, zoom.scale) } };
}

/**
 * The part of the slide a zoom shows, as fractions of the slide: centred on the zoom's point but
 * kept inside the slide, so the room never sees past its edge.
 */
export function zoomWindow(zoom: Zoom): { left: number; top: number; width: number; height: number } {
  const size = 1 / zoom.scale;
  const clampStart = (centre: number) => Math.min(1 - size, Math.max(0, centre - size / 2));
  return { left: clampStart(zoom.x), top: clampStart(zoom.y), width: size, height: size };
}

/**
 * Whether two states differ only in what is transient (the pointer, the zoom, the revision): such
 * a change is broadcast but never journalled, so a waving pointer costs the disk nothing.
 */
export function transientChangeOnly(before: ShowState, after: ShowState): boolean {
  if (before === after) return true;
  for (const key of Object.keys(after) as Array<keyof ShowState>) {
    if (key === 'pointer' || key === 'zoom' || key === 'revision') continue;
    if (before[key] !== after[key]) return false;
  }
  return true;
}
