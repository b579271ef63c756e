import { describe, expect, it } from 'vitest';
import { stopWithin, type StopSignal } from './shutdown';

describe('stopWithin', () => {
  it('ends the process with the same signal when the orderly stop hangs', async () => {
    const said: string[] = [];
    const killed = new Promise<StopSignal>((resolve) => {
      void stopWithin('SIGTERM', () => new Promise<void>(() => undefined), {
        deadlineMs: 30,
        onLate: () => said.push('late'),
        kill: resolve,
      });
    });
    expect(await killed).toBe('SIGTERM');
    expect(said).toEqual(['late']);
  });

  it('resolves as soon as the orderly stop is done', async () => {
    const steps: string[] = [];
    await stopWithin(
      'SIGINT',
      async () => {
        steps.push('closed');
      },
      { deadlineMs: 60_000, onLate: () => steps.push('late'), kill: () => steps.push('killed') },
    );
    expect(steps).toEqual(['closed']);
  });
});
