import type { ShowSnapshot } from '../../core/contract';
import { FIRST_SNAPSHOT_ID, parseFirstSnapshot } from '../../core/first-page';

/** The snapshot the web host shipped in the page, and its deck's tag (host/deck-tag.ts). */
export interface FirstSnapshot {
  snapshot: ShowSnapshot;
  /** Named when the page's socket opens, so that the host does not send this deck again. */
  deckTag: string | null;
}

/**
 * The snapshot the web host shipped in this page (core/first-page.ts), or null (desktop app). The
 * element is removed once read: a long speech's JSON need not stay in the page for the whole talk.
 */
export function readFirstSnapshot(doc: Document = document): FirstSnapshot | null {
  const element = doc.getElementById(FIRST_SNAPSHOT_ID);
  const snapshot = parseFirstSnapshot(element?.textContent);
  const deckTag = element?.getAttribute('data-deck-tag') ?? null;
  element?.remove();
  if (!snapshot) return null;
  performance.mark('lectern:snapshot');
  return { snapshot, deckTag };
}
