import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { CUE_PRESETS, cueTextFault, MAX_CUE_CHARS, type CuePreset } from '../../../core/cues';
import { paceAt } from '../../../core/pacing';
import { useTalkPlan } from '../useTalkPlan';
import type { ShowCommand } from '../../../core/show';
import { CueWords } from '../cues/CueWords';
import { NotConnected, Reconnecting } from '../lan/Connection';
import { refusalText } from '../lan/refusal';
import { useT } from '../i18n';
import { formatClock, formatDuration } from '../presenter/format';
import { speechAttributes } from '../slide/language';
import { PacePill } from '../remote/PacePill';
import type { ShowTransport } from '../transport/transport';
import { useNow, useShow } from '../useShow';
import '../styles/lan.css';
import '../styles/remote.css';
import '../styles/crew.css';

/**
 * The stage manager's page (`/crew`): where the talk is and how it is going (slide, elapsed, time
 * left, pace), and cues for the speaker, one tap for the usual ones or a line of their own. It
 * shows whether the speaker has seen the last cue. It sends cues and nothing else (core/commands.ts).
 */
export function CrewPage({ transport }: { transport: ShowTransport }): ReactNode {
  const t = useT();
  const { snapshot, status } = useShow(transport);
  const now = useNow(500);
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<string | null>(null);
  const deck = snapshot?.deck;
  const pace = snapshot?.state.pace;
  const plan = useTalkPlan(deck, pace);
  useEffect(() => {
    if (deck) document.title = `${t('crew.title')} — ${deck.meta.title}`;
  }, [deck, t]);

  if (status === 'replaced' || !snapshot || !plan) return <NotConnected status={status} />;

  const { state } = snapshot;
  const reading = paceAt(plan, state, now);
  const current = snapshot.deck.slides[state.index];
  const length = Array.from(text.trim()).length;
  const fault = cueTextFault(text);
  // an empty box is no fault to report: the Send button just waits for words
  const problem =
    fault === null || fault.kind === 'empty'
      ? null
      : fault.kind === 'too-long'
        ? t('crew.tooLong', { count: fault.length, max: MAX_CUE_CHARS })
        : t('crew.notPlain');
  const send = (command: ShowCommand): Promise<boolean> =>
    transport.send(command).then((result) => {
      setAnswer(refusalText(t, result));
      return result.ok;
    });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (text.trim() === '' || problem) return;
    void send({ type: 'cue', text }).then((ok) => ok && setText(''));
  };
  const recent = [...state.cues].reverse().slice(0, 8);
  const over = reading.remainingMs < 0;

  return (
    <div className="crew" data-testid="crew" data-index={state.index}>
      <header className="crew-bar">
        <div className="crew-where">
          <span className="crew-position" data-testid="crew-position">
            {state.index + 1} / {state.count}
          </span>
          <span className="crew-slide" {...speechAttributes(snapshot.deck.meta)}>
            {current?.title || snapshot.deck.meta.title}
          </span>
        </div>
        <div className="crew-times">
          <span className="remote-elapsed" data-testid="crew-elapsed" title={t('remote.elapsed')}>
            {formatDuration(reading.elapsedMs)}
          </span>
          <span className={`crew-left${over ? ' over' : ''}`} data-testid="crew-left">
            {over
              ? t('crew.overtime', { time: formatDuration(-reading.remainingMs) })
              : t('crew.left', { time: formatDuration(reading.remainingMs) })}
          </span>
          <PacePill pace={reading} mode={state.mode} testId="crew-pace" />
        </div>
      </header>
      <Reconnecting status={status} />
      <main className="crew-main">
        <section className="crew-status" data-testid="crew-cue-status" aria-live="polite">
          {state.cue ? (
            <p className="crew-pending">
              <span className="crew-dot" aria-hidden="true" />
              {t('crew.pending', { seconds: Math.max(0, Math.round((now - state.cue.at) / 1000)) })}{' '}
              <strong>
                <CueWords cue={state.cue} />
              </strong>
            </p>
          ) : recent[0] ? (
            <p className="crew-seen">
              {recent[0].answeredAt === null
                ? t('crew.replaced')
                : t('crew.seen', { time: formatClock(recent[0].answeredAt) })}{' '}
              <strong>
                <CueWords cue={recent[0]} />
              </strong>
            </p>
          ) : (
            <p className="crew-none">{t('crew.none')}</p>
          )}
        </section>
        <section className="crew-presets" aria-label={t('crew.presets')}>
          {CUE_PRESETS.map((preset: CuePreset) => (
            <button
              key={preset}
              type="button"
              className={`crew-preset cue-${preset}`}
              data-testid={`crew-preset-${preset}`}
              onClick={() => void send({ type: 'cue', preset })}
            >
              {t(`cues.preset.${preset}`)}
            </button>
          ))}
        </section>
        <form className="crew-form" onSubmit={submit}>
          <label htmlFor="crew-text">{t('crew.own')}</label>
          <div className="crew-input">
            <input
              id="crew-text"
              data-testid="crew-text"
              value={text}
              autoComplete="off"
              dir="auto"
              onChange={(e) => setText(e.target.value)}
              aria-invalid={problem !== null}
            />
            <button type="submit" data-testid="crew-send" disabled={text.trim() === '' || problem !== null}>
              {t('crew.send')}
            </button>
          </div>
          <p className={`crew-count${length > MAX_CUE_CHARS ? ' over' : ''}`} data-testid="crew-count">
            {problem ?? t('crew.count', { count: length, max: MAX_CUE_CHARS })}
          </p>
        </form>
        {answer ? (
          <p className="lan-refusal" role="alert" data-testid="crew-refusal">
            {answer}
          </p>
        ) : null}
        {recent.length > 0 ? (
          <section className="crew-history">
            <h2>{t('crew.history')}</h2>
            <ol>
              {recent.map((cue) => (
                <li key={cue.id}>
                  <span className="crew-time">{formatClock(cue.at)}</span> <CueWords cue={cue} />{' '}
                  <span className="crew-answer">
                    {cue.answeredAt === null
                      ? t('crew.replacedShort')
                      : t('crew.seenAfter', { seconds: Math.round((cue.answeredAt - cue.at) / 1000) })}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </main>
    </div>
  );
}
