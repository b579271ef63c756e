/**
 * A stand-in for an unpacked Linux Electron dist, for packaging where the real runtime cannot be
 * downloaded. What electron-builder 26 needs from `electronDist` (a folder without
 * electron-v<version>-linux-<arch>.zip in it is taken as an unpacked dist and copied whole):
 *   - `electron`: the executable, renamed to linux.executableName;
 *   - the fuse sentinel and wire inside that executable, or `electronFuses` fails (flipFuses);
 *   - `LICENSE` (optional; kept as LICENSE.electron.txt), `locales/*.pak` (only read when
 *     electronLanguages is set), `resources/` (app.asar goes there). Like the real dist it has a
 *     resources/default_app.asar, which the afterPack hook must remove from the package.
 * The Electron version comes from node_modules/electron, not from the dist; electron-installer-debian
 * reads the dist's `version` file. The other files mimic the real layout and are empty.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPackage } from '@electron/asar';

/** @electron/fuses' marker: the fuse wire (version, length, one byte per fuse) follows it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** The V1 fuses in wire order, with Electron's own defaults ('1' on, '0' off). */
export const FUSES_V1 = [
  ['runAsNode', '1'],
  ['enableCookieEncryption', '0'],
  ['enableNodeOptionsEnvironmentVariable', '1'],
  ['enableNodeCliInspectArguments', '1'],
  ['enableEmbeddedAsarIntegrityValidation', '0'],
  ['onlyLoadAppFromAsar', '0'],
  ['loadBrowserProcessSpecificV8Snapshot', '0'],
  ['grantFileProtocolExtraPrivileges', '1'],
] as const;

export const STAND_IN_MARKER = 'Lectern packaging test: stand-in Electron';

export function electronVersion(projectRoot: string): string {
  const pkg = JSON.parse(
    readFileSync(join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ) as { version: string };
  return pkg.version;
}

/** A real unpacked Electron, when one is installed (ELECTRON_OVERRIDE_DIST_PATH or the electron package's dist). */
export function realElectronDist(projectRoot: string): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const dist = override ?? join(projectRoot, 'node_modules', 'electron', 'dist');
  return existsSync(join(dist, 'electron')) && existsSync(join(dist, 'resources')) ? dist : null;
}

/** Writes the stand-in dist to `dir` and returns `dir`. */
export async function makeStandInElectron(dir: string, version: string): Promise<string> {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = FUSES_V1.map(([, state]) => state).join('');
  const script = [
    '#!/bin/sh',
    `# ${STAND_IN_MARKER} ${version}: it cannot run an app.`,
    `echo "${STAND_IN_MARKER} ${version}: no real Electron runtime here" >&2`,
    'exit 1',
    // The fuse wire: sentinel, version 1, length, states. Flipped in place by electron-builder.
    `# ${FUSE_SENTINEL}\u0001${String.fromCharCode(wire.length)}${wire}`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'electron'), script, 'latin1');
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'chrome-sandbox'), '#!/bin/sh\nexit 1\n');
  chmodSync(join(dir, 'chrome-sandbox'), 0o755);
  const defaultApp = join(dir, 'default-app-source');
  mkdirSync(defaultApp, { recursive: true });
  writeFileSync(join(defaultApp, 'package.json'), '{"name":"electron","main":"main.js"}\n');
  writeFileSync(join(defaultApp, 'main.js'), "// stand-in for Electron's default app\n");
  await createPackage(defaultApp, join(dir, 'resources', 'default_app.asar'));
  rmSync(defaultApp, { recursive: true, force: true });
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), `${STAND_IN_MARKER}: Electron's MIT license goes here.\n`);
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>stand-in</title>\n');
  for (const file of [
    'resources.pak',
    'chrome_100_percent.pak',
    'chrome_200_percent.pak',
    'icudtl.dat',
    'snapshot_blob.bin',
    'v8_context_snapshot.bin',
    'libffmpeg.so',
    'locales/en-US.pak',
    'locales/de.pak',
  ]) {
    writeFileSync(join(dir, file), '');
  }
  return dir;
}

/** The fuse states in an executable, by name: '1', '0', or 'r' (removed). */
export function readFuses(executable: string): Record<string, string> {
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(FUSE_SENTINEL, 0, 'latin1');
  if (at < 0) throw new Error(`no fuse sentinel in ${executable}`);
  const wire = at + FUSE_SENTINEL.length;
  const length = bytes[wire + 1] ?? 0;
  const states: Record<string, string> = {};
  FUSES_V1.forEach(([name], i) => {
    if (i < length) states[name] = String.fromCharCode(bytes[wire + 2 + i] ?? 0);
  });
  return states;
}
