/**
 * `npm run serve [-- speech] [--port N] [--lan] [--resume|--fresh]`: presents a speech in the
 * browser. Prints the audience and presenter URLs; Ctrl+C stops it.
 *
 * The speech is watched: saving it in an editor rebuilds the deck on the same slide, and a broken
 * save is shown to the presenter while the last good deck stays up. The show is journalled; after
 * a crash the next start resumes where it was (`--resume` always, `--fresh` never).
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
import { journalPath, journalSession, readJournal } from '../host/journal';
import { followSpeech } from '../host/follow-speech';
import { describeResume, resumeAction, resumeCandidate, type ResumeMode } from '../core/journal';
import { startWebHost } from './web-host';

const USAGE = 'usage: npm run serve -- [speech.md|speech.txt] [--port N] [--lan] [--resume|--fresh]';

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
      options: {
        port: { type: 'string' },
        lan: { type: 'boolean', default: false },
        resume: { type: 'boolean', default: false },
        fresh: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (args.values.resume && args.values.fresh) fail(`--resume and --fresh exclude each other\n${USAGE}`);
  const port = args.values.port === undefined ? 4317 : Number(args.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535`);

  const rendererDir = join(projectRoot, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html')))
    fail('the renderer is not built: run `npm run build` first');

  const speechPath = args.positionals[0] ? resolve(args.positionals[0]) : defaultSpeechPath([projectRoot]);
  let deck;
  try {
    deck = await readSpeechFile(speechPath);
  } catch (error) {
    if (error instanceof SpeechError) fail(error.message);
    fail(`cannot read ${speechPath}: ${(error as Error).message}`);
  }
  for (const w of deck.warnings) console.warn(`warning: ${w.file}:${w.line}:${w.column}: ${w.message}`);

  const data = dataDir();
  const journalFile = journalPath(data);
  const mode: ResumeMode = args.values.fresh ? 'never' : args.values.resume ? 'always' : 'after-crash';
  const candidate = resumeCandidate(
    await readJournal(journalFile),
    { path: speechPath, sourceId: deck.sourceId, slideCount: deck.slides.length },
    { now: Date.now() },
  );
  const resume = resumeAction(candidate, mode) === 'resume' && candidate.resumable ? candidate : null;
  const session = new ShowSession({ deck, resume: resume?.state });
  if (resume) {
    const why = resume.crashed ? 'the last run did not exit cleanly' : 'as asked with --resume';
    console.log(
      `${describeResume(resume.state, Date.now()).replace(/\?$/, '')}: resuming (${why}; --fresh starts over).`,
    );
    if (resume.speechChanged) console.log('  The speech changed since: check the slide.');
  }
  const journal = journalSession(session, {
    path: journalFile,
    speech: () => ({ path: speechPath, sourceId: session.snapshot().deck.sourceId }),
  });
  const stopWatching = followSpeech(session, speechPath, {
    reloaded: (path, slides) => console.log(`Reloaded ${path} (${slides} slides).`),
    problem: (p) =>
      console.warn(`${p.file}:${p.line}:${p.column}: ${p.message} (showing the last good version)`),
  });

  let host;
  try {
    const rehearsals = new RehearsalStore({ dir: data });
    host = await startWebHost({ session, rendererDir, port, lan: args.values.lan, speechPath, rehearsals });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      fail(`port ${port} is in use: pass another with --port N (or --port 0 for any)`);
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
    stopWatching();
    void journal
      .close()
      .then(() => host.close())
      .then(() => process.exit(0));
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
