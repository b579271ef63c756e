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
import { resolveKeyTable } from '../../core/key-profiles';
import type { CommandResult } from '../../core/commands';
import type { PresenterPanel } from '../../core/contract';
import { nextZoom, type SlideMouse } from './presenter/SlideSurface';
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
import { useDeckStyle } from './slide/useDeckStyle';
import { AudienceView } from './audience/AudienceView';
import { NOTES_FONT, useNotesFontSize } from './presenter/useNotesFontSize';
import { useViewPrefs } from './presenter/useViewPrefs';
import { useDroppedSpeech } from './useDroppedSpeech';
import { useNotice } from './useNotice';
import { useT } from './i18n';
import { reportSource } from './report/report-source';

/** The presenter's own code: the audience page never loads it. */
const PresenterView = lazy(() =>
  import('./presenter/PresenterView').then((m) => ({ default: m.PresenterView })),
);
/** The rehearsal report, with its chart library, loads only when the speaker opens it. */
const ReportPage = lazy(() => import('./report/ReportPage').then((m) => ({ default: m.ReportPage })));

export interface AppProps {
  role: Extract<ViewRole, 'audience' | 'presenter'>;
  transport: ShowTransport;
  /** The snapshot shipped in the page, drawn until the transport's first one arrives. Default none. */
  first?: ShowSnapshot | null;
  /** The audience's live deck shows its first slide. */
  onAudienceShown?: () => void;
  /** The presenter view is on screen (the frame after its first commit). */
  onPresenterShown?: () => void;
}

/** Calls `run` once, in the frame after it is first committed (its Suspense boundary resolved). */
function WhenPainted({ run }: { run?: () => void }): null {
  useEffect(() => {
    if (!run) return;
    const frame = requestAnimationFrame(() => run());
    return () => cancelAnimationFrame(frame);
  }, [run]);
  return null;
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

export function App({
  role,
  transport,
  first = null,
  onAudienceShown,
  onPresenterShown,
}: AppProps): ReactNode {
  const t = useT();
  const { snapshot, status } = useShow(transport, first);
  // the deck's theme and the speech's own CSS on every slide of this page
  useDeckStyle(snapshot?.deck);
  const [notesFontPx, changeNotesFont] = useNotesFontSize();
  const [prefs, togglePref] = useViewPrefs();
  const [jumpBuffer, setJumpBuffer] = useState('');
  /** A question the speaker must answer before a command goes (core/presenter-actions.ts). */
  const [confirming, setConfirming] = useState<Confirmation | null>(null);
  const bufferRef = useRef('');
  const [notice, say] = useNotice();
  useDroppedSpeech(say);
  const [showReport, setShowReport] = useState(false);
  /** The presenter's panel over the view: the overview, the key help or the key preferences. */
  const [panel, setPanel] = useState<PresenterPanel | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const [pointerOn, setPointerOn] = useState(false);
  const mouse = useRef<SlideMouse>({ over: false, x: 0.5, y: 0.5 });
  const overviewColumns = useRef(4);
  const panelRef = useRef(panel);
  const highlightRef = useRef(highlighted);
  useLayoutEffect(() => {
    panelRef.current = panel;
    highlightRef.current = highlighted;
  }, [panel, highlighted]);
  const overrides = snapshot?.keys.overrides;
  const keyTable = useMemo(() => resolveKeyTable(overrides ?? {}), [overrides]);
  const source = useMemo(() => reportSource(), []);
  // R and Q act on what the show is doing; the key handler reads the latest snapshot here. A layout
  // effect, so the ref is current by the time the slide is on screen (a passive effect can run
  // after the first key of a speaker who is quick, or of a machine that is slow).
  const snapshotRef = useRef<ShowSnapshot | null>(null);
  useLayoutEffect(() => {
    snapshotRef.current = snapshot;
  }, [snapshot]);

  /** Sends a command; a refusal (no such slide, not now) is told to the speaker, never silent. */
  const sendAndTell = useCallback(
    (command: ShowCommand): Promise<CommandResult> =>
      transport.send(command).then((result) => {
        if (!result.ok) {
          if (role === 'presenter') say(result.error.replace(/^./, (c) => c.toUpperCase()));
          else console.warn('[lectern] refused:', result.error);
        }
        return result;
      }),
    [transport, role, say],
  );
  const send = useCallback((command: ShowCommand): void => void sendAndTell(command), [sendAndTell]);
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
    const count = () => snapshotRef.current?.state.count ?? 1;
    const highlight = (index: number) => setHighlighted(Math.min(count() - 1, Math.max(0, index)));
    const zoom = (direction: 1 | -1) => {
      const state = snapshotRef.current?.state;
      if (state) send({ type: 'zoom', ...nextZoom(state.zoom, direction, mouse.current) });
    };
    const openOverview = () => {
      setHighlighted(snapshotRef.current?.state.index ?? 0);
      setPanel('overview');
    };
    const actions: Record<ViewAction, () => void> = {
      fullscreen: toggleFullscreen,
      'notes-bigger': () => changeNotesFont(NOTES_FONT.step),
      'notes-smaller': () => changeNotesFont(-NOTES_FONT.step),
      'notes-mirror': () => togglePref('mirrored'),
      'notes-autoscroll': () => togglePref('autoscroll'),
      qa: () => decide(decideQa),
      rehearse: () => decide(decideRehearse),
      overview: openOverview,
      help: () => setPanel((p) => (p === 'help' ? null : 'help')),
      pointer: () => setPointerOn((on) => !on),
      'zoom-in': () => zoom(1),
      'zoom-out': () => zoom(-1),
      'clear-view': () => {
        if (panelRef.current) return setPanel(null);
        const state = snapshotRef.current?.state;
        if (state?.zoom) send({ type: 'zoom', x: 0.5, y: 0.5, scale: 1 });
        if (state?.pointer) send({ type: 'pointer', off: true });
        setPointerOn(false);
      },
      'cue-ack': () => {
        const cue = snapshotRef.current?.state.cue;
        if (cue) send({ type: 'cue-ack', id: cue.id });
      },
      'overview-left': () => highlight(highlightRef.current - 1),
      'overview-right': () => highlight(highlightRef.current + 1),
      'overview-up': () => highlight(highlightRef.current - overviewColumns.current),
      'overview-down': () => highlight(highlightRef.current + overviewColumns.current),
      'overview-first': () => highlight(0),
      'overview-last': () => highlight(count() - 1),
      'overview-go': () => {
        send({ type: 'goto', index: highlightRef.current });
        setPanel(null);
      },
      'overview-close': () => setPanel(null),
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.repeat && !['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp'].includes(event.key)) return;
      // The key preferences take every key for themselves (a key is recorded by pressing it).
      if (panelRef.current === 'keys') {
        if (event.key === 'Escape') setPanel(null);
        return;
      }
      // In the key help, Esc and ? close it; the show's keys still work behind it.
      if (panelRef.current === 'help' && event.key === 'Escape') {
        event.preventDefault();
        setPanel(null);
        return;
      }
      const context = { overview: panelRef.current === 'overview', overSlide: mouse.current.over };
      const outcome = interpretKey(event, bufferRef.current, role, context, keyTable);
      if (!outcome.handled) return;
      event.preventDefault();
      bufferRef.current = outcome.buffer;
      setJumpBuffer(outcome.buffer);
      if (outcome.command) send(outcome.command);
      if (outcome.action) actions[outcome.action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [role, send, act, changeNotesFont, togglePref, keyTable]);

  // The desktop app's menu opens the presenter's panels (View › Overview, Keys…, Preferences…).
  useEffect(() => {
    const bridge = window.lectern;
    if (role !== 'presenter' || !bridge || bridge.role !== 'presenter') return;
    return bridge.onOpenPanel((opened) => {
      if (opened === 'overview') setHighlighted(snapshotRef.current?.state.index ?? 0);
      setPanel(opened);
    });
  }, [role]);

  // Stable, so the overview's thumbnails (memoised) are not redrawn by the clock's tick.
  const goFromOverview = useCallback(
    (index: number) => {
      send({ type: 'goto', index });
      setPanel(null);
    },
    [send],
  );
  const setOverviewColumns = useCallback((n: number) => {
    overviewColumns.current = n;
  }, []);

  const title = snapshot?.deck.meta.title;
  useEffect(() => {
    if (title !== undefined)
      document.title = role === 'presenter' ? t('presenter.windowTitle', { title }) : `${title} — Lectern`;
  }, [title, role, t]);

  if (!snapshot) {
    return (
      <div className={`loading ${role}`}>{role === 'presenter' ? t('presenter.connection.waiting') : ''}</div>
    );
  }
  if (role === 'audience') return <AudienceView snapshot={snapshot} onShown={onAudienceShown} />;
  if (showReport) {
    return (
      <Suspense fallback={<div className="loading">{t('report.loading')}</div>}>
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
      <Suspense fallback={<div className="loading presenter" />}>
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
          sendAndWait={sendAndTell}
          pointerOn={pointerOn}
          onMouse={(m) => {
            mouse.current = m;
          }}
          panel={panel}
          setPanel={(next) => {
            if (next === 'overview') setHighlighted(snapshot.state.index);
            setPanel(next);
          }}
          keyTable={keyTable}
          saveKeys={(config) => transport.saveKeys(config)}
          overview={{
            highlighted,
            onHighlight: setHighlighted,
            onGo: goFromOverview,
            onColumns: setOverviewColumns,
          }}
        />
        <WhenPainted run={onPresenterShown} />
      </Suspense>
    </>
  );
}
