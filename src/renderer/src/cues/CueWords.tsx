import type { ReactNode } from 'react';
import type { Cue } from '../../../core/cues';
import { useT } from '../i18n';

/**
 * A cue's words: a preset in the reader's language, or the crew's own text as text. Never markup:
 * React escapes it, so `<img onerror=…>` shows as those characters and does nothing. The crew's
 * text is isolated (<bdi>): it takes its own direction, so an English line in an Arabic interface
 * (or the reverse) keeps its punctuation where its writer put it.
 */
export function CueWords({ cue }: { cue: Pick<Cue, 'text' | 'preset'> }): ReactNode {
  const t = useT();
  return cue.preset ? <>{t(`cues.preset.${cue.preset}`)}</> : <bdi>{cue.text}</bdi>;
}
