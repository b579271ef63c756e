/**
 * The audience page paints its first slide from what the web host shipped in the page (the
 * snapshot and the slide's markup), not from the WebSocket, and fetches none of the other views'
 * code. Asserted on requests and on what is drawn, never on time.
 */
import { expect, test, type Request } from '@playwright/test';
import { startTestShow, type TestShow } from '../helpers/show-host';

let show: TestShow;
test.afterEach(async () => {
  await show?.close();
});

/** Chunks the audience has no use for: other views, the chart library, the presenter's panels. */
const NOT_FOR_THE_AUDIENCE =
  /\/assets\/(PresenterView|ReportPage|DelegatePage|RemotePage|CrewPage|FollowPage|ConnectPage|Overview|KeyPreferences)-/;

test('the audience draws its first slide with no socket, and loads no other view', async ({ browser }) => {
  show = await startTestShow();
  show.session.dispatch({ type: 'goto', index: 2 });
  const slide = show.session.snapshot().deck.slides[2]!;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request: Request) => requests.push(new URL(request.url()).pathname));
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // The host never answers this page's socket: what it draws can only come from the page itself.
  await page.routeWebSocket(/\/ws/, () => undefined);
  await page.goto(show.host.audienceUrl);

  const audience = page.getByTestId('audience');
  await expect(audience).toHaveAttribute('data-index', '2');
  await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide-id', slide.id);
  if (slide.title) await expect(page.locator('section.present .slide-title')).toHaveText(slide.title);
  // the host-drawn slide is gone once the live deck shows its own
  await expect(page.locator('#lectern-first-slide')).toHaveCount(0);

  expect(requests.filter((path) => NOT_FOR_THE_AUDIENCE.test(path))).toEqual([]);
  expect(requests.some((path) => /\/assets\/audience-[^/]+\.js$/.test(path))).toBe(true);
  expect(problems).toEqual([]);
  await context.close();
});

test('the presenter loads its own chunk, which the audience never asked for', async ({ browser }) => {
  show = await startTestShow();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request: Request) => requests.push(new URL(request.url()).pathname));
  await page.goto(show.host.presenterUrl);
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-index', '0');
  expect(requests.some((path) => /\/assets\/PresenterView-[^/]+\.js$/.test(path))).toBe(true);
  await context.close();
});
