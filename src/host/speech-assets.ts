/**
 * The images and clips a speech names, checked beside it when it is read: one that is not there
 * (or leads outside the speech's folder, or is not a regular file) is a warning at its line, so the
 * speaker learns it before the talk, not from a dashed box on the projector.
 */
import { realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Block, Deck, Diagnostic, SourcePos } from '../core/deck';
import { isInside } from './files';

type Asset = Extract<Block, { type: 'image' | 'media' }>;

function assetsOf(deck: Deck): Array<{ block: Asset; at: SourcePos }> {
  const out: Array<{ block: Asset; at: SourcePos }> = [];
  const walk = (blocks: Block[], fallback: SourcePos): void => {
    for (const b of blocks) {
      if ((b.type === 'image' || b.type === 'media') && b.src)
        out.push({ block: b, at: b.source ?? fallback });
      else if (b.type === 'list') b.items.forEach((item) => walk(item, fallback));
      else if (b.type === 'quote') walk(b.children, fallback);
    }
  };
  for (const slide of deck.slides) walk(slide.blocks, slide.source);
  return out;
}

/** Why a file the speech names cannot be shown, or null when it can. */
async function problemOf(dir: string, src: string): Promise<string | null> {
  const names = [src];
  try {
    if (decodeURIComponent(src) !== src) names.push(decodeURIComponent(src));
  } catch {
    // not an encoded path
  }
  for (const name of names) {
    let real: string;
    try {
      real = await realpath(resolve(dir, name));
    } catch {
      continue;
    }
    if (!isInside(dir, real))
      return "it is outside the speech's folder (links are followed to where they lead)";
    const info = await stat(real).catch(() => null);
    return info?.isFile() ? null : 'it is not a regular file';
  }
  return 'no such file next to the speech';
}

/** The deck with a warning for each image or clip that cannot be shown (each file once). */
export async function withAssetWarnings(deck: Deck, speechPath: string): Promise<Deck> {
  const assets = assetsOf(deck);
  if (!assets.length) return deck;
  const dir = await realpath(dirname(resolve(speechPath)));
  const warnings: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const { block, at } of assets) {
    if (seen.has(block.src)) continue;
    seen.add(block.src);
    const problem = await problemOf(dir, block.src);
    if (problem)
      warnings.push({
        severity: 'warning',
        file: deck.fileName,
        line: at.line,
        column: at.column,
        message: `${block.type === 'image' ? 'image' : block.kind} "${block.src.slice(0, 120)}" cannot be shown: ${problem}`,
      });
  }
  return warnings.length ? { ...deck, warnings: [...deck.warnings, ...warnings] } : deck;
}
