import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { notesParagraphs } from '../../../core/pacing-prompter';
import { paceAt } from '../../../core/pacing';
import { useTalkPlan } from '../useTalkPlan';
import { isRunning, type ShowCommand } from '../../../core/show';
import { slideProgress, speechPlace } from '../../../core/speech-place';
import { CueBanner } from '../cues/CueBanner';
import { NotConnected, Reconnecting } from '../lan/Connection';
import { refusalText } from '../lan/refusal';
import { useT } from '../i18n';
import { formatDuration } from '../presenter/format';
import { speechAttributes } from '../slide/language';
import type { ShowTransport } from '../transport/transport';
import { useNow, useShow } from '../useShow';
import { PacePill } from './PacePill';
import { useSwipe } from './useSwipe';
import { useWakeLock } from './useWakeLock';
import '../styles/cues.css';
import '../styles/lan.css';
import '../styles/remote.css';

const SPEECH_PREF = 'lectern.remote.speech';

function storedSpeech(): boolean {
  try {
    return localStorage.getItem(SPEECH_PREF) !== 'off';
  } catch {
    return true;
  }
}

/**
 * The phone remote (`/remote`): the speaker away from the laptop, phone in hand. Big Next and
 * Previous buttons, a swipe across the middle (left: on, right: back), the black screen, the
 * elapsed time and pace, this slide's and the next one's titles, and optionally the paragraph
 * being spoken in large type. The stage manager's cue shows here too, tapped away once seen.
 * Laid out for 360–430 px wide screens; nothing scrolls sideways.
 */
export function RemotePage({ transport }: { transport: ShowTransport }): ReactNode {
  const t = useT();
  const { snapshot, status } = useShow(transport);
  const now = useNow(500);
  const wake = useWakeLock();
  const [showSpeech, setShowSpeech] = useState(storedSpeech);
  const [refusal, setRefusal] = useState<string | null>(null);

  const send = useCallback(
    (command: ShowCommand) =>
      void transport.send(command).then((result) => setRefusal(refusalText(t, result))),
    [transport, t],
  );
  const swipe = useSwipe(
    () => send({ type: 'next' }),
    () => send({ type: 'prev' }),
  );
  useEffect(() => {
    try {
      localStorage.setItem(SPEECH_PREF, showSpeech ? 'on' : 'off');
    } catch {
      // storage refused (private window): the choice lasts this page only
    }
  }, [showSpeech]);
  useEffect(() => {
    if (snapshot) document.title = `${t('remote.title')} — ${snapshot.deck.meta.title}`;
  }, [snapshot, t]);

  const deck = snapshot?.deck;
  const pace = snapshot?.state.pace;
  const plan = useTalkPlan(deck, pace);
  if (status === 'replaced' || !snapshot || !plan) return <NotConnected status={status} />;

  const { state } = snapshot;
  const reading = paceAt(plan, state, now);
  const current = snapshot.deck.slides[state.index];
  const next = snapshot.deck.slides[state.index + 1];
  const place = speechPlace(current, state.step, slideProgress(plan, state, now));
  const paragraph = place.current < 0 ? 0 : (place.sentences[place.current]?.paragraph ?? 0);
  const spoken = current ? (notesParagraphs(current.notes)[paragraph] ?? '') : '';
  const black = state.screen === 'black';
  const running = isRunning(state.timer);
  // titles and the paragraph are the speech's words: its language and direction, not the interface's
  const speech = speechAttributes(snapshot.deck.meta);

  return (
    <div className="remote" data-testid="remote" data-index={state.index}>
      <header className="remote-bar">
        <span className="remote-elapsed" data-testid="remote-elapsed" title={t('remote.elapsed')}>
          {formatDuration(reading.elapsedMs)}
        </span>
        <PacePill pace={reading} mode={state.mode} testId="remote-pace" />
        <span className="remote-position" data-testid="remote-position">
          {state.index + 1} / {state.count}
        </span>
      </header>
      <Reconnecting status={status} />
      {state.cue ? (
        <div className="remote-cue">
          <CueBanner
            cue={state.cue}
            now={now}
            testId="remote-cue"
            acknowledge={() => send({ type: 'cue-ack', id: state.cue!.id })}
          />
        </div>
      ) : null}
      <main className="remote-talk" data-testid="remote-swipe" {...swipe}>
        <p className="remote-label">{t('remote.now')}</p>
        <h1 className="remote-title" data-testid="remote-title" {...speech}>
          {current?.title || snapshot.deck.meta.title}
        </h1>
        <p className="remote-label">{t('remote.next')}</p>
        {next ? (
          <p className="remote-next-title" data-testid="remote-next-title" {...speech}>
            {next.title || snapshot.deck.meta.title}
          </p>
        ) : (
          <p className="remote-next-title" data-testid="remote-next-title">
            {t('remote.end')}
          </p>
        )}
        {showSpeech && spoken ? (
          <p className="remote-speech" data-testid="remote-speech" {...speech}>
            {spoken}
          </p>
        ) : null}
        <p className="remote-hint">{t('remote.swipe')}</p>
      </main>
      {refusal ? (
        <div className="lan-refusal" role="status" data-testid="remote-refusal">
          {refusal}
        </div>
      ) : null}
      <footer className="remote-controls">
        <div className="remote-tools">
          <button
            type="button"
            data-testid="remote-black"
            aria-pressed={black}
            className={black ? 'on' : ''}
            onClick={() => send({ type: 'screen', screen: 'black', toggle: true })}
          >
            {black ? t('remote.blackOn') : t('remote.black')}
          </button>
          <button
            type="button"
            data-testid="remote-timer"
            onClick={() => send({ type: 'timer', action: running ? 'pause' : 'start' })}
          >
            {running ? t('remote.pause') : t('remote.start')}
          </button>
          <button
            type="button"
            data-testid="remote-speech-toggle"
            aria-pressed={showSpeech}
            onClick={() => setShowSpeech((on) => !on)}
          >
            {t('remote.speech')}
          </button>
        </div>
        <div className="remote-moves">
          <button
            type="button"
            className="remote-prev"
            data-testid="remote-prev"
            onClick={() => send({ type: 'prev' })}
          >
            <span className="lan-arrow">◀</span> {t('remote.prev')}
          </button>
          <button
            type="button"
            className="remote-next"
            data-testid="remote-next"
            onClick={() => send({ type: 'next' })}
          >
            {t('remote.nextButton')} <span className="lan-arrow">▶</span>
          </button>
        </div>
        {wake === 'unavailable' ? <p className="remote-wake">{t('remote.wakeUnavailable')}</p> : null}
      </footer>
    </div>
  );
}
