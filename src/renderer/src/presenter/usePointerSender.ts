import { useCallback, useEffect, useRef } from 'react';
import type { CommandResult } from '../../../core/commands';
import type { SlidePoint } from '../../../core/stage';
import type { ShowCommand } from '../../../core/show';

/**
 * Sends the pointer's place at most once per animation frame and never more than one at a time:
 * while a move is on its way, newer ones replace each other and only the latest goes next. So a
 * mouse waving over the slide can never pile commands up in front of a Next.
 */
export function usePointerSender(
  send: (command: ShowCommand) => Promise<CommandResult>,
): (point: SlidePoint | null) => void {
  const pending = useRef<SlidePoint | null | undefined>(undefined);
  const inFlight = useRef(false);
  const frame = useRef(0);
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  const flush = useCallback((): void => {
    frame.current = 0;
    const point = pending.current;
    if (point === undefined || inFlight.current) return;
    pending.current = undefined;
    inFlight.current = true;
    const command: ShowCommand =
      point === null ? { type: 'pointer', off: true } : { type: 'pointer', x: point.x, y: point.y };
    void sendRef.current(command).finally(() => {
      inFlight.current = false;
      if (pending.current !== undefined && frame.current === 0) frame.current = requestAnimationFrame(flush);
    });
  }, []);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  return useCallback(
    (point: SlidePoint | null): void => {
      pending.current = point;
      if (frame.current === 0 && !inFlight.current) frame.current = requestAnimationFrame(flush);
    },
    [flush],
  );
}
