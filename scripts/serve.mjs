#!/usr/bin/env node
// `npm run serve`: builds the renderer when the build is missing or older than the sources,
// then starts the web host (src/server/cli.ts) with the arguments given.
import { spawnSync } from 'node:child_process';
import { ensureBuilt, projectRoot } from './lib/build.mjs';

ensureBuilt();
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'src/server/cli.ts', ...process.argv.slice(2)],
  {
    cwd: projectRoot,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
