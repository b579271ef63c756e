import { useState, type ReactNode } from 'react';
import type { ShowSnapshot } from '../../../core/contract';
import { elapsedMs, isRunning, type ShowCommand } from '../../../core/show';
import type { ConnectionStatus } from '../transport/transport';
import { SlidePreview } from '../slide/SlidePreview';
import { deckFooter } from '../slide/footer';
import { useNow } from '../useShow';
import { formatClock, formatDuration } from './format';
import { NOTES_FONT } from './useNotesFontSize';

export interface PresenterViewProps {
  snapshot: ShowSnapshot;
  status: ConnectionStatus;
  send: (command: ShowCommand) => void;
  notesFontPx: number;
  changeNotesFont: (delta: number) => void;
  /** Digits typed for "number + Enter". */
  jumpBuffer: string;
}

/** The speaker's screen: where the talk is, what comes next, what to say, and the time. */
export function PresenterView(props: PresenterViewProps): ReactNode {
  const { snapshot, status, send, notesFontPx, changeNotesFont, jumpBuffer } = props;
  const { deck, state, problem } = snapshot;
  const now = useNow();
  const current = deck.slides[state.index];
  const next = deck.slides[state.index + 1];
  const footer = deckFooter(deck);
  const running = isRunning(state.timer);

  return (
    <div className="presenter" data-testid="presenter" data-index={state.index}>
      <header className="topbar">
        <div className="position" data-testid="position">
          <span className="position-number">
            {state.index + 1} / {state.count}
          </span>
          <span className="position-title">{current?.title || deck.meta.title}</span>
        </div>
        {jumpBuffer ? (
          <div className="jump" data-testid="jump">
            Go to slide {jumpBuffer}…
          </div>
        ) : null}
        <div className={`blackout-indicator${state.blackout ? ' on' : ''}`} data-testid="blackout-indicator">
          {state.blackout ? '■ SCREEN BLACK' : '□ Screen live'}
        </div>
        <div className="clock" title="Time of day" data-testid="clock">
          {formatClock(now)}
        </div>
        <TimerControls
          elapsed={elapsedMs(state.timer, now)}
          running={running}
          canReset={running || state.timer.accumulatedMs > 0}
          send={send}
        />
        {status !== 'open' ? (
          <div className="connection" role="status">
            {status === 'connecting' ? 'Connecting…' : 'Reconnecting…'}
          </div>
        ) : null}
      </header>

      {problem ? (
        <div className="problem" role="alert" data-testid="problem">
          {problem.file}:{problem.line}:{problem.column}: {problem.message} — showing the last good version.
        </div>
      ) : null}

      <main className="stage">
        <section className="slides-column">
          <div className="label">Now</div>
          <SlidePreview slide={current} footer={footer} testId="current-preview" />
          <div className="label">Next</div>
          <SlidePreview slide={next} footer={footer} testId="next-preview" />
        </section>
        <section className="notes-column">
          <div className="notes-toolbar">
            <span className="label">Speech</span>
            <span className="notes-meta">
              {current ? `${current.words} words · ~${formatDuration(current.plannedSeconds * 1000)}` : ''}
            </span>
            <button type="button" onClick={() => changeNotesFont(-NOTES_FONT.step)} aria-label="Smaller speech text">
              A−
            </button>
            <button type="button" onClick={() => changeNotesFont(NOTES_FONT.step)} aria-label="Larger speech text">
              A+
            </button>
          </div>
          <article className="notes" data-testid="notes" style={{ fontSize: notesFontPx }} key={current?.id}>
            {(current?.notes ?? '').split(/\n{2,}/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </article>
        </section>
      </main>
    </div>
  );
}

interface TimerControlsProps {
  elapsed: number;
  running: boolean;
  canReset: boolean;
  send: (command: ShowCommand) => void;
}

/** Elapsed time with pause/resume, and a reset that asks first (a stray click must not lose the talk's time). */
function TimerControls({ elapsed, running, canReset, send }: TimerControlsProps): ReactNode {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className={`timer${running ? ' running' : ' paused'}`}>
      <span className="elapsed" data-testid="elapsed" title="Elapsed talk time">
        {formatDuration(elapsed)}
      </span>
      <button
        type="button"
        data-testid="timer-toggle"
        onClick={() => send({ type: 'timer', action: running ? 'pause' : 'start' })}
      >
        {running ? 'Pause' : elapsed > 0 ? 'Resume' : 'Start'}
      </button>
      {confirming ? (
        <span className="confirm" role="alertdialog" aria-label="Reset the timer?">
          Reset timer?
          <button
            type="button"
            className="danger"
            data-testid="timer-reset-confirm"
            onClick={() => {
              send({ type: 'timer', action: 'reset' });
              setConfirming(false);
            }}
          >
            Reset
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" data-testid="timer-reset" disabled={!canReset} onClick={() => setConfirming(true)}>
          Reset…
        </button>
      )}
    </div>
  );
}
