import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { deckToHtml } from '../../src/host/deck-html';
import { readSpeechFile } from '../../src/host/speech-file';
import { defaultSpeechPath } from '../../src/host/default-speech';
import { projectRoot } from '../helpers/show-host';
import { tempDir } from '../helpers/temp';

test('the standalone HTML deck works offline from file://, in the app theme, with every slide and note', async ({
  page,
}) => {
  const deck = await readSpeechFile(defaultSpeechPath([projectRoot]));
  const file = join(tempDir('html'), 'deck.html');
  writeFileSync(file, deckToHtml(deck));
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const offHost: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    offHost.push(route.request().url());
    return route.abort();
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(pathToFileURL(file).href);
  await expect(page.locator('.reveal.ready')).toHaveCount(1);
  await expect(page.locator('.reveal .slides > section')).toHaveCount(deck.slides.length);
  const notes = await page.locator('.reveal aside.notes').allTextContents();
  expect(notes).toEqual(deck.slides.map((s) => s.notes));
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.reveal .slides > section.present .slide-title')).toHaveText(
    deck.slides[1]!.title,
  );
  // the app's theme: the slide box is the app's, navy, 1280×720 scaled to the window
  await expect(page.locator('section.present .lectern-slide')).toHaveCSS('width', '1280px');
  expect(problems).toEqual([]);
  expect(offHost).toEqual([]);
});

test('an Arabic deck runs right to left: reveal.js mirrors its keys and controls, and titles keep the theme font', async ({
  page,
}) => {
  const arabic = await readSpeechFile(
    join(projectRoot, 'tests/fixtures/speeches/corpus/ar-blinken-nato-2023.txt'),
  );
  const english = await readSpeechFile(defaultSpeechPath([projectRoot]));
  expect(arabic.meta.dir).toBe('rtl');
  const dir = tempDir('html-rtl');
  const fontOfTitle = async (deck: typeof arabic, name: string) => {
    const file = join(dir, name);
    writeFileSync(file, deckToHtml(deck));
    await page.goto(pathToFileURL(file).href);
    await expect(page.locator('.reveal.ready')).toHaveCount(1);
    return page
      .locator('.reveal .slides > section.present .slide-title')
      .evaluate((el) => getComputedStyle(el).fontFamily);
  };
  await page.setViewportSize({ width: 1280, height: 720 });
  const latinFont = await fontOfTitle(english, 'en.html');
  await expect(page.locator('.reveal')).not.toHaveClass(/\brtl\b/);
  const arabicFont = await fontOfTitle(arabic, 'ar.html');
  await expect(page.locator('.reveal')).toHaveClass(/\brtl\b/);
  // the theme's heading font, not reveal.js's right-to-left `sans-serif`
  expect(arabicFont).toBe(latinFont);
  expect(arabicFont).not.toBe('sans-serif');
  // in a right-to-left deck the left arrow goes forward
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.reveal .slides > section.present .slide-title')).toHaveText(
    arabic.slides[1]!.title,
  );
});
