import type { Deck, Slide } from '../../src/core/deck';

/** A small deck whose slides are easy to tell apart in assertions. */
export function makeDeck(count: number, name = 'test'): Deck {
  const slides: Slide[] = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    layout: i === 0 ? 'title' : 'content',
    title: `${name} slide ${i + 1}`,
    blocks: [{ type: 'paragraph', children: [{ type: 'text', value: `screen ${i + 1}` }] }],
    screenText: `screen ${i + 1}`,
    notes: `Spoken words of ${name} slide ${i + 1}.`,
    words: 5,
    plannedSeconds: 3,
    source: { line: i * 2 + 1, column: 1 },
  }));
  return {
    meta: { title: `${name} deck` },
    slides,
    warnings: [],
    sourceId: `${name}-${count}`,
    fileName: `${name}.md`,
  };
}
