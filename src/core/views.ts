/**
 * Which page is which: the one list of the renderer's views, and the one parser that reads a view
 * from a URL. The desktop app loads `lectern://app/index.html?view=presenter`; the web host serves
 * the same page at `/presenter` (and `?view=` works there too). Used by the renderer to pick what
 * to draw, by the web host to know which paths are pages, and by Electron main to build its URLs.
 */

/**
 * Every page the renderer draws. `remote` is the speaker's phone, `crew` the stage manager's
 * cues, `follow` the live script for interpreters and delegates, `connect` the links and QR codes
 * that open those three (the desktop app's "Phone remote" window).
 */
export const VIEWS = [
  'audience',
  'presenter',
  'delegate',
  'report',
  'remote',
  'crew',
  'follow',
  'connect',
] as const;
export type View = (typeof VIEWS)[number];

/**
 * Who a page or window is to the show: what it may send (core/commands.ts) and what it is sent
 * (core/projections.ts). The presenter runs the show; the audience may only move it (a clicker's
 * keys reach whichever window has focus); the remote moves it, sets the screen and answers cues;
 * the crew sends cues; the delegate viewer and followers only read (followers get a projection of
 * their own, core/follow.ts).
 */
export type ShowRole = 'presenter' | 'audience' | 'delegate' | 'remote' | 'crew' | 'follower';

/** The desktop app's windows, each with its own preload (preload/<role>.ts). */
export type ViewRole = 'audience' | 'presenter' | 'delegate' | 'connect';

export function isView(value: unknown): value is View {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

/**
 * The view a URL asks for: `?view=` first, else the path's only segment (`/presenter`), else the
 * audience (a projector pointed at the bare host shows the deck, never the speaker's notes).
 */
export function viewOfUrl(url: Pick<URL, 'pathname' | 'search'>): View {
  const query = new URLSearchParams(url.search).get('view');
  if (isView(query)) return query;
  const segment = url.pathname.replace(/^\/+|\/+$/g, '');
  return isView(segment) ? segment : 'audience';
}

/** The web host's path of a view. */
export function viewPath(view: View): string {
  return `/${view}`;
}

const ROLE_OF_VIEW: Record<View, ShowRole> = {
  audience: 'audience',
  presenter: 'presenter',
  delegate: 'delegate',
  // the report reads saved rehearsals only, like the delegate; the links page sends no command
  report: 'delegate',
  connect: 'delegate',
  remote: 'remote',
  crew: 'crew',
  follow: 'follower',
};

/** The role a view has in the show (on loopback a page may claim its view; on the LAN its token decides). */
export function roleOfView(view: View): ShowRole {
  return ROLE_OF_VIEW[view];
}
