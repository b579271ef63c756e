/**
 * Timer accuracy (part of `npm run bench`):
 *
 * 1. Real time, a few seconds: the host's timer (Date.now timestamps) sampled as the presenter
 *    does (once a second, just after the timer's second turns: useNow), against a monotonic
 *    reference (performance.now).
 * 2. A simulated three-hour talk with pauses, Q&A and wall-clock steps (NTP corrections), on the
 *    same reducer the app uses: displayed elapsed time against the monotonic reference.
 * Prints small tables and returns the worst errors; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  elapsedMs,
  initialShowState,
  nextTickIn,
  reduceShow,
  speakingMs,
  timerPhase,
  type ShowCommand,
  type ShowState,
} from '../../src/core/show';

const TICK_MS = 1000; // the presenter's refresh (useNow), at the timer's phase

function seconds(ms: number): number {
  return Math.floor(ms / 1000);
}

async function realRun(
  durationMs: number,
): Promise<{ maxErr: number; samples: number; wrongSecond: number }> {
  let state = initialShowState(10);
  state = reduceShow(state, { type: 'timer', action: 'start' }, Date.now());
  const refStart = performance.now();
  let maxErr = 0;
  let maxLag = 0;
  let samples = 0;
  let wrongSecond = 0;
  while (performance.now() - refStart < durationMs) {
    await sleep(nextTickIn(Date.now(), TICK_MS, timerPhase(state.timer)));
    const ref = performance.now() - refStart;
    const shown = elapsedMs(state.timer, Date.now());
    samples += 1;
    maxErr = Math.max(maxErr, Math.abs(shown - ref));
    maxLag = Math.max(maxLag, ref - shown);
    if (seconds(shown) !== seconds(ref)) wrongSecond += 1;
  }
  console.log(
    '\n1. Real time: timestamps vs performance.now, sampled as the presenter renders (each second)',
  );
  console.table([
    {
      'run (s)': durationMs / 1000,
      samples,
      'max |error| (ms)': maxErr.toFixed(2),
      'max lag (ms)': maxLag.toFixed(2),
      'samples showing another second': wrongSecond,
    },
  ]);
  return { maxErr, samples, wrongSecond };
}

function simulatedRun(): number {
  const HOUR = 3_600_000;
  /** Wall clock = monotonic + offset; NTP steps the offset at these points. */
  const steps = [
    { at: 0.7 * HOUR, by: +180 },
    { at: 1.6 * HOUR, by: -450 },
    { at: 2.4 * HOUR, by: +40 },
  ];
  const offsetAt = (t: number): number => steps.filter((s) => t >= s.at).reduce((a, s) => a + s.by, 0);
  /** Commands at monotonic times (ms since the talk began). */
  const script: Array<{ at: number; command: ShowCommand }> = [
    { at: 0, command: { type: 'next' } },
    { at: 0.75 * HOUR, command: { type: 'timer', action: 'pause' } },
    { at: 0.75 * HOUR + 300_000, command: { type: 'timer', action: 'start' } },
    { at: 2.5 * HOUR, command: { type: 'mode', mode: 'qa' } },
    { at: 2.9 * HOUR, command: { type: 'mode', mode: 'present' } },
  ];
  const T0 = 1_750_000_000_000;
  let state: ShowState = initialShowState(40);
  let refElapsed = 0;
  let refQa = 0;
  let running = false;
  let qa = false;
  let next = 0;
  const rows: Array<Record<string, string | number>> = [];
  let maxErr = 0;
  for (let t = 0; t <= 3 * HOUR; t += TICK_MS) {
    while (next < script.length && script[next]!.at <= t) {
      const { command } = script[next]!;
      state = reduceShow(state, command, T0 + t + offsetAt(t));
      if (command.type === 'next') running = true;
      if (command.type === 'timer') running = command.action === 'start';
      if (command.type === 'mode') qa = command.mode === 'qa';
      next += 1;
    }
    const wall = T0 + t + offsetAt(t);
    const err = elapsedMs(state.timer, wall) - refElapsed;
    maxErr = Math.max(maxErr, Math.abs(err));
    if (t % (HOUR / 2) === 0) {
      rows.push({
        'talk time (h)': (t / HOUR).toFixed(1),
        'reference elapsed': refElapsed,
        'shown elapsed': elapsedMs(state.timer, wall),
        'error (ms)': err,
        'speaking (ref)': refElapsed - refQa,
        'speaking (shown)': speakingMs(state, wall),
      });
    }
    if (running) {
      refElapsed += TICK_MS;
      if (qa) refQa += TICK_MS;
    }
  }
  console.log('\n2. Simulated 3 h talk: 5 min pause at 0:45, Q&A 2:30–2:54, NTP steps +180, −450, +40 ms');
  console.table(rows);
  console.log(
    `max |error| over ${(3 * HOUR) / TICK_MS} ticks: ${maxErr} ms (the sum of the wall-clock steps since the start)`,
  );
  return maxErr;
}

export interface TimerAccuracy {
  real: { maxErr: number; samples: number; wrongSecond: number };
  simulatedMaxErr: number;
}

export async function benchTimer(realMs: number): Promise<TimerAccuracy> {
  const real = await realRun(realMs);
  return { real, simulatedMaxErr: simulatedRun() };
}
