import type { ShowSnapshot } from '../../core/contract';
import { FIRST_SNAPSHOT_ID, parseFirstSnapshot } from '../../core/first-page';

/**
 * The snapshot the web host shipped in this page (core/first-page.ts), or null (desktop app). The
 * element is removed once read: a long speech's JSON need not stay in the page for the whole talk.
 */
export function readFirstSnapshot(doc: Document = document): ShowSnapshot | null {
  const element = doc.getElementById(FIRST_SNAPSHOT_ID);
  const snapshot = parseFirstSnapshot(element?.textContent);
  element?.remove();
  if (snapshot) performance.mark('lectern:snapshot');
  return snapshot;
}
