import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { delegateHtml } from '../../src/host/delegate-html';
import { defaultSpeechPath } from '../../src/host/default-speech';
import { readSpeechFile } from '../../src/host/speech-file';
import { projectRoot } from '../helpers/show-host';
import { tempDir } from '../helpers/temp';

test('the standalone delegate viewer works offline: every slide, the whole transcript, and search', async ({
  page,
}) => {
  const deck = await readSpeechFile(defaultSpeechPath([projectRoot]));
  const file = join(tempDir('delegate'), 'talk.html');
  writeFileSync(file, delegateHtml(deck));
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href);

  const rows = page.locator('.d-row');
  await expect(rows).toHaveCount(deck.slides.length);
  const transcript = (await page.locator('.d-text p').allTextContents()).join('\n\n');
  expect(transcript).toBe(deck.slides.map((s) => s.notes).join('\n\n'));

  const search = page.getByLabel('Search slides and transcript');
  await search.fill('Silk Road');
  await expect(page.locator('#d-hits')).toHaveText(/^[1-9]\d* match(es)? on 1 slide$/);
  const target = deck.slides.findIndex((s) => s.notes.includes('Silk Road'));
  await expect(rows.nth(target)).toHaveClass(/d-matched/);
  await search.press('Enter');
  await expect(page.locator('mark.d-mark').first()).toBeInViewport();
  // marking never rewrites the text: clearing the search gives the transcript back unchanged
  await search.press('Escape');
  await expect(page.locator('mark.d-mark')).toHaveCount(0);
  expect((await page.locator('.d-text p').allTextContents()).join('\n\n')).toBe(transcript);

  expect(problems).toEqual([]);
  expect(requests).toEqual([]);
});
