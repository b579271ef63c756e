import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { ShowSnapshot } from '../../core/contract';
import { interpretKey, type ViewAction } from '../../core/keys';
import {
  confirmedCommand,
  decideQa,
  decideRehearse,
  type Confirmation,
  type PresenterDecision,
} from '../../core/presenter-actions';
import type { ShowCommand } from '../../core/show';
import type { ViewRole } from '../../core/views';
import type { ShowTransport } from './transport/transport';
import { useShow } from './useShow';
import { AudienceView } from './audience/AudienceView';
import { PresenterView } from './presenter/PresenterView';
import { NOTES_FONT, useNotesFontSize } from './presenter/useNotesFontSize';
import { useViewPrefs } from './presenter/useViewPrefs';
import { useDroppedSpeech } from './useDroppedSpeech';
import { useNotice } from './useNotice';
import { reportSource } from './report/report-source';

/** The rehearsal report, with its chart library, loads only when the speaker opens it. */
const ReportPage = lazy(() => import('./report/ReportPage').then((m) => ({ default: m.ReportPage })));

export interface AppProps {
  role: Exclude<ViewRole, 'delegate'>;
  transport: ShowTransport;
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

export function App({ role, transport }: AppProps): ReactNode {
  const { snapshot, status } = useShow(transport);
  const [notesFontPx, changeNotesFont] = useNotesFontSize();
  const [prefs, togglePref] = useViewPrefs();
  const [jumpBuffer, setJumpBuffer] = useState('');
  /** A question the speaker must answer before a command goes (core/presenter-actions.ts). */
  const [confirming, setConfirming] = useState<Confirmation | null>(null);
  const bufferRef = useRef('');
  const [notice, say] = useNotice();
  useDroppedSpeech(say);
  const [showReport, setShowReport] = useState(false);
  const source = useMemo(() => reportSource(), []);
  // R and Q act on what the show is doing; the key handler reads the latest snapshot here. A layout
  // effect, so the ref is current by the time the slide is on screen (a passive effect can run
  // after the first key of a speaker who is quick, or of a machine that is slow).
  const snapshotRef = useRef<ShowSnapshot | null>(null);
  useLayoutEffect(() => {
    snapshotRef.current = snapshot;
  }, [snapshot]);

  /** Sends a command; a refusal (no such slide, not now) is told to the speaker, never silent. */
  const send = useCallback(
    (command: ShowCommand): void => {
      void transport.send(command).then((result) => {
        if (!result.ok) {
          if (role === 'presenter') say(result.error.replace(/^./, (c) => c.toUpperCase()));
          else console.warn('[lectern] refused:', result.error);
        }
      });
    },
    [transport, role, say],
  );
  const act = useCallback(
    (decision: PresenterDecision): void => {
      if (decision.kind === 'send') send(decision.command);
      else if (decision.kind === 'confirm') setConfirming(decision.confirmation);
    },
    [send],
  );
  const answer = useCallback(
    (accepted: boolean): void => {
      if (accepted && confirming) send(confirmedCommand(confirming));
      setConfirming(null);
    },
    [confirming, send],
  );

  // Keys work in either window; each becomes a command to the host (or a view action here).
  useEffect(() => {
    const decide = (
      decision: (state: NonNullable<typeof snapshotRef.current>['state']) => PresenterDecision,
    ) => {
      const state = snapshotRef.current?.state;
      if (state) act(decision(state));
    };
    const actions: Record<ViewAction, () => void> = {
      fullscreen: toggleFullscreen,
      'notes-bigger': () => changeNotesFont(NOTES_FONT.step),
      'notes-smaller': () => changeNotesFont(-NOTES_FONT.step),
      'notes-mirror': () => togglePref('mirrored'),
      'notes-autoscroll': () => togglePref('autoscroll'),
      qa: () => decide(decideQa),
      rehearse: () => decide(decideRehearse),
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.repeat && !['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp'].includes(event.key)) return;
      const outcome = interpretKey(event, bufferRef.current, role);
      if (!outcome.handled) return;
      event.preventDefault();
      bufferRef.current = outcome.buffer;
      setJumpBuffer(outcome.buffer);
      if (outcome.command) send(outcome.command);
      if (outcome.action) actions[outcome.action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [role, send, act, changeNotesFont, togglePref]);

  useEffect(() => {
    if (snapshot)
      document.title = `${snapshot.deck.meta.title} — ${role === 'presenter' ? 'Presenter' : 'Lectern'}`;
  }, [snapshot, role]);

  if (!snapshot) {
    return <div className={`loading ${role}`}>{role === 'presenter' ? 'Connecting to the show…' : ''}</div>;
  }
  if (role === 'audience') return <AudienceView snapshot={snapshot} />;
  if (showReport) {
    return (
      <Suspense fallback={<div className="loading">Loading rehearsals…</div>}>
        <ReportPage source={source} onClose={() => setShowReport(false)} />
      </Suspense>
    );
  }
  return (
    <>
      {notice ? (
        <div className="drop-notice" role="status" data-testid="notice">
          {notice}
        </div>
      ) : null}
      <PresenterView
        snapshot={snapshot}
        status={status}
        send={send}
        act={act}
        confirming={confirming}
        answer={answer}
        notesFontPx={notesFontPx}
        changeNotesFont={changeNotesFont}
        jumpBuffer={jumpBuffer}
        prefs={prefs}
        togglePref={togglePref}
        openReport={() => setShowReport(true)}
      />
    </>
  );
}
