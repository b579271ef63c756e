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
 * Where the Electron executable is (or would be): ELECTRON_OVERRIDE_DIST_PATH first, then the one
 * node_modules/electron/path.txt names; null when neither says. Electron 42+ downloads its binary
 * on first use, not at `npm install`, so a candidate may not exist yet.
 */
export function electronCandidate() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return join(override, executableInDist());
  return existsSync(join(electronDir, 'path.txt')) ? join(electronDir, 'dist', executableInDist()) : null;
}

/** The Electron executable, or null when none is installed. */
export function findElectron() {
  const candidate = electronCandidate();
  return candidate && existsSync(candidate) ? candidate : null;
}

export const electronInstaller = join(electronDir, 'install.js');
