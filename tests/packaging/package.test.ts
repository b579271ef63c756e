/**
 * Packaging, built for real and inspected: electron-builder's Linux `dir` and `tar.gz` targets, an
 * offline .deb (electron-installer-debian: dpkg-deb + fakeroot) and a delegate build
 * (scripts/dist-delegate.mjs). Where no Electron runtime is installed (it cannot be downloaded
 * everywhere), a stand-in Electron dist is packaged instead (stand-in-electron.ts) and the output
 * says so. Targets that need downloads (AppImage tooling, NSIS, a macOS host for dmg) are skipped
 * with the reason printed; LECTERN_PACKAGING_NETWORK=1 runs the ones this host can build.
 *
 * Run with `npm run test:packaging` (vitest.packaging.config.ts); it builds out/ first if missing.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  electronVersion,
  makeStandInElectron,
  readFuses,
  realElectronDist,
  STAND_IN_MARKER,
} from './stand-in-electron';
import { tempDir } from '../helpers/temp';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  productName: string;
};
const builderYml = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  linux: { executableName: string; synopsis: string; maintainer: string };
  win: { icon: string };
  mac: { icon: string };
  electronFuses: Record<string, boolean>;
};

const onLinux = process.platform === 'linux';
const network = process.env.LECTERN_PACKAGING_NETWORK === '1';
const hasCommand = (command: string) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const sevenZip =
  process.env.ELECTRON_BUILDER_7ZIP_PATH ?? (existsSync('/usr/bin/7za') ? '/usr/bin/7za' : null);
const canDeb = onLinux && hasCommand('dpkg-deb') && hasCommand('fakeroot');
const debArch =
  ({ x64: 'amd64', arm64: 'arm64', arm: 'armhf', ia32: 'i386' } as Record<string, string>)[process.arch] ??
  process.arch;
const executable = builderYml.linux.executableName;

/** Runs a command; on failure throws with its output, so the test log shows why. */
function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  const output = `${String(result.stdout ?? '')}${String(result.stderr ?? '')}`;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${output}`);
  return output;
}

function builderEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...(sevenZip ? { ELECTRON_BUILDER_7ZIP_PATH: sevenZip } : {}),
    CSC_IDENTITY_AUTO_DISCOVERY: 'false',
  };
}

/** The files (not folders) of an asar, as POSIX paths without the leading slash. */
function asarFiles(archive: string): string[] {
  return listPackage(archive, { isPack: false })
    .map((entry) => entry.replace(/\\/g, '/').replace(/^\/+/, ''))
    .filter((entry) => !('files' in statFile(archive, entry)))
    .sort();
}

/** Files under a folder, relative, POSIX. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** The built files of out/ (no maps) as 'out/<path>' → size; with mtimes in `stamp`, to notice a rebuild. */
function snapshotOut(): { sizes: Map<string, number>; stamp: string } {
  const sizes = new Map<string, number>();
  const stamps: string[] = [];
  for (const file of filesUnder(join(root, 'out'))) {
    const info = statSync(join(root, 'out', file));
    stamps.push(`${file}:${info.size}:${info.mtimeMs}`);
    if (!file.endsWith('.map')) sizes.set(`out/${file}`, info.size);
  }
  return { sizes, stamp: stamps.join('|') };
}

/**
 * Runs `pack` and returns the out/ it packaged. Other work may rebuild out/ at the same time (the
 * tree is shared): when out/ changed during `pack`, it packs again (three tries).
 */
function packStable(pack: () => void): Map<string, number> {
  for (let attempt = 1; ; attempt++) {
    const before = snapshotOut();
    pack();
    if (snapshotOut().stamp === before.stamp) return before.sizes;
    if (attempt === 3) throw new Error('out/ kept changing while packaging (a build running alongside?)');
    console.log('packaging: out/ was rebuilt while packaging; packaging again');
  }
}

/** Checks that an app.asar holds exactly the built files (same sizes) and package.json. */
function expectAsarIsBuild(archive: string, built: Map<string, number>): string[] {
  const files = asarFiles(archive);
  expect(files).toEqual([...built.keys(), 'package.json'].sort());
  for (const [file, size] of built) {
    const entry = statFile(archive, file);
    expect({ file, size: 'size' in entry ? entry.size : -1 }).toEqual({ file, size });
  }
  return files;
}

const work = tempDir('packaging');
const outputDir = join(work, 'dist');
const unpacked = join(outputDir, 'linux-unpacked');
const appAsar = join(unpacked, 'resources', 'app.asar');
let electronDist = '';
let standIn = false;
let packagedBuild = new Map<string, number>();

if (!onLinux)
  console.log(
    `packaging: SKIPPED the Linux packaging tests: they build Linux packages and this host is ${process.platform}`,
  );
if (onLinux && !sevenZip)
  console.log(
    'packaging: SKIPPED tar.gz: no 7za (apt-get install -y p7zip-full, or set ELECTRON_BUILDER_7ZIP_PATH)',
  );
if (onLinux && !canDeb)
  console.log('packaging: SKIPPED .deb: needs dpkg-deb and fakeroot (apt-get install -y dpkg fakeroot)');

describe.skipIf(!onLinux)('packaging (Linux targets, offline)', () => {
  beforeAll(async () => {
    if (
      !existsSync(join(root, 'out', 'main', 'index.js')) ||
      !existsSync(join(root, 'out', 'renderer', 'index.html'))
    ) {
      console.log('packaging: out/ is missing, running `npm run build` first');
      run('npm', ['run', 'build']);
    }
    const real = realElectronDist(root);
    standIn = real === null;
    electronDist =
      real ?? (await makeStandInElectron(join(work, 'electron-stand-in'), electronVersion(root)));
    console.log(
      standIn
        ? `packaging: RUNTIME IS A STAND-IN: no Electron ${electronVersion(root)} binary is installed (it cannot be downloaded here), so the app is packaged around a stand-in Electron dist (${electronDist}) whose executable only carries the fuse wire. The layout, app.asar, resources, fuses and installers are real; the packaged app cannot be started.`
        : `packaging: runtime is the real Electron ${electronVersion(root)} at ${electronDist}`,
    );
    const targets = ['dir', ...(sevenZip ? ['tar.gz'] : [])];
    const started = Date.now();
    packagedBuild = packStable(() => {
      rmSync(outputDir, { recursive: true, force: true });
      run(
        process.execPath,
        [
          join(root, 'node_modules', 'electron-builder', 'cli.js'),
          '--linux',
          ...targets,
          `-c.electronDist=${electronDist}`,
          `-c.directories.output=${outputDir}`,
          '--publish',
          'never',
        ],
        { env: builderEnv() },
      );
    });
    console.log(
      `packaging: electron-builder --linux ${targets.join(' ')} took ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  afterAll(() => {
    if (process.env.LECTERN_PACKAGING_KEEP === '1') console.log(`packaging: output kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  });

  it('puts only the built main, preloads, renderer, delegate viewer and package.json in app.asar', () => {
    const files = expectAsarIsBuild(appAsar, packagedBuild);
    expect(files).toContain('out/main/index.js');
    expect(files.some((file) => /^out\/preload\/.+\.cjs$/.test(file))).toBe(true);
    expect(files).toContain('out/renderer/index.html');
    // the standalone delegate viewer's script, for the app's own exports of it
    expect(files).toContain('out/delegate-viewer/delegate-viewer.js');
    expect(files).toContain('out/delegate-viewer/delegate-viewer.css');
    for (const file of files)
      expect(file).not.toMatch(/(^|\/)(node_modules|src|tests|slides|resources)\/|\.map$|\.ts$/);

    const size = statSync(appAsar).size;
    const byFolder = new Map<string, number>();
    for (const file of files) {
      const folder = file.split('/').slice(0, 2).join('/');
      const entry = statFile(appAsar, file);
      byFolder.set(folder, (byFolder.get(folder) ?? 0) + ('size' in entry ? entry.size : 0));
    }
    console.log(
      `packaging: app.asar is ${size} bytes (${(size / 1024).toFixed(0)} KiB), ${files.length} files: ${files.join(', ')}`,
    );
    console.log(
      `packaging: app.asar by folder: ${[...byFolder].map(([folder, bytes]) => `${folder} ${(bytes / 1024).toFixed(1)} KiB`).join(', ')}`,
    );
    // A guard against dependencies or sources creeping in. The code is about 6 MB today, most of it
    // the speech engine's number recognisers in the main bundle (about 4.5 MB); the fonts the app
    // carries for every script (Noto: Latin, Cyrillic, Greek, Devanagari, Arabic, Hebrew, Thai, the
    // scripts of India and Sri Lanka, Georgian, Armenian, Ethiopic, Khmer, Lao, Myanmar, and SC, KR
    // and JP for Chinese, Korean and Japanese; about 16.4 MB of woff2, of which KR 3.7 and JP 5.5,
    // which a Korean deck and a Japanese one need, and 2.1 MB the fifteen scripts from Bengali to
    // Myanmar) have a budget of their own. Only the
    // installer carries them whole: a page loads the slices of the characters it shows.
    const fonts = files
      .filter((file) => file.endsWith('.woff2'))
      .reduce((sum, file) => {
        const entry = statFile(appAsar, file);
        return sum + ('size' in entry ? entry.size : 0);
      }, 0);
    expect(fonts).toBeGreaterThan(0);
    expect(fonts).toBeLessThan(18 * 1024 * 1024);
    expect(size - fonts).toBeLessThan(8 * 1024 * 1024);
  });

  it('ships a package.json with the entry point and without scripts or dependencies', () => {
    const packaged = JSON.parse(extractFile(appAsar, 'package.json').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(packaged.name).toBe(pkg.name);
    expect(packaged.productName).toBe(pkg.productName);
    expect(packaged.version).toBe(pkg.version);
    expect(packaged.main).toBe('./out/main/index.js');
    expect(packaged.scripts).toBeUndefined();
    expect(packaged.devDependencies).toBeUndefined();
    expect(packaged.dependencies ?? {}).toEqual({});
    expect(packaged.lectern).toBeUndefined();
  });

  it('puts the speeches in resources/slides, unchanged', () => {
    const shipped = filesUnder(join(unpacked, 'resources', 'slides'));
    const speeches = filesUnder(join(root, 'slides')).filter((file) =>
      /\.(md|markdown|txt|png|jpe?g|svg)$/i.test(file),
    );
    expect(shipped).toEqual(speeches);
    expect(shipped.length).toBeGreaterThan(0);
    for (const file of shipped) {
      expect(
        readFileSync(join(unpacked, 'resources', 'slides', file)).equals(
          readFileSync(join(root, 'slides', file)),
        ),
      ).toBe(true);
    }
    // Nothing but app.asar and the speeches in resources (no default_app.asar: the afterPack hook
    // removes the one the Electron dist brings; no app.asar.unpacked).
    expect(readdirSync(join(unpacked, 'resources')).sort()).toEqual(['app.asar', 'slides']);
  });

  it('names the executable, keeps the Electron license and flips the fuses', () => {
    const exe = join(unpacked, executable);
    expect(existsSync(exe)).toBe(true);
    expect(statSync(exe).mode & 0o111).not.toBe(0);
    expect(existsSync(join(unpacked, 'electron'))).toBe(false);
    expect(existsSync(join(unpacked, 'LICENSE.electron.txt'))).toBe(true);
    if (standIn) expect(readFileSync(exe, 'latin1')).toContain(STAND_IN_MARKER);
    const fuses = readFuses(exe);
    const expected = Object.fromEntries(
      Object.entries(builderYml.electronFuses)
        .filter(([name]) => name in fuses)
        .map(([name, on]) => [name, on ? '1' : '0']),
    );
    console.log(
      `packaging: fuses in ${executable}: ${Object.entries(fuses)
        .map(([name, state]) => `${name}=${state}`)
        .join(' ')}`,
    );
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(6);
    for (const [name, state] of Object.entries(expected))
      expect({ [name]: fuses[name] }).toEqual({ [name]: state });
  });

  it.skipIf(!sevenZip)('makes a tar.gz with the same app folder', () => {
    const archive = join(outputDir, `${pkg.name}-${pkg.version}-linux-${process.arch}.tar.gz`);
    expect(existsSync(archive)).toBe(true);
    const top = `${pkg.name}-${pkg.version}-linux-${process.arch}`;
    const listing = run('tar', ['-tzf', archive]).split('\n').filter(Boolean);
    expect(listing).toContain(`${top}/${executable}`);
    expect(listing).toContain(`${top}/resources/app.asar`);
    expect(
      listing.filter((entry) => entry.startsWith(`${top}/resources/slides/`) && !entry.endsWith('/')).length,
    ).toBeGreaterThan(0);
    const extracted = join(work, 'tar');
    mkdirSync(extracted);
    run('tar', ['-xzf', archive, '-C', extracted]);
    expect(readFileSync(join(extracted, top, 'resources', 'app.asar')).equals(readFileSync(appAsar))).toBe(
      true,
    );
    expect(statSync(join(extracted, top, executable)).mode & 0o111).not.toBe(0);
    console.log(`packaging: tar.gz ${statSync(archive).size} bytes, ${listing.length} entries`);
  });

  it.skipIf(!canDeb)('builds a .deb offline with the right control fields and files', () => {
    const debDir = join(work, 'deb');
    run(process.execPath, [join(root, 'scripts', 'lib', 'packaging-deb.mjs'), unpacked, debDir]);
    const deb = readdirSync(debDir).find((file) => file.endsWith('.deb'));
    expect(deb).toBe(`${pkg.name}_${pkg.version}_${debArch}.deb`);
    const debFile = join(debDir, deb ?? '');

    const control = run('dpkg-deb', ['-f', debFile]);
    console.log(`packaging: .deb control fields:\n${control.trimEnd()}`);
    const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(control)?.[1];
    expect(field('Package')).toBe(pkg.name);
    expect(field('Version')).toBe(pkg.version);
    expect(field('Architecture')).toBe(debArch);
    expect(field('Maintainer')).toBe(builderYml.linux.maintainer);
    expect(field('Maintainer')).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(field('Description')).toBe(builderYml.linux.synopsis);
    expect(field('Section')).toBe('utils');
    expect(field('Priority')).toBe('optional');
    expect(field('Installed-Size')).toMatch(/^\d+$/);
    expect(field('Depends')).toMatch(/libgtk-3-0/);
    expect(field('Depends')).toMatch(/libnss3/);

    const listing = run('dpkg-deb', ['-c', debFile]).split('\n').filter(Boolean);
    const paths = listing.map((line) => line.replace(/^.*? \.\//, '/').replace(/ -> .*$/, ''));
    const lib = `/usr/lib/${pkg.name}`;
    expect(paths).toContain(`${lib}/${executable}`);
    expect(paths).toContain(`${lib}/resources/app.asar`);
    expect(paths).toContain(`${lib}/resources/slides/${DEFAULT_SPEECH}`);
    expect(paths).toContain(`${lib}/LICENSE.electron.txt`);
    expect(paths).toContain(`/usr/bin/${executable}`);
    expect(paths).toContain(`/usr/share/applications/${pkg.name}.desktop`);
    expect(paths).toContain(`/usr/share/doc/${pkg.name}/copyright`);
    for (const size of [16, 32, 48, 128, 256, 512])
      expect(paths).toContain(`/usr/share/icons/hicolor/${size}x${size}/apps/${pkg.name}.png`);
    expect(paths).toContain(`/usr/share/icons/hicolor/scalable/apps/${pkg.name}.svg`);
    expect(
      listing.find((line) => line.endsWith(`/usr/bin/${executable} -> ../lib/${pkg.name}/${executable}`)),
    ).toBeDefined();
    expect(listing.find((line) => line.includes(`${lib}/chrome-sandbox`))).toMatch(/^-rwsr-xr-x root\/root/);
    expect(paths.filter((path) => /node_modules|\.map$/.test(path))).toEqual([]);

    const desktop = run('sh', [
      '-c',
      `dpkg-deb --fsys-tarfile '${debFile}' | tar -xOf - ./usr/share/applications/${pkg.name}.desktop`,
    ]);
    expect(desktop).toMatch(new RegExp(`^Exec=${executable} `, 'm'));
    expect(desktop).toMatch(new RegExp(`^Icon=${pkg.name}$`, 'm'));
    expect(desktop).toMatch(/^MimeType=text\/markdown;text\/plain;$/m);
    console.log(`packaging: .deb ${statSync(debFile).size} bytes, ${listing.length} entries`);
  });

  it('builds a delegate installer named after the speech, with only that speech', () => {
    const talkDir = join(work, 'talk');
    mkdirSync(join(talkDir, 'img'), { recursive: true });
    copyFileSync(join(root, 'resources', 'icons', '64x64.png'), join(talkDir, 'img', 'chart.png'));
    writeFileSync(
      join(talkDir, 'Délégués talk.md'),
      '---\ntitle: "Ship to Delegates: Zürich / 2030"\n---\n\n# Opening\n\nThank you, Chair.\n\n![A chart](img/chart.png)\n',
    );
    const delegateWork = join(work, 'delegate');
    let output = '';
    const delegateBuild = packStable(() => {
      output = run(
        process.execPath,
        [
          join(root, 'scripts', 'dist-delegate.mjs'),
          join(talkDir, 'Délégués talk.md'),
          '--no-build',
          '--work',
          delegateWork,
          '--linux',
          'dir',
          `-c.electronDist=${electronDist}`,
        ],
        { env: builderEnv() },
      );
    });
    expect(output).toContain('Ship to Delegates');
    const productName = 'Ship to Delegates Zürich 2030';
    const slug = 'ship-to-delegates-zurich-2030';
    const app = join(delegateWork, 'out', 'linux-unpacked');
    expect(existsSync(join(app, `${pkg.name}-${slug}`))).toBe(true);
    expect(filesUnder(join(app, 'resources', 'slides'))).toEqual(['Délégués-talk.md', 'img/chart.png']);

    const packaged = JSON.parse(
      extractFile(join(app, 'resources', 'app.asar'), 'package.json').toString('utf8'),
    ) as Record<string, unknown>;
    expect(packaged.name).toBe(`${pkg.name}-${slug}`);
    expect(packaged.productName).toBe(productName);
    expect(packaged.lectern).toEqual({
      delegate: true,
      speech: 'slides/Délégués-talk.md',
      title: productName,
    });
    expectAsarIsBuild(join(app, 'resources', 'app.asar'), delegateBuild);

    const config = JSON.parse(readFileSync(join(delegateWork, 'electron-builder.json'), 'utf8')) as {
      appId: string;
      productName: string;
    };
    expect(config.appId).toBe(`org.lectern.app.delegate.${slug}`);
    expect(config.productName).toBe(productName);
    console.log(
      `packaging: delegate build "${productName}" (${config.appId}), lectern = ${JSON.stringify(packaged.lectern)}`,
    );
  });

  // Targets that need what this machine may not have. Each runs where it can, and otherwise is
  // skipped with its reason printed (never passed without building anything).
  const appImageReason = network
    ? null
    : 'AppImage: electron-builder downloads its AppImage tooling from GitHub; set LECTERN_PACKAGING_NETWORK=1 where that is reachable';
  if (appImageReason) console.log(`packaging: SKIPPED ${appImageReason}`);
  it.skipIf(appImageReason !== null)('builds an AppImage (needs the network)', () => {
    run(
      process.execPath,
      [
        join(root, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        'AppImage',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${join(work, 'appimage')}`,
        '--publish',
        'never',
      ],
      { env: builderEnv() },
    );
    expect(readdirSync(join(work, 'appimage')).some((file) => file.endsWith('.AppImage'))).toBe(true);
  });
});

const DEFAULT_SPEECH = 'carec-digital-strategy-2030.txt';

describe('icons and installer config', () => {
  it('has icon files that match resources/icon.svg (scripts/make-icons.mjs --check)', () => {
    run(process.execPath, [join(root, 'scripts', 'make-icons.mjs'), '--check']);
  });

  it('has a 1024 px PNG, a Windows .ico and a macOS .icns where the config says', () => {
    const png = readFileSync(join(root, 'resources', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    const ico = readFileSync(join(root, builderYml.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    expect(ico.readUInt8(6 + 16 * (ico.readUInt16LE(4) - 1))).toBe(0); // the last entry is 256 px
    const icns = readFileSync(join(root, builderYml.mac.icon));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true); // 1024 px
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(existsSync(join(root, 'resources', 'icons', `${size}x${size}.png`))).toBe(true);
  });
});

describe('targets that need another host or the network', () => {
  const reasons: [string, string | null][] = [
    [
      'Windows NSIS',
      process.platform === 'win32' && network
        ? null
        : "NSIS: needs the Windows Electron zip and electron-builder's NSIS tooling, both downloaded (run on Windows with LECTERN_PACKAGING_NETWORK=1)",
    ],
    [
      'macOS dmg',
      process.platform === 'darwin' && network
        ? null
        : 'dmg: needs a macOS host (hdiutil) and the macOS Electron zip (run on macOS with LECTERN_PACKAGING_NETWORK=1)',
    ],
  ];
  for (const [name, reason] of reasons) {
    if (reason) console.log(`packaging: SKIPPED ${reason}`);
    it.skipIf(reason !== null)(`builds the ${name} installer`, () => {
      const flag = process.platform === 'win32' ? '--win' : '--mac';
      const out = join(work, `installer-${process.platform}`);
      run(
        process.execPath,
        [
          join(root, 'node_modules', 'electron-builder', 'cli.js'),
          flag,
          `-c.directories.output=${out}`,
          '--publish',
          'never',
        ],
        { env: builderEnv() },
      );
      expect(readdirSync(out).some((file) => /\.(exe|dmg)$/.test(file))).toBe(true);
    });
  }
});
