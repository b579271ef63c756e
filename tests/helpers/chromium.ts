import type { LaunchOptions } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../src/host/export-pdf';

/**
 * The tests' browser: the same Chromium the PDF export finds (CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium or another usual install). Playwright's own browser download is never used.
 */
export function chromiumPath(): string {
  return findChromium();
}

export { CHROMIUM_ARGS };

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
}
