/**
 * Which speech the command line asks for: `npm start -- talk.md` runs `electron . talk.md`, a
 * packaged app runs `Lectern talk.md`, and a second launch forwards its own argv (second-instance).
 * No Electron import here, so it is unit-tested (argv.test.ts).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ArgvContext {
  /**
   * Electron's `process.defaultApp`: true when run as `electron <app> …`, where the first
   * positional argument is the app itself, not a speech.
   */
  defaultApp: boolean;
  /** Directory relative paths are resolved against (the launching shell's). */
  cwd: string;
}

/**
 * The absolute path of the first positional argument after the executable (and the app path when
 * `defaultApp`), or null. Flags (`--inspect=0`, `--no-sandbox`, macOS's `-psn_…`) are skipped:
 * Chromium, Playwright and the OS add them and they never name a speech.
 */
export function speechPathFromArgv(argv: readonly string[], context: ArgvContext): string | null {
  const positional = argv.slice(1).filter((arg) => arg.length > 0 && !arg.startsWith('-'));
  const speech = context.defaultApp ? positional[1] : positional[0];
  if (speech === undefined) return null;
  // Desktop files launch `lectern %U`, which passes file:// URLs.
  if (speech.startsWith('file://')) {
    try {
      return fileURLToPath(speech);
    } catch {
      return null;
    }
  }
  return resolve(context.cwd, speech);
}
