import type { LecternBridge } from '../../../core/contract';
import type { RehearsalReport } from '../../../core/rehearsal-report';

/**
 * Where the report's data comes from: the web host's API in a browser, the preload's bridge in
 * the desktop app. The report itself does not know which.
 */
export interface ReportSource {
  load(): Promise<RehearsalReport>;
  csv(): Promise<string>;
  /** "Plan at my pace" on or off. */
  setPace(useLearned: boolean): Promise<void>;
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok)
    throw new Error(((await response.json()) as { error?: string }).error ?? response.statusText);
  return (await response.json()) as T;
}

export function httpReportSource(): ReportSource {
  return {
    load: async () => json<RehearsalReport>(await fetch('/api/rehearsals', { cache: 'no-store' })),
    csv: async () => {
      const response = await fetch('/api/rehearsals.csv', { cache: 'no-store' });
      if (!response.ok) throw new Error(response.statusText);
      return response.text();
    },
    setPace: async (useLearned) => {
      await fetch('/api/command', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'pace', useLearned }),
      });
    },
  };
}

export function bridgeReportSource(bridge: LecternBridge): ReportSource {
  return {
    load: () => bridge.getRehearsalReport(),
    csv: () => bridge.getRehearsalCsv(),
    setPace: (useLearned) => bridge.send({ type: 'pace', useLearned }),
  };
}

/** The report source for this page. */
export function reportSource(): ReportSource {
  return window.lectern ? bridgeReportSource(window.lectern) : httpReportSource();
}
