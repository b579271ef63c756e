/**
 * Step reveals: a slide's list items and figure cards appearing one per Next, as reveal.js
 * fragments do, and its video or audio starting on a Next of its own (core/media.ts). The deck
 * marks a block that steps (`steps: true` on a list, a figures block or a media block, top level
 * only); everything else about steps is derived here, from the slide alone:
 *
 *   step 0          nothing of the stepped blocks is out (the rest of the slide is)
 *   step k (1…n)    the first k items are out, counted across the slide's stepped blocks in order
 *
 * The show's state keeps `step` for the current slide; the reducer is told each slide's count.
 */
import { blocksText, type Block, type Deck, type Slide } from './deck';
import type { DeckSteps } from './stage';

/** Whether a block's items are revealed one per step (a clip: started on one). */
export function isStepped(block: Block): block is Extract<Block, { type: 'list' | 'figures' | 'media' }> {
  if (block.type === 'media') return block.steps === true;
  return (
    (block.type === 'list' || block.type === 'figures') && block.steps === true && block.items.length > 0
  );
}

/** How many steps a block takes: one per item, one for a clip. */
function stepsOf(block: Extract<Block, { type: 'list' | 'figures' | 'media' }>): number {
  return block.type === 'media' ? 1 : block.items.length;
}

/** How many steps a slide has: one per item of each stepped block, one per stepped clip. */
export function slideSteps(slide: Pick<Slide, 'blocks'>): number {
  let n = 0;
  for (const block of slide.blocks) if (isStepped(block)) n += stepsOf(block);
  return n;
}

/** Each slide's steps, by index: what the reducer needs to walk them. */
export function deckSteps(deck: Pick<Deck, 'slides'>): DeckSteps {
  return deck.slides.map(slideSteps);
}

/**
 * The step number (1-based) of the first item of each block, or 0 for a block that does not
 * step. The slide renderer numbers its fragments with it.
 */
export function firstSteps(blocks: readonly Block[]): number[] {
  let next = 1;
  return blocks.map((block) => {
    if (!isStepped(block)) return 0;
    const first = next;
    next += stepsOf(block);
    return first;
  });
}

/** The on-screen text of each step, in order (to find where the speech says it). */
export function stepTexts(slide: Pick<Slide, 'blocks'>): string[] {
  const out: string[] = [];
  for (const block of slide.blocks) {
    if (!isStepped(block)) continue;
    if (block.type === 'media') out.push(block.alt);
    else if (block.type === 'figures') for (const f of block.items) out.push(`${f.value} ${f.label}`);
    else for (const item of block.items) out.push(blocksText(item));
  }
  return out;
}

/**
 * Marks a slide's lists, figure cards and clips as stepped (or not). Returns the same array when
 * nothing changes.
 */
export function markSteps(blocks: Block[], on: boolean): Block[] {
  let changed = false;
  const out = blocks.map((block) => {
    const steps = block.type === 'list' || block.type === 'figures' || block.type === 'media';
    if (!steps || (block.steps === true) === on) return block;
    changed = true;
    if (on) return { ...block, steps: true };
    const { steps: _dropped, ...rest } = block;
    void _dropped;
    return rest as Block;
  });
  return changed ? out : blocks;
}
