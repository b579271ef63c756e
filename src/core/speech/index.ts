/**
 * PLACEHOLDER speech engine (the foundation's simple split): one slide per paragraph.
 * Replaced by the real engine (issue: speech engine).
 */
import type { Deck, Slide } from '../deck';

export interface BuildOptions {
  /** File name for messages and the deck (no directories). */
  fileName: string;
}

export function buildDeck(text: string, options: BuildOptions): Deck {
  const paragraphs = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
  const title = paragraphs[0] ?? options.fileName;
  const slides: Slide[] = paragraphs.map((p, i) => {
    const words = p.split(/\s+/).filter(Boolean).length;
    return {
      id: `s${i}`,
      layout: i === 0 ? 'title' : 'content',
      title: i === 0 ? p : p.split(/\s+/).slice(0, 6).join(' '),
      blocks: i === 0 ? [] : [{ type: 'paragraph', children: [{ type: 'text', value: p }] }],
      screenText: p,
      notes: p,
      words,
      plannedSeconds: Math.round((words / 130) * 60),
      source: { line: 1, column: 1 },
    };
  });
  return { meta: { title }, slides, warnings: [], sourceId: String(text.length), fileName: options.fileName };
}
