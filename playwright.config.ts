import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/helpers/chromium';

/**
 * End-to-end tests. `web`: the renderer in real Chromium (Debian's, never a downloaded one)
 * against the web host. `electron`: the desktop app through Playwright's _electron, run only
 * where an Electron binary exists (they skip with a printed reason otherwise).
 * Both need `npm run build` first (npm test does it).
 */
export default defineConfig({
  timeout: 60_000,
  globalSetup: './tests/helpers/global-temp.ts',
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: chromiumLaunchOptions(),
        viewport: { width: 1280, height: 800 },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
