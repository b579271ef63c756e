import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSpeechFile } from '../../src/host/speech-file';
import { defaultSpeechPath } from '../../src/host/default-speech';
import { ShowSession } from '../../src/host/show-session';
import { startWebHost, type WebHost } from '../../src/server/web-host';
import { RehearsalStore } from '../../src/host/rehearsals';
import { followSpeech } from '../../src/host/follow-speech';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface TestShow {
  host: WebHost;
  session: ShowSession;
  close(): Promise<void>;
}

export interface TestShowOptions {
  /** The session's clock (ms since the epoch), for tests that control time. */
  clock?: () => number;
  /** Data folder for saved rehearsals; without it rehearsals are not kept. */
  dataDir?: string;
  /** Follow the speech file: rebuild the deck when it changes on disk, as the app does. */
  follow?: boolean;
}

/** Starts a web host on a free port presenting a speech (the default one unless given). */
export async function startTestShow(
  speechPath = defaultSpeechPath([projectRoot]),
  options: TestShowOptions = {},
): Promise<TestShow> {
  const deck = await readSpeechFile(speechPath);
  const session = new ShowSession({ deck, clock: options.clock });
  const rehearsals = options.dataDir ? new RehearsalStore({ dir: options.dataDir }) : undefined;
  const host = await startWebHost({
    session,
    rendererDir: join(projectRoot, 'out', 'renderer'),
    port: 0,
    speechPath,
    rehearsals,
  });
  const stopFollowing = options.follow
    ? followSpeech(session, speechPath, undefined, { debounceMs: 50 })
    : () => {};
  return {
    host,
    session,
    close: () => {
      stopFollowing();
      return host.close();
    },
  };
}
