/**
 * Who may open what on the LAN: each page has a role, and each role its own token (the web host
 * holds them: server/access.ts). A page's role comes from its token, never from what the page
 * says it is; the rules are here, pure, so they are table-tested:
 *
 *   token      pages it opens                   its WebSocket is     HTTP API
 *   presenter  every page                        the page's own role  all of it
 *   remote     /remote                           remote               none
 *   crew       /crew                             crew                 none
 *   follower   /follow                           follower             none
 *
 * Every valid token loads the app's scripts and the speech's images; a wrong token, or a page its
 * token does not open, gets the same answer as no token at all (a guess learns nothing about
 * which pages exist). On loopback without `--lan` there are no tokens and a page may claim its
 * view, as on the desktop.
 */
import { roleOfView, VIEWS, type ShowRole, type View } from './views';

/** The roles that have a token of their own on the LAN. */
export const LAN_ROLES = ['presenter', 'remote', 'crew', 'follower'] as const;
export type LanRole = (typeof LAN_ROLES)[number];

const OPENS: Record<LanRole, readonly View[]> = {
  presenter: VIEWS,
  remote: ['remote'],
  crew: ['crew'],
  follower: ['follow'],
};

/** The page each token is sent to from the bare host (`/`). */
export const HOME_VIEW: Record<LanRole, View> = {
  presenter: 'presenter',
  remote: 'remote',
  crew: 'crew',
  follower: 'follow',
};

/** The views a token opens. */
export function viewsOpenedBy(role: LanRole): readonly View[] {
  return OPENS[role];
}

/** The show role of a page opened with a token of `role` at `view`, or null when the token does not open it. */
export function pageRole(role: LanRole, view: View): ShowRole | null {
  return OPENS[role].includes(view) ? roleOfView(view) : null;
}

/** Whether a token of `role` may use the HTTP API (state, deck, commands, keys, links). */
export function mayUseApi(role: LanRole): boolean {
  return role === 'presenter';
}

export function isLanRole(value: unknown): value is LanRole {
  return typeof value === 'string' && (LAN_ROLES as readonly string[]).includes(value);
}
