import type { PresenterBridge } from '../../../core/contract';
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
      await json<unknown>(
        await fetch('/api/command', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ type: 'pace', useLearned }),
        }),
      );
    },
  };
}

export function bridgeReportSource(bridge: PresenterBridge): ReportSource {
  return {
    load: () => bridge.getRehearsalReport(),
    csv: () => bridge.getRehearsalCsv(),
    setPace: async (useLearned) => {
      const result = await bridge.send({ type: 'pace', useLearned });
      if (!result.ok) throw new Error(result.error);
    },
  };
}

/** The report source for this page: the presenter window's bridge in the desktop app, else HTTP. */
export function reportSource(): ReportSource {
  return window.lectern?.role === 'presenter' ? bridgeReportSource(window.lectern) : httpReportSource();
}
