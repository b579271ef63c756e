/**
 * Child processes for kill tests (a real SIGKILL of a process that is writing): the child's
 * TypeScript entry is built once to plain JavaScript, since starting TypeScript through a loader
 * for every one of dozens of children would take longer than the test itself. The bundle goes
 * under node_modules/.cache, so the packages it imports resolve; remove() deletes it.
 */
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ChildScript {
  /** The built script: run it with `process.execPath`. */
  path: string;
  remove(): Promise<void>;
}

export async function buildChildScript(entry: string): Promise<ChildScript> {
  const name = basename(entry).replace(/\.ts$/, '');
  const outDir = join(projectRoot, 'node_modules', '.cache', `lectern-${name}-${process.pid}`);
  await build({
    configFile: false,
    // Bundled (it starts in half the time), but for write-file-atomic, which needs CommonJS's __filename.
    ssr: { noExternal: true, external: ['write-file-atomic'] },
    logLevel: 'silent',
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
  });
  return { path: join(outDir, 'child.mjs'), remove: () => rm(outDir, { recursive: true, force: true }) };
}
