import type { ReactNode } from 'react';
import type { PaceReading } from '../../../core/pacing';
import type { ShowMode } from '../../../core/show';
import { useT } from '../i18n';
import { formatDuration } from '../presenter/format';

/** Shape and words for each pace, so it reads without colour (as the presenter's). */
const PACE_ICON = { idle: '○', behind: '◀', 'on-time': '●', ahead: '▶' } as const;

/** Where the speaker stands against the plan, in one pill: ◀ 00:32 behind, ● on time, ▶ 00:15 ahead. */
export function PacePill({
  pace,
  mode,
  testId,
}: {
  pace: PaceReading;
  mode: ShowMode;
  testId: string;
}): ReactNode {
  const t = useT();
  const words =
    mode === 'qa'
      ? t('remote.pace.qa')
      : pace.status === 'idle'
        ? t('remote.pace.idle')
        : pace.status === 'on-time'
          ? t('remote.pace.onTime')
          : t(`remote.pace.${pace.status}`, { time: formatDuration(Math.abs(pace.deltaMs)) });
  return (
    <span className={`pace-pill pace-${pace.status}`} data-testid={testId} data-status={pace.status}>
      <span aria-hidden="true">{PACE_ICON[pace.status]}</span> {words}
    </span>
  );
}
