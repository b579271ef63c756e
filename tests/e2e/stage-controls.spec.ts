import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { projectRoot } from '../helpers/show-host';
import { tempDir } from '../helpers/temp';
import { expectSlide, openShow, type ShowPages } from './show-pages';

/**
 * Screenshots of each control, written under test-results/ on every run (the ones kept in docs/,
 * under 300 KB each, were copied from here after being looked at: a test run never touches docs/).
 */
const docs = join(projectRoot, 'test-results', 'screenshots');
mkdirSync(docs, { recursive: true });

const SPEECH = `---
title: Stage controls
speaker: Ada Lovelace
event: Test Summit
duration: 5
signals: [1]
---

Good morning, everyone.

# Three proposals
<!-- steps -->

- Digital infrastructure across the region
- Open data between customs offices
- Digital skills for everyone

We have three proposals today.

Firstly, we should build digital infrastructure across the region.

Secondly, we should open data between customs offices.

Finally, we should teach digital skills for everyone.

# What it takes

The region needs 3,000 engineers and 12 new data centres by 2030, and the work starts this year with the first of them.

# Thank you

Thank you.
`;

function speechFile(text = SPEECH): string {
  const path = join(tempDir('stage-speech'), 'talk.md');
  writeFileSync(path, text);
  return path;
}

let pages: ShowPages;
test.afterEach(async () => {
  await pages?.close();
});

async function api(page: Page, pages: ShowPages): Promise<Record<string, unknown>> {
  return (await (await page.request.get(`${pages.show.host.url}/api/state`)).json()) as Record<
    string,
    unknown
  >;
}

test('step reveals: Next shows a list one item at a time in both views, then moves on', async ({
  browser,
}) => {
  pages = await openShow(browser, speechFile());
  const { presenter, audience } = pages;
  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(pages, 1);
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-step', '0');
  const items = audience.locator('section.present li.fragment');
  await expect(items).toHaveCount(3);
  await expect(items.first()).not.toHaveClass(/visible/);
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-step', '2');
  await expect(items.nth(1)).toHaveClass(/visible/);
  await expect(items.nth(2)).not.toHaveClass(/visible/);
  expect(await api(presenter, pages)).toMatchObject({ index: 1, step: 2, steps: 3 });
  // the presenter sees which steps are out, and where in the speech the second one is
  await expect(presenter.getByTestId('steps-badge')).toHaveText('step 2 of 3');
  await expect(presenter.locator('[data-testid=current-preview] li.step-pending')).toHaveCount(1);
  await expect(presenter.getByTestId('notes')).toHaveAttribute('data-step-sentences', '2-3');
  // the title slide has faded out (reveal.js's transition) before the picture is kept
  await expect(audience.locator('section[data-slide-id="s0"]')).toHaveCSS('opacity', '0');
  await expect(items.nth(1)).toHaveCSS('opacity', '1');
  await audience.screenshot({ path: join(docs, 'step-reveal.png') });
  await presenter.screenshot({ path: join(projectRoot, 'test-results', 'presenter-steps.png') });
  // back hides the last step; past the last step Next leaves the slide
  await presenter.keyboard.press('ArrowLeft');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-step', '1');
  for (let i = 0; i < 3; i++) await presenter.keyboard.press('ArrowRight');
  await expectSlide(pages, 2);
  // back from the next slide lands on this one with every step out
  await presenter.keyboard.press('ArrowLeft');
  await expectSlide(pages, 1);
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-step', '3');
  expect(pages.problems).toEqual([]);
});

test('white, black and frozen screens, in both windows and the API; the presenter says what the room sees', async ({
  browser,
}) => {
  pages = await openShow(browser, speechFile());
  const { presenter, audience } = pages;
  await presenter.bringToFront();
  await presenter.keyboard.press('w');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-screen', 'white');
  await expect(audience.locator('.whiteout')).toHaveClass(/on/);
  await expect(presenter.getByTestId('screen-indicator')).toHaveText(/SCREEN WHITE/);
  expect(await api(presenter, pages)).toMatchObject({ screen: 'white', blackout: false });
  await presenter.screenshot({ path: join(docs, 'white-screen.png') });
  // a clicker's key in the audience window: black, then back to live
  await audience.keyboard.press('b');
  await expect(presenter.getByTestId('screen-indicator')).toHaveText(/SCREEN BLACK/);
  expect(await api(presenter, pages)).toMatchObject({ screen: 'black', blackout: true });
  await audience.keyboard.press('.');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-screen', 'live');
  // freeze: the room keeps slide 1 while the speaker moves on
  await presenter.keyboard.press('z');
  await presenter.keyboard.press('End');
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-index', '3');
  await expect(presenter.getByTestId('screen-indicator')).toHaveText(/FROZEN on slide 1/);
  await expect(presenter.getByTestId('frozen-note')).toBeVisible();
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-index', '0');
  expect(await api(presenter, pages)).toMatchObject({
    screen: 'frozen',
    frozen: { index: 0, step: 0 },
    index: 3,
  });
  await presenter.keyboard.press('z');
  await expectSlide(pages, 3);
  // the crew's API sets a screen too, and refuses a bad one changing nothing
  const bad = await presenter.request.post(`${pages.show.host.url}/api/command`, {
    data: { type: 'screen', screen: 'grey' },
  });
  expect(bad.status()).toBe(400);
  const ok = await presenter.request.post(`${pages.show.host.url}/api/command`, {
    data: { type: 'screen', screen: 'white' },
  });
  expect(((await ok.json()) as { screen: string }).screen).toBe('white');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-screen', 'white');
  expect(pages.problems).toEqual([]);
});

test('overview: O opens every slide in the presenter only; arrows, Enter and a click go there', async ({
  browser,
}) => {
  pages = await openShow(browser, speechFile());
  const { presenter, audience } = pages;
  await presenter.bringToFront();
  await presenter.keyboard.press('o');
  const overview = presenter.getByTestId('overview');
  await expect(overview).toBeVisible();
  await expect(overview.getByTestId('overview-cell')).toHaveCount(4);
  await expect(overview.locator('.overview-cell.highlighted')).toHaveAttribute('data-index', '0');
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expect(overview.locator('.overview-cell.highlighted')).toHaveAttribute('data-index', '2');
  // the room still sees slide 1 while the speaker looks
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-index', '0');
  await presenter.screenshot({ path: join(docs, 'overview.png') });
  await presenter.keyboard.press('Enter');
  await expect(overview).toBeHidden();
  await expectSlide(pages, 2);
  await presenter.getByTestId('overview-button').click();
  await overview.locator('[data-index="3"]').click();
  await expectSlide(pages, 3);
  await presenter.keyboard.press('o');
  await presenter.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  expect(pages.problems).toEqual([]);
});

test('overview of a 1,500-slide deck renders only the rows in view and reaches the last slide', async ({
  browser,
}) => {
  const slides = Array.from(
    { length: 1500 },
    (_, i) => `# Slide ${i + 1}\n\nThis is what I say on slide ${i + 1}.\n`,
  );
  pages = await openShow(browser, speechFile(`---\ntitle: Big\n---\n\n${slides.join('\n')}`));
  const { presenter } = pages;
  await presenter.bringToFront();
  await presenter.keyboard.press('o');
  const cells = presenter.getByTestId('overview-cell');
  await expect(cells.first()).toBeVisible();
  expect(await cells.count()).toBeLessThan(120);
  await presenter.keyboard.press('End');
  await expect(presenter.locator('.overview-cell.highlighted')).toHaveAttribute('data-index', '1500');
  await expect(presenter.locator('.overview-cell.highlighted')).toBeInViewport();
  expect(await cells.count()).toBeLessThan(120);
  await presenter.screenshot({ path: join(projectRoot, 'test-results', 'overview-1500.png') });
  await presenter.keyboard.press('Enter');
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-index', '1500');
});

test('? shows every key from the one table; pointer and zoom reach the audience', async ({ browser }) => {
  pages = await openShow(browser, speechFile());
  const { presenter, audience } = pages;
  await presenter.bringToFront();
  await presenter.keyboard.press('?');
  const help = presenter.getByTestId('key-help');
  await expect(help).toBeVisible();
  for (const action of ['next', 'white', 'freeze', 'overview', 'pointer', 'zoom-in']) {
    await expect(help.locator(`tr[data-action="${action}"]`)).toBeVisible();
  }
  await expect(help.locator('tr[data-action="white"] kbd')).toHaveText(['W', ',']);
  await presenter.screenshot({ path: join(docs, 'key-help.png') });
  await presenter.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await presenter.keyboard.press('ArrowRight');
  await expectSlide(pages, 1);
  await presenter.keyboard.press('l');
  const surface = presenter.getByTestId('slide-surface');
  const box = (await surface.boundingBox())!;
  await presenter.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
  await presenter.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5, { steps: 5 });
  const dot = audience.getByTestId('audience-pointer');
  await expect(dot).toBeVisible();
  await expect.poll(async () => pages.show.session.current.pointer?.x ?? 0).toBeCloseTo(0.25, 1);
  const frame = (await audience.viewportSize())!;
  const dotBox = (await dot.boundingBox())!;
  expect(Math.abs(dotBox.x + dotBox.width / 2 - frame.width * 0.25)).toBeLessThan(frame.width * 0.03);
  expect(Math.abs(dotBox.y + dotBox.height / 2 - frame.height * 0.5)).toBeLessThan(frame.height * 0.04);
  await audience.screenshot({ path: join(docs, 'pointer.png') });
  // L off takes the dot away
  await presenter.keyboard.press('l');
  await expect(dot).toBeHidden();
  // Alt+click zooms the room in there and out again; + over the slide zooms, elsewhere sizes the text
  await presenter.keyboard.down('Alt');
  await presenter.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.3);
  await presenter.keyboard.up('Alt');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-zoom', '2');
  await expect(presenter.getByTestId('zoom-box')).toBeVisible();
  await presenter.screenshot({ path: join(projectRoot, 'test-results', 'presenter-zoom.png') });
  await audience.screenshot({ path: join(projectRoot, 'test-results', 'audience-zoom.png') });
  await presenter.keyboard.press('+');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-zoom', '3');
  await presenter.keyboard.press('Escape');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-zoom', '1');
  await presenter.mouse.move(5, 5);
  const before = await presenter.getByTestId('notes').evaluate((n) => getComputedStyle(n).fontSize);
  await presenter.keyboard.press('+');
  await expect
    .poll(() => presenter.getByTestId('notes').evaluate((n) => getComputedStyle(n).fontSize))
    .not.toBe(before);
  expect(pages.show.session.current.zoom).toBeNull();
  expect(pages.problems).toEqual([]);
});

test('a hostile keys.json is named to the speaker and the default keys stay; a good one remaps, live', async ({
  browser,
}) => {
  const dataDir = tempDir('stage-data');
  writeFileSync(join(dataDir, 'keys.json'), '{"keys":{"next":["PgDn"],"__proto__":["x"]}}');
  pages = await openShow(browser, speechFile(), { dataDir });
  const { presenter, audience } = pages;
  await presenter.bringToFront();
  await expect(presenter.getByTestId('keys-problem')).toContainText(
    'keys.json: keys.next[0]: "PgDn" is not a key',
  );
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(pages, 1);
  // edited while the show runs: read again, both windows use it
  writeFileSync(join(dataDir, 'keys.json'), JSON.stringify({ keys: { white: ['b'] } }));
  await expect(presenter.getByTestId('keys-problem')).toBeHidden();
  // the audience is driven now: in front, so that it takes the new keys at once (a background tab
  // gets about a frame a second, and its key would meet the old table)
  await audience.bringToFront();
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-screen', 'live');
  await audience.keyboard.press('b');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-screen', 'white');
  await presenter.keyboard.press('?');
  await expect(presenter.locator('[data-testid=key-help] tr[data-action="white"] kbd')).toHaveText(['B']);
  await expect(presenter.getByTestId('key-help-custom')).toBeVisible();
  expect(pages.problems).toEqual([]);
});

test('the key preferences write keys.json; a refused key writes nothing', async ({ browser }) => {
  const dataDir = tempDir('stage-prefs');
  pages = await openShow(browser, speechFile(), { dataDir });
  const { presenter, audience } = pages;
  await presenter.bringToFront();
  await presenter.getByTestId('keys-button').click();
  const prefs = presenter.getByTestId('key-preferences');
  await prefs.getByTestId('key-add-freeze').click();
  await presenter.keyboard.press('F7');
  await prefs.getByTestId('key-save').click();
  await expect(prefs.getByTestId('key-save-result')).toContainText('Saved');
  await presenter.keyboard.press('Escape');
  await audience.keyboard.press('F7');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-screen', 'frozen');
  // a digit is kept for slide numbers: refused, nothing written
  await presenter.getByTestId('keys-button').click();
  await prefs.getByTestId('key-add-white').click();
  await presenter.keyboard.press('7');
  await prefs.getByTestId('key-save').click();
  await expect(prefs.getByTestId('key-save-result')).toContainText('kept for typing a slide number');
  expect(pages.show.session.snapshot().keys.overrides).toEqual({ freeze: ['z', 'Z', 'F7'] });
});

test('the clock signals the minutes left, in the presenter only', async ({ browser }) => {
  // The host's clock runs 4 min 5 s behind, so the talk it starts has 55 s left of its 5 minutes.
  pages = await openShow(browser, speechFile(), { clock: () => Date.now() - 245_000 });
  const { presenter, audience } = pages;
  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  const signal = presenter.getByTestId('time-signal');
  await expect(signal).toHaveText('1 min left');
  await expect(signal).toHaveAttribute('data-flashing', 'on');
  await expect(audience.getByText('min left')).toHaveCount(0);
});
