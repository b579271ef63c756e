import type { ShowSnapshot } from '../../core/contract';
import { FIRST_SNAPSHOT_ID, parseFirstSnapshot } from '../../core/first-page';

/** The snapshot the web host shipped in this page (core/first-page.ts), or null (desktop app). */
export function readFirstSnapshot(doc: Document = document): ShowSnapshot | null {
  const snapshot = parseFirstSnapshot(doc.getElementById(FIRST_SNAPSHOT_ID)?.textContent);
  if (snapshot) performance.mark('lectern:snapshot');
  return snapshot;
}
