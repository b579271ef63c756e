/**
 * Which page is which: the one list of the renderer's views, and the one parser that reads a view
 * from a URL. The desktop app loads `lectern://app/index.html?view=presenter`; the web host serves
 * the same page at `/presenter` (and `?view=` works there too). Used by the renderer to pick what
 * to draw, by the web host to know which paths are pages, and by Electron main to build its URLs.
 */

/** Every page the renderer draws. */
export const VIEWS = ['audience', 'presenter', 'delegate', 'report'] as const;
export type View = (typeof VIEWS)[number];

/**
 * A window or page that is a view of the live show, and so what it may ask of the host
 * (core/commands.ts): the presenter runs the show, the audience may only move it (a clicker's keys
 * reach whichever window has focus), the delegate viewer only reads.
 */
export type ViewRole = Exclude<View, 'report'>;

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

/** The role a view has in the show; the report reads saved rehearsals only, like the delegate. */
export function roleOfView(view: View): ViewRole {
  return view === 'report' ? 'delegate' : view;
}
