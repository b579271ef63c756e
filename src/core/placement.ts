/**
 * Where the audience and presenter windows go, given the displays attached right now.
 *
 * Pure: Electron's `screen` is read in `main/displays.ts` and turned into `DisplayInfo`s, so every
 * rule here is unit-tested with real-world layouts (see placement.test.ts).
 *
 * The rules, in order:
 * 1. Mirrored displays (identical bounds) are one display: the OS shows the same pixels on both.
 * 2. The speaker's display ("home") is the built-in screen of the laptop if there is one, else the
 *    primary display. The laptop is what stands on the lectern, even when someone made the
 *    projector the primary display; a desktop reports no built-in screen, so there it is the primary.
 * 3. With two or more displays ('dual'), the audience window goes fullscreen on another display:
 *    the one it is already on if that is still attached (so plugging in a third screen mid-talk
 *    moves nothing), else an external one over a built-in one, then the one with the most device
 *    pixels, then the lowest id (a stable choice). The presenter fills the home display's work area
 *    as a normal window. `swap` exchanges the two displays.
 * 4. With one display ('single', or 'mirrored' when the OS mirrors to a projector) both windows
 *    share its work area side by side (stacked on a portrait screen), audience first; nothing is
 *    fullscreen, because a fullscreen audience window would hide the speaker's notes. Only when the
 *    presenter window is hidden does the audience window go fullscreen there.
 * 5. A presenter position the speaker chose (saved from the last run, or moved during this one) is
 *    kept when at least half of it lies in the work area of the display the presenter goes to;
 *    otherwise (its display is gone, or the layout changed) it is corrected to the default.
 *
 * When displays change mid-talk, `placeAfterChange` adds two rules on top:
 * 6. Losing the projector (dual → one display) brings a hidden presenter back: the speaker's only
 *    screen must show their notes, never a fullscreen audience window. The audience goes windowed.
 * 7. It says what happened (`notice`), so the presenter can tell the speaker.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The facts about one display that placement needs (a subset of Electron's `Display`). */
export interface DisplayInfo {
  id: number;
  /** Whole display, in DIPs, in the desktop's coordinate space (may be negative). */
  bounds: Rect;
  /** The part not taken by the taskbar, dock or menu bar. */
  workArea: Rect;
  /** Device pixels per DIP (1 on most projectors, 2 on a Retina laptop). */
  scaleFactor: number;
  /** True for a laptop's built-in screen; unknown (undefined) on some platforms. */
  internal?: boolean;
  primary: boolean;
}

export type PlacementMode = 'dual' | 'single' | 'mirrored';

export interface WindowPlacement {
  displayId: number;
  bounds: Rect;
  fullscreen: boolean;
}

export interface Placement {
  audience: WindowPlacement;
  /** Null when the presenter window is hidden. Never fullscreen: the speaker needs the OS around it. */
  presenter: (WindowPlacement & { fullscreen: false }) | null;
  mode: PlacementMode;
}

export interface PlacementOptions {
  /** Put the audience on the speaker's display and the presenter on the other one. Default false. */
  swap?: boolean;
  /** Whether the presenter window is shown. Default true. */
  presenterVisible?: boolean;
  /** The placement in force before this change; keeps the audience on the display it is on. */
  previous?: Placement | null;
  /** Where the speaker put the presenter window (rule 5). Default none. */
  savedPresenter?: Rect | null;
}

/** Places both windows. Throws a RangeError for an empty list (the OS always reports one display). */
export function placeWindows(displays: readonly DisplayInfo[], options: PlacementOptions = {}): Placement {
  if (displays.length === 0) throw new RangeError('placeWindows needs at least one display');
  const { swap = false, presenterVisible = true, previous = null, savedPresenter = null } = options;
  return keepSavedPresenter(
    placeByRules(displays, swap, presenterVisible, previous),
    displays,
    savedPresenter,
  );
}

function placeByRules(
  displays: readonly DisplayInfo[],
  swap: boolean,
  presenterVisible: boolean,
  previous: Placement | null,
): Placement {
  const distinct = mergeMirrored(displays);
  const home = homeDisplay(distinct);

  if (distinct.length === 1) {
    const mode: PlacementMode = displays.length > 1 ? 'mirrored' : 'single';
    return placeOnOne(home, mode, swap, presenterVisible);
  }

  const others = distinct.filter((d) => d.id !== home.id);
  const projector = audienceDisplay(others, previous?.mode === 'dual' ? previous : null);
  const [audienceOn, presenterOn] = swap ? [home, projector] : [projector, home];
  return {
    audience: { displayId: audienceOn.id, bounds: { ...audienceOn.bounds }, fullscreen: true },
    presenter: presenterVisible
      ? { displayId: presenterOn.id, bounds: { ...presenterOn.workArea }, fullscreen: false }
      : null,
    mode: 'dual',
  };
}

function keepSavedPresenter(
  placement: Placement,
  displays: readonly DisplayInfo[],
  saved: Rect | null,
): Placement {
  const presenter = placement.presenter;
  if (!presenter || !saved) return placement;
  const display = displays.find((d) => d.id === presenter.displayId);
  if (!display || overlapArea(saved, display.workArea) * 2 < saved.width * saved.height) return placement;
  return { ...placement, presenter: { ...presenter, bounds: { ...saved } } };
}

/** What changed for the speaker when displays came or went. */
export type PlacementNotice =
  /** The projector (or every other display) went away: the audience window is now a window here. */
  | 'projector-lost'
  /** A second display appeared: the audience went fullscreen on it. */
  | 'projector-found';

export interface PlacementChange {
  placement: Placement;
  /** Whether the presenter is now shown (rule 6 may turn it back on). */
  presenterVisible: boolean;
  notice: PlacementNotice | null;
}

/** Places the windows after a display event, given the placement in force before it (rules 6 and 7). */
export function placeAfterChange(
  displays: readonly DisplayInfo[],
  options: PlacementOptions = {},
): PlacementChange {
  const previous = options.previous ?? null;
  const wasDual = previous?.mode === 'dual';
  const isDual = mergeMirrored(displays).length > 1;
  const presenterVisible = (options.presenterVisible ?? true) || (wasDual && !isDual);
  const placement = placeWindows(displays, { ...options, presenterVisible });
  const notice: PlacementNotice | null =
    previous === null
      ? null
      : wasDual && !isDual
        ? 'projector-lost'
        : !wasDual && isDual
          ? 'projector-found'
          : null;
  return { placement, presenterVisible, notice };
}

/** A saved rectangle from disk (window-state file), or null when it is not four finite sizes. */
export function decodeSavedRect(value: unknown): Rect | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, width, height } = value as Record<string, unknown>;
  const numbers = [x, y, width, height];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < 1e6)) return null;
  if ((width as number) < 100 || (height as number) < 100) return null;
  return { x: x as number, y: y as number, width: width as number, height: height as number };
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Keeps one display per distinct rectangle: the primary, else the built-in, else the lowest id. */
function mergeMirrored(displays: readonly DisplayInfo[]): DisplayInfo[] {
  const byRect = new Map<string, DisplayInfo>();
  for (const display of [...displays].sort(representativeFirst)) {
    const key = rectKey(display.bounds);
    if (!byRect.has(key)) byRect.set(key, display);
  }
  return [...byRect.values()].sort((a, b) => a.id - b.id);
}

function representativeFirst(a: DisplayInfo, b: DisplayInfo): number {
  return (
    rank(b.primary) - rank(a.primary) || rank(b.internal === true) - rank(a.internal === true) || a.id - b.id
  );
}

function homeDisplay(displays: readonly DisplayInfo[]): DisplayInfo {
  const internal = displays.filter((d) => d.internal === true);
  if (internal.length === 1) return internal[0]!;
  return displays.find((d) => d.primary) ?? displays[0]!;
}

function audienceDisplay(candidates: readonly DisplayInfo[], previous: Placement | null): DisplayInfo {
  // Whichever window was on a non-home display before (the audience, or the presenter after a swap).
  const before = previous ? [previous.audience.displayId, previous.presenter?.displayId] : [];
  const stay = candidates.find((d) => before.includes(d.id));
  if (stay) return stay;
  const ranked = [...candidates].sort(
    (a, b) =>
      rank(a.internal === true) - rank(b.internal === true) ||
      devicePixels(b) - devicePixels(a) ||
      a.id - b.id,
  );
  return ranked[0]!;
}

function placeOnOne(
  display: DisplayInfo,
  mode: PlacementMode,
  swap: boolean,
  presenterVisible: boolean,
): Placement {
  if (!presenterVisible) {
    return {
      audience: { displayId: display.id, bounds: { ...display.bounds }, fullscreen: true },
      presenter: null,
      mode,
    };
  }
  const [first, second] = splitInTwo(display.workArea);
  const [audience, presenter] = swap ? [second, first] : [first, second];
  return {
    audience: { displayId: display.id, bounds: audience, fullscreen: false },
    presenter: { displayId: display.id, bounds: presenter, fullscreen: false },
    mode,
  };
}

/** Two halves of a rectangle along its longer side, in whole DIPs, together covering it exactly. */
export function splitInTwo(area: Rect): [Rect, Rect] {
  if (area.height > area.width) {
    const top = Math.floor(area.height / 2);
    return [
      { x: area.x, y: area.y, width: area.width, height: top },
      { x: area.x, y: area.y + top, width: area.width, height: area.height - top },
    ];
  }
  const left = Math.floor(area.width / 2);
  return [
    { x: area.x, y: area.y, width: left, height: area.height },
    { x: area.x + left, y: area.y, width: area.width - left, height: area.height },
  ];
}

function devicePixels(d: DisplayInfo): number {
  return d.bounds.width * d.bounds.height * d.scaleFactor * d.scaleFactor;
}

function rectKey(r: Rect): string {
  return `${r.x},${r.y},${r.width},${r.height}`;
}

function rank(flag: boolean): number {
  return flag ? 1 : 0;
}
