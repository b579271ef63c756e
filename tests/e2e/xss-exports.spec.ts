/**
 * The XSS corpus against every offline file Lectern writes: a speech holding every vector of
 * tests/fixtures/xss-vectors.txt (tests/helpers/xss.ts) is exported as the standalone HTML deck,
 * the delegate viewer and the handout, each opened from file:// in Chromium, every element poked,
 * every slide shown (the deck), the search run with vectors (the viewer). Nothing may run, navigate
 * away or fetch anything, and nothing from the speech may even reach the CSP.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Deck } from '../../src/core/deck';
import { deckToHtml } from '../../src/host/deck-html';
import { delegateHtml } from '../../src/host/delegate-html';
import { delegateViewer } from '../../src/host/delegate-viewer-build';
import { embedMedia, type EmbeddedMedia } from '../../src/host/embed-media';
import { handoutHtml } from '../../src/host/handout';
import { readSpeechFile } from '../../src/host/speech-file';
import { poke, vectors, watch, xssSpeech, type Watch } from '../helpers/xss';
import { tempDir } from '../helpers/temp';

let dir: string;
let deck: Deck;
let media: EmbeddedMedia;
test.beforeAll(async () => {
  dir = tempDir('xss-exports');
  const speech = join(dir, 'xss.md');
  writeFileSync(speech, xssSpeech());
  deck = await readSpeechFile(speech);
  media = await embedMedia(deck, speech);
});

/** Writes an export next to the speech and opens it, watched; returns the page and what it saw. */
async function openExport(browser: Browser, name: string, html: string) {
  const file = join(dir, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const seen: Watch = { executions: [], navigations: [], offsite: [] };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // the file's own URL, its hash included (the deck keeps the slide in it), is home
  await watch(page, (u) => u.href.split('#')[0] === url, name, seen);
  await page.goto(url);
  await page.bringToFront();
  return { page, seen, url, close: () => context.close() };
}

const violations = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]);

/** What every file must show after the vectors had their chance, and a control that the traps work. */
async function expectNothingHappened(page: Page, seen: Watch, url: string): Promise<void> {
  await page.evaluate(poke, 'body *');
  await page.waitForTimeout(500); // anything scheduled (timers, animations) gets its chance
  const csp = await violations(page);
  const { executions, navigations, offsite } = structuredClone(seen);
  // positive control: markup that did get into the DOM is caught by the same watchers
  await page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="__xss(0)">'),
  );
  await expect.poll(() => violations(page)).toContainEqual(expect.stringContaining('script-src'));
  expect(executions, 'vectors that ran').toEqual([]);
  expect(
    navigations.filter((n) => !n.endsWith(` main ${url}`) && !n.includes(` main ${url}#`)),
    'navigations away from the file',
  ).toEqual([]);
  expect(offsite, 'requests for anything but the file').toEqual([]);
  // Stronger still: nothing from the speech even reached the CSP (no element tried to load or run).
  expect(csp, 'CSP violations').toEqual([]);
}

test(`no XSS vector (${vectors.length}) runs, navigates or fetches in the exported HTML deck`, async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { page, seen, url, close } = await openExport(browser, 'deck.html', deckToHtml(deck, { media }));
  await expect(page.locator('.reveal.ready')).toHaveCount(1);
  const sections = page.locator('.reveal .slides > section');
  await expect(sections).toHaveCount(deck.slides.length);
  // every slide shown in turn (reveal.js runs here), its elements poked while it is up
  for (let index = 0; index < deck.slides.length; index += 1) {
    if (index > 0) await page.keyboard.press('ArrowRight');
    await expect(sections.nth(index)).toHaveClass(/present/);
    await page.evaluate(poke, '.reveal .slides section.present *');
  }
  await expectNothingHappened(page, seen, url);
  await close();
});

test(`no XSS vector (${vectors.length}) runs, navigates or fetches in the delegate viewer file`, async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const viewer = await delegateViewer();
  const { page, seen, url, close } = await openExport(
    browser,
    'delegate.html',
    delegateHtml(deck, { viewer, media }),
  );
  await expect(page.getByTestId('delegate-row')).toHaveCount(deck.slides.length);
  // the search marks what it finds by splitting text: vectors as queries stay text too
  const search = page.getByTestId('delegate-search');
  for (const vector of vectors.filter((_, i) => i % 15 === 0)) {
    await search.fill(vector);
    await search.press('Enter');
  }
  await search.fill('<');
  await expect(page.getByTestId('delegate-hits')).toHaveText(/^[1-9]\d* match/);
  await expectNothingHappened(page, seen, url);
  await close();
});

test(`no XSS vector (${vectors.length}) runs, navigates or fetches in the handout`, async ({ browser }) => {
  test.setTimeout(120_000);
  const html = handoutHtml(deck, { variant: 'notes', paper: 'a4', media });
  const { page, seen, url, close } = await openExport(browser, 'handout.html', html);
  await expect(page.locator('section.page')).toHaveCount(deck.slides.length);
  await expect(page.locator('script')).toHaveCount(0);
  await expectNothingHappened(page, seen, url);
  await close();
});
