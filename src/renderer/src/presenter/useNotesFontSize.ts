import { useCallback, useState } from 'react';

const STORAGE_KEY = 'lectern.notesFontPx';
export const NOTES_FONT = { min: 16, max: 72, step: 2, initial: 30 } as const;

function stored(): number {
  const value = Number(localStorage.getItem(STORAGE_KEY));
  return Number.isFinite(value) && value >= NOTES_FONT.min && value <= NOTES_FONT.max
    ? value
    : NOTES_FONT.initial;
}

/** Size of the speech text in px, changed with +/- and remembered between talks. */
export function useNotesFontSize(): [number, (delta: number) => void] {
  const [size, setSize] = useState(stored);
  const change = useCallback((delta: number) => {
    setSize((current) => {
      const next = Math.min(NOTES_FONT.max, Math.max(NOTES_FONT.min, current + delta));
      localStorage.setItem(STORAGE_KEY, String(next));
      return next;
    });
  }, []);
  return [size, change];
}
