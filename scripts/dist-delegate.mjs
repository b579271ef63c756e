#!/usr/bin/env node
// `npm run dist:delegate -- <speech> [options] [electron-builder arguments]`
//
// An installer for one speech: the app is named after the speech, installs beside Lectern (its own
// appId, package and executable names) and opens that speech in the delegate viewer. It extends
// electron-builder.yml with a temporary config (dist/delegate/<slug>/electron-builder.json) that
//   - sets productName (the speech title) and appId org.lectern.app.delegate.<slug>;
//   - ships the speech (and the images it links to) as <resources>/slides/<file>, and no other;
//   - adds to the packaged package.json:
//       "lectern": { "delegate": true, "speech": "slides/<file>", "title": "<title>" }
//     which the main process reads (app.getAppPath()/package.json) to open that speech.
//
// Options:   --title "<name>"   use this product name instead of the speech's title
//            --no-build         skip the build (`npm run build`; out/ must be there)
//            --work <dir>       put the config, staged speech and artifacts here (default dist/delegate/<slug>)
// Anything else goes to electron-builder, e.g. `--linux dir` or `-c.electronDist=/path/to/electron`.
// Artifacts go to dist/delegate/<slug>/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { build, projectRoot } from './lib/build.mjs';

// `npm run` starts scripts in the project root; paths on its command line are the user's.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const SPEECH_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

function fail(message) {
  console.error(`dist:delegate: ${message}`);
  process.exit(1);
}

/** Splits argv into the speech, our options and the arguments for electron-builder. */
function parseArgs(argv) {
  const options = { speech: null, title: null, build: true, work: null, builderArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--title') options.title = argv[++i] ?? fail('--title needs a value');
    else if (arg.startsWith('--title=')) options.title = arg.slice('--title='.length);
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--work') options.work = argv[++i] ?? fail('--work needs a directory');
    else if (arg.startsWith('--work=')) options.work = arg.slice('--work='.length);
    else if (!options.speech && !arg.startsWith('-')) options.speech = arg;
    else options.builderArgs.push(arg);
  }
  return options;
}

/** The title the speech engine gives the speech, when its CLI (`npm run lectern -- build`) exists. */
function titleFromEngine(speech) {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  if (!pkg.scripts?.lectern) return null;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '--silent', 'lectern', '--', 'build', speech, '--json'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) return null;
  try {
    const deck = JSON.parse(result.stdout);
    const title = deck?.title ?? deck?.deck?.title ?? deck?.speech?.title;
    return typeof title === 'string' && title.trim() ? title.trim() : null;
  } catch {
    return null;
  }
}

/** Without the engine: front matter `title:`, else the first Markdown heading, else the first line. */
export function titleFromText(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trim() === '---') {
    for (let i = 1; i < lines.length && lines[i].trim() !== '---'; i++) {
      const match = /^title\s*:\s*(.+?)\s*$/i.exec(lines[i]);
      if (match) return match[1].replace(/^(['"])(.*)\1$/, '$2').trim();
    }
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    lines.splice(0, end + 1);
  }
  const heading = lines.find((line) => /^#\s+\S/.test(line));
  if (heading)
    return heading
      .replace(/^#\s+/, '')
      .replace(/\s+#*\s*$/, '')
      .trim();
  const first = lines.find((line) => line.trim().length > 0);
  return first ? first.replace(/^#+\s*/, '').trim() : null;
}

/** A product name that is a valid file name on every platform (it names the .exe, the .app, the folder). */
export function productNameOf(title) {
  let name = title
    .replace(/[*_`]/g, '')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (name.length > 80)
    name = name
      .slice(0, 80)
      .replace(/\s+\S*$/, '')
      .replace(/[\s.,;:-]+$/, '');
  return name || 'Lectern Speech';
}

/** An ASCII slug for ids and file names; a short hash when the title has no ASCII letters or digits. */
export function slugOf(title) {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || `speech-${createHash('sha256').update(title).digest('hex').slice(0, 8)}`;
}

/** Local images the speech links to (`![…](path)`), inside the speech's folder. */
function linkedImages(speechFile, text) {
  const folder = dirname(speechFile);
  const images = new Set();
  for (const match of text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = match[1];
    if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) continue;
    let decoded;
    try {
      decoded = decodeURIComponent(target);
    } catch {
      continue;
    }
    const file = resolve(folder, decoded);
    const inside = relative(folder, file);
    if (
      inside.startsWith('..') ||
      inside.includes(`..${sep}`) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    )
      continue;
    images.add(inside);
  }
  return [...images];
}

const options = parseArgs(process.argv.slice(2));
if (!options.speech)
  fail(
    'which speech? Usage: npm run dist:delegate -- <speech.md|.markdown|.txt> [--title "…"] [electron-builder args]',
  );
const speechFile = resolve(userCwd, options.speech);
if (!existsSync(speechFile) || !statSync(speechFile).isFile()) fail(`no such speech file: ${speechFile}`);
if (!SPEECH_EXTENSIONS.has(extname(speechFile).toLowerCase()))
  fail(`a speech is a .md, .markdown or .txt file: ${speechFile}`);

const text = readFileSync(speechFile, 'utf8');
const title =
  options.title ??
  titleFromEngine(speechFile) ??
  titleFromText(text) ??
  basename(speechFile, extname(speechFile));
const productName = productNameOf(title);
const slug = slugOf(title);
// The shipped name: letters, digits, '.', '_' and '-' only (spaces and the like become '-').
const fileName = basename(speechFile)
  .normalize('NFC')
  .replace(/[^\p{L}\p{N}._-]+/gu, '-');

const base = parse(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const work = options.work ? resolve(userCwd, options.work) : join(projectRoot, 'dist', 'delegate', slug);
const slides = join(work, 'slides');
rmSync(slides, { recursive: true, force: true });
mkdirSync(slides, { recursive: true });
copyFileSync(speechFile, join(slides, fileName));
for (const image of linkedImages(speechFile, text)) {
  mkdirSync(dirname(join(slides, image)), { recursive: true });
  copyFileSync(join(dirname(speechFile), image), join(slides, image));
}

const name = `${pkg.name}-${slug}`;
const config = {
  ...base,
  appId: `${base.appId}.delegate.${slug}`,
  productName,
  directories: { ...base.directories, output: join(work, 'out') },
  extraMetadata: {
    name,
    productName,
    lectern: { delegate: true, speech: `slides/${fileName}`, title: productName },
  },
  extraResources: [{ from: slides, to: 'slides' }],
  linux: {
    ...base.linux,
    executableName: name,
    desktop: {
      ...base.linux?.desktop,
      entry: { ...base.linux?.desktop?.entry, StartupWMClass: productName },
    },
  },
  nsis: { ...base.nsis, shortcutName: productName },
};
const configFile = join(work, 'electron-builder.json');
writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);

console.log(`Delegate build of "${relative(projectRoot, speechFile) || speechFile}"`);
console.log(`  product name  ${productName}`);
console.log(`  appId         ${config.appId}`);
console.log(`  speech        <resources>/slides/${fileName}`);
console.log(`  config        ${relative(projectRoot, configFile)}`);

if (options.build) {
  build();
} else if (!existsSync(join(projectRoot, 'out', 'main', 'index.js'))) {
  fail('--no-build, but out/ has no build: run `npm run build` first.');
}

const packaged = spawnSync(
  process.execPath,
  [
    join(projectRoot, 'node_modules', 'electron-builder', 'cli.js'),
    '--config',
    configFile,
    '--publish',
    'never',
    ...options.builderArgs,
  ],
  { cwd: projectRoot, stdio: 'inherit' },
);
if (packaged.status !== 0)
  fail(`electron-builder failed (exit ${packaged.status ?? packaged.signal}), see above.`);
console.log(`Delegate installer(s) in ${relative(projectRoot, config.directories.output)}`);
