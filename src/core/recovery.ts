/**
 * What to do when a show window's renderer dies or hangs, and when the GPU process keeps crashing.
 *
 * Pure: main/recovery.ts feeds Electron's events in (with the time) and carries out the action that
 * comes back, so every rule is unit-tested with event sequences (recovery.test.ts).
 *
 * Rules for one window:
 * 1. Renderer gone (crashed, killed, out of memory, …): rebuild the window at once. The show state
 *    lives in main, so the new page asks for the snapshot and comes back on the same slide.
 * 2. Renderer hung ('unresponsive'): wait `hangGraceMs` (a long layout or GC pause recovers on its
 *    own, and a reload in the middle of the talk is worse than a short freeze); 'responsive' in
 *    that time cancels. Still hung after it: kill the renderer (a hung page cannot be reloaded
 *    reliably: its unload never runs). The 'gone' event that follows rebuilds it under rule 1, so
 *    a hang costs one restart like a crash does.
 * 3. Rebuilds share one budget: at most `maxRestarts` within `windowMs`. One more and
 *    the window gets the black fallback page (no script, nothing to crash): a renderer that crashes
 *    in a loop would otherwise flash the projector every second.
 * 4. A rebuilt page that loads resets nothing: the budget is by time, so a window that crashes
 *    again a minute later is rebuilt again.
 */

export interface RestartPolicy {
  /** Rebuilds or reloads allowed within `windowMs`. Default 3. */
  maxRestarts: number;
  /** The sliding window the budget counts over, in ms. Default 60 s. */
  windowMs: number;
  /** How long a hung renderer may stay unresponsive before it is reloaded, in ms. Default 5 s. */
  hangGraceMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { maxRestarts: 3, windowMs: 60_000, hangGraceMs: 5_000 };

/** What one window's renderer has been through. Start with `healthyRenderer`. */
export interface RendererHealth {
  /** When each rebuild happened (ms since the epoch), newest last, within the window. */
  restarts: readonly number[];
  /** When the renderer became unresponsive, or null while it answers. */
  hungSince: number | null;
  /** True once the window shows the fallback page; nothing more is attempted. */
  fallback: boolean;
}

export const healthyRenderer: RendererHealth = { restarts: [], hungSince: null, fallback: false };

export type RendererEvent =
  /** `render-process-gone`; `reason` as Electron reports it ('crashed', 'killed', 'oom', …). */
  | { type: 'gone'; reason: string }
  | { type: 'unresponsive' }
  | { type: 'responsive' }
  /** The timer armed by `watch-hang` fired. */
  | { type: 'hang-timeout' };

export type RecoveryAction =
  | { type: 'none' }
  /** Destroy the window's page and load it again (a new renderer process). */
  | { type: 'rebuild' }
  /** Kill the hung renderer (`forcefullyCrashRenderer`); a 'gone' event follows. */
  | { type: 'kill' }
  /** Arm a timer of `afterMs`, then send `hang-timeout`. */
  | { type: 'watch-hang'; afterMs: number }
  /** Disarm the hang timer. */
  | { type: 'cancel-hang' }
  /** Show the black fallback page and stop trying. */
  | { type: 'fallback' };

export interface RecoveryStep {
  health: RendererHealth;
  action: RecoveryAction;
}

/** Applies one event at time `now`. */
export function onRendererEvent(
  health: RendererHealth,
  event: RendererEvent,
  now: number,
  policy: RestartPolicy = DEFAULT_RESTART_POLICY,
): RecoveryStep {
  if (health.fallback) return { health, action: { type: 'none' } };
  switch (event.type) {
    case 'gone':
      return restart({ ...health, hungSince: null }, now, policy);
    case 'unresponsive':
      if (health.hungSince !== null) return { health, action: { type: 'none' } };
      return {
        health: { ...health, hungSince: now },
        action: { type: 'watch-hang', afterMs: policy.hangGraceMs },
      };
    case 'responsive':
      if (health.hungSince === null) return { health, action: { type: 'none' } };
      return { health: { ...health, hungSince: null }, action: { type: 'cancel-hang' } };
    case 'hang-timeout':
      // A stale timer (the page answered, or was rebuilt, in the meantime) changes nothing.
      if (health.hungSince === null || now - health.hungSince < policy.hangGraceMs) {
        return { health, action: { type: 'none' } };
      }
      return { health: { ...health, hungSince: null }, action: { type: 'kill' } };
  }
}

function restart(health: RendererHealth, now: number, policy: RestartPolicy): RecoveryStep {
  const recent = health.restarts.filter((at) => now - at < policy.windowMs);
  if (recent.length >= policy.maxRestarts) {
    return { health: { restarts: recent, hungSince: null, fallback: true }, action: { type: 'fallback' } };
  }
  return { health: { ...health, restarts: [...recent, now] }, action: { type: 'rebuild' } };
}

/**
 * GPU process crashes. Chromium restarts the GPU process by itself and the windows only need a
 * repaint; but a driver that crashes again and again leaves the projector flickering or black, so
 * after `maxCrashes` within `windowMs` the next launch runs without hardware acceleration (a flag
 * file in userData, read before `ready`). Software rendering is slower but slides do not need a GPU.
 */
export interface GpuPolicy {
  /** Default 3. */
  maxCrashes: number;
  /** Default 10 minutes. */
  windowMs: number;
}

export const DEFAULT_GPU_POLICY: GpuPolicy = { maxCrashes: 3, windowMs: 10 * 60_000 };

export interface GpuStep {
  crashes: readonly number[];
  /** Always true: the windows must be invalidated (repainted) after any GPU crash. */
  repaint: true;
  /** True when this crash reaches the limit: write the flag that disables acceleration next launch. */
  disableNextLaunch: boolean;
}

export function onGpuCrash(
  crashes: readonly number[],
  now: number,
  policy: GpuPolicy = DEFAULT_GPU_POLICY,
): GpuStep {
  const recent = [...crashes.filter((at) => now - at < policy.windowMs), now];
  return { crashes: recent, repaint: true, disableNextLaunch: recent.length >= policy.maxCrashes };
}

/** The flag file's content. */
export interface GpuFlag {
  disableHardwareAcceleration: boolean;
  /** When it was written, for the speaker's information. */
  since: number;
  reason: string;
}

export function encodeGpuFlag(flag: GpuFlag): string {
  return `${JSON.stringify(flag, null, 2)}\n`;
}

/** Reads the flag file's text; anything unreadable counts as "no flag" (acceleration stays on). */
export function gpuAccelerationDisabled(text: string | null): boolean {
  if (text === null) return false;
  try {
    const value: unknown = JSON.parse(text);
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { disableHardwareAcceleration?: unknown }).disableHardwareAcceleration === true
    );
  } catch {
    return false;
  }
}
