/**
 * The desktop app end to end: the built app (out/) under a real Electron binary.
 * Skipped, with the reason printed once, where no binary exists (offline machines).
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { AudienceBridge, LecternBridge } from '../../src/core/contract';
import { electronForTests, launchLectern, type LecternApp } from './lectern-app';

/** The window globals the page-side checks use (this project type-checks without the DOM lib). */
type PageGlobals = {
  location: { href: string };
  lectern?: LecternBridge;
  require?: unknown;
  process?: unknown;
};

const { electron, skipReason } = electronForTests();

test.describe('Lectern desktop app', () => {
  test.skip(!electron.ok, skipReason);

  let lectern: LecternApp | undefined;
  const launch = async (args: string[] = []): Promise<LecternApp> => {
    lectern = await launchLectern(electron.ok ? electron.path : '', args);
    return lectern;
  };
  test.afterEach(async () => {
    await lectern?.app.close();
    lectern = undefined;
  });

  test('opens an audience and a presenter window, both locked down', async () => {
    const { app, audience, presenter, problems } = await launch();

    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((win) => {
        // Undocumented but long-standing; the page checks below hold whether or not it exists.
        const contents = win.webContents as unknown as {
          getLastWebPreferences?: () => Record<string, unknown> | null;
        };
        return { url: win.webContents.getURL(), prefs: contents.getLastWebPreferences?.() ?? null };
      }),
    );
    expect(windows.map((w) => new URL(w.url).searchParams.get('view')).sort()).toEqual([
      'audience',
      'presenter',
    ]);
    for (const { url, prefs } of windows) {
      expect(url.startsWith('lectern://app/')).toBe(true);
      if (prefs) {
        expect(prefs).toMatchObject({
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          webSecurity: true,
        });
      }
    }

    for (const [role, page] of [
      ['audience', audience],
      ['presenter', presenter],
    ] as const) {
      const seen = await page.evaluate(async () => {
        const page = globalThis as unknown as PageGlobals;
        const response = await fetch(page.location.href);
        const bridge = page.lectern;
        return {
          node: typeof page.require + typeof page.process,
          bridgeKeys: bridge ? Object.keys(bridge).sort() : [],
          role: bridge?.role,
          csp: response.headers.get('content-security-policy'),
        };
      });
      expect(seen.node, 'no Node.js in the page').toBe('undefinedundefined');
      // contextBridge works only with contextIsolation on; the page gets exactly the five members.
      expect(seen.bridgeKeys).toEqual(['getSnapshot', 'onSnapshot', 'onState', 'role', 'send']);
      expect(seen.role).toBe(role);
      expect(seen.csp).toContain("script-src 'self'");
    }

    // Navigation away from the app is refused; the window keeps showing the show.
    await presenter.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    await presenter.waitForTimeout(500);
    expect(presenter.url().startsWith('lectern://app/')).toBe(true);

    // A malformed command is refused by main, with the reason, as on every transport.
    const refusal = await presenter.evaluate(() => {
      const bridge = (globalThis as unknown as PageGlobals).lectern!;
      return 'send' in bridge ? bridge.send({ type: 'goto', index: -1 } as never) : null;
    });
    expect(refusal).toMatchObject({
      ok: false,
      status: 400,
      error: expect.stringContaining('invalid command'),
    });
    // The audience window's bridge cannot open files or read rehearsals; main refuses its other commands.
    const audienceBridge = await audience.evaluate(() =>
      Object.keys((globalThis as unknown as PageGlobals).lectern!).sort(),
    );
    expect(audienceBridge).toEqual(['getSnapshot', 'onSnapshot', 'onState', 'role', 'send']);
    const audienceReset = await audience.evaluate(() => {
      const bridge = (globalThis as unknown as PageGlobals).lectern!;
      return 'send' in bridge ? bridge.send({ type: 'timer', action: 'reset' }) : null;
    });
    expect(audienceReset).toMatchObject({ ok: false, status: 403 });
    expect(problems).toEqual([]);
  });

  test('→ in the presenter window moves the audience to the next slide', async () => {
    const { audience, presenter } = await launch();
    await expect(audience.getByTestId('audience')).toHaveAttribute('data-index', '0');
    await presenter.bringToFront();
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-index', '1');
    await expect(audience.getByTestId('audience')).toHaveAttribute('data-index', '1');
  });

  test('opens the speech named on the command line', async () => {
    const speech = test.info().outputPath('argv-talk.md');
    writeFileSync(
      speech,
      '---\ntitle: Command Line Talk\n---\n\n# Opening\n\nGood morning, everyone.\n\n# Closing\n\nThank you for listening.\n',
    );
    const { audience } = await launch([speech]);
    const snapshot = await audience.evaluate(() =>
      (globalThis as unknown as { lectern: AudienceBridge }).lectern.getSnapshot(),
    );
    expect(snapshot.deck.fileName).toBe('argv-talk.md');
    expect(snapshot.deck.meta.title).toBe('Command Line Talk');
    expect(snapshot.deck.slides.map((s) => s.notes).join('\n')).toContain('Thank you for listening.');
  });
});
