/** Two distinguishable, sizeable versions of a file's runs, for the save-safety test and its child. */
import type { RehearsalRun } from '../core/rehearsal';

export function versionOf(tag: 'old' | 'new'): RehearsalRun[] {
  return Array.from({ length: 40 }, (_, i) => ({
    id: `${tag}-${i}`,
    sourceId: tag,
    startedAt: i,
    endedAt: i + 1,
    ending: 'finished' as const,
    totalMs: 1,
    pausedMs: 0,
    baseWpm: 130,
    cues: [],
    slides: Array.from({ length: 14 }, (_, index) => ({
      index,
      title: `${tag} slide ${index}`,
      words: 40,
      baseMs: 18_000,
      plannedMs: 18_000,
      spentMs: 20_000,
      visits: 1,
      pauses: 0,
      pausedMs: 0,
      stints: [{ enteredAt: i, leftAt: i + 1 }],
    })),
  }));
}
