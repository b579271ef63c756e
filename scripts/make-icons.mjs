#!/usr/bin/env node
// Renders resources/icon.svg into every icon file the installers need, all committed so that
// packaging needs no generator:
//   resources/icon.png            1024×1024 (Linux, and the fallback electron-builder looks for)
//   resources/icons/<N>x<N>.png   16…1024 (Linux hicolor set: AppImage, deb, tar.gz)
//   resources/icon.ico            16…256, PNG-compressed entries (Windows, NSIS)
//   resources/icon.icns           16…1024 (macOS, dmg)
// `node scripts/make-icons.mjs --check` writes nothing and fails when a committed file is missing
// or no longer matches the SVG.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resources = join(root, 'resources');
const svg = readFileSync(join(resources, 'icon.svg'));

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types that hold PNG data, with their pixel size (the @2x types share a size).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

const cache = new Map();
/** The SVG rendered to a square PNG of `size` pixels. */
function png(size) {
  if (!cache.has(size)) {
    const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' });
    cache.set(size, Buffer.from(resvg.render().asPng()));
  }
  return cache.get(size);
}

/** A Windows .ico whose entries are PNG images (Vista and later read these). */
function ico(sizes) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(sizes.length, 4);
  const entries = [];
  const images = [];
  let offset = 6 + 16 * sizes.length;
  for (const size of sizes) {
    const data = png(size);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width, 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
    images.push(data);
  }
  return Buffer.concat([header, ...entries, ...images]);
}

/** An Apple .icns: 'icns', total length, then (type, length, PNG data) elements, big-endian. */
function icns(types) {
  const elements = types.map(([type, size]) => {
    const data = png(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

const outputs = new Map([
  [join(resources, 'icon.png'), () => png(1024)],
  ...LINUX_SIZES.map((size) => [join(resources, 'icons', `${size}x${size}.png`), () => png(size)]),
  [join(resources, 'icon.ico'), () => ico(ICO_SIZES)],
  [join(resources, 'icon.icns'), () => icns(ICNS_TYPES)],
]);

const check = process.argv.includes('--check');
const stale = [];
for (const [file, make] of outputs) {
  const data = make();
  const name = relative(root, file);
  if (check) {
    if (!existsSync(file) || !readFileSync(file).equals(data)) stale.push(name);
    continue;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  console.log(`${name}  ${data.length} bytes`);
}
if (check) {
  if (stale.length > 0) {
    console.error(
      `make-icons: out of date with resources/icon.svg: ${stale.join(', ')}. Run: node scripts/make-icons.mjs`,
    );
    process.exit(1);
  }
  console.log(`make-icons: all ${outputs.size} icon files match resources/icon.svg.`);
}
