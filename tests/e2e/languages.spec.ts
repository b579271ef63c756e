/**
 * Every language and script, in Chromium against the web host: an Arabic speech lays out right to
 * left on the audience screen and in the presenter's text; the presenter speaks the browser's
 * language (Chinese, Russian, Arabic, mirrored) or the one asked for with ?lang= (remembered);
 * the interface's direction never flips a slide, which follows its speech. Screenshots go to test-results/screenshots (copies in docs/).
 */
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { projectRoot, startTestShow, type TestShow } from '../helpers/show-host';

/** Where the screenshots go; the ones in docs/ are copies of these, looked at. */
const screenshots = join(projectRoot, 'test-results', 'screenshots');
const ARABIC = join(projectRoot, 'tests/fixtures/speeches/digital-ar.txt');

/** The presenter page of `show` in a browser whose language is `locale`. */
async function presenterIn(
  browser: Browser,
  show: TestShow,
  locale: string,
  url = show.host.presenterUrl,
): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByTestId('presenter')).toBeVisible();
  return page;
}

/** The box of an element: left and right edges in CSS pixels. */
async function box(page: Page, testId: string): Promise<{ left: number; right: number }> {
  const b = (await page.getByTestId(testId).boundingBox())!;
  return { left: b.x, right: b.x + b.width };
}

test('an Arabic speech is right to left on the audience screen and in the presenter’s text', async ({
  browser,
}) => {
  const show = await startTestShow(ARABIC);
  try {
    const { meta } = show.session.snapshot().deck;
    expect([meta.lang, meta.dir]).toEqual(['ar', 'rtl']);
    const context = await browser.newContext({ locale: 'ar', viewport: { width: 1280, height: 720 } });
    const audience = await context.newPage();
    await audience.goto(show.host.audienceUrl);
    await expect(audience.getByTestId('audience')).toHaveAttribute('data-index', '0');
    // the slide of key figures: title, cards and labels all right to left
    const figures = show.session.snapshot().deck.slides.findIndex((s) => s.layout === 'figures');
    expect(figures).toBeGreaterThan(0);
    show.session.submit({ type: 'goto', index: figures }, 'presenter');
    await expect(audience.getByTestId('audience')).toHaveAttribute('data-index', String(figures));
    const slide = audience.locator('.reveal .slides > section.present .lectern-slide');
    await expect(slide).toHaveAttribute('lang', 'ar');
    await expect(slide).toHaveCSS('direction', 'rtl');
    // mirrored: the title sits at the right of the slide, the accent rule above it on the right
    const title = (await slide.locator('.slide-title').boundingBox())!;
    const frame = (await slide.boundingBox())!;
    expect(title.x + title.width).toBeGreaterThan(frame.x + frame.width * 0.85);
    await audience.evaluate(() => document.fonts.ready);
    await audience.screenshot({ path: join(screenshots, 'arabic-audience.png') });

    // the presenter, in an Arabic interface: mirrored chrome, the speech right to left
    const presenter = await presenterIn(browser, show, 'ar-EG');
    await presenter.bringToFront();
    await expect(presenter.locator('html')).toHaveAttribute('dir', 'rtl');
    // the timer started with the first move: it offers to pause, in Arabic
    await expect(presenter.getByTestId('timer-toggle')).toHaveText('إيقاف مؤقت');
    await expect(presenter.getByTestId('notes')).toHaveCSS('direction', 'rtl');
    await expect(presenter.getByTestId('notes')).toHaveAttribute('lang', 'ar');
    // the slide position is at the start of the top bar: on the right in Arabic
    expect((await box(presenter, 'position')).left).toBeGreaterThan((await box(presenter, 'clock')).right);
    await presenter.evaluate(() => document.fonts.ready);
    await presenter.screenshot({ path: join(screenshots, 'presenter-ar.png') });
    await context.close();
    await presenter.context().close();
  } finally {
    await show.close();
  }
});

test('the presenter speaks the browser’s language: Chinese, Russian; Arabic mirrors it', async ({
  browser,
}) => {
  const show = await startTestShow();
  try {
    const expected: Array<[locale: string, start: string, now: string, dir: string]> = [
      ['zh-CN', '开始', '当前', 'ltr'],
      ['ru-RU', 'Старт', 'Сейчас', 'ltr'],
      ['ar', 'ابدأ', 'الآن', 'rtl'],
      ['de-DE', 'Start', 'Now', 'ltr'],
    ];
    for (const [locale, start, now, dir] of expected) {
      const page = await presenterIn(browser, show, locale);
      await page.bringToFront();
      await expect(page.getByTestId('timer-toggle')).toHaveText(start);
      await expect(page.locator('.slides-column .label').first()).toHaveText(now);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      // the page fetched its interface language's catalogue and no other (German: English)
      const catalogues = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => /\/assets\/(en|zh|ru|es|fr|ar)-[\w-]+\.js$/.exec(new URL(e.name).pathname)?.[1])
          .filter(Boolean),
      );
      expect(catalogues).toEqual([locale === 'de-DE' ? 'en' : locale.slice(0, 2)]);
      // an English speech stays left to right whatever the interface: slides follow the speech
      await expect(page.locator('[data-testid="current-preview"] .lectern-slide')).toHaveCSS(
        'direction',
        'ltr',
      );
      await expect(page.getByTestId('notes')).toHaveCSS('direction', 'ltr');
      if (dir === 'rtl') {
        // the overview's slides and their titles too, in a mirrored interface
        await page.keyboard.press('o');
        const cell = page.getByTestId('overview-cell').first();
        await expect(cell.locator('.lectern-slide')).toHaveCSS('direction', 'ltr');
        await expect(cell.locator('.cell-caption span[lang="en"]')).toHaveCSS('direction', 'ltr');
        await page.keyboard.press('Escape');
      }
      if (locale === 'zh-CN' || locale === 'ru-RU') {
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: join(screenshots, `presenter-${locale.slice(0, 2)}.png`) });
      }
      await page.context().close();
    }
  } finally {
    await show.close();
  }
});

test('?lang= overrides the browser’s language and is remembered', async ({ browser }) => {
  const show = await startTestShow();
  try {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${show.host.presenterUrl}${show.host.presenterUrl.includes('?') ? '&' : '?'}lang=fr`);
    await expect(page.getByTestId('timer-toggle')).toHaveText('Démarrer');
    await page.goto(show.host.presenterUrl);
    await expect(page.getByTestId('timer-toggle')).toHaveText('Démarrer');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await context.close();
  } finally {
    await show.close();
  }
});

test('`serve --ui-lang` is the pages’ default: it beats the browser’s language, not the reader’s choice', async ({
  browser,
}) => {
  const show = await startTestShow(undefined, { uiLanguage: 'es' });
  try {
    const page = await presenterIn(browser, show, 'en-US');
    await expect(page.getByTestId('timer-toggle')).toHaveText('Iniciar');
    await page.goto(`${show.host.presenterUrl}?lang=ru`);
    await expect(page.getByTestId('timer-toggle')).toHaveText('Старт');
    await page.context().close();
  } finally {
    await show.close();
  }
});
