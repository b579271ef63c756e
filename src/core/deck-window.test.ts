import { describe, expect, it } from 'vitest';
import { deckWindow } from './deck-window';

describe('deckWindow', () => {
  it('draws a short deck in full wherever the show is', () => {
    for (let i = 0; i < 9; i++) expect(deckWindow(i, 9)).toEqual({ start: 0, end: 9 });
  });

  it('keeps the current slide and its margin on both sides, within the deck', () => {
    for (const count of [40, 1583]) {
      for (let index = 0; index < count; index += 7) {
        const { start, end } = deckWindow(index, count);
        expect(start).toBeLessThanOrEqual(Math.max(0, index - 8));
        expect(end).toBeGreaterThanOrEqual(Math.min(count, index + 9));
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(count);
        expect(end - start).toBeLessThanOrEqual(48);
      }
    }
  });

  it('moves in blocks, so stepping through a block changes nothing', () => {
    const windows = new Set<string>();
    for (let index = 20; index < 24; index++) windows.add(JSON.stringify(deckWindow(index, 1583)));
    expect(windows.size).toBe(1);
  });

  it('clamps an index outside the deck', () => {
    expect(deckWindow(-5, 100)).toEqual(deckWindow(0, 100));
    expect(deckWindow(500, 100)).toEqual(deckWindow(99, 100));
    expect(deckWindow(0, 0)).toEqual({ start: 0, end: 0 });
  });
});
