import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { CSV_BOM, type RehearsalReport } from '../../../core/rehearsal-report';
import { formatDuration } from '../presenter/format';
import { useT, useUiLanguage } from '../i18n';
import { speechAttributes } from '../slide/language';
import { loadCjkFontFor } from '../fonts';
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

/**
 * Saves a CSV through the browser's download (works the same in the desktop app). `fetch().text()`
 * drops the byte-order mark the host sends, so it is put back: spreadsheets need it for UTF-8.
 */
function download(text: string, fileName: string): void {
  const csv = text.startsWith(CSV_BOM) ? text : CSV_BOM + text;
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportPage({ source, onClose }: ReportPageProps): ReactNode {
  const t = useT();
  const lang = useUiLanguage();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  useEffect(() => {
    if (!onClose) document.title = t('report.windowTitle');
    let live = true;
    source.load().then(
      (report) => live && setLoaded({ report, error: null }),
      (error: unknown) => live && setLoaded({ report: null, error: (error as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [reloads, source, onClose, t]);

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
          {t('report.cannotLoad', { error })}
        </p>
      </div>
    );
  if (!report) return <div className="report loading">{t('report.loading')}</div>;
  const current = report.runs.filter((run) => !run.edited);
  const last = current.at(-1);
  /** Dates in the interface language; slide titles in the speech's. */
  const when = (at: number, short = false): string =>
    new Date(at).toLocaleString(lang, short ? { dateStyle: 'short', timeStyle: 'short' } : undefined);
  const speech = speechAttributes(report.speech);
  loadCjkFontFor(`${report.speech.title}${report.plan.slides.map((s) => s.title).join('')}`);
  const rateSource = (name: string): string =>
    t(`pace.source.${name === 'rehearsals' ? 'rehearsals' : name === 'speech' ? 'speech' : 'default'}`);
  return (
    <div className="report" data-testid="report">
      <header className="report-head">
        <div>
          <div className="label">{t('report.rehearsals')}</div>
          <h1 {...speech}>{report.speech.title}</h1>
        </div>
        <nav>
          <button type="button" onClick={reload}>
            {t('report.refresh')}
          </button>
          <button type="button" onClick={() => void saveCsv()} data-testid="csv-link">
            {t('report.downloadCsv')}
          </button>
          {onClose ? (
            <button type="button" onClick={onClose} data-testid="report-close">
              {t('report.back')}
            </button>
          ) : (
            <a className="button" href="/presenter">
              {t('report.presenter')}
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
          {t('report.editedRuns', { count: report.editedRuns })}
        </p>
      ) : null}

      <section className="cards">
        <Card label={t('report.runsSaved')} value={String(report.runs.length)} testId="card-runs" />
        <Card
          label={t('report.measuredRate')}
          value={report.rate.learnedWpm ? t('report.wpm', { wpm: report.rate.learnedWpm }) : '—'}
          note={t('report.planUses', {
            wpm: Math.round(report.rate.inUseWpm),
            source: rateSource(report.rate.source),
          })}
          testId="card-rate"
        />
        <Card
          label={t('report.plan')}
          value={formatDuration(report.plan.totalMs)}
          note={t('report.target', { time: formatDuration(report.plan.targetMs) })}
          testId="card-plan"
        />
        <Card
          label={t('report.nextDelivery')}
          value={report.projectedNextMs === null ? '—' : formatDuration(report.projectedNextMs)}
          note={
            last ? t('report.lastRun', { time: formatDuration(last.totalMs) }) : t('report.rehearseToSee')
          }
          testId="card-projected"
        />
        <div className="card">
          <div className="label">{t('report.useMyPace')}</div>
          <button
            type="button"
            data-testid="use-my-pace"
            aria-pressed={report.rate.useLearned}
            disabled={!report.rate.learnedWpm}
            onClick={() => void setPace(!report.rate.useLearned)}
          >
            {t(report.rate.useLearned ? 'report.planningAtMyPace' : 'report.planAtMyPace')}
          </button>
          {report.rate.source === 'speech' ? <div className="card-note">{t('report.speechWins')}</div> : null}
        </div>
      </section>

      {report.runs.length === 0 ? (
        <p className="note">{t('report.noRuns')}</p>
      ) : (
        <>
          <RunsChart report={report} />
          <h2>{t('report.runs')}</h2>
          <table className="report-table" data-testid="runs-table">
            <thead>
              <tr>
                <th>{t('report.started')}</th>
                <th>{t('report.ending')}</th>
                <th className="num">{t('report.speakingTime')}</th>
                <th className="num">{t('report.paused')}</th>
                <th>{t('report.speechVersion')}</th>
              </tr>
            </thead>
            <tbody>
              {report.runs.map((run) => (
                <tr key={run.id} data-run={run.id}>
                  <td>{when(run.startedAt)}</td>
                  <td>{t(`report.endings.${run.ending === 'abandoned' ? 'abandoned' : 'finished'}`)}</td>
                  <td className="num">{formatDuration(run.totalMs)}</td>
                  <td className="num">{formatDuration(run.pausedMs)}</td>
                  <td>{t(run.edited ? 'report.earlierVersion' : 'report.thisVersion')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.overrunning.length > 0 ? (
            <>
              <h2>{t('report.overrunning')}</h2>
              <ul className="overruns" data-testid="overruns">
                {report.overrunning.map((o) => (
                  <li key={o.index}>
                    {t('report.overrun', {
                      number: o.index + 1,
                      title: o.title,
                      over: o.runsOver,
                      runs: o.runs,
                      time: formatDuration(o.meanOverMs),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>{t('report.perSlide')}</h2>
          <table className="report-table" data-testid="slides-table">
            <thead>
              <tr>
                <th className="num">#</th>
                <th>{t('report.slide')}</th>
                <th className="num">{t('report.plan')}</th>
                {current.map((run) => (
                  <th key={run.id} className="num">
                    {when(run.startedAt, true)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.plan.slides.map((slide) => (
                <tr key={slide.index} data-slide={slide.index}>
                  <td className="num">{slide.index + 1}</td>
                  <td className="title" {...speech}>
                    {slide.title}
                  </td>
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
