/**
 * Large decks (part of `npm run bench`): the 1M-word generated speech (about 1,500 slides) served
 * by the web host, driven from the presenter page as a speaker would:
 * - presenter first paint: navigation start → the presenter view on screen, cold, the median of
 *   several loads, each in a fresh window (one load varies with the machine's load by 2x);
 * - navigation: key in the presenter → audience slide painted (the same measure as the sync bench,
 *   so its p95 can be set against the 14-slide deck's from the same run);
 * - overview: the slide grid scrolled top to bottom with the wheel at 400 px a frame (four notches
 *   a frame, a fast flick), longest task seen (ms).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { startTestShow } from '../../tests/helpers/show-host';
import { tempDir } from '../../tests/helpers/temp';
import type { Page } from '@playwright/test';
import { preparePage, syncLatencies } from './browser';
import { summarize } from './stats';
import { generateSpeech } from './deck-build';

export interface LargeDeckResult {
  slides: number;
  /** Median of the cold loads below. */
  presenterFirstPaintMs: number;
  presenterFirstPaintsMs: number[];
  navigation: number[];
  overviewLongestTaskMs: number;
  overviewLongTasks: number;
}

/** Records long tasks (> 50 ms) from page start; read back as window.__longTasks. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

export async function benchLargeDeck(
  browser: Browser,
  words: number,
  steps: number,
  warmup: number,
  firstPaintLoads: number,
): Promise<LargeDeckResult> {
  const path = join(tempDir('bench-large'), 'large.md');
  writeFileSync(path, generateSpeech(words));
  const show = await startTestShow(path);
  // each view in a window of its own, as the app places them (index.ts)
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const presenterWindow = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const slides = show.session.snapshot().deck.slides.length;
    const presenter = await presenterWindow.newPage();
    const audience = await context.newPage();
    await preparePage(presenter);
    await preparePage(audience);
    await presenter.addInitScript({ content: LONG_TASKS });
    await audience.goto(show.host.audienceUrl);
    await audience.waitForFunction(() => window.__bench.ready !== null, undefined, { timeout: 120_000 });
    const firstPaints = [await presenterFirstPaint(presenter, show.host.presenterUrl)];
    // more cold loads, each in a window of its own that is closed after it
    for (let i = 1; i < firstPaintLoads; i++) {
      const cold = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      try {
        const page = await cold.newPage();
        await preparePage(page);
        firstPaints.push(await presenterFirstPaint(page, show.host.presenterUrl));
      } finally {
        await cold.close();
      }
    }
    // the deck's paint is timed by its frames: the page in front (a background tab gets ~1 frame/s)
    await audience.bringToFront();
    await syncLatencies({ control: presenter, deck: audience }, slides, warmup);
    const navigation = await syncLatencies({ control: presenter, deck: audience }, slides, steps);

    // The overview, scrolled with the wheel from the first row to the last.
    await presenter.bringToFront();
    await presenter.keyboard.press('o');
    const grid = presenter.getByTestId('overview-grid');
    await grid.waitFor();
    await presenter.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
    const box = await grid.boundingBox();
    if (box) await presenter.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const atEnd = (): Promise<boolean> =>
      grid.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);
    for (let i = 0; i < 2_000 && !(await atEnd()); i++) {
      await presenter.mouse.wheel(0, 400);
      await presenter.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    }
    await presenter.waitForTimeout(600); // what is drawn once the scroll stops counts too
    const tasks = await presenter.evaluate(
      () => (window as unknown as { __longTasks: number[] }).__longTasks,
    );
    return {
      slides,
      presenterFirstPaintMs: summarize(firstPaints).median,
      presenterFirstPaintsMs: firstPaints,
      navigation,
      overviewLongestTaskMs: tasks.length > 0 ? Math.max(...tasks) : 0,
      overviewLongTasks: tasks.length,
    };
  } finally {
    await presenterWindow.close();
    await context.close();
    await show.close();
  }
}

/** Navigation start → the presenter view on screen (the frame after it appears), in a page in front. */
async function presenterFirstPaint(presenter: Page, url: string): Promise<number> {
  await presenter.bringToFront();
  await presenter.goto(url);
  await presenter.waitForFunction(
    () => document.querySelector('[data-testid="presenter"]') !== null,
    undefined,
    {
      polling: 'raf',
      timeout: 120_000,
    },
  );
  return presenter.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
  );
}
