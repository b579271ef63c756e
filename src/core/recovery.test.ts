import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RESTART_POLICY,
  encodeGpuFlag,
  gpuAccelerationDisabled,
  healthyRenderer,
  onGpuCrash,
  onRendererEvent,
  type RecoveryAction,
  type RendererEvent,
  type RendererHealth,
} from './recovery';

/** Runs a sequence of [time, event] and returns every action taken, in order. */
function run(events: Array<[number, RendererEvent]>, start: RendererHealth = healthyRenderer) {
  let health = start;
  const actions: RecoveryAction['type'][] = [];
  for (const [at, event] of events) {
    const step = onRendererEvent(health, event, at);
    health = step.health;
    actions.push(step.action.type);
  }
  return { health, actions };
}

const gone: RendererEvent = { type: 'gone', reason: 'crashed' };

describe('renderer crashes', () => {
  it('rebuilds a crashed or killed renderer at once', () => {
    expect(run([[1_000, gone]]).actions).toEqual(['rebuild']);
    expect(run([[1_000, { type: 'gone', reason: 'killed' }]]).actions).toEqual(['rebuild']);
    expect(run([[1_000, { type: 'gone', reason: 'oom' }]]).actions).toEqual(['rebuild']);
  });

  it('allows 3 restarts within 60 s, then shows the fallback page and stops trying', () => {
    const { actions, health } = run([
      [0, gone],
      [10_000, gone],
      [20_000, gone],
      [30_000, gone],
      [40_000, gone],
    ]);
    expect(actions).toEqual(['rebuild', 'rebuild', 'rebuild', 'fallback', 'none']);
    expect(health.fallback).toBe(true);
  });

  it('counts over a sliding minute: crashes spread out are always rebuilt', () => {
    const events: Array<[number, RendererEvent]> = [0, 25_000, 50_000, 75_000, 100_000, 125_000].map((at) => [
      at,
      gone,
    ]);
    expect(run(events).actions).toEqual(Array(6).fill('rebuild'));
  });

  it('forgets restarts older than the window', () => {
    const { actions } = run([
      [0, gone],
      [1_000, gone],
      [2_000, gone],
      [62_001, gone], // the first three are now more than 60 s old
    ]);
    expect(actions).toEqual(['rebuild', 'rebuild', 'rebuild', 'rebuild']);
  });
});

describe('hung renderers', () => {
  it('waits the grace period, then kills the renderer (the gone event that follows rebuilds it)', () => {
    const step = onRendererEvent(healthyRenderer, { type: 'unresponsive' }, 0);
    expect(step.action).toEqual({ type: 'watch-hang', afterMs: DEFAULT_RESTART_POLICY.hangGraceMs });
    expect(
      run([
        [0, { type: 'unresponsive' }],
        [5_000, { type: 'hang-timeout' }],
        [5_010, { type: 'gone', reason: 'killed' }],
      ]).actions,
    ).toEqual(['watch-hang', 'kill', 'rebuild']);
  });

  it('a renderer that answers again within the grace period is left alone', () => {
    expect(
      run([
        [0, { type: 'unresponsive' }],
        [2_000, { type: 'responsive' }],
        [5_000, { type: 'hang-timeout' }],
      ]).actions,
    ).toEqual(['watch-hang', 'cancel-hang', 'none']);
  });

  it('repeated unresponsive events arm one timer; a crash while hung rebuilds and disarms', () => {
    expect(
      run([
        [0, { type: 'unresponsive' }],
        [1_000, { type: 'unresponsive' }],
        [2_000, gone],
        [5_000, { type: 'hang-timeout' }],
      ]).actions,
    ).toEqual(['watch-hang', 'none', 'rebuild', 'none']);
  });

  it('a timer that fires early (re-armed by a second hang) does nothing', () => {
    expect(
      run([
        [0, { type: 'unresponsive' }],
        [1_000, { type: 'responsive' }],
        [3_000, { type: 'unresponsive' }],
        [5_000, { type: 'hang-timeout' }], // the first timer: only 2 s into the second hang
        [8_000, { type: 'hang-timeout' }],
      ]).actions,
    ).toEqual(['watch-hang', 'cancel-hang', 'watch-hang', 'none', 'kill']);
  });

  it('hangs and crashes share one budget', () => {
    expect(
      run([
        [0, gone],
        [1_000, { type: 'unresponsive' }],
        [6_000, { type: 'hang-timeout' }],
        [6_010, { type: 'gone', reason: 'killed' }],
        [7_000, gone],
        [8_000, gone],
      ]).actions,
    ).toEqual(['rebuild', 'watch-hang', 'kill', 'rebuild', 'rebuild', 'fallback']);
  });
});

describe('GPU crashes', () => {
  it('always repaints, and disables acceleration for the next launch on the third crash in 10 minutes', () => {
    let crashes: readonly number[] = [];
    const disable: boolean[] = [];
    for (const at of [0, 60_000, 120_000]) {
      const step = onGpuCrash(crashes, at);
      expect(step.repaint).toBe(true);
      crashes = step.crashes;
      disable.push(step.disableNextLaunch);
    }
    expect(disable).toEqual([false, false, true]);
  });

  it('crashes spread over hours never disable it', () => {
    let crashes: readonly number[] = [];
    for (const at of [0, 3_600_000, 7_200_000, 10_800_000]) {
      const step = onGpuCrash(crashes, at);
      expect(step.disableNextLaunch).toBe(false);
      crashes = step.crashes;
    }
  });

  it('reads the flag file; a missing or corrupt one leaves acceleration on', () => {
    const text = encodeGpuFlag({ disableHardwareAcceleration: true, since: 1, reason: '3 GPU crashes' });
    expect(gpuAccelerationDisabled(text)).toBe(true);
    expect(gpuAccelerationDisabled(null)).toBe(false);
    expect(gpuAccelerationDisabled('{not json')).toBe(false);
    expect(gpuAccelerationDisabled('{"disableHardwareAcceleration":"yes"}')).toBe(false);
    expect(gpuAccelerationDisabled('null')).toBe(false);
  });
});
