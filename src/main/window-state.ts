/**
 * Remembers where the speaker put the presenter window (`window-state.json` in the data
 * directory), so the next launch puts it back there; core/placement.ts corrects a position whose
 * display is no longer attached.
 */
import { join } from 'node:path';
import { decodeSavedRect, type Rect } from '../core/placement';
import { writeDurably } from '../host/durable-write';
import { readRegularFileSync } from '../host/safe-read';

const FILE = 'window-state.json';
const SAVE_AFTER_MS = 1_000;

/** The saved presenter bounds, or null (none yet, unreadable, or not four sane numbers). */
export function loadPresenterBounds(dataDir: string): Rect | null {
  // Read like every data file: a regular file only (a pipe would freeze the app before its window).
  const read = readRegularFileSync(join(dataDir, FILE), { maxBytes: 64 * 1024 });
  if (!read.ok) return null;
  try {
    const json: unknown = JSON.parse(read.data.toString('utf8'));
    return decodeSavedRect((json as { presenter?: unknown } | null)?.presenter);
  } catch {
    return null;
  }
}

/** Returns a function that saves the bounds a second after the last call (a drag fires many). */
export function presenterBoundsSaver(dataDir: string): (bounds: Rect) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (bounds) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const text = `${JSON.stringify({ presenter: bounds })}\n`;
      writeDurably(join(dataDir, FILE), text).catch((error: unknown) =>
        console.warn(`Lectern: cannot save the window position: ${(error as Error).message}`),
      );
    }, SAVE_AFTER_MS);
  };
}
