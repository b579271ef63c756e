/**
 * Themes and the speech's own CSS in the live show, read off the pages as Chromium computed them:
 * the theme's colours on the audience's slide and the presenter's previews, a change of theme or
 * of the CSS file reloaded like a save of the speech, and CSS that reaches for anything outside
 * the speech's folder loading nothing (sanitised on the host, refused by the page's policy).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectSlide, openShow, type ShowPages } from './show-pages';
import { tempDir } from '../helpers/temp';
import { CHART_PNG } from '../helpers/every-block';

function save(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

const speechText = (front: string) =>
  `---\ntitle: Open data\n${front}---\n\n# Why open data\n\n- Residents see where **money** goes\n- Start-ups build on *public* data\n\nThree reasons, all about trust.\n`;

/** Computed style of the current slide's parts in a page. */
async function slideLook(page: Page, scope: string) {
  return page
    .locator(scope)
    .first()
    .evaluate((slide) => {
      const cs = (sel: string) => getComputedStyle(slide.querySelector(sel)!);
      return {
        background: getComputedStyle(slide).backgroundImage,
        title: cs('.slide-title').color,
        transform: cs('.slide-title').textTransform,
        text: getComputedStyle(slide).color,
        strong: cs('strong').color,
      };
    });
}

/** Goes to slide `index` (the one with a list, bold and emphasis) and waits for both views. */
async function toSlide(shown: ShowPages, index: number): Promise<void> {
  shown.show.session.submit({ type: 'goto', index }, 'presenter');
  await expectSlide(shown, index);
  await shown.audience.bringToFront();
}

let pages: ShowPages | undefined;
test.afterEach(async () => {
  await pages?.close();
  pages = undefined;
});

test('the theme named in the front matter draws the audience’s slide and the previews, and follows a save', async ({
  browser,
}) => {
  const dir = tempDir('theme');
  const speech = join(dir, 'talk.md');
  save(speech, speechText('theme: white\n'));
  pages = await openShow(browser, speech, { follow: true });
  const { audience, presenter } = pages;
  await toSlide(pages, 1);
  const current = '.reveal .slides > section.present .lectern-slide';
  await expect
    .poll(() => slideLook(audience, current))
    .toMatchObject({
      title: 'rgb(34, 34, 34)',
      transform: 'uppercase',
      text: 'rgb(34, 34, 34)',
      strong: 'rgb(42, 118, 221)',
    });
  expect((await slideLook(audience, current)).background).toContain('rgb(255, 255, 255)');
  // the presenter's preview is the same slide, drawn the same
  expect(await slideLook(presenter, '[data-testid="current-preview"] .lectern-slide')).toEqual(
    await slideLook(audience, current),
  );
  await audience.screenshot({ path: test.info().outputPath('theme-white.png') });

  save(speech, speechText('theme: night\n'));
  await expect
    .poll(() => slideLook(audience, current))
    .toMatchObject({
      title: 'rgb(255, 255, 255)',
      transform: 'none',
      strong: 'rgb(231, 173, 82)',
    });
  expect((await slideLook(audience, current)).background).toContain('rgb(17, 17, 17)');
  await audience.screenshot({ path: test.info().outputPath('theme-night.png') });
  expect(pages.problems).toEqual([]);
});

test('the speech’s own CSS styles the slides only, and a save of it alone reloads it', async ({
  browser,
}) => {
  const dir = tempDir('css');
  const speech = join(dir, 'talk.md');
  const css = join(dir, 'talk.css');
  writeFileSync(join(dir, 'logo.png'), CHART_PNG);
  save(
    css,
    ':root { --accent: #c0392b }\nh1 { color: rgb(10, 20, 30); background: url(logo.png) no-repeat right }\n.presenter { display: none }',
  );
  save(speech, speechText('theme: lectern-light\ncss: talk.css\n'));
  pages = await openShow(browser, speech, { follow: true });
  const { audience, presenter } = pages;
  await toSlide(pages, 1);
  const current = '.reveal .slides > section.present .lectern-slide';
  await expect
    .poll(() => slideLook(audience, current))
    .toMatchObject({ title: 'rgb(10, 20, 30)', strong: 'rgb(192, 57, 43)' });
  // the picture it names came from beside the speech, through the host
  const logo = await audience
    .locator(`${current} .slide-title`)
    .evaluate((h) => getComputedStyle(h).backgroundImage);
  expect(logo).toMatch(/url\("http:\/\/127\.0\.0\.1:\d+\/media\/logo\.png"\)/);
  await expect
    .poll(() => audience.evaluate(async (url) => (await fetch(url)).status, logo.slice(5, -2)))
    .toBe(200);
  // the presenter's own interface is not the slides': CSS cannot hide it
  await expect(presenter.getByTestId('presenter')).toBeVisible();
  expect(await slideLook(presenter, '[data-testid="current-preview"] .lectern-slide')).toMatchObject({
    title: 'rgb(10, 20, 30)',
  });

  save(css, 'h1 { color: rgb(200, 10, 10) }');
  await expect.poll(() => slideLook(audience, current)).toMatchObject({ title: 'rgb(200, 10, 10)' });
  await expect
    .poll(() => slideLook(presenter, '[data-testid="current-preview"] .lectern-slide'))
    .toMatchObject({
      title: 'rgb(200, 10, 10)',
    });
  expect(pages.problems).toEqual([]);
});

test('hostile CSS loads nothing: sanitised on the host, and refused by the page’s policy when it gets through', async ({
  browser,
}) => {
  let requests: string[] = [];
  const outside: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'text/css' }).end('h1{color:rgb(1,2,3)}');
  });
  await new Promise<void>((done) => outside.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(outside.address() as AddressInfo).port}`;
  try {
    const dir = tempDir('hostile');
    const speech = join(dir, 'talk.md');
    save(
      join(dir, 'evil.css'),
      [
        `@import url(${origin}/import.css);`,
        `h1 { background: url(${origin}/bg.png) }`,
        `.slide-body { --x: url(${origin}/var.png); background-image: var(--x) }`,
        `p { background: url(file:///etc/hostname) }`,
        `li { background-image: image-set("${origin}/set.png" 1x) }`,
        `strong { background: url(ht\\74 p://127.0.0.1:${(outside.address() as AddressInfo).port}/escaped.png) }`,
      ].join('\n'),
    );
    save(speech, speechText('css: evil.css\n'));
    pages = await openShow(browser, speech);
    const { audience, show } = pages;
    await audience.bringToFront();
    // every one of them is a warning with its line, and none reached the page
    expect(
      show.session
        .snapshot()
        .deck.warnings.filter((w) => w.file === 'evil.css')
        .map((w) => w.line),
    ).toEqual([1, 2, 3, 4, 5, 6]);
    await expect(audience.locator('.reveal .slides > section.present h1')).toBeVisible();
    await audience.waitForLoadState('networkidle');
    expect(requests).toEqual([]);

    // the second wall: CSS put on the page as it is, past the host, still loads nothing
    requests = [];
    const violations = await audience.evaluate(async (from) => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      const style = document.createElement('style');
      style.textContent = `@import url(${from}/raw-import.css); .lectern-slide h1 { background: url(${from}/raw-bg.png) } .lectern-slide p { background: url(file:///etc/hostname) }`;
      document.head.append(style);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`.lectern-slide li { background: url(${from}/adopted.png) }`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      await new Promise((r) => setTimeout(r, 500));
      return seen;
    }, origin);
    await audience.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    expect(violations.some((v) => v.startsWith('style-src') || v.startsWith('img-src'))).toBe(true);
  } finally {
    await new Promise((done) => outside.close(done));
  }
});
