/**
 * Global setup for vitest and Playwright: one temporary root for the whole run, named in
 * LECTERN_TEST_TMP for every worker (tests/helpers/temp.ts makes its folders in it), and removed
 * when the run ends, whatever happened to the workers on the way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'lectern-test-'));
  process.env['LECTERN_TEST_TMP'] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
