#!/usr/bin/env node
// `npm run audit:security`: scans src/ with Electronegativity (Doyensec's Electron security
// linter) and fails on any finding of MEDIUM severity or above that is not justified in place.
//
// Electronegativity pins old tooling (ESLint 7, TypeScript 4.2), so it lives apart from the app in
// tools/electronegativity with its own lockfile, installed here with `npm ci` when missing. Its CLI
// exits 0 whatever it finds, and its CSV writer races with itself (the header write can clobber
// the first row), so this script calls its programmatic API, which returns the findings and the
// files it could not parse, and decides.
//
// Justifying a finding: a comment on the flagged line or up to three lines above it,
//   // electronegativity-ignore: CHECK_NAME — why this is safe here
// The reason is required (at least three words); a bare ignore does not count.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = join(root, 'tools', 'electronegativity');
const toolPackage = join(toolDir, 'node_modules', '@doyensec', 'electronegativity', 'package.json');
const scanned = 'src';
const FAILING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
/**
 * Checks not run (by class name, as Electronegativity wants them), with the reason.
 * AvailableSecurityFixes asks GitHub for Electron's release list at every run: offline (CI, this
 * project's machines) it cannot answer; Electron's version is kept current by dependency updates.
 */
const EXCLUDED = { AvailableSecurityFixesGlobalCheck: 'needs the network (GitHub release list)' };

if (!existsSync(toolPackage)) {
  console.log('audit:security: installing Electronegativity into tools/electronegativity (npm ci)…');
  const install = spawnSync(
    'npm',
    ['ci', '--prefix', toolDir, '--ignore-scripts', '--no-audit', '--no-fund'],
    {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    },
  );
  if (install.status !== 0) fail('npm ci in tools/electronegativity failed');
}

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const run = createRequire(toolPackage)('@doyensec/electronegativity');
// It prints "Could not retrieve updated translations" (it tries the network for locales); harmless.
const report = await run({
  input: join(root, scanned),
  isRelative: true,
  electronVersionOverride: electronVersion,
  excludeFromScan: Object.keys(EXCLUDED),
  customScan: [],
});

// A file it cannot parse is a file it did not audit.
const unparsed = report.errors.filter((error) => !error.tolerable);
if (unparsed.length > 0) {
  fail(`Electronegativity could not parse:\n${unparsed.map((e) => `  ${e.file}: ${e.message}`).join('\n')}`);
}

let failures = 0;
console.log(
  `Electronegativity on ${scanned}/ (Electron ${electronVersion}, ${report.atomicChecks} checks + ${report.globalChecks} global): ${report.issues.length} finding(s)`,
);
for (const issue of report.issues) {
  const severity = issue.severity.name;
  const line = issue.location?.line;
  const reason = justification(join(root, scanned, issue.file), line, issue.id);
  const failing = FAILING.has(severity) && reason === null;
  if (failing) failures += 1;
  const status = reason !== null ? `justified: ${reason}` : failing ? 'FAIL' : 'below MEDIUM: reported only';
  console.log(`  ${severity} ${issue.confidence.name} ${issue.id} ${scanned}/${issue.file}:${line}`);
  console.log(`    ${issue.description}\n    → ${status}`);
}
for (const [check, why] of Object.entries(EXCLUDED)) console.log(`  (not run: ${check}: ${why})`);
if (failures > 0) fail(`${failures} finding(s) of MEDIUM or above without a justification`);
console.log('audit:security: passed');

/** The reason given by an `electronegativity-ignore: CHECK` comment near `line`, or null. */
function justification(file, line, check) {
  if (!existsSync(file) || !Number.isInteger(line)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = Math.max(0, line - 4); i < Math.min(lines.length, line); i += 1) {
    const match = /electronegativity-ignore:\s*([A-Z_]+)\s*[—-]+\s*(.+)$/.exec(lines[i]);
    if (match && match[1] === check && match[2].trim().split(/\s+/).length >= 3) return match[2].trim();
  }
  return null;
}

function fail(message) {
  console.error(`audit:security: ${message}`);
  process.exit(1);
}
