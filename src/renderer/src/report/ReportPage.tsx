import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { RehearsalReport } from '../../../core/rehearsal-report';
import { formatDuration } from '../presenter/format';
import { RunsChart } from './RunsChart';
import type { ReportSource } from './report-source';

/**
 * The rehearsal report (web host, `/report`): plan against the recent runs per slide, each run's
 * total, the speaker's measured rate with "Use my pace", the slides that keep running over, and
 * the likely length of the next delivery; downloadable as CSV.
 */
type Loaded = { report: RehearsalReport; error: null } | { report: null; error: string };

export interface ReportPageProps {
  source: ReportSource;
  /** Shown inside the presenter window: a way back to the show instead of a link. */
  onClose?: () => void;
}

/** Saves text as a file through the browser's download (works the same in the desktop app). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportPage({ source, onClose }: ReportPageProps): ReactNode {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  useEffect(() => {
    if (!onClose) document.title = 'Rehearsals — Lectern';
    let live = true;
    source.load().then(
      (report) => live && setLoaded({ report, error: null }),
      (error: unknown) => live && setLoaded({ report: null, error: (error as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [reloads, source, onClose]);

  const setPace = async (useLearned: boolean): Promise<void> => {
    await source.setPace(useLearned);
    reload();
  };
  const saveCsv = async (): Promise<void> => {
    download(
      await source.csv(),
      `${loaded?.report?.speech.title ?? 'rehearsals'}.csv`.replace(/[\\/:*?"<>|]+/g, ' '),
    );
  };

  const report = loaded?.report ?? null;
  const error = loaded?.error ?? null;
  if (error)
    return (
      <div className="report">
        <p className="problem" role="alert">
          Cannot load the rehearsals: {error}
        </p>
      </div>
    );
  if (!report) return <div className="report loading">Loading rehearsals…</div>;
  const current = report.runs.filter((run) => !run.edited);
  const last = current.at(-1);
  return (
    <div className="report" data-testid="report">
      <header className="report-head">
        <div>
          <div className="label">Rehearsals</div>
          <h1>{report.speech.title}</h1>
        </div>
        <nav>
          <button type="button" onClick={reload}>
            Refresh
          </button>
          <button type="button" onClick={() => void saveCsv()} data-testid="csv-link">
            Download CSV
          </button>
          {onClose ? (
            <button type="button" onClick={onClose} data-testid="report-close">
              Back to the show
            </button>
          ) : (
            <a className="button" href="/presenter">
              Presenter
            </a>
          )}
        </nav>
      </header>
      {report.problems.map((problem) => (
        <p key={problem.kind} className="problem" role="alert" data-testid="report-problem">
          {problem.message}
        </p>
      ))}
      {report.editedRuns > 0 ? (
        <p className="note" data-testid="edited-note">
          {report.editedRuns} run{report.editedRuns === 1 ? ' was' : 's were'} of an earlier version of the
          speech: kept, and counted for your rate, but not compared slide by slide.
        </p>
      ) : null}

      <section className="cards">
        <Card label="Runs saved" value={String(report.runs.length)} testId="card-runs" />
        <Card
          label="Your measured rate"
          value={report.rate.learnedWpm ? `${report.rate.learnedWpm} wpm` : '—'}
          note={`The plan uses ${Math.round(report.rate.inUseWpm)} wpm (${report.rate.source === 'rehearsals' ? 'your pace' : report.rate.source})`}
          testId="card-rate"
        />
        <Card
          label="Plan"
          value={formatDuration(report.plan.totalMs)}
          note={`target ${formatDuration(report.plan.targetMs)}`}
          testId="card-plan"
        />
        <Card
          label="Next delivery, projected"
          value={report.projectedNextMs === null ? '—' : formatDuration(report.projectedNextMs)}
          note={last ? `last run ${formatDuration(last.totalMs)}` : 'rehearse once to see'}
          testId="card-projected"
        />
        <div className="card">
          <div className="label">Use my pace</div>
          <button
            type="button"
            data-testid="use-my-pace"
            aria-pressed={report.rate.useLearned}
            disabled={!report.rate.learnedWpm}
            onClick={() => void setPace(!report.rate.useLearned)}
          >
            {report.rate.useLearned ? '✓ Planning at my pace' : 'Plan at my pace'}
          </button>
          {report.rate.source === 'speech' ? (
            <div className="card-note">The speech’s front matter sets wpm, which wins.</div>
          ) : null}
        </div>
      </section>

      {report.runs.length === 0 ? (
        <p className="note">
          No rehearsals yet. In the presenter, press R (or Rehearse) and give the talk; finish with R.
        </p>
      ) : (
        <>
          <RunsChart report={report} />
          <h2>Runs</h2>
          <table className="report-table" data-testid="runs-table">
            <thead>
              <tr>
                <th>Started</th>
                <th>Ending</th>
                <th className="num">Speaking time</th>
                <th className="num">Paused</th>
                <th>Speech</th>
              </tr>
            </thead>
            <tbody>
              {report.runs.map((run) => (
                <tr key={run.id} data-run={run.id}>
                  <td>{new Date(run.startedAt).toLocaleString()}</td>
                  <td>{run.ending}</td>
                  <td className="num">{formatDuration(run.totalMs)}</td>
                  <td className="num">{formatDuration(run.pausedMs)}</td>
                  <td>{run.edited ? 'earlier version' : 'this version'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.overrunning.length > 0 ? (
            <>
              <h2>Slides that run over</h2>
              <ul className="overruns" data-testid="overruns">
                {report.overrunning.map((o) => (
                  <li key={o.index}>
                    ◀ Slide {o.index + 1} “{o.title}”: over in {o.runsOver} of {o.runs} runs, by{' '}
                    {formatDuration(o.meanOverMs)} on average
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>Per slide</h2>
          <table className="report-table" data-testid="slides-table">
            <thead>
              <tr>
                <th className="num">#</th>
                <th>Slide</th>
                <th className="num">Plan</th>
                {current.map((run) => (
                  <th key={run.id} className="num">
                    {new Date(run.startedAt).toLocaleString(undefined, {
                      dateStyle: 'short',
                      timeStyle: 'short',
                    })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.plan.slides.map((slide) => (
                <tr key={slide.index} data-slide={slide.index}>
                  <td className="num">{slide.index + 1}</td>
                  <td className="title">{slide.title}</td>
                  <td className="num">{formatDuration(slide.plannedMs)}</td>
                  {current.map((run) => {
                    const spent = run.slides[slide.index]?.spentMs ?? 0;
                    const over = spent > slide.plannedMs * 1.1;
                    return (
                      <td key={run.id} className={`num${over ? ' over' : ''}`} data-ms={spent}>
                        {formatDuration(spent)}
                        {over ? ' ◀' : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

function Card({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: string;
  note?: string;
  testId: string;
}): ReactNode {
  return (
    <div className="card" data-testid={testId}>
      <div className="label">{label}</div>
      <div className="card-value">{value}</div>
      {note ? <div className="card-note">{note}</div> : null}
    </div>
  );
}
