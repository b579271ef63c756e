/**
 * Storage failures reach the speaker in the presenter view (issue #17, 5): a rehearsal that
 * cannot be saved is refused in a notice with the reason, a banner says what is not kept until
 * it is, and the rehearsal report lists it. The desktop app's presenter window draws the same
 * snapshot with the same components.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { projectRoot, startTestShow, type TestShow } from '../helpers/show-host';
import { tempDir } from '../helpers/temp';

const screenshots = join(projectRoot, 'test-results', 'screenshots');
mkdirSync(screenshots, { recursive: true });

let show: TestShow;
let presenter: Page;

test.beforeEach(async ({ page }) => {
  show = await startTestShow(undefined, { dataDir: tempDir('e2e-storage') });
  presenter = page;
  await presenter.goto(show.host.presenterUrl);
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-index', '0');
});

test.afterEach(async () => {
  await show.close();
});

test('a rehearsal that cannot be saved is refused with the reason, and the banner stays until it is saved', async () => {
  // The folder rehearsals are saved in is a file: every save fails, as on a read-only disk.
  writeFileSync(join(show.dataDir, 'rehearsals'), '');
  await presenter.keyboard.press('r');
  await expect(presenter.getByTestId('mode-chip')).toHaveText(/REHEARSAL/);
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('r');
  await expect(presenter.getByTestId('notice')).toContainText('The rehearsal run was not saved:');
  const banner = presenter.getByTestId('host-problems');
  await expect(banner).toContainText('A rehearsal run is not saved:');
  await expect(banner).toContainText('Lectern keeps trying every 10 s');
  await presenter.screenshot({ path: join(screenshots, 'presenter-storage-problem.png') });

  await presenter.getByTestId('open-report').click();
  await expect(presenter.getByTestId('report-problem')).toContainText('A rehearsal run is not saved:');
  await presenter.getByTestId('report-close').click();

  // Hidden by the speaker, it stays hidden until the problems change.
  await presenter.getByTestId('host-problems-hide').click();
  await expect(banner).toBeHidden();

  // Fixed: the next rehearsal saves, the held run with it, and nothing is left to say.
  rmSync(join(show.dataDir, 'rehearsals'));
  await presenter.keyboard.press('r'); // the timer has run: R asks before it starts a new rehearsal
  await presenter.getByTestId('rehearse-confirm').click();
  await expect(presenter.getByTestId('mode-chip')).toHaveText(/REHEARSAL/);
  await presenter.keyboard.press('r');
  await expect(presenter.getByTestId('mode-chip')).toBeHidden();
  await show.show.rehearsals!.settled();
  expect((await show.show.rehearsals!.report()).runs).toHaveLength(2);
  await expect(banner).toBeHidden();
  expect(show.session.snapshot().problems).toEqual([]);
});
