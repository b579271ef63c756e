/**
 * `npm run serve [-- speech] [--port N] [--lan]`: presents a speech in the browser.
 * Prints the audience and presenter URLs; Ctrl+C stops it.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SpeechError } from '../core/deck';
import { defaultSpeechPath } from '../host/default-speech';
import { readSpeechFile } from '../host/speech-file';
import { ShowSession } from '../host/show-session';
import { dataDir } from '../host/data-dir';
import { RehearsalStore } from '../host/rehearsals';
import { startWebHost } from './web-host';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function fail(message: string): never {
  console.error(`lectern: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { port: { type: 'string' }, lan: { type: 'boolean', default: false } },
    });
  } catch (error) {
    fail(`${(error as Error).message}\nusage: npm run serve -- [speech.md|speech.txt] [--port N] [--lan]`);
  }
  const port = args.values.port === undefined ? 4317 : Number(args.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535`);

  const rendererDir = join(projectRoot, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) fail('the renderer is not built: run `npm run build` first');

  const speechPath = args.positionals[0] ? resolve(args.positionals[0]) : defaultSpeechPath([projectRoot]);
  let deck;
  try {
    deck = await readSpeechFile(speechPath);
  } catch (error) {
    if (error instanceof SpeechError) fail(error.message);
    fail(`cannot read ${speechPath}: ${(error as Error).message}`);
  }
  for (const w of deck.warnings) console.warn(`warning: ${w.file}:${w.line}:${w.column}: ${w.message}`);

  const session = new ShowSession({ deck });
  let host;
  try {
    const rehearsals = new RehearsalStore({ dir: dataDir() });
    host = await startWebHost({ session, rendererDir, port, lan: args.values.lan, speechPath, rehearsals });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`port ${port} is in use: pass another with --port N (or --port 0 for any)`);
    throw error;
  }

  console.log(`Lectern is presenting “${deck.meta.title}” (${deck.slides.length} slides) from ${speechPath}`);
  console.log(`  Presenter: ${host.presenterUrl}`);
  console.log(`  Audience:  ${host.audienceUrl}`);
  console.log(`  Rehearsal report: ${host.url}/report${host.token ? `?token=${host.token}` : ''}`);
  if (host.token) {
    for (const address of lanAddresses()) {
      console.log(`  On the LAN: http://${address}:${host.port}/presenter?token=${host.token}`);
    }
  }
  console.log('Open the audience URL on the projector (press F for full screen). Ctrl+C stops.');

  const stop = (): void => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
    .map((info) => info!.address);
}

main().catch((error: unknown) => fail((error as Error).message));
