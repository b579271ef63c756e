import { useMemo } from 'react';
import type { Deck } from '../../core/deck';
import { planTalk, type TalkPlan } from '../../core/pacing';
import type { PaceSetting } from '../../core/show';

/**
 * The talk's plan (core/pacing.ts), computed again only when the deck or the pace setting's values
 * change. Every state from the host is a new object (parsed from JSON), so keying on `pace` itself
 * re-planned a 1,500-slide talk — every word of it counted — on each key.
 */
export function useTalkPlan(deck: Deck | undefined, pace: PaceSetting | undefined): TalkPlan | null {
  const known = pace !== undefined;
  const learnedWpm = pace?.learnedWpm ?? null;
  const useLearned = pace?.useLearned ?? false;
  return useMemo(
    () => (deck && known ? planTalk(deck, { learnedWpm, useLearned }) : null),
    [deck, known, learnedWpm, useLearned],
  );
}
