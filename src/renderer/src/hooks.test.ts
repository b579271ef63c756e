// @vitest-environment jsdom
import { DEFAULT_KEY_SETTINGS } from '../../core/key-profiles';
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShowSnapshot } from '../../core/contract';
import { initialShowState } from '../../core/show';
import { makeDeck } from '../../../tests/helpers/decks';
import type { ShowTransport, TransportListener } from './transport/transport';
import { useNotice } from './useNotice';
import { nextTickIn } from '../../core/show';
import { useNow, useShow } from './useShow';

afterEach(() => vi.useRealTimers());

describe('useShow', () => {
  it('follows the transport: status, the snapshot, then states applied to it; stops on unmount', () => {
    let listener: TransportListener | null = null;
    let stopped = false;
    const transport: ShowTransport = {
      connect: (l) => {
        listener = l;
        return () => {
          stopped = true;
        };
      },
      send: async () => ({ ok: true }),
      saveKeys: () => Promise.resolve(DEFAULT_KEY_SETTINGS),
    };
    const { result, unmount } = renderHook(() => useShow(transport));
    expect(result.current).toEqual({ snapshot: null, status: 'connecting' });
    const snapshot: ShowSnapshot = {
      deck: makeDeck(4),
      state: initialShowState(4),
      problem: null,
      notice: null,
      problems: [],
      keys: DEFAULT_KEY_SETTINGS,
    };
    act(() => {
      listener!.onStatus('open');
      listener!.onSnapshot(snapshot);
      listener!.onState({ ...snapshot.state, index: 3, revision: 2 });
    });
    expect(result.current.status).toBe('open');
    expect(result.current.snapshot?.state.index).toBe(3);
    expect(result.current.snapshot?.deck).toBe(snapshot.deck);
    unmount();
    expect(stopped).toBe(true);
  });
});

describe('useNotice', () => {
  it('shows a message, replaces it with a newer one, and clears it after the time', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useNotice(1000));
    act(() => result.current[1]('first'));
    act(() => vi.advanceTimersByTime(600));
    act(() => result.current[1]('second'));
    act(() => vi.advanceTimersByTime(600));
    expect(result.current[0]).toBe('second');
    act(() => vi.advanceTimersByTime(500));
    expect(result.current[0]).toBeNull();
  });
});

describe('useNow', () => {
  afterEach(() => vi.useRealTimers());

  it('ticks just after each boundary of its phase, once an interval', () => {
    expect(nextTickIn(10_000, 1000, 300)).toBe(305);
    expect(nextTickIn(10_300, 1000, 300)).toBe(1005);
    expect(nextTickIn(10_299, 1000, 300)).toBe(6);
    // a phase later than now (a timer started in the future of this clock) still lands on a boundary
    expect(nextTickIn(10_000, 1000, 50_700)).toBe(705);
  });

  it('re-renders at the boundaries, and not between them', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const { result } = renderHook(() => useNow(1000, 400));
    const first = result.current;
    act(() => void vi.advanceTimersByTime(404));
    expect(result.current).toBe(first);
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe(1_000_405);
    act(() => void vi.advanceTimersByTime(999));
    expect(result.current).toBe(1_000_405);
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe(1_001_405);
  });

  it('shares one timer among the parts that tick at the same rhythm, and stops it with the last', () => {
    vi.useFakeTimers({ now: 2_000_000 });
    const clock = renderHook(() => useNow(1000, 250));
    const pace = renderHook(() => useNow(1000, 250));
    const clip = renderHook(() => useNow(250));
    expect(vi.getTimerCount()).toBe(2);
    act(() => void vi.advanceTimersByTime(1000));
    // both read the same instant: the tick's, not each its own
    expect(clock.result.current).toBe(2_000_255);
    expect(pace.result.current).toBe(clock.result.current);
    clock.unmount();
    expect(vi.getTimerCount()).toBe(2);
    act(() => void vi.advanceTimersByTime(1000));
    expect(pace.result.current).toBe(2_001_255);
    pace.unmount();
    clip.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
