import { useCallback, useState } from 'react';

/** Teleprompter preferences of this presenter screen, remembered between talks. */
export interface ViewPrefs {
  /** Speech text mirrored left-right, for teleprompter glass. */
  mirrored: boolean;
  /** Keep the sentence the plan has reached centred, scrolling as the talk goes. */
  autoscroll: boolean;
}

const STORAGE_KEY = 'lectern.viewPrefs';
const DEFAULTS: ViewPrefs = { mirrored: false, autoscroll: false };

function stored(): ViewPrefs {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<ViewPrefs>;
    return { mirrored: value.mirrored === true, autoscroll: value.autoscroll === true };
  } catch {
    return DEFAULTS;
  }
}

export function useViewPrefs(): [ViewPrefs, (key: keyof ViewPrefs) => void] {
  const [prefs, setPrefs] = useState(stored);
  const toggle = useCallback((key: keyof ViewPrefs) => {
    setPrefs((current) => {
      const next = { ...current, [key]: !current[key] };
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return [prefs, toggle];
}
