import { useEffect, useState } from 'react';

/** Whether the phone's screen is kept on: `on`, or `unavailable` where the browser offers no wake lock. */
export type WakeState = 'on' | 'off' | 'unavailable';

/**
 * Keeps the screen on while the page is visible (the Screen Wake Lock API), taking the lock again
 * each time the page comes back (the browser drops it when the page is hidden). Browsers offer it
 * only to secure pages (HTTPS or localhost): over the LAN's plain HTTP it is `unavailable`, and
 * the remote says so, so the speaker can set their phone's auto-lock instead.
 */
export function useWakeLock(): WakeState {
  const [state, setState] = useState<WakeState>(() =>
    typeof navigator !== 'undefined' && 'wakeLock' in navigator ? 'off' : 'unavailable',
  );
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let stopped = false;
    const take = (): void => {
      if (document.visibilityState !== 'visible' || lock) return;
      navigator.wakeLock
        .request('screen')
        .then((sentinel) => {
          if (stopped) return void sentinel.release();
          lock = sentinel;
          setState('on');
          sentinel.addEventListener('release', () => {
            lock = null;
            setState('off');
          });
        })
        .catch(() => setState('off'));
    };
    take();
    document.addEventListener('visibilitychange', take);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', take);
      void lock?.release();
    };
  }, []);
  return state;
}
