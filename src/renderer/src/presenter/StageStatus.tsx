import type { ReactNode } from 'react';
import type { ShowState } from '../../../core/show';
import type { TimeSignal } from '../../../core/signals';
import { useT } from '../i18n';

const SCREEN_ICON = { live: '□', black: '■', white: '◻', frozen: '❄' } as const;

/** What the room sees now, said plainly in the top bar: live, black, white, or frozen on slide N. */
export function ScreenIndicator({ state }: { state: ShowState }): ReactNode {
  const t = useT();
  const frozenOn = state.frozen ? state.frozen.index + 1 : state.index + 1;
  return (
    <div
      className="screen-indicator"
      data-testid="screen-indicator"
      data-screen={state.screen}
      role="status"
      title={t('screens.hint')}
    >
      {SCREEN_ICON[state.screen]} {t(`screens.${state.screen}`, { slide: frozenOn })}
    </div>
  );
}

/** "5 min left", flashing for a few seconds when its minute comes (core/signals.ts). */
export function SignalBadge({ signal }: { signal: TimeSignal | null }): ReactNode {
  const t = useT();
  if (!signal) return null;
  return (
    <div
      className={`time-signal${signal.flashing ? ' flashing' : ''}`}
      data-testid="time-signal"
      data-flashing={signal.flashing ? 'on' : 'off'}
      role="status"
    >
      {t('signals.left', { count: signal.minutes })}
    </div>
  );
}
