import type { ShowSnapshot } from '../../core/contract';
import { FIRST_SNAPSHOT_ID, parseFirstPage, type NotesInPage } from '../../core/first-page';

/** The snapshot the web host shipped in the page, and its deck's tag (host/deck-tag.ts). */
export interface FirstSnapshot {
  snapshot: ShowSnapshot;
  /** Named when the page's socket opens, so that the host does not send this deck again. */
  deckTag: string | null;
  /**
   * A long talk's page carries only the notes near its slide: these slides' (the others are
   * empty until the whole deck arrives on the socket, which the page is then always sent).
   */
  notesIn: NotesInPage | null;
}

/**
 * The snapshot the web host shipped in this page (core/first-page.ts), or null (desktop app). The
 * element is removed once read: a long speech's JSON need not stay in the page for the whole talk.
 */
export function readFirstSnapshot(doc: Document = document): FirstSnapshot | null {
  const element = doc.getElementById(FIRST_SNAPSHOT_ID);
  const page = parseFirstPage(element?.textContent);
  const tag = element?.getAttribute('data-deck-tag') ?? null;
  element?.remove();
  if (!page) return null;
  performance.mark('lectern:snapshot');
  // a page with some of the notes never claims to hold the deck: the socket sends all of it
  return { snapshot: page.snapshot, deckTag: page.notesIn ? null : tag, notesIn: page.notesIn };
}
