/**
 * The LAN pages in Chromium (issue #13): the phone remote at phone size with touch, the stage
 * manager's cues, the live follow page with a translation; each opened with its own role's token
 * on a host started as `serve --lan` does (reached on loopback only).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { localLink, projectRoot, startTestShow, type TestShow } from '../helpers/show-host';

const shots = join(projectRoot, 'test-results', 'screenshots');
mkdirSync(shots, { recursive: true });
const SPEECH = join(projectRoot, 'tests', 'fixtures', 'speeches', 'follow', 'talk.md');

let show: TestShow | null = null;
test.afterEach(async () => {
  await show?.close();
  show = null;
});

async function lanShow(): Promise<TestShow> {
  show = await startTestShow(SPEECH, { lan: true });
  return show;
}

/** A real touch swipe (Chromium turns it into pointer events), from one point to another. */
async function swipe(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= 6; i++) {
    const x = from.x + ((to.x - from.x) * i) / 6;
    const y = from.y + ((to.y - from.y) * i) / 6;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
  }
  // The finger rests before it lifts, as a careful thumb does: lifting at speed starts a fling,
  // and a phone takes the next tap as "stop the fling", not as a tap.
  for (let i = 0; i < 4; i++) {
    await page.waitForTimeout(40);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [to] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Nothing on the page is wider than the screen: no sideways scrolling. */
async function widest(page: Page): Promise<{ scroll: number; width: number }> {
  return page.evaluate(() => ({
    scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    width: window.innerWidth,
  }));
}

test('the phone remote moves the show by tap and swipe, at 390×844, and nothing is wider than the phone', async ({
  browser,
}) => {
  const { host, session } = await lanShow();
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const remote = await phone.newPage();
  await remote.goto(localLink(host, 'remote'));
  await expect(remote.getByTestId('remote')).toHaveAttribute('data-index', '0');
  await remote.bringToFront();

  await remote.getByTestId('remote-next').tap();
  await expect(remote.getByTestId('remote')).toHaveAttribute('data-index', '1');
  expect(session.current.index).toBe(1);
  await expect(remote.getByTestId('remote-title')).toHaveText('Good morning');
  await remote.getByTestId('remote-black').tap();
  await expect(remote.getByTestId('remote-black')).toHaveAttribute('aria-pressed', 'true');
  expect(session.current).toMatchObject({ index: 1, screen: 'black' });
  await remote.getByTestId('remote-black').tap();
  await expect.poll(() => session.current.screen).toBe('live');

  const area = (await remote.getByTestId('remote-swipe').boundingBox())!;
  const y = area.y + area.height / 2;
  await swipe(remote, { x: 330, y }, { x: 60, y: y + 10 });
  await expect(remote.getByTestId('remote')).toHaveAttribute('data-index', '2');
  await swipe(remote, { x: 60, y }, { x: 330, y });
  await expect(remote.getByTestId('remote')).toHaveAttribute('data-index', '1');
  await swipe(remote, { x: 330, y }, { x: 60, y });
  await expect(remote.getByTestId('remote')).toHaveAttribute('data-index', '2');
  await expect(remote.getByTestId('remote-title')).toHaveText('The problem');

  // The elapsed time runs since the first Next, and the paragraph being spoken is shown large.
  await expect(remote.getByTestId('remote-speech')).toContainText('Half of our cities');
  expect((await widest(remote)).scroll).toBeLessThanOrEqual(390);

  // The longest cue, one unbroken word, still fits; a tap acknowledges it.
  await session.submit({ type: 'cue', text: 'W'.repeat(140) }, 'crew');
  await expect(remote.getByTestId('remote-cue')).toBeVisible();
  const { scroll, width } = await widest(remote);
  expect(scroll).toBeLessThanOrEqual(width);
  await session.submit({ type: 'cue', preset: '5min' }, 'crew');
  await expect(remote.getByTestId('remote-cue-words')).toHaveText('5 minutes left');
  await remote.screenshot({ path: join(shots, 'remote.png') });
  await remote.getByTestId('remote-cue').tap();
  await expect(remote.getByTestId('remote-cue')).toHaveCount(0);
  expect(session.current.cues.at(-1)).toMatchObject({ preset: '5min', answeredAt: expect.any(Number) });

  // A drag up or down scrolls the speech; it never moves the show (last: a tap during the
  // scroll's fling only stops the fling, as on any phone).
  const revision = session.current.revision;
  await swipe(remote, { x: 200, y: y + 100 }, { x: 215, y: y - 100 });
  await swipe(remote, { x: 200, y: y - 100 }, { x: 185, y: y + 100 });
  await expect(remote.getByTestId('remote')).toHaveAttribute('data-index', '2');
  expect(session.current.revision).toBe(revision);
  await phone.close();
});

test('a cue from /crew shows in the presenter as text, never in the audience, and K acknowledges it', async ({
  browser,
}) => {
  const { host, session } = await lanShow();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const presenter = await context.newPage();
  const audience = await context.newPage();
  const crew = await (await browser.newContext({ viewport: { width: 700, height: 900 } })).newPage();
  await presenter.goto(host.presenterUrl);
  await audience.goto(host.audienceUrl);
  await crew.goto(localLink(host, 'crew'));
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-index', '0');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-index', '0');

  const hostile = '<img src=x onerror="window.__pwned=1">Wrap up <b>now</b>';
  await crew.bringToFront();
  await crew.getByTestId('crew-text').fill(hostile);
  await expect(crew.getByTestId('crew-count')).toHaveText(`${Array.from(hostile).length} / 140 characters`);
  await crew.getByTestId('crew-send').click();
  await expect(presenter.getByTestId('cue-banner-words')).toHaveText(hostile);
  await expect(presenter.locator('[data-testid="cue-banner"] img, [data-testid="cue-banner"] b')).toHaveCount(
    0,
  );
  await expect(crew.getByTestId('crew-cue-status')).toContainText('not seen yet');
  // Too long: refused by the page and, were it sent, by the host (400).
  await crew.getByTestId('crew-text').fill('x'.repeat(141));
  await expect(crew.getByTestId('crew-send')).toBeDisabled();
  expect((await session.submit({ type: 'cue', text: 'x'.repeat(141) }, 'crew')).ok).toBe(false);

  await expect(audience.locator('.cue-banner')).toHaveCount(0);
  expect(await audience.evaluate(() => document.body.innerText)).not.toContain('Wrap up');
  expect(await presenter.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await presenter.bringToFront();
  await presenter.screenshot({ path: join(shots, 'presenter-cue.png') });

  await presenter.keyboard.press('k');
  await expect(presenter.getByTestId('cue-banner')).toHaveCount(0);
  await expect(crew.getByTestId('crew-cue-status')).toContainText('Seen at');
  expect(session.current.cues).toEqual([
    expect.objectContaining({ text: hostile, answeredAt: expect.any(Number) }),
  ]);
  await crew.getByTestId('crew-text').fill('Two more questions, then close');
  await crew.getByTestId('crew-preset-slow-down').click();
  await expect(presenter.getByTestId('cue-banner-words')).toHaveText('Slow down');
  await crew.bringToFront();
  await crew.screenshot({ path: join(shots, 'crew.png') });
  await context.close();
  await crew.context().close();
});

test('/follow follows the speaker within a second, with the translation beside, pages back alone, and cannot command', async ({
  browser,
}) => {
  const { host, session } = await lanShow();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const follow = await context.newPage();
  await follow.goto(localLink(host, 'follower'));
  await expect(follow.getByTestId('follow')).toHaveAttribute('data-index', '0');
  await expect(follow.getByTestId('follow-translation')).toHaveValue('zh');
  // named in the reader's language, with the file it comes from
  await expect(follow.getByTestId('follow-translation').locator('option:checked')).toHaveText(
    'Chinese (talk.zh.md)',
  );
  await follow.bringToFront();

  await session.submit({ type: 'goto', index: 3 }, 'presenter');
  await expect(follow.getByTestId('follow')).toHaveAttribute('data-index', '3', { timeout: 1_000 });
  await expect(follow.getByTestId('follow-now')).toContainText(
    'First, we will measure every district network',
  );
  await expect(follow.getByTestId('follow-now-translated')).toHaveText(
    '第一，我们将在明年之前测量每个区的管网。',
  );
  await expect(follow.getByTestId('follow-preview')).toHaveAttribute('data-slide-id', 's3');

  await follow.getByTestId('follow-prev').click();
  await expect(follow.getByTestId('follow-preview')).toHaveAttribute('data-slide-id', 's2');
  expect(session.current.index).toBe(3);
  await follow.screenshot({ path: join(shots, 'follow.png') });
  await follow.getByTestId('follow-live').click();
  await expect(follow.getByTestId('follow-preview')).toHaveAttribute('data-slide-id', 's3');

  // The page sends nothing, and a follower's socket that tries is refused (403); it cannot even
  // open a presenter's socket with its token.
  const token = new URL(localLink(host, 'follower')).searchParams.get('token')!;
  const tried = await follow.evaluate(async (t) => {
    const ask = (view: string) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(`ws://${location.host}/ws?view=${view}&token=${t}`);
        ws.onmessage = (e) => {
          const m = JSON.parse(String(e.data)) as { type: string; result?: { status: number } };
          if (m.type === 'result') resolve(`status ${m.result!.status}`);
        };
        ws.onopen = () => ws.send(JSON.stringify({ type: 'command', id: 1, command: { type: 'next' } }));
        ws.onerror = () => resolve('refused');
      });
    return { follow: await ask('follow'), presenter: await ask('presenter') };
  }, token);
  expect(tried).toEqual({ follow: 'status 403', presenter: 'refused' });
  expect(session.current.index).toBe(3);
  await context.close();
});

test('a follower token cannot open the remote, and the answer says no more than a wrong token', async ({
  request,
}) => {
  const { host } = await lanShow();
  const followerToken = new URL(localLink(host, 'follower')).searchParams.get('token');
  const asFollower = await request.get(`${host.url}/remote?token=${followerToken}`);
  const guessed = await request.get(`${host.url}/remote?token=guess`);
  expect(asFollower.status()).toBe(403);
  expect(await asFollower.text()).toBe(await guessed.text());
  expect((await request.get(localLink(host, 'remote'))).status()).toBe(200);
});

test('in an Arabic interface the LAN pages are mirrored and speak Arabic, while the English speech stays left to right', async ({
  browser,
}) => {
  show = await startTestShow(SPEECH, { lan: true, uiLanguage: 'ar' });
  const { host, session } = show;
  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const remote = await phone.newPage();
  await remote.goto(localLink(host, 'remote'));
  await expect(remote.locator('html')).toHaveAttribute('dir', 'rtl');
  await remote.bringToFront();
  await remote.getByTestId('remote-next').tap();
  await remote.getByTestId('remote-next').tap();
  await expect(remote.getByTestId('remote')).toHaveAttribute('data-index', '2');
  await session.submit({ type: 'cue', preset: 'wrap' }, 'crew');
  await expect(remote.getByTestId('remote-cue-words')).toHaveText('حان وقت الختام');
  await expect(remote.getByTestId('remote-next')).toContainText('التالية');
  // mirrored: Next is the left-hand button and its arrow points left, the way a swipe to the left goes on
  const next = (await remote.getByTestId('remote-next').boundingBox())!;
  const prev = (await remote.getByTestId('remote-prev').boundingBox())!;
  expect(next.x + next.width).toBeLessThanOrEqual(prev.x);
  await expect(remote.getByTestId('remote-next').locator('.lan-arrow')).toHaveCSS(
    'transform',
    'matrix(-1, 0, 0, 1, 0, 0)',
  );
  // the speech's words are laid out as English is, the full stop at the end of the line
  for (const id of ['remote-title', 'remote-speech'])
    await expect(remote.getByTestId(id)).toHaveCSS('direction', 'ltr');
  expect((await widest(remote)).scroll).toBeLessThanOrEqual(360);
  await remote.evaluate(() => document.fonts.ready);
  await remote.screenshot({ path: join(shots, 'remote-ar.png') });

  const crew = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await crew.goto(localLink(host, 'crew'));
  await crew.bringToFront();
  await expect(crew.getByTestId('crew-cue-status')).toContainText('لم يُشاهَد بعد');
  // the crew's own line takes the direction of what is typed, and its fault is said in Arabic
  await expect(crew.getByTestId('crew-text')).toHaveAttribute('dir', 'auto');
  await crew.getByTestId('crew-text').fill('x'.repeat(141));
  await expect(crew.getByTestId('crew-count')).toHaveText(
    'طويل جدًا: عدد الأحرف 141، والحد الأقصى للتنبيه 140',
  );
  await expect(crew.getByTestId('crew-send')).toBeDisabled();
  await crew.getByTestId('crew-text').fill('Two more questions');
  await expect(crew.getByTestId('crew-count')).toHaveText('الأحرف: 18 / 140');
  await crew.screenshot({ path: join(shots, 'crew-ar.png') });

  const follow = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await follow.goto(localLink(host, 'follower'));
  await follow.bringToFront();
  await expect(follow.getByTestId('follow')).toHaveAttribute('data-index', '2');
  await expect(follow.getByTestId('follow-where')).toContainText('مباشر · الشريحة 3 من 5');
  // the slide is the room's, never mirrored by the reader's interface; each text keeps its own direction
  await expect(follow.locator('[data-testid="follow-preview"] .lectern-slide')).toHaveCSS('direction', 'ltr');
  await expect(follow.getByTestId('follow-now').locator('p').first()).toHaveCSS('direction', 'ltr');
  await expect(follow.getByTestId('follow-now-translated')).toHaveAttribute('lang', 'zh');
  await follow.evaluate(() => document.fonts.ready);
  await follow.screenshot({ path: join(shots, 'follow-ar.png') });
  await phone.close();
  await crew.context().close();
  await follow.context().close();
});
