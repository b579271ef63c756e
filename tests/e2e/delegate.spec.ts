import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot, startTestShow, type TestShow } from '../helpers/show-host';

const screenshots = join(projectRoot, 'test-results', 'screenshots');
mkdirSync(screenshots, { recursive: true });

let show: TestShow;
test.beforeEach(async () => {
  show = await startTestShow();
});
test.afterEach(async () => {
  await show.close();
});

test('the delegate viewer shows every slide beside its transcript, searches both, and never moves the show', async ({
  page,
}) => {
  const deck = show.session.snapshot().deck;
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${show.host.url}/delegate`);

  const rows = page.getByTestId('delegate-row');
  await expect(rows).toHaveCount(deck.slides.length);
  // the transcript is the whole speech, slide by slide
  for (const [i, slide] of deck.slides.entries()) {
    const text = (await rows.nth(i).locator('.delegate-text').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(slide.notes.replace(/\s+/g, ' ').trim().slice(0, 80));
  }

  // search finds a phrase from the speech, marks it, and Enter brings its slide into view
  await page.getByTestId('delegate-search').fill('Silk Road');
  await expect(page.getByTestId('delegate-hits')).toContainText('on 1 slide');
  const target = deck.slides.findIndex((s) => s.notes.includes('Silk Road'));
  await expect(rows.nth(target)).toHaveClass(/matched/);
  await expect(rows.nth(target).locator('mark').first()).toHaveText('Silk Road');
  await page.getByTestId('delegate-search').press('Enter');
  await expect(rows.nth(target)).toBeInViewport();

  // reading keys scroll the page; they never drive the presentation
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('b');
  expect(show.session.current).toMatchObject({ index: 0, screen: 'live' });

  await page.getByTestId('delegate-theme').click();
  await expect(page.getByTestId('delegate')).toHaveClass(/theme-light/);
  await page.screenshot({ path: join(screenshots, 'delegate.png') });
  expect(problems).toEqual([]);
});
