/**
 * The shape every `lectern` command has: its name, one line for the overview, its usage and
 * option help, the options as node:util parseArgs takes them, and what it does. Registered once
 * in cli/index.ts; the overview, per-command help and argument errors are all made from this.
 */
import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** What a command writes to; tests capture it, the bin passes the process's streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface Command<Options extends OptionSpec = OptionSpec> {
  name: string;
  /** One line in `lectern --help`. */
  summary: string;
  /** The usage line(s), without "usage: ". */
  usage: string;
  /** The options explained, one per line, as `--help` prints them. */
  help: string;
  options: Options;
  /** Positional arguments: at least `min`, at most `max`. */
  positionals: { min: number; max: number };
  /** Runs the command; resolves to the exit status (0 done, 1 failed, 2 bad usage). */
  run(values: ParsedValues<Options>, positionals: string[], io: CliIo): Promise<number>;
}

/** The values parseArgs returns for an option spec. */
export type ParsedValues<Options extends OptionSpec> = {
  [K in keyof Options]?: Options[K]['type'] extends 'boolean' ? boolean : string;
};

/** What parseArgs gives for any option spec. */
export type RawValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** A command as the registry holds it, whatever its options. */
export interface AnyCommand extends Omit<Command, 'run'> {
  run(values: RawValues, positionals: string[], io: CliIo): Promise<number>;
}

/**
 * Registers a command. parseArgs (strict, with the command's own options) has already checked
 * every value against the spec, so they are the types the spec names.
 */
export function defineCommand<Options extends OptionSpec>(command: Command<Options>): AnyCommand {
  return {
    ...command,
    run: (values, positionals, io) => command.run(values as ParsedValues<Options>, positionals, io),
  };
}

/** Thrown by a command for a usage problem (exit status 2, with its usage line). */
export class UsageError extends Error {}
