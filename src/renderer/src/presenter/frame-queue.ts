/**
 * Work spread over animation frames, a few jobs a frame, so that drawing many things at once (the
 * overview's thumbnails as the speaker flicks through a 1,500-slide deck) never makes one long
 * task. A job that is cancelled before its frame (its thumbnail scrolled away) never runs.
 */
export interface FrameQueue {
  /** Queues a job; returns what cancels it. */
  add(job: () => void): () => void;
}

export function frameQueue(
  perFrame: number,
  schedule: (run: () => void) => void = (run) => void requestAnimationFrame(run),
): FrameQueue {
  const jobs = new Set<() => void>();
  let scheduled = false;
  const run = (): void => {
    scheduled = false;
    let done = 0;
    for (const job of jobs) {
      if (done >= perFrame) break;
      jobs.delete(job);
      job();
      done += 1;
    }
    if (jobs.size > 0) later();
  };
  const later = (): void => {
    if (scheduled) return;
    scheduled = true;
    schedule(run);
  };
  return {
    add(job) {
      jobs.add(job);
      later();
      return () => void jobs.delete(job);
    },
  };
}
