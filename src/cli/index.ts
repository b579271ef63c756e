/**
 * `lectern`: the command line. One registry of commands (build, export, serve), parsed with
 * node:util parseArgs in strict mode, so that:
 *
 * - `lectern --help`, `lectern help [command]`, `lectern <command> --help` print help on stdout, exit 0;
 * - `lectern --version` prints the version on stdout, exits 0;
 * - an unknown command or option, a missing or extra argument: the problem and the usage on stderr, exit 2;
 * - a bad speech: `file:line:column: message` on stderr (no stack trace), exit 1;
 * - a refused output (it is the speech, a link, the same file twice): the reason on stderr, exit 1.
 *
 * Run it as `npx lectern …` or `npm run -s lectern -- …` (bin/lectern.mjs); machine-readable
 * output (build --json) is the only thing on stdout.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SpeechError } from '../core/deck';
import { ShowBusyError } from '../host/instance-lock';
import { UnsafeOutputError } from '../host/safe-output';
import { buildCommand } from './build';
import { UsageError, type AnyCommand, type CliIo } from './command';
import { exportCommand } from './export';
import { serveCommand } from './serve';

const COMMANDS: readonly AnyCommand[] = [buildCommand, exportCommand, serveCommand];

const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Lectern ${version()}: a written speech as a presentation; the speaker notes are the speech.

usage: lectern <command> [options]

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

options:
  -h, --help     this help (lectern <command> --help: that command's)
  -V, --version  the version
`;
}

function commandHelp(command: AnyCommand): string {
  return `usage: ${command.usage}\n\n${command.summary}.\n\noptions:\n${command.help}\n  -h, --help         this help\n`;
}

/** parseArgs's messages carry advice about `--`; the option's name is what the user needs. */
function describeArgError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /argument missing/.test(error.message) ? `${option} needs a value` : `${option} takes no value`;
  }
  return error.message;
}

function usageError(io: CliIo, message: string, usage: string): number {
  io.err(`lectern: ${message}\nusage: ${usage}\n`);
  return 2;
}

/** Runs the CLI; resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help') {
    (first === undefined ? io.err : io.out)(overview());
    return first === undefined ? 2 : 0;
  }
  if (first === '-V' || first === '--version') {
    io.out(`${version()}\n`);
    return 0;
  }
  if (first === 'help') {
    const named = COMMANDS.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && !named)
      return usageError(io, `no command "${rest[0]}"`, 'lectern help [command]');
    io.out(named ? commandHelp(named) : overview());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    return usageError(
      io,
      `no command "${first}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`,
      'lectern <command> [options]',
    );
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, `${command.name}: ${describeArgError(error as Error)}`, command.usage);
  }
  if (parsed.values['help']) {
    io.out(commandHelp(command));
    return 0;
  }
  const { min, max } = command.positionals;
  if (parsed.positionals.length < min)
    return usageError(io, `${command.name}: which speech? (give its file)`, command.usage);
  if (parsed.positionals.length > max)
    return usageError(io, `${command.name}: unexpected argument "${parsed.positionals[max]}"`, command.usage);
  try {
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof UsageError)
      return usageError(io, `${command.name}: ${error.message}`, command.usage);
    if (error instanceof SpeechError) io.err(`${error.message}\n`);
    else if (error instanceof UnsafeOutputError || error instanceof ShowBusyError)
      io.err(`lectern: ${error.message}\n`);
    // Playwright's messages carry a call log after the first line; the first line says it.
    else io.err(`lectern: ${String((error as Error).message).split('\n')[0]}\n`);
    return 1;
  }
}
