import { lazy, memo, Suspense, useMemo, type ReactNode } from 'react';
import type { ShowSnapshot } from '../../../core/contract';
import { paceAt, type TalkPlan } from '../../../core/pacing';
import { useTalkPlan } from '../useTalkPlan';
import { decideReset, type Confirmation, type PresenterDecision } from '../../../core/presenter-actions';
import {
  elapsedMs,
  isRunning,
  timerPhase,
  undoOffered,
  type ShowCommand,
  type ShowState,
} from '../../../core/show';
import type { ConnectionStatus } from '../transport/transport';
import { useT, useUiLanguage } from '../i18n';
import { SlidePreview } from '../slide/SlidePreview';
import { SlidePlayback } from '../slide/playback';
import { ClipBar } from './ClipBar';
import { deckFooter } from '../../../core/footer';
import { speechAttributes } from '../slide/language';
import { useNow } from '../useShow';
import { Confirm } from './Confirm';
import { formatClock, formatDuration } from './format';
import { HostProblems } from './HostProblems';
import { NOTES_FONT } from './useNotesFontSize';
import { PacePanel } from './PacePanel';
import { Teleprompter, type TeleprompterProps } from './Teleprompter';
import type { ViewPrefs } from './useViewPrefs';
import type { CommandResult } from '../../../core/commands';
import type { PresenterPanel } from '../../../core/contract';
import type { KeySettings } from '../../../core/key-profiles';
import type { KeyBinding } from '../../../core/keys';
import { timeSignal } from '../../../core/signals';
import { slideSteps } from '../../../core/steps';
import { KeyHelp } from './KeyHelp';
import type { OverviewProps } from './Overview';
import { SlideSurface, type SlideMouse } from './SlideSurface';
import { ScreenIndicator, SignalBadge } from './StageStatus';
import { CueBanner } from '../cues/CueBanner';

export interface PresenterViewProps {
  snapshot: ShowSnapshot;
  status: ConnectionStatus;
  send: (command: ShowCommand) => void;
  /** Carries out a decision of core/presenter-actions.ts (send, or ask first). */
  act: (decision: PresenterDecision) => void;
  /** The question the speaker is being asked, if any, and how they answer it. */
  confirming: Confirmation | null;
  answer: (accepted: boolean) => void;
  notesFontPx: number;
  changeNotesFont: (delta: number) => void;
  /** Digits typed for "number + Enter". */
  jumpBuffer: string;
  prefs: ViewPrefs;
  togglePref: (key: keyof ViewPrefs) => void;
  openReport: () => void;
  /** Sends a command and resolves to the host's answer (the pointer waits for it: one in flight). */
  sendAndWait: (command: ShowCommand) => Promise<CommandResult>;
  /** L: the pointer follows the mouse over the current slide. */
  pointerOn: boolean;
  onMouse: (mouse: SlideMouse) => void;
  panel: PresenterPanel | null;
  setPanel: (panel: PresenterPanel | null) => void;
  /** The speaker's key table (keys.json applied). */
  keyTable: readonly KeyBinding[];
  saveKeys: (config: unknown) => Promise<KeySettings>;
  overview: Pick<OverviewProps, 'highlighted' | 'onHighlight' | 'onGo' | 'onColumns'>;
}

/**
 * The overview (with its virtual list) and the key preferences load when first opened: the
 * audience page, which shares this bundle, never pays for them.
 */
const Overview = lazy(() => import('./Overview').then((m) => ({ default: m.Overview })));
const KeyPreferences = lazy(() => import('./KeyPreferences').then((m) => ({ default: m.KeyPreferences })));

/** The top bar's buttons for the presenter's panels (the same as O, ? and Preferences…). */
const PANEL_BUTTONS = [
  { panel: 'overview', icon: '▦', title: 'overview.button', testId: 'overview-button' },
  { panel: 'help', icon: '?', title: 'keyHelp.button', testId: 'help-button' },
  { panel: 'keys', icon: '⌨', title: 'preferences.button', testId: 'keys-button' },
] as const;

/** The speaker's screen: where the talk is, what comes next, what to say, and the time. */
export function PresenterView(props: PresenterViewProps): ReactNode {
  const t = useT();
  const {
    snapshot,
    status,
    send,
    act,
    confirming,
    answer,
    notesFontPx,
    changeNotesFont,
    jumpBuffer,
    prefs,
    togglePref,
    openReport,
    panel,
    setPanel,
  } = props;
  const { deck, state, problem, notice, problems, keys } = snapshot;
  // Nothing here reads the time: the parts that do (the clock, the timer, the pace panel, the
  // teleprompter's place, a cue's age) tick on their own, once a second, and the slides, the notes
  // and the rest are not drawn again by every tick.
  const plan = useTalkPlan(deck, state.pace)!;
  const current = deck.slides[state.index];
  const next = deck.slides[state.index + 1];
  const footer = useMemo(() => deckFooter(deck), [deck]);
  const language = useMemo(() => speechAttributes(deck.meta), [deck.meta]);
  const steps = current ? slideSteps(current) : 0;
  const frozenSlide = state.frozen ? deck.slides[state.frozen.index] : undefined;
  // The key that acknowledges a cue, as the speaker's keys.json has it (none: the banner is clicked).
  const cueKey = props.keyTable.find((binding) => binding.name === 'cue-ack')?.keys[0]?.toUpperCase();

  return (
    <div className="presenter" data-testid="presenter" data-index={state.index}>
      <header className="topbar">
        <div className="position" data-testid="position">
          <span className="position-number">
            {state.index + 1} / {state.count}
          </span>
          <span className="position-title" {...language}>
            {current?.title || deck.meta.title}
          </span>
        </div>
        {jumpBuffer ? (
          <div className="jump" data-testid="jump">
            {t('presenter.jump', { number: jumpBuffer })}
          </div>
        ) : null}
        <ScreenIndicator state={state} />
        <Clock plan={plan} state={state} signals={deck.meta.signals} />
        <div className="panel-buttons">
          {PANEL_BUTTONS.map(({ panel: opens, icon, title, testId }) => (
            <button
              key={opens}
              type="button"
              data-testid={testId}
              title={t(title)}
              aria-label={t(title)}
              onClick={() => setPanel(opens)}
            >
              {icon}
            </button>
          ))}
        </div>
        <TimerControls
          state={state}
          send={send}
          act={act}
          confirming={confirming === 'reset-timer'}
          answer={answer}
        />
        {status !== 'open' ? (
          <div className="connection" role="status">
            {t(
              status === 'connecting'
                ? 'presenter.connection.connecting'
                : 'presenter.connection.reconnecting',
            )}
          </div>
        ) : null}
      </header>

      {notice ? (
        <div className="stage-notice" role="alert" data-testid="stage-notice">
          ⚠ {notice}
        </div>
      ) : null}
      {state.cue ? (
        <div className="presenter-cue">
          <TickingCueBanner
            cue={state.cue}
            phase={timerPhase(state.timer)}
            keyHint={cueKey}
            testId="cue-banner"
            acknowledge={() => send({ type: 'cue-ack', id: state.cue!.id })}
          />
        </div>
      ) : null}
      <HostProblems problems={problems} />
      {keys.problem ? (
        <div className="keys-problem" role="alert" data-testid="keys-problem">
          ⚠ {keys.problem}
        </div>
      ) : null}
      {problem ? (
        <div className="problem" role="alert" data-testid="problem">
          {t('presenter.problem', {
            where: `${problem.file}:${problem.line}:${problem.column}`,
            message: problem.message,
          })}
        </div>
      ) : null}

      <PacePanel
        state={state}
        plan={plan}
        act={act}
        send={send}
        confirming={confirming === 'rehearse-over-timer'}
        answer={answer}
        openReport={openReport}
      />

      <main className="stage">
        <section className="slides-column">
          <div className="label">
            {t('presenter.now')}
            {steps > 0 ? (
              <span className="steps-badge" data-testid="steps-badge">
                {t('steps.shown', { step: state.step, steps })}
              </span>
            ) : null}
          </div>
          {state.screen === 'frozen' && state.frozen ? (
            <div className="frozen-note" data-testid="frozen-note">
              {t('screens.frozenNote', { slide: state.frozen.index + 1, title: frozenSlide?.title ?? '' })}
            </div>
          ) : null}
          {/* the current slide's clip plays here too, muted, in step with the room */}
          <SlidePlayback.Provider value={{ slideId: current?.id ?? null, media: state.media, muted: true }}>
            <SlideSurface
              slide={current}
              footer={footer}
              language={language}
              step={state.step}
              pointer={state.pointer}
              zoom={state.zoom}
              pointerOn={props.pointerOn}
              onMouse={props.onMouse}
              send={props.sendAndWait}
            />
          </SlidePlayback.Provider>
          <ClipBar slide={current} step={state.step} media={state.media} send={send} />
          <div className="label">{t('presenter.next')}</div>
          <SlidePreview
            slide={next}
            footer={footer}
            language={language}
            emptyLabel={t('presenter.endOfTalk')}
            testId="next-preview"
          />
        </section>
        <section className="notes-column">
          <div className="notes-toolbar">
            <span className="label">{t('presenter.speech')}</span>
            <span className="notes-meta">
              {current
                ? t('presenter.slideWords', {
                    count: current.words,
                    time: formatDuration(plan.slideMs[state.index] ?? 0),
                  })
                : ''}
            </span>
            <button
              type="button"
              aria-pressed={prefs.autoscroll}
              data-testid="autoscroll-toggle"
              onClick={() => togglePref('autoscroll')}
              title={t('presenter.autoscroll.title')}
            >
              {t(prefs.autoscroll ? 'presenter.autoscroll.on' : 'presenter.autoscroll.off')}
            </button>
            <button
              type="button"
              aria-pressed={prefs.mirrored}
              data-testid="mirror-toggle"
              onClick={() => togglePref('mirrored')}
              title={t('presenter.mirror.title')}
            >
              {t('presenter.mirror.label')}
            </button>
            <button
              type="button"
              onClick={() => changeNotesFont(-NOTES_FONT.step)}
              aria-label={t('presenter.smaller')}
            >
              A−
            </button>
            <button
              type="button"
              onClick={() => changeNotesFont(NOTES_FONT.step)}
              aria-label={t('presenter.larger')}
            >
              A+
            </button>
          </div>
          <PacedTeleprompter
            key={current?.id}
            plan={plan}
            state={state}
            notes={current?.notes ?? ''}
            language={language}
            fontPx={notesFontPx}
            slide={current}
            step={state.step}
            mirrored={prefs.mirrored}
            autoscroll={prefs.autoscroll}
          />
        </section>
      </main>
      <Suspense fallback={null}>
        {panel === 'overview' ? (
          <Overview deck={deck} current={state.index} onClose={() => setPanel(null)} {...props.overview} />
        ) : null}
        {panel === 'help' ? (
          <KeyHelp
            table={props.keyTable}
            custom={Object.keys(keys.overrides).length > 0}
            onClose={() => setPanel(null)}
          />
        ) : null}
        {panel === 'keys' ? (
          <KeyPreferences table={props.keyTable} save={props.saveKeys} onClose={() => setPanel(null)} />
        ) : null}
      </Suspense>
    </div>
  );
}

/** The time signal's badge and the clock, drawn again as the talk timer's seconds turn. */
function Clock({
  plan,
  state,
  signals,
}: {
  plan: TalkPlan;
  state: ShowState;
  signals: Parameters<typeof timeSignal>[0];
}): ReactNode {
  const t = useT();
  const uiLang = useUiLanguage();
  // one render a second, as the talk timer's seconds turn (its phase: when it would have read 0)
  const now = useNow(1000, timerPhase(state.timer));
  const pace = paceAt(plan, state, now);
  const signal = timeSignal(signals, pace.remainingMs, pace.status !== 'idle' && state.mode !== 'qa');
  return (
    <>
      <SignalBadge signal={signal} />
      <div
        className={`clock${signal ? ' signalled' : ''}${signal?.flashing ? ' flashing' : ''}`}
        title={t('presenter.clockTitle')}
        data-testid="clock"
      >
        {formatClock(now, uiLang)}
      </div>
    </>
  );
}

/** A cue's banner, whose age it shows ticks with the timer. */
function TickingCueBanner({
  phase,
  ...props
}: Omit<Parameters<typeof CueBanner>[0], 'now'> & { phase: number }): ReactNode {
  return <CueBanner {...props} now={useNow(1000, phase)} />;
}

/** The teleprompter's highlight follows the slide's budget as the seconds turn. */
function PacedTeleprompter({
  plan,
  state,
  ...props
}: Omit<TeleprompterProps, 'progress'> & { plan: TalkPlan; state: ShowState }): ReactNode {
  const pace = paceAt(plan, state, useNow(1000, timerPhase(state.timer)));
  const progress =
    pace.status === 'idle' || pace.slideBudgetMs <= 0 ? null : pace.slideMs / pace.slideBudgetMs;
  return <MemoTeleprompter {...props} progress={progress} />;
}

/** Drawn again only when what it shows changes (its place, the slide, the settings). */
const MemoTeleprompter = memo(Teleprompter);

interface TimerControlsProps {
  state: ShowState;
  send: (command: ShowCommand) => void;
  act: (decision: PresenterDecision) => void;
  /** The reset question is open. */
  confirming: boolean;
  answer: (accepted: boolean) => void;
}

/** Elapsed time with pause/resume, and a reset that asks first (a stray click must not lose the talk's time). */
function TimerControls(props: TimerControlsProps): ReactNode {
  const t = useT();
  const { state, send, act, confirming, answer } = props;
  const now = useNow(1000, timerPhase(state.timer));
  const elapsed = elapsedMs(state.timer, now);
  const undo = undoOffered(state, now);
  /** Seconds left to take the last reset back, or null. */
  const undoSeconds = undo ? Math.ceil((undo.until - now) / 1000) : null;
  const running = isRunning(state.timer);
  const reset = decideReset(state);
  return (
    <div className={`timer${running ? ' running' : ' paused'}`}>
      <span className="elapsed" data-testid="elapsed" title={t('presenter.timer.elapsedTitle')}>
        {formatDuration(elapsed)}
      </span>
      <button
        type="button"
        data-testid="timer-toggle"
        onClick={() => send({ type: 'timer', action: running ? 'pause' : 'start' })}
      >
        {t(
          running
            ? 'presenter.timer.pause'
            : elapsed > 0
              ? 'presenter.timer.resume'
              : 'presenter.timer.start',
        )}
      </button>
      {confirming ? (
        <Confirm confirmation="reset-timer" testId="timer-reset-confirm" answer={answer} />
      ) : undoSeconds !== null ? (
        <button
          type="button"
          data-testid="timer-undo"
          onClick={() => send({ type: 'timer', action: 'undo' })}
        >
          {t('presenter.timer.undo', { seconds: undoSeconds })}
        </button>
      ) : (
        <button
          type="button"
          data-testid="timer-reset"
          disabled={reset.kind === 'none'}
          onClick={() => act(reset)}
        >
          {t('presenter.timer.reset')}
        </button>
      )}
    </div>
  );
}
