import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectSlide, openShow, type ShowPages } from './show-pages';
import { tempDir } from '../helpers/temp';

let pages: ShowPages;

test.beforeEach(async ({ browser }) => {
  pages = await openShow(browser, undefined, { dataDir: tempDir('report') });
});

test.afterEach(async () => {
  await pages.close();
});

test('the presenter opens the rehearsal report in place, downloads its CSV, and goes back to the show', async () => {
  const { presenter, show } = pages;
  // one short rehearsal, so the report has a run
  await presenter.getByTestId('rehearse').click();
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(pages, 2);
  show.session.dispatch({ type: 'rehearsal', action: 'finish' });
  await expect(presenter.getByTestId('open-report')).toBeVisible();

  await presenter.getByTestId('open-report').click();
  await expect(presenter.getByTestId('report')).toBeVisible();
  await expect(presenter.getByTestId('card-runs')).toContainText('1');
  const [download] = await Promise.all([
    presenter.waitForEvent('download'),
    presenter.getByTestId('csv-link').click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  // a UTF-8 byte-order mark first, so spreadsheet programs read non-Latin titles right
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.trim().split(/\r?\n/)).toHaveLength(1 + show.session.current.count);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);

  await presenter.getByTestId('report-close').click();
  await expect(presenter.getByTestId('presenter')).toBeVisible();
  await presenter.keyboard.press('ArrowRight'); // keys work again in the presenter view
  await expectSlide(pages, 3);
});
