/**
 * `lectern serve [speech] [--port N] [--lan] [--resume|--fresh]`: presents a speech in the
 * browser. Prints the audience and presenter URLs; Ctrl+C (or SIGTERM) stops it, within 2 s.
 *
 * The show is assembled by host/open-show.ts like the desktop app's: the speech is followed on
 * disk (a save rebuilds the deck on the same slide; a broken save is shown to the presenter while
 * the last good deck stays up), the show is journalled and resumed after a crash (`--resume`
 * always, `--fresh` never), rehearsals are kept, and a second host on the same data folder is
 * refused with who is presenting where.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeResume } from '../core/journal';
import { uiLanguageOf, UI_LANGUAGES, type UiLanguage } from '../core/ui-language';
import { dataDir } from '../host/data-dir';
import { defaultSpeechPath } from '../host/default-speech';
import { liveInstance } from '../host/instance-lock';
import { openShow, type ResumePolicy } from '../host/open-show';
import { readSpeechFile } from '../host/speech-file';
import { terminalQr } from '../host/qr';
import { readSpeechTexts } from '../host/translations';
import { startWebHost, type WebHost } from '../server/web-host';
import { UsageError, type CliIo, defineCommand } from './command';
import { fromHelp, FROM_OPTION, formatOption, reportWarnings } from './shared';
import { stopWithin, untilStopped } from './shutdown';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** How long an orderly stop may take before the process exits anyway. */
const STOP_DEADLINE_MS = 2000;

const options = {
  port: { type: 'string' },
  lan: { type: 'boolean' },
  resume: { type: 'boolean' },
  fresh: { type: 'boolean' },
  'ui-lang': { type: 'string' },
  ...FROM_OPTION,
  help: { type: 'boolean', short: 'h' },
} as const;

function portOf(value: string | undefined): number {
  if (value === undefined) return 4317;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${value}"`);
  return port;
}

/** `--ui-lang`: one of the interface languages (a regional tag names its language: zh-CN is zh). */
function uiLanguageOption(value: string | undefined): UiLanguage | undefined {
  if (value === undefined) return undefined;
  const lang = uiLanguageOf(value);
  if (!lang) throw new UsageError(`--ui-lang must be one of ${UI_LANGUAGES.join(', ')}, not "${value}"`);
  return lang;
}

/** Resolves when `port` can be listened on (127.0.0.1, or every interface for the LAN). */
function portFree(port: number, lan: boolean): Promise<boolean> {
  if (port === 0) return Promise.resolve(true);
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen(port, lan ? '0.0.0.0' : '127.0.0.1', () => probe.close(() => resolvePort(true)));
  });
}

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'present in the browser (presenter, audience, delegate and report pages, stage-crew API)',
  usage:
    'lectern serve [speech.md|speech.txt] [--port N] [--lan] [--resume|--fresh] [--ui-lang xx] [--from <format>]',
  help: `  --port N    listen on port N (default 4317; 0 picks any free port)
  --lan       listen on every interface for phones and laptops on the network: prints a link
              for each role (presenter, phone remote, stage manager, follow), each with its
              own token, and a QR code of the phone remote's
  --resume    resume the last show of this speech (after a crash it does so by itself)
  --fresh     start over, whatever the journal says
  --ui-lang xx  the language of Lectern's own words in every page (${UI_LANGUAGES.join(', ')}) unless
              a reader chooses (?lang=, remembered); default: each browser's language
${fromHelp(14)}`,
  options,
  positionals: { min: 0, max: 1 },
  async run(values, [given], io) {
    if (values.resume && values.fresh) throw new UsageError('--resume and --fresh exclude each other');
    const format = formatOption(values.from);
    // every rebuild after a save reads the speech the same way as the first
    const read = (path: string) => readSpeechFile(path, { format });
    const port = portOf(values.port);
    const uiLanguage = uiLanguageOption(values['ui-lang']);
    const lan = values.lan ?? false;
    // Say who is presenting before anything else (a second serve would otherwise meet a busy port).
    const data = dataDir();
    const busy = await liveInstance(data);
    if (busy) throw busy;
    const rendererDir = join(projectRoot, 'out', 'renderer');
    if (!existsSync(join(rendererDir, 'index.html'))) {
      io.err(
        'lectern: the renderer is not built: run `npm run build` first (npm run serve does it for you)\n',
      );
      return 1;
    }
    const speechPath = given ? resolve(given) : defaultSpeechPath([projectRoot]);
    const deck = await read(speechPath);
    reportWarnings(deck, io);
    const resume: ResumePolicy = values.fresh ? 'never' : values.resume ? 'always' : 'after-crash';
    if (!(await portFree(port, lan))) {
      io.err(`lectern: port ${port} is in use: pass another with --port N (or --port 0 for any)\n`);
      return 1;
    }
    const show = await openShow({
      speech: { path: speechPath, deck },
      watch: { read },
      dataDir: data,
      resume,
      followLog: {
        reloaded: (path, slides) => io.out(`Reloaded ${path} (${slides} slides).\n`),
        problem: (p) =>
          io.err(`${p.file}:${p.line}:${p.column}: ${p.message} (showing the last good version)\n`),
      },
    });
    const host = await startWebHost({ show, rendererDir, port, lan, uiLanguage }).catch(
      async (error: unknown) => {
        await show.close();
        throw error;
      },
    );
    await show.announce(host.url);

    if (show.resumed) {
      const why = show.resumed.crashed ? 'the last run did not exit cleanly' : 'as asked with --resume';
      io.out(
        `${describeResume(show.resumed.state, Date.now()).replace(/\?$/, '')}: resuming (${why}; --fresh starts over).\n`,
      );
      if (show.resumed.speechChanged) io.out('  The speech changed since: check the slide.\n');
    }
    printUrls(io, deck.meta.title, deck.slides.length, speechPath, host);
    const { translations } = await readSpeechTexts(speechPath);
    for (const translation of translations) {
      io.out(`  Translation for the follow page: ${translation.file} (${translation.lang})\n`);
      if (translation.problem) io.err(`${translation.problem}\n`);
    }

    const signal = await untilStopped();
    // The last journal entry and pending rehearsal saves are written; a stuck disk (or anything
    // else) cannot keep the process alive past the deadline (shutdown.ts).
    await stopWithin(
      signal,
      async () => {
        await host.close();
        await show.close();
      },
      {
        deadlineMs: STOP_DEADLINE_MS,
        onLate: () => io.err(`lectern: not stopped within ${STOP_DEADLINE_MS / 1000} s; ending now.\n`),
      },
    );
    return 0;
  },
});

const ROLE_NAMES = {
  presenter: 'Presenter:    ',
  remote: 'Phone remote: ',
  crew: 'Stage manager:',
  follower: 'Follow live:  ',
} as const;

function printUrls(io: CliIo, title: string, slides: number, speechPath: string, host: WebHost): void {
  const token = host.token ? `?token=${host.token}` : '';
  io.out(`Lectern is presenting “${title}” (${slides} slides) from ${speechPath}\n`);
  io.out(`  Presenter: ${host.presenterUrl}\n`);
  io.out(`  Audience:  ${host.audienceUrl}\n`);
  io.out(`  Rehearsal report: ${host.url}/report${token}\n`);
  const links = host.links();
  if (host.lan) {
    io.out('On the LAN (phones and laptops on the same network), each link with its own token:\n');
    for (const link of links) io.out(`  ${ROLE_NAMES[link.role]} ${link.url}\n`);
    io.out('Scan to open the phone remote:\n');
    io.out(terminalQr(links.find((l) => l.role === 'remote')!.url));
    io.out(`  Every link with its QR code: ${host.url}/connect${token}\n`);
    io.out(
      `  Replace a link (the old one stops at once): curl -X POST -H 'Content-Type: application/json' -d '{"rotate":"follower"}' '${host.url}/api/tokens${token}'\n`,
    );
  } else {
    for (const link of links.filter((l) => l.role !== 'presenter'))
      io.out(`  ${ROLE_NAMES[link.role]} ${link.url}  (this machine only: --lan for phones)\n`);
  }
  io.out('Open the audience URL on the projector (press F for full screen). Ctrl+C stops.\n');
}
