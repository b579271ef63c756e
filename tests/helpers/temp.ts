/**
 * Temporary folders for tests that clean up after themselves: every folder a test makes lives
 * under one root, the run's (LECTERN_TEST_TMP, made and removed by global-temp.ts, the global
 * setup of vitest and Playwright), or else one of this process's own, removed when it exits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | null = null;

function testRoot(): string {
  if (root === null && process.env['LECTERN_TEST_TMP']) root = process.env['LECTERN_TEST_TMP'];
  if (root === null) {
    const made = mkdtempSync(join(tmpdir(), 'lectern-test-'));
    root = made;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return root;
}

/** A new empty folder, e.g. tempDir('journal') → /tmp/lectern-test-x1/journal-y2. */
export function tempDir(name: string): string {
  return mkdtempSync(join(testRoot(), `${name}-`));
}
