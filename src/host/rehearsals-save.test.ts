/**
 * Save safety: a process saving the rehearsal file is killed (SIGKILL, no chance to clean up) at
 * random points, many times; the file must always be the old or the new version, never broken.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRehearsalFile, emptyRehearsalFile } from '../core/rehearsal-schema';
import { saveRehearsalFile } from './rehearsals';
import { versionOf } from './rehearsals-save.fixture';
import { buildChildScript, type ChildScript } from '../../tests/helpers/child-script';
import { tempDir } from '../../tests/helpers/temp';

const KILLS = 30;
/** Children run side by side, each on its own file, to keep the test to a few seconds. */
const PARALLEL = 5;
let dir: string;
let writerScript: ChildScript;

beforeAll(async () => {
  writerScript = await buildChildScript(
    fileURLToPath(new URL('./rehearsals-save.child.ts', import.meta.url)),
  );
}, 120_000); // bundling the child with esbuild: slow on a loaded machine

afterAll(async () => {
  await writerScript.remove();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function startWriter(path: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [writerScript.path, path], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
  });
}

async function killAtRandom(path: string, seed: number): Promise<string> {
  const child = await startWriter(path);
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve) => setTimeout(resolve, (seed * 37) % 120)); // 0–119 ms into the writes
  child.kill('SIGKILL');
  await exited;
  const read = readRehearsalFile(await readFile(path, 'utf8'));
  if (!read.ok) return `broken after a kill: ${read.message}`;
  const tag = read.file.runs[0]?.sourceId;
  const whole = read.file.runs.length === 40 && read.file.runs.every((r) => r.sourceId === tag);
  return whole && (tag === 'old' || tag === 'new') ? (tag as string) : 'mixed';
}

describe('saving rehearsals', () => {
  it(`is atomic: ${KILLS} kills mid-write always leave the old or the new file`, async () => {
    dir = tempDir('kill');
    const outcomes: string[] = [];
    for (let batch = 0; batch < KILLS / PARALLEL; batch += 1) {
      const results = await Promise.all(
        Array.from({ length: PARALLEL }, async (_, i) => {
          const path = join(dir, `r${batch}-${i}.json`);
          await saveRehearsalFile(path, {
            ...emptyRehearsalFile({ fileName: 'x', title: 'x' }),
            runs: versionOf('old'),
          });
          return killAtRandom(path, batch * PARALLEL + i);
        }),
      );
      outcomes.push(...results);
    }
    expect(outcomes.filter((o) => o !== 'old' && o !== 'new')).toEqual([]);
    expect(outcomes).toHaveLength(KILLS);
  }, 60_000);
});
