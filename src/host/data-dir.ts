/**
 * Where Lectern keeps what it learns about the speaker (rehearsals; the show journal): the
 * platform's per-user data folder, or `LECTERN_DATA_DIR` when set (tests, portable installs).
 * The Electron main process may pass `app.getPath('userData')` as the platform default instead.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface DataDirInput {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  home?: string;
  /** A default computed elsewhere (Electron's userData) that wins over the platform's. */
  fallback?: string;
}

/** The data folder, by the rules above. Not created here: the writers create it on first use. */
export function dataDir(input: DataDirInput = {}): string {
  const env = input.env ?? process.env;
  const fromEnv = env['LECTERN_DATA_DIR'];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return fromEnv;
  if (input.fallback) return input.fallback;
  const home = input.home ?? homedir();
  switch (input.platform ?? process.platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Lectern');
    case 'win32':
      return join(env['APPDATA'] || join(home, 'AppData', 'Roaming'), 'Lectern');
    default:
      return join(env['XDG_DATA_HOME'] || join(home, '.local', 'share'), 'lectern');
  }
}
