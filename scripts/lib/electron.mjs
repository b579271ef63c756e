import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build.mjs';

const electronDir = join(projectRoot, 'node_modules', 'electron');

/** Where the Electron package puts its executable inside a dist folder, per platform. */
function executableInDist() {
  const pathFile = join(electronDir, 'path.txt');
  if (existsSync(pathFile)) return readFileSync(pathFile, 'utf8').trim();
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/**
 * The Electron executable, or null when none is installed. Electron 42+ downloads its binary on
 * first use, not at `npm install`; ELECTRON_OVERRIDE_DIST_PATH points at an existing build.
 */
export function findElectron() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, executableInDist())
    : existsSync(join(electronDir, 'path.txt'))
      ? join(electronDir, 'dist', executableInDist())
      : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

export const electronInstaller = join(electronDir, 'install.js');
