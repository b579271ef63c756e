#!/usr/bin/env node
// An offline .deb from an unpacked Linux build (electron-builder's `dir` target, e.g.
// dist/linux-unpacked), with electron-installer-debian: dpkg-deb and fakeroot, nothing downloaded.
// electron-builder's own `deb` target fetches fpm from GitHub, which is not reachable everywhere.
//
//   node scripts/lib/packaging-deb.mjs <unpacked dir> <output dir> [--arch amd64]
//
// Metadata comes from the package.json inside app.asar (name, productName, version, description,
// author with email → Maintainer, homepage) and from electron-builder.yml's `linux` section.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { projectRoot } from './build.mjs';

const require = createRequire(import.meta.url);

/** Debian's name for a Node architecture. */
export function debianArch(arch = process.arch) {
  return { x64: 'amd64', arm64: 'arm64', arm: 'armhf', ia32: 'i386' }[arch] ?? arch;
}

/** electron-builder.yml, parsed. */
export function builderConfig() {
  return parse(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8'));
}

/** The hicolor icon set of resources/icons as electron-installer-debian wants it: { '16x16': file }. */
export function hicolorIcons() {
  const dir = join(projectRoot, 'resources', 'icons');
  const icons = { scalable: join(projectRoot, 'resources', 'icon.svg') };
  for (const file of readdirSync(dir)) {
    const match = /^(\d+x\d+)\.png$/.exec(file);
    if (match?.[1]) icons[match[1]] = join(dir, file);
  }
  return icons;
}

/** The Debian copyright file: Lectern's license, and where Electron's and Chromium's are. */
function copyright(config) {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  return [
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
    `Upstream-Name: ${config.productName ?? pkg.productName}`,
    ...(pkg.homepage ? [`Source: ${pkg.homepage}`] : []),
    '',
    'Files: *',
    `Copyright: ${String(config.copyright ?? '').replace(/^Copyright\s*(©|\(c\))?\s*/i, '') || pkg.author?.name}`,
    `License: ${pkg.license}`,
    ' The bundled Electron runtime is under the MIT license (LICENSE.electron.txt next to the',
    ' executable); Chromium and its components are under the licenses in LICENSES.chromium.html.',
    '',
  ].join('\n');
}

/**
 * Builds the .deb; returns its path. `src` must be an unpacked Linux app (executable, resources/app.asar).
 */
export async function buildDeb({ src, dest, arch = debianArch(), logger }) {
  src = resolve(src);
  dest = resolve(dest);
  const config = builderConfig();
  const linux = config.linux ?? {};
  // electron-installer-debian reads the Electron version from the dist's `version` file, which
  // electron-builder deletes when it unpacks an official Electron zip: put it back.
  const versionFile = join(src, 'version');
  if (!existsSync(versionFile)) {
    const electronVersion = JSON.parse(
      readFileSync(join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ).version;
    writeFileSync(versionFile, electronVersion);
  }
  // …and it takes /usr/share/doc/<name>/copyright from the dist's `LICENSE`, which electron-builder
  // renames to LICENSE.electron.txt (kept next to the executable): write the package's own.
  const licenseFile = join(src, 'LICENSE');
  if (!existsSync(licenseFile)) writeFileSync(licenseFile, copyright(config));
  const mimeType = (config.fileAssociations ?? []).map((association) => association.mimeType).filter(Boolean);
  const installer = require('electron-installer-debian');
  const options = {
    src,
    dest,
    arch,
    bin: linux.executableName ?? 'lectern',
    genericName: 'Presentation',
    // Debian wants a short synopsis (under 80 characters) and the long text as the extended description.
    ...(linux.synopsis ? { description: linux.synopsis } : {}),
    ...(linux.maintainer ? { maintainer: linux.maintainer } : {}),
    productDescription: linux.description,
    section: 'utils',
    priority: config.deb?.priority ?? 'optional',
    categories: [linux.category ?? 'Office', 'Presentation'],
    mimeType: [...new Set(mimeType)],
    icon: hicolorIcons(),
    ...(logger ? { logger } : {}),
  };
  const result = await installer(options);
  return (
    result.packagePaths?.[0] ??
    readdirSync(dest)
      .filter((file) => file.endsWith('.deb'))
      .map((file) => join(dest, file))[0]
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [src, dest] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const archFlag = process.argv.indexOf('--arch');
  if (!src || !dest) {
    console.error('Usage: node scripts/lib/packaging-deb.mjs <unpacked dir> <output dir> [--arch amd64]');
    process.exit(2);
  }
  try {
    const deb = await buildDeb({ src, dest, arch: archFlag > 0 ? process.argv[archFlag + 1] : undefined });
    console.log(deb);
  } catch (error) {
    console.error(`packaging-deb: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
