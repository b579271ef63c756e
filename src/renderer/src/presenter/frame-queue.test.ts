import { describe, expect, it } from 'vitest';
import { frameQueue } from './frame-queue';

describe('frameQueue', () => {
  it('runs a few jobs a frame, in order, and never a cancelled one', () => {
    const frames: Array<() => void> = [];
    const queue = frameQueue(2, (run) => frames.push(run));
    const ran: number[] = [];
    const cancel = [1, 2, 3, 4, 5].map((n) => queue.add(() => ran.push(n)));
    expect(frames).toHaveLength(1); // one frame asked for, however many jobs
    cancel[2]!(); // job 3 scrolled away
    frames.shift()!();
    expect(ran).toEqual([1, 2]);
    frames.shift()!();
    expect(ran).toEqual([1, 2, 4, 5]);
    expect(frames).toHaveLength(0);
  });
});
