/**
 * Fan-out: one laptop serving a hall. With 1, 100 and 500 follower sockets on loopback, the time
 * from a slide change sent by the presenter's socket to each follower receiving the new place
 * (p50 / p95 over every follower and every change), and the host's memory per connected follower.
 * The followers run in a child process (fanout-clients.mjs): the host's loop serves them as it
 * would serve phones, and the latency is measured on the followers' own clock.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startTestShow } from '../../tests/helpers/show-host';
import { summarize, type Summary } from './stats';

export interface FanoutResult {
  followers: number;
  latency: Summary;
  /** Host memory added per connected follower: the JS heap with buffers outside it, and RSS (noisier), kB. */
  heapPerFollowerKb: number;
  rssPerFollowerKb: number;
}

const clients = fileURLToPath(new URL('./fanout-clients.mjs', import.meta.url));

// A full collection before each reading, so the difference is what the followers hold.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function settle(): void {
  gc();
  gc();
}

async function once(followers: number, moves: number): Promise<FanoutResult> {
  const show = await startTestShow();
  try {
    const child = fork(clients, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const next = (): Promise<Record<string, unknown>> =>
      new Promise((resolve, reject) => {
        child.once('message', (m) => resolve(m as Record<string, unknown>));
        child.once('exit', (code) => reject(new Error(`fan-out clients exited (${code})`)));
      });
    settle();
    const before = process.memoryUsage();
    child.send({ url: `${show.host.url.replace('http', 'ws')}/ws`, n: followers, moves });
    await next();
    settle();
    const after = process.memoryUsage();
    child.send({ go: true });
    const { latencies } = (await next()) as { latencies: number[] };
    await new Promise((resolve) => child.once('exit', resolve));
    return {
      followers,
      latency: summarize(latencies),
      rssPerFollowerKb: (after.rss - before.rss) / followers / 1024,
      heapPerFollowerKb:
        (after.heapUsed + after.external - before.heapUsed - before.external) / followers / 1024,
    };
  } finally {
    await show.close();
  }
}

/** Runs the fan-out for each number of followers, `moves` slide changes each. */
export async function benchFanout(counts: readonly number[], moves: number): Promise<FanoutResult[]> {
  const results: FanoutResult[] = [];
  for (const n of counts) results.push(await once(n, moves));
  return results;
}
