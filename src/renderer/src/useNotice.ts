import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a notice for the speaker stays up. */
export const NOTICE_MS = 8_000;

/**
 * A short message for the speaker that goes away by itself (a refused command, a dropped file that
 * cannot be opened). Returns the message (or null) and the function that says one.
 */
export function useNotice(durationMs = NOTICE_MS): [string | null, (message: string) => void] {
  const [notice, setNotice] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = useCallback(
    (message: string) => {
      clearTimeout(timer.current);
      setNotice(message);
      timer.current = setTimeout(() => setNotice(null), durationMs);
    },
    [durationMs],
  );
  return [notice, say];
}
