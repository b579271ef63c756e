import { mkdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot } from '../helpers/show-host';
import { expectSlide, openShow, shownElapsedSeconds, type ShowPages } from './show-pages';

const screenshots = join(projectRoot, 'test-results', 'screenshots');
mkdirSync(screenshots, { recursive: true });

let pages: ShowPages;

test.beforeEach(async ({ browser }) => {
  pages = await openShow(browser);
});

test.afterEach(async () => {
  await pages.close();
});

test('keys pressed in the presenter move the audience, and keys in the audience move the presenter', async () => {
  const { presenter, audience } = pages;
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(pages, 1);
  await presenter.keyboard.press('PageDown');
  await presenter.keyboard.press('Space');
  await expectSlide(pages, 3);
  await audience.keyboard.press('ArrowLeft');
  await expectSlide(pages, 2);
  await audience.keyboard.press('End');
  const last = pages.show.session.current.count - 1;
  await expectSlide(pages, last);
  await presenter.keyboard.press('Home');
  await expectSlide(pages, 0);
  // number + Enter jumps (slide numbers are 1-based on screen)
  await presenter.keyboard.type('4');
  await expect(presenter.getByTestId('jump')).toContainText('4');
  await presenter.keyboard.press('Enter');
  await expectSlide(pages, 3);
  // a slide that does not exist is refused and said, never a silent jump to the last one
  await presenter.keyboard.type('99');
  await presenter.keyboard.press('Enter');
  await expect(presenter.getByTestId('notice')).toHaveText(
    `There is no slide 99: the deck has ${last + 1} (index 0 to ${last})`,
  );
  await expectSlide(pages, 3);
  // the audience window moves the deck, but may not run the show
  await audience.keyboard.press('r');
  await audience.keyboard.press('ArrowRight');
  await expectSlide(pages, 4);
  expect(pages.show.session.current.mode).toBe('present');
  expect(pages.problems).toEqual([]);
});

test("the presenter shows this slide's speech text, and the next-slide preview is the next slide", async () => {
  const { presenter, show } = pages;
  const deck = show.session.snapshot().deck;
  const seed = readFileSync(join(projectRoot, 'slides', 'carec-digital-strategy-2030.txt'), 'utf8');
  for (const index of [0, 2, deck.slides.length - 2]) {
    await presenter.keyboard.type(String(index + 1));
    await presenter.keyboard.press('Enter');
    await expectSlide(pages, index);
    const slide = deck.slides[index]!;
    const next = deck.slides[index + 1]!;
    const notes = (await presenter.getByTestId('notes').innerText()).trim();
    // what the speaker reads is this slide's part of the speech, word for word
    expect(notes.replace(/\s+/g, ' ')).toBe(slide.notes.replace(/\s+/g, ' ').trim());
    for (const paragraph of notes.split(/\n+/).filter(Boolean)) {
      expect(seed.replace(/\*\*/g, '')).toContain(paragraph.trim());
    }
    await expect(presenter.getByTestId('current-preview')).toHaveAttribute('data-slide-id', slide.id);
    await expect(presenter.getByTestId('next-preview')).toHaveAttribute('data-slide-id', next.id);
    if (next.title) await expect(presenter.getByTestId('next-preview')).toContainText(next.title);
  }
  await presenter.screenshot({ path: join(screenshots, 'presenter.png') });
  await pages.audience.screenshot({ path: join(screenshots, 'audience.png') });
});

test('B blacks out the audience screen and the presenter says so; B again brings it back', async () => {
  const { presenter, audience } = pages;
  const overlay = audience.locator('.blackout');
  await expect(overlay).toHaveCSS('opacity', '0');
  await presenter.keyboard.press('b');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-blackout', 'on');
  await expect(overlay).toHaveCSS('opacity', '1');
  await expect(presenter.getByTestId('screen-indicator')).toContainText('BLACK');
  await audience.screenshot({ path: join(screenshots, 'audience-black.png') });
  await audience.keyboard.press('.');
  await expect(overlay).toHaveCSS('opacity', '0');
  await expect(presenter.getByTestId('screen-indicator')).not.toContainText('BLACK');
});

test('a reload of either page comes back on the same slide with the timer still counting', async () => {
  const { presenter, audience } = pages;
  await presenter.keyboard.press('ArrowRight'); // the first advance starts the timer
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(pages, 2);
  await expect.poll(() => shownElapsedSeconds(presenter), { timeout: 5_000 }).toBeGreaterThanOrEqual(1);
  const before = await shownElapsedSeconds(presenter);
  await presenter.reload();
  await audience.reload();
  await expectSlide(pages, 2);
  expect(await shownElapsedSeconds(presenter)).toBeGreaterThanOrEqual(before);
  await expect.poll(() => shownElapsedSeconds(presenter), { timeout: 5_000 }).toBeGreaterThan(before);
  await expect(presenter.getByTestId('timer-toggle')).toHaveText('Pause');
});

test('pause freezes the timer; reset asks first and then clears it', async () => {
  const { presenter } = pages;
  await presenter.getByTestId('timer-toggle').click();
  await expect.poll(() => shownElapsedSeconds(presenter), { timeout: 5_000 }).toBeGreaterThanOrEqual(1);
  await presenter.getByTestId('timer-toggle').click(); // pause
  await expect(presenter.getByTestId('timer-toggle')).toHaveText('Resume');
  const frozen = await shownElapsedSeconds(presenter);
  await presenter.waitForTimeout(1_200);
  expect(await shownElapsedSeconds(presenter)).toBe(frozen);
  await presenter.getByTestId('timer-reset').click();
  expect(pages.show.session.current.timer.accumulatedMs).toBeGreaterThan(0); // not yet: it asks
  await presenter.getByTestId('timer-reset-confirm').click();
  await expect(presenter.getByTestId('elapsed')).toHaveText('00:00');
});

test('POST /api/command moves both pages; a bad command gets 400 and moves nothing', async ({ request }) => {
  const { show } = pages;
  const ok = await request.post(`${show.host.url}/api/command`, { data: { type: 'goto', index: 4 } });
  expect(ok.status()).toBe(200);
  await expectSlide(pages, 4);
  const state = await (await request.get(`${show.host.url}/api/state`)).json();
  expect(state).toMatchObject({ index: 4, count: show.session.current.count, blackout: false });
  expect(state.title).toBe(show.session.snapshot().deck.slides[4]!.title);

  const bad = await request.post(`${show.host.url}/api/command`, { data: { type: 'goto', index: 'five' } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/index/);
  await request.post(`${show.host.url}/api/command`, { data: { type: 'warp' } });
  await pages.presenter.waitForTimeout(300);
  await expectSlide(pages, 4);
});

test('the pages run under a strict CSP with no errors', async () => {
  const csp = await pages.presenter.evaluate(async () =>
    (await fetch(location.href)).headers.get('content-security-policy'),
  );
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  await pages.presenter.keyboard.press('ArrowRight');
  await expectSlide(pages, 1);
  expect(pages.problems).toEqual([]);
});

test('+ and − change the size of the speech text, and the size is remembered', async () => {
  const { presenter } = pages;
  const size = async (): Promise<number> =>
    Number.parseFloat(await presenter.getByTestId('notes').evaluate((el) => getComputedStyle(el).fontSize));
  const initial = await size();
  await presenter.keyboard.press('+');
  await presenter.keyboard.press('+');
  await expect.poll(size).toBe(initial + 4);
  await presenter.keyboard.press('-');
  await expect.poll(size).toBe(initial + 2);
  await presenter.reload();
  await expect.poll(size).toBe(initial + 2);
  // the audience window ignores these keys
  await pages.audience.keyboard.press('+');
  await presenter.waitForTimeout(200);
  expect(await size()).toBe(initial + 2);
});

test('a speech file dropped on the browser presenter is not navigated to; the speaker is told how to open it', async () => {
  const { presenter } = pages;
  const url = presenter.url();
  const prevented = await presenter.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['# Another talk\n\nHello.'], 'another-talk.md', { type: 'text/markdown' }));
    const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
    return !window.dispatchEvent(drop);
  });
  expect(prevented).toBe(true);
  await expect(presenter.getByTestId('notice')).toContainText('npm run serve -- path/to/another-talk.md');
  expect(presenter.url()).toBe(url);
  await expectSlide(pages, 0);
});

test('a stage notice (projector unplugged) is a banner for the speaker and invisible to the room', async () => {
  const { presenter, audience, show } = pages;
  show.session.setNotice('Projector disconnected: the audience window is on this screen');
  await expect(presenter.getByTestId('stage-notice')).toContainText('Projector disconnected');
  await expect(audience.getByText('Projector disconnected')).toHaveCount(0);
  show.session.setNotice(null);
  await expect(presenter.getByTestId('stage-notice')).toHaveCount(0);
});
