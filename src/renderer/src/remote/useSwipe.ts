import { useRef, type PointerEvent } from 'react';

/** How far a finger must travel sideways (px), and how much more sideways than up or down, to be a swipe. */
export const SWIPE = { minPx: 60, ratio: 1.5 } as const;

/** A swipe's direction from where a touch started and ended, or null for a tap or a scroll. Pure. */
export function swipeOf(dx: number, dy: number): 'left' | 'right' | null {
  if (Math.abs(dx) < SWIPE.minPx || Math.abs(dx) < Math.abs(dy) * SWIPE.ratio) return null;
  return dx < 0 ? 'left' : 'right';
}

/**
 * Pointer handlers for an area that takes horizontal swipes: left goes on (like turning a page),
 * right goes back. The area has `touch-action: pan-y`, so the browser keeps vertical scrolling
 * and leaves horizontal moves to us.
 */
export function useSwipe(onLeft: () => void, onRight: () => void) {
  const start = useRef<{ id: number; x: number; y: number } | null>(null);
  return {
    onPointerDown: (event: PointerEvent) => {
      start.current = { id: event.pointerId, x: event.clientX, y: event.clientY };
    },
    onPointerUp: (event: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== event.pointerId) return;
      const direction = swipeOf(event.clientX - from.x, event.clientY - from.y);
      if (direction === 'left') onLeft();
      if (direction === 'right') onRight();
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
