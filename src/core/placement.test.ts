import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeSavedRect,
  placeAfterChange,
  placeWindows,
  splitInTwo,
  type DisplayInfo,
  type Placement,
  type PlacementNotice,
  type Rect,
} from './placement';

// Layouts as Electron reports them (DIPs), taken from the machines speakers actually bring.

/** 14" MacBook Pro: 3024×1964 device pixels at scale 2, menu bar 38 DIPs. */
const macbook: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1512, height: 982 },
  workArea: { x: 0, y: 38, width: 1512, height: 944 },
  scaleFactor: 2,
  internal: true,
  primary: true,
};

/** A 1080p projector at scale 1, placed relative to the laptop at (x, y). */
function projector(id: number, x: number, y: number): DisplayInfo {
  const bounds = { x, y, width: 1920, height: 1080 };
  return { id, bounds, workArea: bounds, scaleFactor: 1, internal: false, primary: false };
}

/** Windows laptop: 1920×1080 at 125 % → 1536×864 DIPs, taskbar 48 DIPs at the bottom. */
const windowsLaptop: DisplayInfo = {
  id: 2528732444,
  bounds: { x: 0, y: 0, width: 1536, height: 864 },
  workArea: { x: 0, y: 0, width: 1536, height: 816 },
  scaleFactor: 1.25,
  internal: true,
  primary: true,
};

describe('placeWindows with a laptop and a projector', () => {
  it('puts the audience fullscreen on a projector to the right and the presenter on the laptop', () => {
    const placement = placeWindows([macbook, projector(7, 1512, 0)]);
    expect(placement).toEqual({
      audience: { displayId: 7, bounds: { x: 1512, y: 0, width: 1920, height: 1080 }, fullscreen: true },
      presenter: { displayId: 1, bounds: macbook.workArea, fullscreen: false },
      mode: 'dual',
    });
  });

  it('handles a projector to the left (negative coordinates)', () => {
    const placement = placeWindows([macbook, projector(7, -1920, 0)]);
    expect(placement.audience.bounds).toEqual({ x: -1920, y: 0, width: 1920, height: 1080 });
    expect(placement.presenter?.displayId).toBe(1);
  });

  it('handles a projector above the laptop', () => {
    const placement = placeWindows([projector(7, -204, -1080), macbook]);
    expect(placement.audience).toEqual({
      displayId: 7,
      bounds: { x: -204, y: -1080, width: 1920, height: 1080 },
      fullscreen: true,
    });
  });

  it('uses DIP bounds whatever the scale factors (Windows laptop at 125 % + projector at 100 %)', () => {
    const placement = placeWindows([windowsLaptop, projector(3, 1536, 0)]);
    expect(placement.audience.bounds).toEqual({ x: 1536, y: 0, width: 1920, height: 1080 });
    expect(placement.presenter?.bounds).toEqual(windowsLaptop.workArea);
  });

  it('keeps the presenter on the built-in screen when the projector was made primary', () => {
    const laptop = {
      ...macbook,
      primary: false,
      bounds: { ...macbook.bounds, x: 1920 },
      workArea: { ...macbook.workArea, x: 1920 },
    };
    const placement = placeWindows([laptop, { ...projector(7, 0, 0), primary: true }]);
    expect(placement.audience.displayId).toBe(7);
    expect(placement.presenter?.displayId).toBe(1);
  });

  it('swaps the two displays on request', () => {
    const placement = placeWindows([macbook, projector(7, 1512, 0)], { swap: true });
    expect(placement.audience).toEqual({ displayId: 1, bounds: macbook.bounds, fullscreen: true });
    expect(placement.presenter).toEqual({
      displayId: 7,
      bounds: projector(7, 1512, 0).workArea,
      fullscreen: false,
    });
  });

  it('leaves the audience fullscreen on the projector when the presenter is hidden', () => {
    const placement = placeWindows([macbook, projector(7, 1512, 0)], { presenterVisible: false });
    expect(placement.presenter).toBeNull();
    expect(placement.audience).toMatchObject({ displayId: 7, fullscreen: true });
  });
});

describe('placeWindows with one display', () => {
  it('puts both windows side by side, neither fullscreen', () => {
    const placement = placeWindows([macbook]);
    expect(placement).toEqual({
      audience: { displayId: 1, bounds: { x: 0, y: 38, width: 756, height: 944 }, fullscreen: false },
      presenter: { displayId: 1, bounds: { x: 756, y: 38, width: 756, height: 944 }, fullscreen: false },
      mode: 'single',
    });
  });

  it('stacks them on a portrait screen', () => {
    const portrait: DisplayInfo = {
      id: 5,
      bounds: { x: 0, y: 0, width: 1080, height: 1920 },
      workArea: { x: 0, y: 0, width: 1080, height: 1872 },
      scaleFactor: 1,
      primary: true,
    };
    const placement = placeWindows([portrait]);
    expect(placement.audience.bounds).toEqual({ x: 0, y: 0, width: 1080, height: 936 });
    expect(placement.presenter?.bounds).toEqual({ x: 0, y: 936, width: 1080, height: 936 });
  });

  it('swaps the halves', () => {
    const placement = placeWindows([macbook], { swap: true });
    expect(placement.audience.bounds.x).toBe(756);
    expect(placement.presenter?.bounds.x).toBe(0);
  });

  it('shows the audience fullscreen only when the presenter window is hidden', () => {
    const placement = placeWindows([macbook], { presenterVisible: false });
    expect(placement).toEqual({
      audience: { displayId: 1, bounds: macbook.bounds, fullscreen: true },
      presenter: null,
      mode: 'single',
    });
  });

  it('treats mirrored displays (identical bounds) as one and says so', () => {
    const mirror = { ...projector(9, 0, 0), primary: true, internal: undefined };
    const laptopAt1080p = {
      ...macbook,
      bounds: mirror.bounds,
      workArea: { x: 0, y: 25, width: 1920, height: 1055 },
    };
    const placement = placeWindows([mirror, laptopAt1080p]);
    expect(placement.mode).toBe('mirrored');
    expect(placement.audience.fullscreen).toBe(false);
    expect(placement.presenter?.displayId).toBe(placement.audience.displayId);
  });

  it('refuses an empty list', () => {
    expect(() => placeWindows([])).toThrow(RangeError);
  });
});

describe('placeWindows with three displays', () => {
  // A 27" 4K monitor at 150 % (2560×1440 DIPs) left of the laptop, a 1080p projector right of it.
  const monitor4k: DisplayInfo = {
    id: 4,
    bounds: { x: -2560, y: -458, width: 2560, height: 1440 },
    workArea: { x: -2560, y: -458, width: 2560, height: 1400 },
    scaleFactor: 1.5,
    internal: false,
    primary: false,
  };
  const beamer = projector(8, 1512, 0);

  it('picks the external display with the most device pixels', () => {
    const placement = placeWindows([macbook, beamer, monitor4k]);
    expect(placement.audience.displayId).toBe(4);
    expect(placement.presenter?.displayId).toBe(1);
  });

  it('prefers an external display to a second built-in one', () => {
    const secondPanel: DisplayInfo = { ...monitor4k, id: 2, internal: true };
    expect(placeWindows([macbook, secondPanel, beamer]).audience.displayId).toBe(8);
  });

  it('breaks ties by the lowest id', () => {
    expect(placeWindows([macbook, projector(12, 1512, 0), projector(11, 3432, 0)]).audience.displayId).toBe(
      11,
    );
  });

  it('keeps the audience where it is when a display is added mid-talk', () => {
    const before = placeWindows([macbook, beamer]);
    const after = placeWindows([macbook, beamer, monitor4k], { previous: before });
    expect(after.audience.displayId).toBe(8);
  });

  it('keeps the projector after a swap too', () => {
    const before = placeWindows([macbook, beamer], { swap: true });
    const after = placeWindows([macbook, beamer, monitor4k], { previous: before, swap: true });
    expect(after.presenter?.displayId).toBe(8);
  });

  it('moves the audience when its display is unplugged', () => {
    const before = placeWindows([macbook, beamer, monitor4k]);
    const after = placeWindows([macbook, beamer], { previous: before });
    expect(after.audience.displayId).toBe(8);
  });

  it('uses the primary display as home on a desktop that reports no built-in screen', () => {
    const left = { ...monitor4k, id: 20, internal: undefined, primary: true };
    const right = { ...projector(21, 0, 0), internal: undefined };
    const placement = placeWindows([right, left]);
    expect(placement.presenter?.displayId).toBe(20);
    expect(placement.audience.displayId).toBe(21);
  });
});

describe('placeWindows properties', () => {
  const rect = fc.record({
    x: fc.integer({ min: -8000, max: 8000 }),
    y: fc.integer({ min: -8000, max: 8000 }),
    width: fc.integer({ min: 640, max: 7680 }),
    height: fc.integer({ min: 480, max: 4320 }),
  });
  const layout = fc
    .uniqueArray(
      fc.record({
        id: fc.integer({ min: 0, max: 1000 }),
        bounds: rect,
        scaleFactor: fc.constantFrom(1, 1.25, 1.5, 2),
        internal: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4, selector: (d) => d.id },
    )
    .map((list) => list.map((d, i): DisplayInfo => ({ ...d, workArea: d.bounds, primary: i === 0 })));

  it('does not depend on the order the OS lists displays in', () => {
    fc.assert(
      fc.property(layout, fc.boolean(), (displays, swap) => {
        expect(placeWindows([...displays].reverse(), { swap })).toEqual(placeWindows(displays, { swap }));
      }),
    );
  });

  it('never covers the presenter with a fullscreen audience window', () => {
    fc.assert(
      fc.property(layout, fc.boolean(), (displays, swap) => {
        const { audience, presenter } = placeWindows(displays, { swap });
        if (presenter && audience.fullscreen) expect(presenter.displayId).not.toBe(audience.displayId);
        expect(presenter?.fullscreen ?? false).toBe(false);
      }),
    );
  });

  it('keeps every window inside its display', () => {
    fc.assert(
      fc.property(layout, (displays) => {
        const { audience, presenter } = placeWindows(displays);
        for (const w of [audience, presenter]) {
          if (!w) continue;
          const display = displays.find((d) => d.id === w.displayId)!;
          expect(inside(w.bounds, display.bounds)).toBe(true);
        }
      }),
    );
  });
});

/** Replays display events as main/displays.ts does: each placement is the next one's `previous`. */
function replay(
  lists: readonly DisplayInfo[][],
  start: { presenterVisible?: boolean; swap?: boolean; savedPresenter?: Rect } = {},
): Array<{ placement: Placement; notice: PlacementNotice | null; presenterVisible: boolean }> {
  let previous: Placement | null = null;
  let presenterVisible = start.presenterVisible ?? true;
  return lists.map((displays) => {
    const change = placeAfterChange(displays, { ...start, previous, presenterVisible });
    previous = change.placement;
    presenterVisible = change.presenterVisible;
    return change;
  });
}

describe('placement under display events', () => {
  const beamer = projector(7, 1512, 0);
  const otherBeamer = projector(8, -1920, 0);

  it('plug in, unplug, plug in another: the audience follows the projector and never covers the laptop', () => {
    const steps = replay([[macbook], [macbook, beamer], [macbook], [macbook, otherBeamer]]);
    expect(
      steps.map((s) => [s.placement.mode, s.placement.audience.displayId, s.placement.audience.fullscreen]),
    ).toEqual([
      ['single', 1, false],
      ['dual', 7, true],
      ['single', 1, false],
      ['dual', 8, true],
    ]);
    expect(steps.map((s) => s.notice)).toEqual([
      null,
      'projector-found',
      'projector-lost',
      'projector-found',
    ]);
    for (const { placement } of steps) {
      if (placement.audience.fullscreen) expect(placement.audience.displayId).not.toBe(macbook.id);
    }
  });

  it('losing the projector brings a hidden presenter back instead of a fullscreen audience on the laptop', () => {
    const steps = replay([[macbook, beamer], [macbook], [macbook, beamer]], { presenterVisible: false });
    expect(steps[0]!.placement.presenter).toBeNull();
    expect(steps[1]!.presenterVisible).toBe(true);
    expect(steps[1]!.placement.audience.fullscreen).toBe(false);
    expect(steps[1]!.placement.presenter?.displayId).toBe(macbook.id);
    // It stays shown once the projector is back: the speaker hides it again if they want.
    expect(steps[2]!.presenterVisible).toBe(true);
  });

  it('a hidden presenter on a lone display stays hidden (the speaker chose a fullscreen audience)', () => {
    const steps = replay([[macbook], [macbook]], { presenterVisible: false });
    expect(steps.map((s) => [s.presenterVisible, s.placement.audience.fullscreen])).toEqual([
      [false, true],
      [false, true],
    ]);
  });

  it('a resolution change on the projector re-fits the audience to the new bounds, same display', () => {
    const smaller = {
      ...beamer,
      bounds: { x: 1512, y: 0, width: 1280, height: 720 },
      workArea: { x: 1512, y: 0, width: 1280, height: 720 },
    };
    const steps = replay([
      [macbook, beamer],
      [macbook, smaller],
    ]);
    expect(steps[1]!.placement.audience).toEqual({ displayId: 7, bounds: smaller.bounds, fullscreen: true });
    expect(steps[1]!.notice).toBeNull();
  });

  it('a laptop scale change (Retina → 1×) re-fits the presenter to the new work area', () => {
    const scaled = {
      ...macbook,
      bounds: { x: 0, y: 0, width: 3024, height: 1964 },
      workArea: { x: 0, y: 25, width: 3024, height: 1939 },
      scaleFactor: 1,
    };
    const steps = replay([
      [macbook, beamer],
      [
        scaled,
        { ...beamer, bounds: { ...beamer.bounds, x: 3024 }, workArea: { ...beamer.workArea, x: 3024 } },
      ],
    ]);
    expect(steps[1]!.placement.presenter?.bounds).toEqual(scaled.workArea);
    expect(steps[1]!.placement.audience.bounds.x).toBe(3024);
  });

  it('switching the OS to mirroring is losing the projector; switching back finds it', () => {
    const mirror = { ...projector(7, 0, 0), bounds: macbook.bounds, workArea: macbook.workArea };
    const steps = replay([
      [macbook, beamer],
      [macbook, mirror],
      [macbook, beamer],
    ]);
    expect(steps.map((s) => [s.placement.mode, s.notice])).toEqual([
      ['dual', null],
      ['mirrored', 'projector-lost'],
      ['dual', 'projector-found'],
    ]);
  });

  it('random sequences of display lists never put a fullscreen audience on the presenter display', () => {
    const pool = [
      macbook,
      beamer,
      otherBeamer,
      projector(9, 0, 982),
      { ...projector(7, 0, 0), bounds: macbook.bounds, workArea: macbook.workArea },
    ];
    const list = fc.subarray(pool.slice(1), { minLength: 0 }).map((others) => {
      const seen = new Set<number>();
      return [macbook, ...others].filter((d) => !seen.has(d.id) && seen.add(d.id));
    });
    fc.assert(
      fc.property(
        fc.array(list, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        (lists, visible, swap) => {
          for (const { placement } of replay(lists, { presenterVisible: visible, swap })) {
            const { audience, presenter } = placement;
            if (presenter && audience.fullscreen) expect(audience.displayId).not.toBe(presenter.displayId);
            if (placement.mode !== 'dual' && presenter) expect(audience.fullscreen).toBe(false);
          }
        },
      ),
    );
  });
});

describe('a saved presenter position', () => {
  const beamer = projector(7, 1512, 0);
  const saved = { x: 100, y: 100, width: 1000, height: 700 };

  it('is kept when it lies on the display the presenter goes to', () => {
    expect(placeWindows([macbook, beamer], { savedPresenter: saved }).presenter?.bounds).toEqual(saved);
    expect(placeWindows([macbook], { savedPresenter: saved }).presenter?.bounds).toEqual(saved);
  });

  it('is corrected at launch when its display is gone (saved on a monitor that is not attached)', () => {
    const onMissingMonitor = { x: 4000, y: 200, width: 1200, height: 800 };
    const placement = placeWindows([macbook, beamer], { savedPresenter: onMissingMonitor });
    expect(placement.presenter?.bounds).toEqual(macbook.workArea);
  });

  it('is corrected when less than half of it is on that display', () => {
    const mostlyOff = { x: 1200, y: 100, width: 1000, height: 700 };
    expect(placeWindows([macbook], { savedPresenter: mostlyOff }).presenter?.bounds).not.toEqual(mostlyOff);
  });

  it('is decoded from disk only when it is four sane numbers', () => {
    expect(decodeSavedRect(saved)).toEqual(saved);
    expect(decodeSavedRect({ ...saved, extra: 1 })).toEqual(saved);
    for (const bad of [
      null,
      'x',
      { ...saved, width: 'wide' },
      { ...saved, x: Infinity },
      { ...saved, height: 3 },
      {},
    ]) {
      expect(decodeSavedRect(bad)).toBeNull();
    }
  });
});

describe('splitInTwo', () => {
  it('covers an odd width exactly', () => {
    expect(splitInTwo({ x: -5, y: 0, width: 1001, height: 600 })).toEqual([
      { x: -5, y: 0, width: 500, height: 600 },
      { x: 495, y: 0, width: 501, height: 600 },
    ]);
  });
});

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
