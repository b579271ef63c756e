import type { LanStatus } from '../../../core/contract';
import type { LanRole } from '../../../core/lan-roles';

/** Where the links page gets the LAN links from: the desktop app's bridge, or the web host's API. */
export interface LinksSource {
  status(): Promise<LanStatus>;
  /** Starting and stopping the LAN pages: the desktop app only (the web host is started with --lan). */
  start?: () => Promise<LanStatus>;
  stop?: () => Promise<LanStatus>;
  rotate(which: LanRole | 'all'): Promise<LanStatus>;
}

async function fromApi(response: Response): Promise<LanStatus> {
  const body = (await response.json()) as { lan?: boolean; links?: LanStatus['links']; error?: string };
  if (!response.ok) return { running: false, links: [], problem: body.error ?? `HTTP ${response.status}` };
  return { running: body.lan === true, links: body.links ?? [], problem: null };
}

/** The web host's /api/links and /api/tokens (the presenter's token travels in the page's cookie). */
export function httpLinksSource(): LinksSource {
  return {
    status: () => fetch(new URL('/api/links', location.href)).then(fromApi),
    rotate: (which) =>
      fetch(new URL('/api/tokens', location.href), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ rotate: which }),
      }).then(fromApi),
  };
}
