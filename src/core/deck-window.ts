/**
 * Which slides a live deck draws in full. reveal.js walks every `<section>` on each move (classes,
 * fragments, lazy media), so a 1,500-slide deck drawn in full makes every key cost hundreds of ms.
 * The audience keeps a `<section>` for every slide (reveal.js's indices stay the show's) but fills
 * only those near the current one; the window moves in blocks, so most moves re-render nothing.
 */
export interface DeckWindow {
  /** First slide drawn in full. */
  start: number;
  /** One past the last slide drawn in full. */
  end: number;
}

export interface DeckWindowOptions {
  /** Slides kept drawn on each side of the current one. Default 8. */
  margin?: number;
  /** The window's edges fall on multiples of this. Default 16. */
  block?: number;
}

export function deckWindow(index: number, count: number, options: DeckWindowOptions = {}): DeckWindow {
  const margin = options.margin ?? 8;
  const block = options.block ?? 16;
  const at = Math.min(Math.max(0, index), Math.max(0, count - 1));
  const start = Math.max(0, Math.floor((at - margin) / block) * block);
  const end = Math.min(count, (Math.floor((at + margin) / block) + 1) * block);
  return { start, end };
}
