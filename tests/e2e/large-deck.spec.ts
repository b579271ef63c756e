/**
 * A long deck in the audience: only the slides near the current one are reveal.js sections
 * (core/deck-window.ts), and every move still shows the show's slide — stepping across the
 * window's edges both ways, a jump far ahead, and a reload in the middle of the talk.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startTestShow, type TestShow } from '../helpers/show-host';
import { tempDir } from '../helpers/temp';

let show: TestShow;
test.afterEach(async () => {
  await show?.close();
});

const SLIDES = 120;

function longSpeech(): string {
  const parts = ['---\ntitle: Long deck\n---'];
  for (let i = 1; i <= SLIDES; i++)
    parts.push(`## Point number ${i}\n\nWe now speak about point number ${i}.`);
  return parts.join('\n\n');
}

async function expectAt(page: Page, index: number, title: string): Promise<void> {
  await expect(page.getByTestId('audience')).toHaveAttribute('data-index', String(index));
  await expect(page.locator('.reveal .slides > section.present .slide-title')).toHaveText(title);
}

test('a long deck: the audience keeps a window of sections and always shows the show’s slide', async ({
  browser,
}) => {
  const path = join(tempDir('large-deck'), 'long.md');
  writeFileSync(path, longSpeech());
  show = await startTestShow(path);
  const slides = show.session.snapshot().deck.slides;
  expect(slides.length).toBeGreaterThanOrEqual(SLIDES);
  const titleOf = (i: number): string => slides[i]!.title ?? '';
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(show.host.audienceUrl);
  await expectAt(page, 0, titleOf(0));
  const sections = await page.locator('.audience .reveal .slides > section').count();
  expect(sections).toBeLessThan(slides.length);
  expect(sections).toBeGreaterThan(8);

  // forward over a window edge, then back over it
  for (let i = 1; i <= 30; i++) {
    show.session.dispatch({ type: 'next' });
    await expectAt(page, i, titleOf(i));
  }
  for (let i = 29; i >= 10; i--) {
    show.session.dispatch({ type: 'prev' });
    await expectAt(page, i, titleOf(i));
  }
  // a jump far ahead, and a reload there
  show.session.dispatch({ type: 'goto', index: 100 });
  await expectAt(page, 100, titleOf(100));
  await expect(page.locator('.audience .reveal .slides > section.present')).toHaveCount(1);
  await page.reload();
  await expectAt(page, 100, titleOf(100));
  await expect(page.locator('.reveal .slides > section.present')).toHaveCount(1);
});
