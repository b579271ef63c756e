import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSpeechFile } from '../../src/host/speech-file';
import { defaultSpeechPath } from '../../src/host/default-speech';
import { ShowSession } from '../../src/host/show-session';
import { startWebHost, type WebHost } from '../../src/server/web-host';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface TestShow {
  host: WebHost;
  session: ShowSession;
  close(): Promise<void>;
}

/** Starts a web host on a free port presenting a speech (the default one unless given). */
export async function startTestShow(speechPath = defaultSpeechPath([projectRoot])): Promise<TestShow> {
  const deck = await readSpeechFile(speechPath);
  const session = new ShowSession({ deck });
  const host = await startWebHost({ session, rendererDir: join(projectRoot, 'out', 'renderer'), port: 0, speechPath });
  return { host, session, close: () => host.close() };
}
