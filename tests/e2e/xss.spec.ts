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
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { projectRoot, startTestShow, type TestShow } from '../helpers/show-host';
import { tempDir } from '../helpers/temp';

const vectors = readFileSync(join(projectRoot, 'tests', 'fixtures', 'xss-vectors.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('# '));

function chunks<T>(list: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  );
}

/** Every vector in every context a speech offers. Headings start slides in a Markdown speech. */
function xssSpeech(): string {
  const cell = (v: string): string => v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const code = (v: string): string => `\`\` ${v.replace(/`/g, "'")} \`\``;
  return [
    '# A talk that tries everything',
    '',
    'Good morning. Every line below is an attack, and every one of them must stay plain text.',
    '',
    ...vectors.map((v) => `## ${v}\n${v}\n`),
    // The other contexts in sections of 25 vectors: slides of a size a real talk has.
    ...chunks(vectors, 25).flatMap((group, n) => [
      `## Lists ${n + 1}`,
      '',
      ...group.map((v) => `- ${v}`),
      '',
      `## Links and images ${n + 1}`,
      '',
      ...group.map((v, i) => `- [link ${i} ${v}](${v}) and ![${v}](${v})`),
      '',
      `## Table ${n + 1}`,
      '',
      '| vector | as code |',
      '| --- | --- |',
      ...group.map((v) => `| ${cell(v)} | ${cell(code(v))} |`),
      '',
      `## Code ${n + 1}`,
      '',
      '~~~~html',
      ...group,
      '~~~~',
      '',
    ]),
    'Thank you.',
    '',
  ].join('\n');
}

/**
 * Installed before any page script: every way a vector could show it ran ends in `__xssReport`
 * (a Playwright binding, so a hit is recorded even if the page navigates away afterwards).
 */
function installTrap(): void {
  const w = window as unknown as Record<string, unknown> & {
    __xssReport?: (how: string) => void;
    __cspViolations: string[];
  };
  const hit = (how: string): void => {
    try {
      w.__xssReport?.(how);
    } catch {
      // the binding is gone while the page unloads; the navigation check catches that case
    }
  };
  const fixed = (name: string, value: unknown): void => {
    Object.defineProperty(window, name, { value, writable: false, configurable: false });
  };
  fixed('__xss', (n: unknown) => hit(`__xss(${String(n)})`));
  for (const name of ['alert', 'confirm', 'prompt', 'print']) fixed(name, () => hit(name));
  Object.defineProperty(window, 'xssHit', {
    set: (v: unknown) => hit(`xssHit=${String(v)}`),
    get: () => undefined,
    configurable: false,
  });
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
}

/**
 * Fires the events that inline handlers wait for (hover, focus, pointer, animation, toggle) on every
 * element of the page: a handler that got into the DOM runs now instead of waiting for a pointer.
 * Not `click`: a legitimate https link would navigate, which is no XSS.
 */
function poke(scope: string): void {
  const types = [
    'mouseover',
    'mouseenter',
    'pointerenter',
    'focus',
    'focusin',
    'animationstart',
    'toggle',
    'load',
    'error',
  ];
  for (const element of Array.from(document.querySelectorAll(scope))) {
    for (const type of types) element.dispatchEvent(new Event(type));
  }
}

interface Watch {
  executions: string[];
  navigations: string[];
  offsite: string[];
}

async function watch(page: Page, hostUrl: string, name: string, seen: Watch): Promise<void> {
  await page.exposeBinding('__xssReport', (_source, how: string) => seen.executions.push(`${name}: ${how}`));
  await page.addInitScript(installTrap);
  page.on('dialog', (dialog) => {
    seen.executions.push(`${name}: dialog ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) =>
    seen.navigations.push(`${name}: ${frame === page.mainFrame() ? 'main' : 'subframe'} ${frame.url()}`),
  );
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return; // not the network
    if (url.origin !== hostUrl) seen.offsite.push(`${name}: ${request.url()}`);
  });
  page.on('popup', (popup) => seen.navigations.push(`${name}: popup ${popup.url()}`));
}

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
  await watch(presenter, host.url, 'presenter', seen);
  await watch(audience, host.url, 'audience', seen);
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
