/**
 * View › Phone Remote… in the desktop app: a window of its own with the LAN pages' links and QR
 * codes; nothing listens on the network until Start, a link replaced stops working at once, Stop
 * ends them. Skipped, with the reason printed once, where no Electron binary exists.
 */
import { expect, test } from '@playwright/test';
import { decodeQrImage } from '../helpers/qr-decode';
import { clickMenu, electronForTests, launchLectern, windowFor, type LecternApp } from './lectern-app';

const { electron, skipReason } = electronForTests();

test.describe('the Phone remote window', () => {
  test.skip(!electron.ok, skipReason);

  let lectern: LecternApp | undefined;
  test.afterEach(async () => {
    await lectern?.app.close();
    lectern = undefined;
  });

  test('starts the LAN pages only when asked, shows QR codes of their links, replaces and stops them', async ({
    request,
  }) => {
    lectern = await launchLectern(electron.ok ? electron.path : '');
    await clickMenu(lectern, 'Phone Remote…');
    const connect = await windowFor(lectern.app, 'connect', lectern.problems);
    await expect(connect.getByTestId('connect-start')).toBeVisible();
    // the window's bridge reaches the LAN pages and nothing of the show
    expect(
      await connect.evaluate(() => Object.keys((globalThis as { lectern?: object }).lectern ?? {}).sort()),
    ).toEqual(['role', 'rotate', 'start', 'status', 'stop']);
    await connect.getByTestId('connect-start').click();
    const remote = connect.getByTestId('connect-remote');
    const url = (await remote.locator('code').textContent())!;
    expect(decodeQrImage((await remote.locator('img').getAttribute('src'))!)).toBe(url);
    const local = url.replace(/^http:\/\/[^/]+/, `http://127.0.0.1:${new URL(url).port}`);
    expect((await request.get(local)).status()).toBe(200);
    await remote.getByRole('button').click();
    await expect(remote.locator('code')).not.toHaveText(url);
    expect((await request.get(local)).status()).toBe(403);
    await connect.getByTestId('connect-stop').click();
    await expect(connect.getByTestId('connect-start')).toBeVisible();
    await expect(request.get(local)).rejects.toThrow();
    expect(lectern.problems).toEqual([]);
  });
});
