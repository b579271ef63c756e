import { expect, type Browser, type Page } from '@playwright/test';
import { startTestShow, type TestShow, type TestShowOptions } from '../helpers/show-host';

/**
 * Page objects for the two views. They wait for what the app renders (data-index on the views,
 * set after reveal.js reports the slide shown), never for fixed times.
 */
export interface ShowPages {
  show: TestShow;
  presenter: Page;
  audience: Page;
  /** Console errors and CSP violations seen on either page. */
  problems: string[];
  close(): Promise<void>;
}

export async function openShow(
  browser: Browser,
  speechPath?: string,
  options?: TestShowOptions,
): Promise<ShowPages> {
  const show = await startTestShow(speechPath, options);
  const problems: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const presenter = await context.newPage();
  const audience = await context.newPage();
  for (const [name, page] of [
    ['presenter', presenter],
    ['audience', audience],
  ] as const) {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${name}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`));
  }
  await audience.setViewportSize({ width: 1280, height: 720 });
  await presenter.goto(show.host.presenterUrl);
  await audience.goto(show.host.audienceUrl);
  await expectSlide({ presenter, audience }, 0);
  return {
    show,
    presenter,
    audience,
    problems,
    close: async () => {
      await context.close();
      await show.close();
    },
  };
}

/** Both views show slide `index`: the presenter's counter and reveal.js's current slide. */
export async function expectSlide(pages: { presenter: Page; audience: Page }, index: number): Promise<void> {
  await expect(pages.presenter.getByTestId('presenter')).toHaveAttribute('data-index', String(index));
  await expect(pages.audience.getByTestId('audience')).toHaveAttribute('data-index', String(index));
  await expect(pages.audience.locator('.reveal .slides > section.present')).toHaveAttribute(
    'data-slide-id',
    `s${index}`,
  );
}

/** Elapsed timer as shown to the speaker, in seconds. */
export async function shownElapsedSeconds(presenter: Page): Promise<number> {
  const text = (await presenter.getByTestId('elapsed').textContent()) ?? '';
  const parts = text.split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}
