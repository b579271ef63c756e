#!/usr/bin/env node
// `lectern` (npx lectern …, npm run -s lectern -- …): runs the TypeScript CLI (src/cli/index.ts)
// through tsx's loader, in this process, and exits with its status.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// `npm run` starts scripts in the project's root; paths on the command line mean what they meant
// in the speaker's shell, where npm started (INIT_CWD).
if (process.env.npm_lifecycle_event && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
// The Node side's compiler settings (React's automatic JSX for the slides the exports render).
register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
