// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PaceSetting } from '../../core/show';
import { makeDeck } from '../../../tests/helpers/decks';
import { useTalkPlan } from './useTalkPlan';

describe('useTalkPlan', () => {
  it('keeps the plan while states arrive as new objects with the same pace, re-plans when it changes', () => {
    const deck = makeDeck(5);
    const { result, rerender } = renderHook(({ pace }: { pace: PaceSetting }) => useTalkPlan(deck, pace), {
      initialProps: { pace: { learnedWpm: null, useLearned: false } as PaceSetting },
    });
    const first = result.current;
    expect(first?.slideMs).toHaveLength(5);
    rerender({ pace: { learnedWpm: null, useLearned: false } }); // a new state from the host
    expect(result.current).toBe(first);
    rerender({ pace: { learnedWpm: 200, useLearned: true } });
    expect(result.current).not.toBe(first);
  });

  it('has no plan before the first snapshot', () => {
    const { result } = renderHook(() => useTalkPlan(undefined, undefined));
    expect(result.current).toBeNull();
  });
});
