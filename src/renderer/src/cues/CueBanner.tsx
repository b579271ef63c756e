import type { ReactNode } from 'react';
import type { Cue } from '../../../core/cues';
import { useT } from '../i18n';
import { CueWords } from './CueWords';

export interface CueBannerProps {
  cue: Cue;
  now: number;
  /** Tells the host the speaker has seen it. */
  acknowledge: () => void;
  /** The presenter names its key; the phone remote is tapped. */
  keyHint?: string;
  testId: string;
}

/**
 * The stage manager's cue, where the speaker cannot miss it, until they acknowledge it: a tap on
 * the banner (or the presenter's key). Only the speaker's views draw it; the audience is never
 * sent a cue at all (core/projections.ts).
 */
export function CueBanner({ cue, now, acknowledge, keyHint, testId }: CueBannerProps): ReactNode {
  const t = useT();
  const seconds = Math.max(0, Math.round((now - cue.at) / 1000));
  return (
    <button
      type="button"
      className={`cue-banner${cue.preset ? ` cue-${cue.preset}` : ''}`}
      data-testid={testId}
      data-cue-id={cue.id}
      role="alert"
      onClick={acknowledge}
    >
      <span className="cue-from">{t('cues.from', { seconds })}</span>
      <span className="cue-words" data-testid={`${testId}-words`}>
        <CueWords cue={cue} />
      </span>
      <span className="cue-ack">{keyHint ? t('cues.ackKey', { key: keyHint }) : t('cues.ackTap')}</span>
    </button>
  );
}
