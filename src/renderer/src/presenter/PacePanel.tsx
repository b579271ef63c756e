import { useState, type ReactNode } from 'react';
import { describeDelta, type PaceReading, type TalkPlan } from '../../../core/pacing';
import type { ShowCommand, ShowState } from '../../../core/show';
import { formatClock, formatDuration } from './format';

export interface PacePanelProps {
  state: ShowState;
  plan: TalkPlan;
  pace: PaceReading;
  send: (command: ShowCommand) => void;
  /** Set (incremented) when the R key asks to start a rehearsal over a timer that has run. */
  rehearseAsk: number;
  /** Opens the rehearsal report (in place of the presenter view). */
  openReport: () => void;
}

/** Shape and words for each pace, so it reads without colour: ◀ behind, ● on time, ▶ ahead. */
const PACE_ICON = { idle: '○', behind: '◀', 'on-time': '●', ahead: '▶' } as const;

/**
 * Where the speaker stands, readable from a metre away: time left (or overtime), the projected
 * finish, ahead/behind the plan, and this slide's time against its budget; plus the mode controls.
 */
export function PacePanel({ state, plan, pace, send, rehearseAsk, openReport }: PacePanelProps): ReactNode {
  const started = pace.status !== 'idle';
  const over = pace.remainingMs < 0;
  const slideFraction = pace.slideBudgetMs > 0 ? pace.slideMs / pace.slideBudgetMs : pace.slideMs > 0 ? 2 : 0;
  const slideOver = pace.slideMs > pace.slideBudgetMs && started;
  const rateNote = `${Math.round(plan.rateWpm)} wpm (${plan.rateSource === 'speech' ? 'speech' : plan.rateSource === 'rehearsals' ? 'your pace' : 'default'})`;
  return (
    <section className={`pacebar mode-${state.mode}`} data-testid="pacebar" data-mode={state.mode}>
      <ModeChip state={state} />
      <div
        className={`remaining${over ? ' over' : ''}`}
        data-testid="remaining"
        title={`Target ${formatDuration(plan.targetMs)}`}
      >
        <span className="figure">
          {over ? `+${formatDuration(-pace.remainingMs)}` : formatDuration(pace.remainingMs)}
        </span>
        <span className="caption">{over ? '⚠ OVERTIME' : `left of ${formatDuration(plan.targetMs)}`}</span>
      </div>
      <div className="projected" data-testid="projected" title="Projected finish at the pace so far">
        <span className="figure">{started ? formatClock(pace.projectedEndAt) : '—'}</span>
        <span className="caption">projected end · {formatDuration(pace.projectedTotalMs)} talk</span>
      </div>
      <div className={`pace pace-${pace.status}`} data-testid="pace" data-status={pace.status} role="status">
        <span className="pace-icon" aria-hidden="true">
          {PACE_ICON[pace.status]}
        </span>
        <span className="pace-words">
          {state.mode === 'qa' ? 'Q&A — paused pace' : describeDelta(pace.deltaMs, started)}
        </span>
      </div>
      <div
        className={`slide-time${slideOver ? ' over' : ''}`}
        data-testid="slide-time"
        title={`Plan at ${rateNote}`}
      >
        <span className="caption">This slide</span>
        <div
          className="bar"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={pace.slideBudgetMs}
          aria-valuenow={pace.slideMs}
        >
          <div className="fill" style={{ width: `${Math.min(100, slideFraction * 100)}%` }} />
        </div>
        <span className="figure" data-testid="slide-time-figure">
          {formatDuration(pace.slideMs)} / {formatDuration(pace.slideBudgetMs)}
          {slideOver ? ` (+${formatDuration(pace.slideMs - pace.slideBudgetMs)})` : ''}
        </span>
      </div>
      <ModeControls state={state} send={send} rehearseAsk={rehearseAsk} openReport={openReport} />
    </section>
  );
}

function ModeChip({ state }: { state: ShowState }): ReactNode {
  if (state.mode === 'rehearse')
    return (
      <div className="mode-chip rehearse" data-testid="mode-chip">
        ● REHEARSAL
      </div>
    );
  if (state.mode === 'qa')
    return (
      <div className="mode-chip qa" data-testid="mode-chip">
        ? Q&amp;A
      </div>
    );
  return null;
}

function ModeControls({
  state,
  send,
  rehearseAsk,
  openReport,
}: Omit<PacePanelProps, 'plan' | 'pace'>): ReactNode {
  // The R key over a timer that has run opens the same question as the button.
  const [askedAt, setAskedAt] = useState(0);
  const confirming = rehearseAsk > askedAt || askedAt < 0;
  const close = (): void => setAskedAt(rehearseAsk);
  if (state.mode === 'rehearse') {
    return (
      <div className="mode-controls">
        <button
          type="button"
          data-testid="rehearsal-finish"
          onClick={() => send({ type: 'rehearsal', action: 'finish' })}
        >
          Finish &amp; save
        </button>
        <button
          type="button"
          data-testid="rehearsal-abandon"
          onClick={() => send({ type: 'rehearsal', action: 'abandon' })}
        >
          Abandon
        </button>
      </div>
    );
  }
  const timerRan = state.timer.startedAt !== null || state.timer.accumulatedMs > 0;
  const start = (): void => {
    send({ type: 'mode', mode: 'rehearse' });
    close();
  };
  return (
    <div className="mode-controls">
      {confirming ? (
        <span className="confirm" role="alertdialog" aria-label="Start a rehearsal?">
          Rehearse from slide 1? The timer restarts.
          <button type="button" className="danger" data-testid="rehearse-confirm" onClick={start}>
            Start rehearsal
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </span>
      ) : (
        <button
          type="button"
          data-testid="rehearse"
          disabled={state.mode === 'qa'}
          onClick={() => (timerRan ? setAskedAt(-1) : start())}
        >
          Rehearse{timerRan ? '…' : ''}
        </button>
      )}
      <button
        type="button"
        data-testid="qa-toggle"
        aria-pressed={state.mode === 'qa'}
        onClick={() => send({ type: 'mode', mode: state.mode === 'qa' ? 'present' : 'qa' })}
      >
        {state.mode === 'qa' ? 'End Q&A' : 'Q&A'}
      </button>
      <button type="button" data-testid="open-report" onClick={openReport}>
        Report
      </button>
    </div>
  );
}
