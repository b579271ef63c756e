/**
 * Browser measurements, each taken the same way for Lectern (web host) and the bare reveal.js
 * baseline, in one headless Chromium:
 * - sync latency: key pressed in the presenter → the audience deck's `slidechanged` + next frame
 *   (times are epoch-based, `performance.timeOrigin + …`, so two pages can be compared);
 * - first slide: navigation start → reveal.js `ready` + next frame, cold (a new context each load);
 * - memory: JS heap after navigations, after a forced GC.
 */
import type { Browser, Page } from '@playwright/test';

declare global {
  interface Window {
    __bench: { keys: number[]; shown: number[]; ready: number | null };
  }
}

/**
 * Installed before any page script: records key presses and slide changes as epoch ms. A string,
 * not a function, because the TypeScript loader decorates functions with helpers the page lacks.
 */
export const BENCH_HOOKS = `
  (() => {
    const epoch = () => performance.timeOrigin + performance.now();
    window.__bench = { keys: [], shown: [], ready: null };
    window.addEventListener('keydown', (e) => window.__bench.keys.push(performance.timeOrigin + e.timeStamp), true);
    // a slide is shown when the section on screen changes: Lectern's audience re-centres its window
    // of sections in idle time, which reveal.js reports as a change of place for the same section
    let onScreen = null;
    document.addEventListener('slidechanged', (e) => {
      if (e.currentSlide && e.currentSlide === onScreen) return;
      onScreen = e.currentSlide;
      requestAnimationFrame(() => window.__bench.shown.push(epoch()));
    });
    // the first deck that is ready paints the first slide (Lectern's audience may start a second one)
    document.addEventListener('ready', () =>
      requestAnimationFrame(() => {
        if (window.__bench.ready === null) window.__bench.ready = performance.now();
      }),
    );
  })();
`;

/**
 * Resolves once `condition` (a JavaScript expression, which may read `arg`) holds in the page,
 * checked every frame. Unlike Playwright's waitForFunction or locators it injects no script of
 * Playwright's into the page (about 0.6 MB of heap per world, measured), so the heap the bench
 * reads is the page's own. A string for the same reason as BENCH_HOOKS.
 */
export async function untilInPage(
  page: Page,
  condition: string,
  arg: unknown = null,
  timeoutMs = 30_000,
): Promise<void> {
  const held = await page.evaluate(`new Promise((resolve) => {
    const arg = ${JSON.stringify(arg)};
    const end = performance.now() + ${timeoutMs};
    const check = () => {
      if (${condition}) resolve(true);
      else if (performance.now() > end) resolve(false);
      else requestAnimationFrame(check);
    };
    check();
  })`);
  if (held !== true)
    throw new Error(`bench: ${condition} did not hold within ${timeoutMs} ms (${page.url()})`);
}

export interface SyncPair {
  /** Where keys are pressed (Lectern's presenter page, reveal.js's speaker view). */
  control: Page;
  /** The deck the audience sees. */
  deck: Page;
}

/**
 * Presses → / ← in `control` `steps` times (walking to the end of the deck and back) and returns
 * the latency of each step in ms. Presses are `gapMs` apart, as a speaker's are: reveal.js's
 * speaker view forwards a key at once only when the previous one is over 500 ms old.
 */
export async function syncLatencies(
  pair: SyncPair,
  slideCount: number,
  steps: number,
  gapMs = 600,
): Promise<number[]> {
  const latencies: number[] = [];
  let index = await currentIndex(pair.deck);
  let direction = 1;
  for (let step = 0; step < steps; step++) {
    if (index + direction < 0 || index + direction >= slideCount) direction = -direction;
    const shownBefore = await pair.deck.evaluate(() => window.__bench.shown.length);
    const keysBefore = await pair.control.evaluate(() => window.__bench.keys.length);
    await pair.control.keyboard.press(direction > 0 ? 'ArrowRight' : 'ArrowLeft');
    try {
      await untilInPage(pair.deck, 'window.__bench.shown.length > arg', shownBefore);
    } catch (error) {
      const state = {
        step,
        expectedIndex: index + direction,
        deckIndex: await currentIndex(pair.deck),
        keys: await pair.control.evaluate(() => window.__bench.keys.length),
        keysBefore,
        shown: await pair.deck.evaluate(() => window.__bench.shown.length),
        shownBefore,
      };
      throw new Error(`${(error as Error).message}; ${JSON.stringify(state)}`, { cause: error });
    }
    const pressedAt = await pair.control.evaluate((n) => window.__bench.keys[n]!, keysBefore);
    const shownAt = await pair.deck.evaluate((n) => window.__bench.shown[n]!, shownBefore);
    latencies.push(shownAt - pressedAt);
    index += direction;
    await pair.control.waitForTimeout(Math.max(0, gapMs - (shownAt - pressedAt)));
  }
  return latencies;
}

async function currentIndex(deck: Page): Promise<number> {
  return deck.evaluate(() => {
    const present = document.querySelector('.reveal .slides > section.present');
    return present ? Array.from(present.parentElement!.children).indexOf(present) : 0;
  });
}

export async function preparePage(page: Page): Promise<void> {
  await page.addInitScript({ content: BENCH_HOOKS });
}

/** One cold load (a fresh context, empty cache) of `url` until its first slide is painted. */
async function afterColdLoad<T>(browser: Browser, url: string, read: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await preparePage(page);
    await page.goto(url);
    await untilInPage(page, 'window.__bench.ready !== null');
    return await read(page);
  } finally {
    await context.close();
  }
}

export interface FirstSlide {
  /** Navigation start → first slide painted (ms). */
  paintedMs: number;
  /** URL paths of the scripts and style sheets the page had fetched by then. */
  files: string[];
}

/** Navigation start → first slide painted, one cold load, with the files loaded before it. */
export function firstSlide(browser: Browser, url: string): Promise<FirstSlide> {
  return afterColdLoad(browser, url, async (page) => {
    // A string, for the same reason as BENCH_HOOKS.
    return (await page.evaluate(`(() => {
      const painted = window.__bench.ready;
      const files = performance.getEntriesByType('resource')
        .filter((e) => e.responseEnd <= painted && /\\.(js|css)$/.test(new URL(e.name).pathname))
        .map((e) => new URL(e.name).pathname);
      return { paintedMs: painted, files };
    })()`)) as FirstSlide;
  });
}

/** Used JS heap of a page in bytes, after a forced garbage collection. */
export async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

export interface FirstSlideBreakdown {
  /** The app's script fetched (responseEnd of the entry chunk). */
  scriptLoaded: number;
  /** The first snapshot was read (from the page itself, or else from the WebSocket). */
  snapshot: number;
  /** The first slide's deck starts (reveal.js). */
  revealInit: number;
  /** reveal.js ready. */
  revealReady: number;
  /** First slide painted. */
  painted: number;
}

/** Where the time to the first slide goes in Lectern's audience page (one cold load). */
export function firstSlideBreakdown(browser: Browser, url: string): Promise<FirstSlideBreakdown> {
  return afterColdLoad(browser, url, async (page) => {
    // A string, for the same reason as BENCH_HOOKS (the loader decorates nested functions).
    return (await page.evaluate(`(() => {
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const script = performance.getEntriesByType('resource').find((e) => /\\/assets\\/(index|audience)-[^/]*\\.js$/.test(e.name));
      return {
        scriptLoaded: script ? script.responseEnd : NaN,
        snapshot: mark('lectern:snapshot'),
        revealInit: mark('lectern:reveal-init'),
        revealReady: mark('lectern:reveal-ready'),
        painted: window.__bench.ready,
      };
    })()`)) as FirstSlideBreakdown;
  });
}
