/**
 * The stage controls' desktop-only paths: the menu opens the presenter's panels (Preferences…,
 * View › Overview of Slides, Keys…), the preferences screen writes keys.json through main's
 * keys:save (presenter only), and a clicker's keys in the audience window set the screen.
 * Skipped, with the reason printed once, where no Electron binary exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { tempDir } from '../helpers/temp';
import { clickMenu, electronForTests, launchLectern, type LecternApp } from './lectern-app';

const { electron, skipReason } = electronForTests();

test.describe('stage controls in the desktop app', () => {
  test.skip(!electron.ok, skipReason);

  let lectern: LecternApp | undefined;
  test.afterEach(async () => {
    await lectern?.app.close();
    lectern = undefined;
  });

  test('Preferences… opens the keys; saving writes keys.json and both windows use it', async () => {
    const dataDir = tempDir('electron-keys');
    lectern = await launchLectern(electron.ok ? electron.path : '', [], { dataDir });
    const { presenter, audience, problems } = lectern;
    await clickMenu(lectern, 'Preferences…');
    const prefs = presenter.getByTestId('key-preferences');
    await expect(prefs).toBeVisible();
    await prefs.getByTestId('key-add-white').click();
    await presenter.keyboard.press('F7');
    await prefs.getByTestId('key-save').click();
    await expect(prefs.getByTestId('key-save-result')).toContainText('Saved');
    const file = join(dataDir, 'keys.json');
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ keys: { white: ['w', 'W', ',', 'F7'] } });
    await audience.keyboard.press('F7');
    await expect(audience.getByTestId('audience')).toHaveAttribute('data-screen', 'white');
    // the audience window's bridge has no way to write keys
    expect(
      await audience.evaluate(
        () => typeof (globalThis as { lectern?: { saveKeys?: unknown } }).lectern?.saveKeys,
      ),
    ).toBe('undefined');
    expect(problems).toEqual([]);
  });

  test('View › Overview of Slides and Keys… open the presenter’s panels; B in the audience blacks the screen', async () => {
    lectern = await launchLectern(electron.ok ? electron.path : '');
    const { presenter, audience } = lectern;
    await clickMenu(lectern, 'Overview of Slides');
    await expect(presenter.getByTestId('overview')).toBeVisible();
    await presenter.keyboard.press('Escape');
    await clickMenu(lectern, 'Keys…');
    await expect(presenter.getByTestId('key-help')).toBeVisible();
    await audience.keyboard.press('b');
    await expect(presenter.getByTestId('screen-indicator')).toHaveAttribute('data-screen', 'black');
  });
});
