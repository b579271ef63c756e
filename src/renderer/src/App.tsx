import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ViewRole } from '../../core/contract';
import { interpretKey, type ViewAction } from '../../core/keys';
import type { ShowTransport } from './transport/transport';
import { useShow } from './useShow';
import { AudienceView } from './audience/AudienceView';
import { PresenterView } from './presenter/PresenterView';
import { NOTES_FONT, useNotesFontSize } from './presenter/useNotesFontSize';
import { useViewPrefs } from './presenter/useViewPrefs';
import type { ShowSnapshot } from '../../core/contract';
import { useDroppedSpeech } from './useDroppedSpeech';
import { reportSource } from './report/report-source';

/** The rehearsal report, with its chart library, loads only when the speaker opens it. */
const ReportPage = lazy(() => import('./report/ReportPage').then((m) => ({ default: m.ReportPage })));

export interface AppProps {
  role: ViewRole;
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
  const [rehearseAsk, setRehearseAsk] = useState(0);
  const bufferRef = useRef('');
  const dropNotice = useDroppedSpeech();
  const [showReport, setShowReport] = useState(false);
  const source = useMemo(() => reportSource(), []);
  // Q and R act on what the show is doing; the key handler reads the latest snapshot here.
  const snapshotRef = useRef<ShowSnapshot | null>(null);
  useEffect(() => {
    snapshotRef.current = snapshot;
  }, [snapshot]);

  // Keys work in either window; each becomes a command to the host (or a view action here).
  useEffect(() => {
    const actions: Record<ViewAction, () => void> = {
      fullscreen: toggleFullscreen,
      'notes-bigger': () => changeNotesFont(NOTES_FONT.step),
      'notes-smaller': () => changeNotesFont(-NOTES_FONT.step),
      'notes-mirror': () => togglePref('mirrored'),
      'notes-autoscroll': () => togglePref('autoscroll'),
      qa: () => {
        const mode = snapshotRef.current?.state.mode;
        if (mode === 'qa' || mode === 'present')
          transport.send({ type: 'mode', mode: mode === 'qa' ? 'present' : 'qa' });
      },
      rehearse: () => {
        const state = snapshotRef.current?.state;
        if (!state) return;
        if (state.mode === 'rehearse') transport.send({ type: 'rehearsal', action: 'finish' });
        else if (state.timer.startedAt === null && state.timer.accumulatedMs === 0)
          transport.send({ type: 'mode', mode: 'rehearse' });
        // The timer has run (perhaps this is the talk itself): ask before restarting it.
        else if (state.mode === 'present') setRehearseAsk((n) => n + 1);
      },
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.repeat && !['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp'].includes(event.key)) return;
      const outcome = interpretKey(event, bufferRef.current, role);
      if (!outcome.handled) return;
      event.preventDefault();
      bufferRef.current = outcome.buffer;
      setJumpBuffer(outcome.buffer);
      if (outcome.command) transport.send(outcome.command);
      if (outcome.action) actions[outcome.action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [role, transport, changeNotesFont, togglePref]);

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
      {dropNotice ? (
        <div className="drop-notice" role="status" data-testid="drop-notice">
          {dropNotice}
        </div>
      ) : null}
      <PresenterView
        snapshot={snapshot}
        status={status}
        send={(command) => transport.send(command)}
        notesFontPx={notesFontPx}
        changeNotesFont={changeNotesFont}
        jumpBuffer={jumpBuffer}
        prefs={prefs}
        togglePref={togglePref}
        rehearseAsk={rehearseAsk}
        openReport={() => setShowReport(true)}
      />
    </>
  );
}
