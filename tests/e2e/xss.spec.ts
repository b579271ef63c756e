/**
 * A speech is untrusted input: it comes from anyone who can hand the speaker a file. This test
 * writes a Markdown speech that holds every vector of tests/fixtures/xss-vectors.txt in every place
 * a speech can hold text (heading, paragraph, list item, link text and target, image alt and
 * source, table cell, inline code, code block), opens it with the web host through the real speech
 * engine, steps both views through every slide, and asserts that nothing ran, nothing navigated
 * and nothing was fetched from anywhere but the host itself.
 *
 * It does not depend on how the engine lays the speech out: it steps through whatever slides the
 * engine made (the session's count), with the views' own data-index as the signal.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startTestShow, type TestShow } from '../helpers/show-host';
import { tempDir } from '../helpers/temp';
import { poke, vectors, watch, xssSpeech, type Watch } from '../helpers/xss';

let show: TestShow;
test.afterEach(async () => {
  await show?.close();
});

test(`no XSS vector (${vectors.length} of them) runs, navigates or fetches, on any slide of either view`, async ({
  browser,
}) => {
  test.setTimeout(180_000);
  expect(vectors.length).toBeGreaterThanOrEqual(150);
  const dir = tempDir('xss');
  const speechPath = join(dir, 'xss.md');
  writeFileSync(speechPath, xssSpeech());
  show = await startTestShow(speechPath);
  const { host, session } = show;

  const seen: Watch = { executions: [], navigations: [], offsite: [] };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const presenter = await context.newPage();
  const audience = await context.newPage();
  await watch(presenter, (url) => url.origin === host.url, 'presenter', seen);
  await watch(audience, (url) => url.origin === host.url, 'audience', seen);
  await presenter.goto(host.presenterUrl);
  await audience.goto(host.audienceUrl);

  const count = session.current.count;
  expect(count).toBeGreaterThan(1);
  const started = Date.now();
  for (let index = 0; index < count; index += 1) {
    session.dispatch({ type: 'goto', index });
    for (const [page, id] of [
      [presenter, 'presenter'],
      [audience, 'audience'],
    ] as const) {
      await expect(page.getByTestId(id)).toHaveAttribute('data-index', String(index), { timeout: 5_000 });
      // The presenter's whole page changes with the slide; the audience's current slide is enough
      // (every slide is in its DOM, and all of them are poked once more at the end).
      await page.evaluate(poke, id === 'presenter' ? 'body *' : '.reveal .slides section.present *');
    }
  }
  await audience.evaluate(poke, 'body *');
  await presenter.waitForTimeout(500); // anything scheduled (setTimeout, animations) gets its chance
  const violations = (page: Page) =>
    page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]);
  const csp = [...(await violations(presenter)), ...(await violations(audience))];
  // Positive control: markup that did get into the DOM is caught by the same watchers.
  await presenter.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="__xss(0)">'),
  );
  await expect.poll(() => violations(presenter)).toContainEqual(expect.stringContaining('script-src'));
  console.log(
    `xss: ${vectors.length} vectors, ${count} slides, both views, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await context.close();

  expect(seen.executions, 'vectors that ran').toEqual([]);
  expect(seen.navigations, 'navigations besides the two initial loads').toEqual([
    `presenter: main ${host.presenterUrl}`,
    `audience: main ${host.audienceUrl}`,
  ]);
  expect(seen.offsite, 'requests to anywhere but the web host').toEqual([]);
  // Stronger still: nothing from the speech even reached the CSP (no element tried to load or run).
  expect(csp, 'CSP violations').toEqual([]);
});
