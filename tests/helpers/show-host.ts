import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSpeechFile } from '../../src/host/speech-file';
import { defaultSpeechPath } from '../../src/host/default-speech';
import { openShow, type Show } from '../../src/host/open-show';
import type { ShowSession } from '../../src/host/show-session';
import { startWebHost, type WebHost } from '../../src/server/web-host';
import type { UiLanguage } from '../../src/core/ui-language';
import { tempDir } from './temp';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface TestShow {
  host: WebHost;
  show: Show;
  session: ShowSession;
  /** The data folder (journal, rehearsals). */
  dataDir: string;
  close(): Promise<void>;
}

export interface TestShowOptions {
  /** The session's clock (ms since the epoch), for tests that control time. */
  clock?: () => number;
  /** Data folder for the journal and saved rehearsals; default a fresh one, removed on close. */
  dataDir?: string;
  /** Follow the speech file: rebuild the deck when it changes on disk, as the app does. */
  follow?: boolean;
  /** The pages' default interface language (`lectern serve --ui-lang`). */
  uiLanguage?: UiLanguage;
  /** Serve as `--lan` does: every page needs its role's token (the tests still reach it on loopback). */
  lan?: boolean;
}

/**
 * Starts a web host on a free port presenting a speech (the default one unless given), assembled
 * by openShow exactly as `lectern serve` and the desktop app assemble theirs: journalled, with
 * rehearsals kept, in a data folder of its own.
 */
export async function startTestShow(
  speechPath = defaultSpeechPath([projectRoot]),
  options: TestShowOptions = {},
): Promise<TestShow> {
  const ownData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? tempDir('e2e-data');
  const show = await openShow({
    speech: { path: speechPath, deck: await readSpeechFile(speechPath) },
    dataDir,
    resume: 'never',
    app: 'test',
    clock: options.clock,
    follow: options.follow ?? false,
    watch: { debounceMs: 50 },
  });
  const host = await startWebHost({
    show,
    rendererDir: join(projectRoot, 'out', 'renderer'),
    port: 0,
    uiLanguage: options.uiLanguage,
    lan: options.lan,
  });
  await show.announce(host.url);
  return {
    host,
    show,
    session: show.session,
    dataDir,
    close: async () => {
      await host.close();
      await show.close();
      if (ownData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A role's link as this machine reaches it: the host's LAN links name the network address a phone
 * would use; tests only ever talk to loopback, so the path and token go to 127.0.0.1.
 */
export function localLink(host: WebHost, role: 'presenter' | 'remote' | 'crew' | 'follower'): string {
  const link = new URL(host.links().find((l) => l.role === role)!.url);
  return `${host.url}${link.pathname}${link.search}`;
}
