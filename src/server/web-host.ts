/**
 * The web host: a transport for a show assembled by host/open-show.ts. It serves the built
 * renderer to browsers, bridges a WebSocket to the show's session (socket-bridge.ts), and answers
 * the stage-crew API (http-api.ts). Loopback only unless `lan` is set, and then every request
 * needs the host's random token. In both modes a request must name this host as it is really
 * reached (access.ts: DNS rebinding), and a WebSocket must come from a page this host served.
 * Nothing that is refused changes anything.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { roleOfView, viewOfUrl, VIEWS, viewPath } from '../core/views';
import type { Show } from '../host/open-show';
import { contentTypeOf, readFileInside } from '../host/files';
import { answerMedia } from '../host/media-range';
import type { UiLanguage } from '../core/ui-language';
import { hostChecker, tokenMatches } from './access';
import { httpApi, MAX_BODY_BYTES, sendJson } from './http-api';
import type { RateLimit } from './rate-limit';
import { socketBridge } from './socket-bridge';

export interface WebHostOptions {
  /** The show to serve (host/open-show.ts): its session, rehearsals and speech file. */
  show: Pick<Show, 'session' | 'rehearsals' | 'speechPath' | 'saveKeys'>;
  /** Folder with the built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. Default 4317. */
  port?: number;
  /** Listen on every interface and require a token. Default false (127.0.0.1 only). */
  lan?: boolean;
  /**
   * The interface language pages speak unless their reader chose one (`?lang=`, remembered);
   * default none: each browser's own language (`lectern serve --ui-lang`).
   */
  uiLanguage?: UiLanguage;
  /** Commands one client (a page's socket, an API caller's address) may send. Default 30/s, 60 at once. */
  commandRate?: RateLimit;
  /** Unsent bytes after which a page that does not read is dropped (it reconnects). Default 8 MB. */
  maxBufferedBytes?: number;
}

export interface WebHost {
  /** Base URL, e.g. http://127.0.0.1:4317 (with the LAN address in LAN mode). */
  url: string;
  port: number;
  /** Set in LAN mode: every request must carry it (`?token=` or the cookie it sets). */
  token: string | null;
  audienceUrl: string;
  presenterUrl: string;
  /** Stops serving (the show itself is closed by its owner: Show.close()). */
  close(): Promise<void>;
}

const TOKEN_COOKIE = 'lectern_token';

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { show, rendererDir } = options;
  const { session } = show;
  const lan = options.lan ?? false;
  const token = lan ? randomBytes(18).toString('base64url') : null;
  let port = options.port ?? 4317;
  const pagePaths = new Set([...VIEWS.map(viewPath), '/index.html']);

  const speechDir = (): string | undefined => {
    const path = show.speechPath;
    return path ? dirname(path) : undefined;
  };

  const hostAllowed = hostChecker(() => port, lan);

  const tokenOf = (req: IncomingMessage, url: URL): string | null => {
    const fromQuery = url.searchParams.get('token');
    if (fromQuery) return fromQuery;
    const cookie = (req.headers.cookie ?? '').split(/;\s*/).find((c) => c.startsWith(`${TOKEN_COOKIE}=`));
    return cookie ? cookie.slice(TOKEN_COOKIE.length + 1) : null;
  };

  const authorised = (req: IncomingMessage, url: URL): boolean =>
    hostAllowed(req.headers.host) && (token === null || tokenMatches(tokenOf(req, url), token));
  const api = httpApi({ show, commandRate: options.commandRate });
  const bridge = socketBridge(session, {
    commandRate: options.commandRate,
    maxBufferedBytes: options.maxBufferedBytes,
  });

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[lectern] web host error:', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    if (!authorised(req, url)) {
      const why = !hostAllowed(req.headers.host)
        ? `this host answers only to its own addresses, not to "${req.headers.host ?? ''}"`
        : 'missing or wrong token';
      sendJson(res, 403, { error: why });
      return;
    }
    if (token && tokenMatches(url.searchParams.get('token'), token)) {
      res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    const path = url.pathname;
    if (path.startsWith('/api/')) return api(req, res, path);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: `${req.method} is not allowed here` });
      return;
    }
    if (path === '/') {
      res.writeHead(302, { Location: '/presenter' + (url.search || '') }).end();
      return;
    }
    if (pagePaths.has(path)) {
      // the host's default interface language, for the page to read (renderer/src/i18n)
      const lang = options.uiLanguage;
      return sendFile(
        res,
        rendererDir,
        '/index.html',
        lang ? (html) => withUiLanguage(html, lang) : undefined,
      );
    }
    if (path.startsWith('/media/')) {
      // The speech's images, clips and CSS fonts: only real files in its folder (a link beside it
      // to /etc/passwd is not), streamed, by ranges for a video (host/media-range.ts).
      const answer = await answerMedia(
        speechDir() ?? null,
        path.slice('/media'.length),
        req.headers.range,
        req.method === 'HEAD',
      );
      if (answer.status === 404) return notFound(res);
      res.writeHead(answer.status, { ...answer.headers, 'Referrer-Policy': 'no-referrer' });
      if (!answer.body) {
        res.end();
        return;
      }
      const body = answer.body;
      res.on('close', () => body.destroy());
      body.on('error', () => res.destroy());
      body.pipe(res);
      return;
    }
    return sendFile(res, rendererDir, path);
  }

  // ---- WebSocket bridge ----
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    // Browsers always send Origin on a WebSocket; only pages this host served may connect.
    const origin = req.headers.origin;
    const sameOrigin = origin !== undefined && origin === `http://${req.headers.host}`;
    if (url.pathname !== '/ws' || !authorised(req, url) || !sameOrigin) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => bridge.attach(ws, roleOfView(viewOfUrl(url))));
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, lan ? '0.0.0.0' : '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const suffix = token ? `?token=${token}` : '';
  return {
    url,
    port,
    token,
    audienceUrl: `${url}/audience${suffix}`,
    presenterUrl: `${url}/presenter${suffix}`,
    close: async () => {
      await new Promise<void>((resolveClose) => {
        bridge.close();
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
    },
  };
}

function notFound(res: ServerResponse): void {
  sendJson(res, 404, { error: 'not found' });
}

/** The page with the host's interface language in a meta tag, first thing in its head. */
export function withUiLanguage(html: string, lang: UiLanguage): string {
  const meta = `<meta name="lectern-ui-lang" content="${lang}">`;
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => head + meta)
    : html.replace(/^(<!doctype[^>]*>)?/i, (doctype) => doctype + meta);
}

/**
 * Sends the file a URL path names under `root`, if it really is in there (host/files.ts); `edit`
 * may change an HTML page's text first.
 */
async function sendFile(
  res: ServerResponse,
  root: string,
  pathname: string,
  edit?: (html: string) => string,
): Promise<void> {
  const read = await readFileInside(root, pathname);
  if (!read.ok || read.path === null) return notFound(res);
  const data = edit ? Buffer.from(edit(read.data.toString('utf8'))) : read.data;
  const type = contentTypeOf(read.path);
  const headers: Record<string, string> = {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'public, max-age=3600',
  };
  if (type.startsWith('text/html') || type === 'image/svg+xml') {
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  }
  res.writeHead(200, headers);
  res.end(data);
}
