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
  // once the slide is painted the window is centred on it again, in idle time: the next moves
  // either way find their slides drawn (8 on each side, core/deck-window.ts)
  const around = () =>
    page.evaluate(() => {
      const drawn = [...document.querySelectorAll('.audience .reveal .slides > section')];
      const at = drawn.findIndex((s) => s.classList.contains('present'));
      return Math.min(at, drawn.length - 1 - at);
    });
  await expect.poll(around).toBeGreaterThanOrEqual(8);
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

test('the deck shipped in the page is not sent again on the socket; a changed speech arrives whole', async ({
  browser,
}) => {
  const path = join(tempDir('large-deck'), 'long.md');
  writeFileSync(path, longSpeech());
  show = await startTestShow(path, { follow: true });
  for (const url of [show.host.presenterUrl, show.host.audienceUrl]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const frames: string[] = [];
    page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))));
    await page.goto(url);
    await page.bringToFront();
    await expect.poll(() => frames.length).toBeGreaterThan(0);
    const first = JSON.parse(frames[0]!) as { type: string };
    expect(first.type).toBe('snapshot-same-deck');
    expect(frames[0]!.length).toBeLessThan(20_000);
    // the page still follows the show with the deck it had
    show.session.dispatch({ type: 'goto', index: 7 });
    if (url === show.host.audienceUrl) {
      await expect(page.getByTestId('audience')).toHaveAttribute('data-index', '7');
    } else {
      await expect(page.getByTestId('presenter')).toContainText('Point number 8');
    }
    show.session.dispatch({ type: 'goto', index: 0 });
    await page.close();
  }
  // the speech changes on disk while the page is open: the new deck comes whole, and is shown
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(show.host.audienceUrl);
  show.session.dispatch({ type: 'goto', index: 1 });
  await expect(page.getByTestId('audience')).toHaveAttribute('data-index', '1');
  writeFileSync(path, longSpeech().replace('## Point number 1\n', '## The first point, renamed\n'));
  await expect
    .poll(() => show.session.snapshot().deck.slides[1]?.title, { timeout: 10_000 })
    .toBe('The first point, renamed');
  await expect(page.locator('.reveal .slides > section.present .slide-title')).toHaveText(
    'The first point, renamed',
    { timeout: 10_000 },
  );
  await page.close();
});

test("a long talk's presenter page carries the notes near its slide; the socket brings the rest", async ({
  browser,
}) => {
  // 160 slides of about 4,000 characters of speech: more notes than a page carries whole
  const parts = ['---\ntitle: A very long talk\n---'];
  const filler = 'and the argument goes on with more of the same reasoning '.repeat(70).trim();
  for (let i = 1; i <= 160; i++)
    parts.push(`## Part ${i}\n\nPart ${i} opens with the marker zq${i}qz ${filler}.`);
  const path = join(tempDir('large-deck'), 'very-long.md');
  writeFileSync(path, parts.join('\n\n'));
  show = await startTestShow(path);
  const slides = show.session.snapshot().deck.slides;
  const far = slides.findIndex((s) => s.notes.includes('zq150qz'));
  expect(far).toBeGreaterThan(100);
  show.session.dispatch({ type: 'goto', index: 3 });

  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))));
  const response = await page.goto(show.host.presenterUrl);
  const html = (await response!.text()) ?? '';
  // the page has the notes near slide 3 and not slide 150's, and claims no deck tag
  expect(html).toContain('zq4qz');
  expect(html).not.toContain('zq150qz');
  expect(html).not.toContain('data-deck-tag');
  await page.bringToFront();
  await expect(page.getByTestId('presenter')).toContainText('zq3qz');
  // so its socket is sent the whole deck, and a jump far ahead finds its notes
  await expect.poll(() => frames.length).toBeGreaterThan(0);
  expect(JSON.parse(frames[0]!)).toMatchObject({ type: 'snapshot' });
  expect(frames[0]!).toContain('zq150qz');
  show.session.dispatch({ type: 'goto', index: far });
  await expect(page.getByTestId('presenter')).toContainText('zq150qz');
  await page.close();
});
