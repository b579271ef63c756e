/**
 * Durable acknowledgement (issue #17, 4): when the host answers a rehearsal's `finish` with 200,
 * the run is on disk. A real host process (durable-ack.child.ts) rehearses over its HTTP API
 * and is killed with SIGKILL at a random moment 0–20 ms after an acknowledgement (while it is
 * already busy with the next rehearsal), 50 times; every acknowledged run must be in its file.
 *
 * Slow (a few seconds): `npm run test:fast` leaves it out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRehearsalFile } from '../core/rehearsal-schema';
import { buildChildScript, type ChildScript } from '../../tests/helpers/child-script';
import { seededRandom } from '../../tests/helpers/prng';
import { tempDir } from '../../tests/helpers/temp';

const RUNS = 50;
/** Hosts run side by side, each in its own data folder, to keep the test to a few seconds. */
const PARALLEL = 5;
let hostScript: ChildScript;
const random = seededRandom(17);

beforeAll(async () => {
  hostScript = await buildChildScript(fileURLToPath(new URL('./durable-ack.child.ts', import.meta.url)));
}, 120_000); // bundling the child with esbuild: slow on a loaded machine
afterAll(() => hostScript.remove());

function startHost(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [hostScript.path, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (data: Buffer) => resolve({ child, port: Number(String(data).trim()) }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the host exited early (${code})`)));
  });
}

function command(port: number, body: object): Promise<number> {
  return fetch(`http://127.0.0.1:${port}/api/command`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).then(
    (res) => res.status,
    () => 0, // the host was killed before it answered: not acknowledged
  );
}

/** The runs saved in a data folder's rehearsal file (none when there is no file). */
function savedRuns(dataDir: string): number {
  const folder = join(dataDir, 'rehearsals');
  const files = (() => {
    try {
      return readdirSync(folder).filter((f) => /^ack-md-[0-9a-f]{8}\.json$/.test(f));
    } catch {
      return [];
    }
  })();
  if (files.length === 0) return 0;
  const read = readRehearsalFile(readFileSync(join(folder, files[0]!), 'utf8'));
  if (!read.ok) throw new Error(`the rehearsal file is broken after a kill: ${read.message}`);
  return read.file.runs.length;
}

/** Rehearses 1–3 times, acknowledged, then is killed 0–20 ms after the last answer; returns runs lost. */
async function rehearseThenKill(run: number): Promise<{ acknowledged: number; lost: number }> {
  const dataDir = tempDir(`ack-${run}`);
  const { child, port } = await startHost(dataDir);
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const rehearsals = 1 + Math.floor(random() * 3);
  const delayMs = random() * 20;
  let acknowledged = 0;
  for (let i = 0; i < rehearsals; i++) {
    expect(await command(port, { type: 'mode', mode: 'rehearse' })).toBe(200);
    expect(await command(port, { type: 'next' })).toBe(200);
    if ((await command(port, { type: 'rehearsal', action: 'finish' })) === 200) acknowledged += 1;
  }
  // The host is busy again (a new rehearsal, its journal) when the kill comes.
  void command(port, { type: 'mode', mode: 'rehearse' }).then(() => command(port, { type: 'next' }));
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  await exited;
  return { acknowledged, lost: Math.max(0, acknowledged - savedRuns(dataDir)) };
}

describe('acknowledged rehearsals survive a kill -9', () => {
  it(`${RUNS} kills 0–20 ms after an acknowledgement lose no acknowledged run`, async () => {
    const outcomes: { acknowledged: number; lost: number }[] = [];
    for (let batch = 0; batch < RUNS / PARALLEL; batch += 1) {
      outcomes.push(
        ...(await Promise.all(
          Array.from({ length: PARALLEL }, (_, i) => rehearseThenKill(batch * PARALLEL + i)),
        )),
      );
    }
    expect(outcomes).toHaveLength(RUNS);
    expect(outcomes.reduce((sum, o) => sum + o.acknowledged, 0)).toBeGreaterThanOrEqual(RUNS);
    expect(outcomes.filter((o) => o.lost > 0)).toEqual([]);
  }, 240_000); // 50 host processes: generous, for a loaded machine (no time is asserted)
});
