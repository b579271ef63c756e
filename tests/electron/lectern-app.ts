/**
 * Page object for the desktop app under Playwright's _electron: finds the Electron binary without
 * triggering electron's own download, launches the built app (`npm run build` first), and hands
 * out the two windows once their views are drawn.
 */
import { fileURLToPath } from 'node:url';
import { _electron, expect, type ElectronApplication, type Page } from '@playwright/test';
import type { ViewRole } from '../../src/core/views';
import { electronCandidate, findElectron } from '../../scripts/lib/electron.mjs';
import { tempDir } from '../helpers/temp';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

/**
 * The Electron executable, found as `npm start` finds it (scripts/lib/electron.mjs), never
 * triggering electron's own download (which would hang or fail offline).
 */
export function findElectronBinary(): ElectronBinary {
  const path = findElectron();
  if (path) return { ok: true, path };
  const candidate = electronCandidate();
  if (process.env['ELECTRON_OVERRIDE_DIST_PATH'] && candidate) {
    return { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${candidate}` };
  }
  return {
    ok: false,
    reason:
      'no Electron binary (npx install-electron could not download it; set ELECTRON_OVERRIDE_DIST_PATH to a folder holding one)',
  };
}

/**
 * The binary the suites run against, and why they skip when there is none. The reason is printed
 * once per run (not once per file), so the CI log says plainly what did not run.
 */
export function electronForTests(): { electron: ElectronBinary; skipReason: string } {
  const electron = findElectronBinary();
  const skipReason = electron.ok ? '' : `Electron e2e skipped: ${electron.reason}`;
  const printed = globalThis as { lecternSkipPrinted?: boolean };
  if (!electron.ok && !printed.lecternSkipPrinted) {
    printed.lecternSkipPrinted = true;
    console.log(skipReason);
  }
  return { electron, skipReason };
}

export interface LecternApp {
  app: ElectronApplication;
  audience: Page;
  presenter: Page;
  /** Uncaught errors and console errors from either window. */
  problems: string[];
}

export interface LaunchOptions {
  /**
   * The data directory (journal, window position, GPU flag) as LECTERN_DATA_DIR. Default: a new
   * empty one, so no journal from another run makes the app ask to resume (a native dialog no
   * test can answer).
   */
  dataDir?: string;
}

/** Launches `electron <repo> [...args]` (like `npm start -- …`) and waits until both views are drawn. */
export async function launchLectern(
  executablePath: string,
  args: string[] = [],
  options: LaunchOptions = {},
): Promise<LecternApp> {
  // Never the dev server: the test is about the built app on lectern://.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] => e[1] !== undefined && e[0] !== 'ELECTRON_RENDERER_URL',
    ),
  );
  env['LECTERN_DATA_DIR'] = options.dataDir ?? tempDir('e2e-data');
  // Chromium refuses to run its sandbox as root (CI containers); the renderer sandbox option stays on.
  const chromiumFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath,
    args: [...chromiumFlags, repoRoot, ...args],
    env,
    cwd: repoRoot,
  });
  const problems: string[] = [];
  const audience = await windowFor(app, 'audience', problems);
  const presenter = await windowFor(app, 'presenter', problems);
  await expect(audience.getByTestId('audience')).toBeVisible();
  await expect(presenter.getByTestId('presenter')).toBeVisible();
  return { app, audience, presenter, problems };
}

export async function windowFor(app: ElectronApplication, view: ViewRole, problems: string[]): Promise<Page> {
  const isView = (page: Page): boolean => {
    try {
      return new URL(page.url()).searchParams.get('view') === view;
    } catch {
      return false;
    }
  };
  let page: Page | undefined;
  await expect
    .poll(() => (page = app.windows().find(isView)) !== undefined, { message: `the ${view} window opens` })
    .toBe(true);
  const found = page!;
  found.on('pageerror', (error) => problems.push(`${view}: ${error.message}`));
  found.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${view}: ${message.text()}`);
  });
  return found;
}

/** Clicks a menu item by its label, wherever it is in the application menu. */
export async function clickMenu(lectern: LecternApp, label: string): Promise<void> {
  await lectern.app.evaluate(({ Menu }, wanted) => {
    type Item = { label: string; click: () => void; submenu?: { items: Item[] } | null };
    const find = (items: Item[]): Item | undefined => {
      for (const item of items) {
        if (item.label === wanted) return item;
        const inner = item.submenu ? find(item.submenu.items) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const menu = Menu.getApplicationMenu() as unknown as { items: Item[] } | null;
    const item = menu ? find(menu.items) : undefined;
    if (!item) throw new Error(`no menu item ${wanted}`);
    item.click();
  }, label);
}
