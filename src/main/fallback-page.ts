/**
 * The page a show window falls back to when its renderer keeps crashing (main/recovery.ts): black,
 * with no script, no image and no request, so there is nothing left in it to fail. The audience
 * sees a black screen (as after B); the presenter sees one line telling the speaker what to do.
 * Served by protocol.ts at `lectern://app/fallback.html?view=…`. No Electron import: unit-tested.
 */
import type { ViewRole } from '../core/views';

export const FALLBACK_PATH = '/fallback.html';

const MESSAGE: Record<ViewRole, string> = {
  audience: '',
  presenter:
    'This window stopped working several times in a row. The show is safe: restart Lectern (or use View › Reload) to carry on where you were.',
  delegate:
    'This window stopped working several times in a row. Close it and open View › Delegate View again.',
  connect: 'This window stopped working several times in a row. Close it and open View › Phone Remote again.',
};

export function fallbackHtml(role: ViewRole): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Lectern</title>',
    '<style>html,body{margin:0;height:100%;background:#000;color:#888;font:20px system-ui,sans-serif}',
    'p{max-width:36em;margin:0 auto;padding-top:40vh;text-align:center}</style></head>',
    `<body>${MESSAGE[role] ? `<p>${MESSAGE[role]}</p>` : ''}</body></html>`,
  ].join('');
}

/** The role a fallback URL's `view` parameter names (anything else is the audience: plain black). */
export function fallbackRole(view: string | null): ViewRole {
  return view === 'presenter' || view === 'delegate' || view === 'connect' ? view : 'audience';
}
