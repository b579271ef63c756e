/**
 * Desktop cold start (launch → first audience slide painted) needs an Electron binary. Where the
 * npm package could not download one (this machine has no network for it), the row says so
 * instead of a number.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface ColdStart {
  ms: number;
  note: string;
}

export async function electronColdStart(): Promise<ColdStart> {
  let binary: string | null;
  try {
    binary = createRequire(import.meta.url)('electron') as unknown as string;
  } catch {
    binary = null;
  }
  if (!binary || !existsSync(binary)) {
    return { ms: NaN, note: 'skipped: no Electron binary here (the electron package could not fetch it)' };
  }
  return { ms: NaN, note: `skipped: not measured by this bench yet (binary at ${binary})` };
}
