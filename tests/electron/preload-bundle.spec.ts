/**
 * Checks the built preloads without Electron: a sandboxed preload can `require` only 'electron'
 * (and a few built-ins), so each must be one self-contained file. A shared chunk or an external
 * package would make `window.lectern` silently missing at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROLE_INVOKES, type InvokeChannel } from '../../src/core/contract';
import { repoRoot } from './lectern-app';

const ALL_CHANNELS: InvokeChannel[] = [...new Set(Object.values(ROLE_INVOKES).flat())];

for (const role of ['audience', 'presenter', 'delegate', 'connect'] as const) {
  test(`out/preload/${role}.cjs requires nothing but electron`, () => {
    const file = join(repoRoot, 'out', 'preload', `${role}.cjs`);
    test.skip(!existsSync(file), 'run `npm run build` first');
    const code = readFileSync(file, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(code).toContain(`exposeInMainWorld("lectern"`);
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });

  test(`out/preload/${role}.cjs names only the channels its role may use`, () => {
    const file = join(repoRoot, 'out', 'preload', `${role}.cjs`);
    test.skip(!existsSync(file), 'run `npm run build` first');
    const code = readFileSync(file, 'utf8');
    const named = ALL_CHANNELS.filter((channel) => code.includes(`"${channel}"`));
    expect(named.sort()).toEqual([...ROLE_INVOKES[role]].sort());
  });
}
