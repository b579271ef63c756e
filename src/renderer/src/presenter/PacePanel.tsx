import type { ReactNode } from 'react';
import { decideQa, decideRehearse, type PresenterDecision } from '../../../core/presenter-actions';
import { paceAt, type PaceStatus, type TalkPlan } from '../../../core/pacing';
import { timerPhase, type ShowCommand, type ShowState } from '../../../core/show';
import { useNow } from '../useShow';
import { useT, useUiLanguage } from '../i18n';
import { Confirm } from './Confirm';
import { formatClock, formatDuration, formatSpokenDuration } from './format';

export interface PacePanelProps {
  state: ShowState;
  plan: TalkPlan;
  send: (command: ShowCommand) => void;
  /** Carries out a decision of core/presenter-actions.ts (send, or ask first). */
  act: (decision: PresenterDecision) => void;
  /** The "rehearse over a timer that has run" question is open. */
  confirming: boolean;
  answer: (accepted: boolean) => void;
  /** Opens the rehearsal report (in place of the presenter view). */
  openReport: () => void;
}

/** Shape and words for each pace, so it reads without colour: ◀ behind, ● on time, ▶ ahead. */
const PACE_ICON = { idle: '○', behind: '◀', 'on-time': '●', ahead: '▶' } as const;

/**
 * Where the speaker stands, readable from a metre away: time left (or overtime), the projected
 * finish, ahead/behind the plan, and this slide's time against its budget; plus the mode controls.
 */
export function PacePanel(props: PacePanelProps): ReactNode {
  const t = useT();
  const lang = useUiLanguage();
  const { state, plan } = props;
  // one render a second, as the talk timer's seconds turn (its phase: when it would have read 0)
  const pace = paceAt(plan, state, useNow(1000, timerPhase(state.timer)));
  const started = pace.status !== 'idle';
  const over = pace.remainingMs < 0;
  const slideFraction = pace.slideBudgetMs > 0 ? pace.slideMs / pace.slideBudgetMs : pace.slideMs > 0 ? 2 : 0;
  const slideOver = pace.slideMs > pace.slideBudgetMs && started;
  const rateNote = t('pace.rate', {
    wpm: Math.round(plan.rateWpm),
    source: t(`pace.source.${plan.rateSource}`),
  });
  /** "32 s behind", "on time": words and numbers in the interface language. */
  const delta = (status: PaceStatus): string =>
    status === 'idle'
      ? t('pace.notStarted')
      : status === 'on-time'
        ? t('pace.onTime')
        : t(status === 'behind' ? 'pace.behind' : 'pace.ahead', {
            duration: formatSpokenDuration(pace.deltaMs, lang),
          });
  return (
    <section className={`pacebar mode-${state.mode}`} data-testid="pacebar" data-mode={state.mode}>
      <ModeChip state={state} />
      <div
        className={`remaining${over ? ' over' : ''}`}
        data-testid="remaining"
        title={t('pace.targetTitle', { time: formatDuration(plan.targetMs) })}
      >
        <span className="figure">
          {over ? `+${formatDuration(-pace.remainingMs)}` : formatDuration(pace.remainingMs)}
        </span>
        <span className="caption">
          {over ? t('pace.overtime') : t('pace.leftOf', { time: formatDuration(plan.targetMs) })}
        </span>
      </div>
      <div className="projected" data-testid="projected" title={t('pace.projectedTitle')}>
        <span className="figure">{started ? formatClock(pace.projectedEndAt, lang) : '—'}</span>
        <span className="caption">
          {t('pace.projected', { time: formatDuration(pace.projectedTotalMs) })}
        </span>
      </div>
      <div className={`pace pace-${pace.status}`} data-testid="pace" data-status={pace.status} role="status">
        <span className="pace-icon" aria-hidden="true">
          {PACE_ICON[pace.status]}
        </span>
        <span className="pace-words">{state.mode === 'qa' ? t('pace.qaPaused') : delta(pace.status)}</span>
      </div>
      <div
        className={`slide-time${slideOver ? ' over' : ''}`}
        data-testid="slide-time"
        title={t('pace.planTitle', { rate: rateNote })}
      >
        <span className="caption">{t('pace.thisSlide')}</span>
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
      <ModeControls {...props} />
    </section>
  );
}

function ModeChip({ state }: { state: ShowState }): ReactNode {
  const t = useT();
  if (state.mode === 'rehearse')
    return (
      <div className="mode-chip rehearse" data-testid="mode-chip">
        {t('pace.modeRehearsal')}
      </div>
    );
  if (state.mode === 'qa')
    return (
      <div className="mode-chip qa" data-testid="mode-chip">
        {t('pace.modeQa')}
      </div>
    );
  return null;
}

function ModeControls({
  state,
  send,
  act,
  confirming,
  answer,
  openReport,
}: Omit<PacePanelProps, 'plan'>): ReactNode {
  const t = useT();
  if (state.mode === 'rehearse') {
    return (
      <div className="mode-controls">
        <button
          type="button"
          data-testid="rehearsal-finish"
          onClick={() => send({ type: 'rehearsal', action: 'finish' })}
        >
          {t('pace.finish')}
        </button>
        <button
          type="button"
          data-testid="rehearsal-abandon"
          onClick={() => send({ type: 'rehearsal', action: 'abandon' })}
        >
          {t('pace.abandon')}
        </button>
      </div>
    );
  }
  const rehearse = decideRehearse(state);
  return (
    <div className="mode-controls">
      {confirming ? (
        <Confirm confirmation="rehearse-over-timer" testId="rehearse-confirm" answer={answer} />
      ) : (
        <button
          type="button"
          data-testid="rehearse"
          disabled={rehearse.kind === 'none'}
          onClick={() => act(rehearse)}
        >
          {t('pace.rehearse')}
          {rehearse.kind === 'confirm' ? '…' : ''}
        </button>
      )}
      <button
        type="button"
        data-testid="qa-toggle"
        aria-pressed={state.mode === 'qa'}
        onClick={() => act(decideQa(state))}
      >
        {t(state.mode === 'qa' ? 'pace.endQa' : 'pace.qa')}
      </button>
      <button type="button" data-testid="open-report" onClick={openReport}>
        {t('pace.report')}
      </button>
    </div>
  );
}
