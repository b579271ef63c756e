import { describe, expect, it } from 'vitest';
import { closeWithin } from './close-within';

describe('closeWithin', () => {
  it('calls late once the deadline passes while the close still hangs', async () => {
    const late = new Promise<string>((resolve) => {
      void closeWithin(
        () => new Promise<void>(() => undefined),
        20,
        () => resolve('late'),
      );
    });
    expect(await late).toBe('late');
  });

  it('resolves when the close is done, and late is never called after', async () => {
    const steps: string[] = [];
    await closeWithin(
      async () => {
        steps.push('closed');
      },
      30,
      () => steps.push('late'),
    );
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(steps).toEqual(['closed']);
  });

  it('passes on a failed close, and still disarms the deadline', async () => {
    const steps: string[] = [];
    await expect(
      closeWithin(
        () => Promise.reject(new Error('disk gone')),
        30,
        () => steps.push('late'),
      ),
    ).rejects.toThrow('disk gone');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(steps).toEqual([]);
  });
});
