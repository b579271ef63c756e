import type { ReactNode } from 'react';
import type { Cue } from '../../../core/cues';
import { useT } from '../i18n';

/**
 * A cue's words: a preset in the reader's language, or the crew's own text as text. Never markup:
 * React escapes it, so `<img onerror=…>` shows as those characters and does nothing.
 */
export function CueWords({ cue }: { cue: Pick<Cue, 'text' | 'preset'> }): ReactNode {
  const t = useT();
  return <>{cue.preset ? t(`cues.preset.${cue.preset}`) : cue.text}</>;
}
