import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when out/ is missing or a source file changed after the last build. */
export function buildIsStale() {
  const marker = join(projectRoot, 'out', 'renderer', 'index.html');
  const others = [
    join(projectRoot, 'out', 'main', 'index.js'),
    join(projectRoot, 'out', 'delegate-viewer', 'delegate-viewer.js'),
  ];
  if (!existsSync(marker) || !others.every((file) => existsSync(file))) return true;
  const built = statSync(marker).mtimeMs;
  return newestMtime(join(projectRoot, 'src')) > built;
}

/**
 * Builds what `npm run build` builds: `electron-vite build` (main, preloads and renderer), then
 * the standalone delegate viewer (vite.delegate.config.ts). Exits the process if a step fails.
 */
export function build() {
  const steps = [
    [
      join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
      'build',
      '--logLevel',
      'warn',
    ],
    [join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', 'vite.delegate.config.ts'],
  ];
  for (const args of steps) {
    const result = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error('lectern: the build failed (see above).');
      process.exit(result.status ?? 1);
    }
  }
}

/** Builds when the build is stale (see buildIsStale). */
export function ensureBuilt() {
  if (!buildIsStale()) return;
  console.log('Building Lectern…');
  build();
}
