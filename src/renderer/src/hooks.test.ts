// @vitest-environment jsdom
import { DEFAULT_KEY_SETTINGS } from '../../core/key-profiles';
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShowSnapshot } from '../../core/contract';
import { initialShowState } from '../../core/show';
import { makeDeck } from '../../../tests/helpers/decks';
import type { ShowTransport, TransportListener } from './transport/transport';
import { useNotice } from './useNotice';
import { useShow } from './useShow';

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
