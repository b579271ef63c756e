#!/usr/bin/env node
// `npm start [-- speech]`: the desktop app. Makes sure the Electron runtime is installed (Electron
// fetches it on first use), builds, and starts it. Where Electron cannot be had (no network, no
// display), it says so in one sentence and presents in the browser instead.
import { spawn, spawnSync } from 'node:child_process';
import { ensureBuilt, projectRoot } from './lib/build.mjs';
import { electronInstaller, findElectron } from './lib/electron.mjs';

const args = process.argv.slice(2);

function presentInBrowser(reason, fix) {
  console.log(`\nLectern cannot open the desktop app here: ${reason}`);
  if (fix) console.log(`To fix it: ${fix}`);
  console.log('Presenting in the browser instead.\n');
  const result = spawnSync(process.execPath, ['scripts/serve.mjs', ...args], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}

function installElectron() {
  console.log('Installing the Electron runtime (first run only)…');
  const result = spawnSync(process.execPath, [electronInstaller], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  if (result.status === 0 && findElectron()) return { ok: true };
  // The installer prints a stack trace; keep only its first line for the speaker.
  const firstLine = `${result.stderr ?? ''}\n${result.stdout ?? ''}`
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0 && !line.startsWith('at '));
  return {
    ok: false,
    detail: result.error?.message ?? firstLine ?? `installer exited with ${result.status}`,
  };
}

let electron = findElectron();
if (!electron) {
  const installed = installElectron();
  if (!installed.ok) {
    presentInBrowser(
      `the Electron runtime is not installed and could not be downloaded (${installed.detail}).`,
      'run `npx install-electron` on a machine with internet access, or set ELECTRON_OVERRIDE_DIST_PATH to an Electron build.',
    );
  }
  electron = findElectron();
}

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  presentInBrowser('there is no graphical display (DISPLAY is not set).', 'run it from a desktop session.');
}

ensureBuilt();
const child = spawn(electron, ['.', ...args], { cwd: projectRoot, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
