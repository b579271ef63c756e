/**
 * The standalone delegate viewer file (`lectern export --delegate`): the app's own DelegateView,
 * pre-rendered and hydrated by its one inlined script, opened from file:// with the network blocked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import type { Deck } from '../../src/core/deck';
import { delegateHtml } from '../../src/host/delegate-html';
import { delegateViewer } from '../../src/host/delegate-viewer-build';
import { defaultSpeechPath } from '../../src/host/default-speech';
import { readSpeechFile } from '../../src/host/speech-file';
import { projectRoot } from '../helpers/show-host';
import { tempDir } from '../helpers/temp';

const screenshots = join(projectRoot, 'test-results', 'screenshots');
mkdirSync(screenshots, { recursive: true });

let deck: Deck;
let file: string;
test.beforeAll(async () => {
  deck = await readSpeechFile(defaultSpeechPath([projectRoot]));
  file = join(tempDir('delegate'), 'talk.html');
  writeFileSync(file, delegateHtml(deck, { viewer: await delegateViewer() }));
});

/** Opens the file with every request but the file itself refused; collects errors and requests. */
async function open(page: Page): Promise<{ problems: string[]; requests: string[] }> {
  const seen = { problems: [] as string[], requests: [] as string[] };
  page.on('pageerror', (e) => seen.problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && seen.problems.push(m.text()));
  await page.route('**/*', (route) => {
    if (route.request().url() === pathToFileURL(file).href) return route.continue();
    seen.requests.push(route.request().url());
    return route.abort();
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pathToFileURL(file).href);
  await page.bringToFront();
  return seen;
}

const transcriptOf = async (page: Page) =>
  (await page.locator('.delegate-text p').allTextContents()).join('\n\n');

test('the file is readable before its script runs: every slide and the whole transcript, pre-rendered', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await expect(page.getByTestId('delegate-row')).toHaveCount(deck.slides.length);
  await expect(page.locator('.delegate-row .lectern-slide')).toHaveCount(deck.slides.length);
  expect(await transcriptOf(page)).toBe(deck.slides.map((s) => s.notes).join('\n\n'));
  // the previews are at their size without a script (CSS scales them), not 0 or 1280 wide
  const box = await page.locator('.delegate-row .preview-stage').first().boundingBox();
  expect(box!.width).toBeGreaterThan(300);
  expect(box!.width).toBeLessThan(1280);
  await context.close();
});

test('offline, the hydrated viewer searches, resizes its text and switches light/dark, and remembers', async ({
  page,
}) => {
  const { problems, requests } = await open(page);
  const rows = page.getByTestId('delegate-row');
  await expect(rows).toHaveCount(deck.slides.length);
  const transcript = await transcriptOf(page);
  expect(transcript).toBe(deck.slides.map((s) => s.notes).join('\n\n'));

  // search: a phrase from the speech, counted, marked, and Enter brings its slide into view
  const search = page.getByTestId('delegate-search');
  await search.fill('Silk Road');
  await expect(page.getByTestId('delegate-hits')).toHaveText(/^[1-9]\d* match(es)? on 1 slide$/);
  const target = deck.slides.findIndex((s) => s.notes.includes('Silk Road'));
  await expect(rows.nth(target)).toHaveClass(/matched/);
  await expect(rows.nth(target).locator('mark').first()).toHaveText('Silk Road');
  await search.press('Enter');
  await expect(rows.nth(target)).toBeInViewport();
  // marking never rewrites the text: clearing the search gives the transcript back unchanged
  await search.press('Escape');
  await expect(page.locator('.delegate mark')).toHaveCount(0);
  expect(await transcriptOf(page)).toBe(transcript);

  // text size: A+ twice, A− once → one step larger than the 19 px it starts at
  const viewer = page.getByTestId('delegate');
  await expect(viewer).toHaveCSS('font-size', '19px');
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Smaller text' }).click();
  await expect(viewer).toHaveCSS('font-size', '21px');

  // light and dark: the page's colours change, not only a class
  await expect(viewer).toHaveCSS('background-color', 'rgb(17, 21, 28)');
  await page.getByTestId('delegate-theme').click();
  await expect(viewer).toHaveClass(/theme-light/);
  await expect(viewer).toHaveCSS('background-color', 'rgb(246, 247, 249)');
  await page.screenshot({ path: join(screenshots, 'delegate-file-light.png') });

  // the reader's choices survive a reload of the file
  await page.reload();
  await expect(page.getByTestId('delegate')).toHaveClass(/theme-light/);
  await expect(page.getByTestId('delegate')).toHaveCSS('font-size', '21px');
  await page.getByTestId('delegate-theme').click();
  await expect(page.getByTestId('delegate')).toHaveClass(/theme-dark/);
  await page.screenshot({ path: join(screenshots, 'delegate-file.png') });

  expect(problems, 'errors, hydration mismatches included').toEqual([]);
  expect(requests).toEqual([]);
});
