#!/usr/bin/env node
// `npm run serve`: builds the app when the build is missing or older than the sources, then runs
// `lectern serve` (src/cli/serve.ts) with the arguments given.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, projectRoot } from './lib/build.mjs';

ensureBuilt();
const result = spawnSync(
  process.execPath,
  [join(projectRoot, 'bin', 'lectern.mjs'), 'serve', ...process.argv.slice(2)],
  {
    cwd: process.cwd(),
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
