/**
 * The `lectern://app/…` scheme that serves the built renderer.
 *
 * Why not `file://`: a file page's origin is the whole disk, so a single script bug could read any
 * file; a standard, secure custom scheme gives the renderer a real origin of its own (`'self'` in
 * the CSP means exactly out/renderer) and lets this handler refuse everything else.
 */
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { answerMedia } from '../host/media-range';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { contentTypeOf, readFileInside } from '../host/files';
import { APP_HOST, APP_SCHEME } from './app-url';
import { FALLBACK_PATH, fallbackHtml, fallbackRole } from './fallback-page';

/**
 * Declares the scheme's privileges. Electron requires this before `app` is ready.
 * standard: real origin and relative URLs; secure: treated like https (no mixed-content downgrade);
 * supportFetchAPI: module scripts are fetched; codeCache: faster second start.
 * Deliberately not bypassCSP, corsEnabled or allowServiceWorkers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * Serves files under `root` (out/renderer) on the default session, and under `/media/` the open
 * speech's images, clips and CSS fonts from `speechDir()` (host/media-range.ts: only real files
 * in its folder, by ranges for a clip), as the web host does. Call once, after ready.
 */
export function serveApp(root: string, speechDir: () => string | null = () => null): void {
  protocol.handle(APP_SCHEME, (request) => respond(root, request, speechDir));
}

async function respond(root: string, request: Request, speechDir: () => string | null): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return plain(404, 'Not Found');
  // Built in, not a file: it must work even when out/renderer is what keeps failing.
  if (url.pathname === FALLBACK_PATH) return html(fallbackHtml(fallbackRole(url.searchParams.get('view'))));
  if (url.pathname.startsWith('/media/')) {
    const range = typeof request.headers?.get === 'function' ? request.headers.get('range') : null;
    const answer = await answerMedia(
      speechDir(),
      url.pathname.slice('/media'.length),
      range,
      request.method === 'HEAD',
    );
    if (answer.status === 404) return plain(404, 'Not Found');
    const body = answer.body ? (Readable.toWeb(answer.body) as ReadableStream<Uint8Array>) : null;
    return new Response(body, { status: answer.status, headers: answer.headers });
  }
  // Only real files inside out/renderer (host/files.ts): no `..`, no link out, no pipe.
  const read = await readFileInside(root, url.pathname);
  if (read.path === null) return plain(403, 'Forbidden');
  if (!read.ok) return plain(404, 'Not Found');
  const body = read.data;
  const type = contentTypeOf(read.path);
  const headers = new Headers({ 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
  // Every HTML page gets the policy as a header, so it holds even if index.html lacks the meta tag.
  if (type.startsWith('text/html')) headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

function html(text: string): Response {
  const headers = new Headers({
    'Content-Type': 'text/html; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  });
  return new Response(text, { status: 200, headers });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
