/**
 * The web host: a transport for a show assembled by host/open-show.ts. It serves the built
 * renderer to browsers, bridges a WebSocket to the show's session, and answers the stage-crew API.
 * Loopback only unless `lan` is set, and then every request needs the host's random token.
 *
 * Protocol (see core/contract.ts): on connect the host sends `{type:'snapshot'}`; afterwards
 * `{type:'state'}` on every change and `{type:'snapshot'}` when the deck changes. Pages connect to
 * `/ws?view=<view>` and send `{type:'command', id, command}`; each is judged like on every
 * transport (core/commands.ts) and answered `{type:'result', id, result}`. A message that cannot
 * be read at all gets `{type:'error'}`. Nothing that is refused changes anything.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { dirname, extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseClientMessage, type ServerMessage } from '../core/contract';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { roleOfView, viewOfUrl, VIEWS, viewPath, type ViewRole } from '../core/views';
import type { Show } from '../host/open-show';
import { stageState } from './stage-api';
import { contentTypeOf, IMAGE_EXTENSIONS, readRegularFile, resolveInside } from '../host/files';

export interface WebHostOptions {
  /** The show to serve (host/open-show.ts): its session, rehearsals and speech file. */
  show: Pick<Show, 'session' | 'rehearsals' | 'speechPath' | 'saveKeys'>;
  /** Folder with the built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. Default 4317. */
  port?: number;
  /** Listen on every interface and require a token. Default false (127.0.0.1 only). */
  lan?: boolean;
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

/** Largest body accepted by POST /api/command. */
const MAX_BODY_BYTES = 16 * 1024;
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];
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

  /** Loopback mode refuses other Host headers, which defeats DNS rebinding from a web page. */
  const hostAllowed = (req: IncomingMessage): boolean => {
    if (lan) return true;
    const host = req.headers.host ?? '';
    return LOOPBACK_HOSTS.some((name) => host === `${name}:${port}`);
  };

  const tokenOf = (req: IncomingMessage, url: URL): string | null => {
    const fromQuery = url.searchParams.get('token');
    if (fromQuery) return fromQuery;
    const cookie = (req.headers.cookie ?? '').split(/;\s*/).find((c) => c.startsWith(`${TOKEN_COOKIE}=`));
    return cookie ? cookie.slice(TOKEN_COOKIE.length + 1) : null;
  };

  const authorised = (req: IncomingMessage, url: URL): boolean =>
    hostAllowed(req) && (token === null || tokenOf(req, url) === token);

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
      sendJson(res, 403, { error: lan ? 'missing or wrong token' : 'this host only answers on loopback' });
      return;
    }
    if (token && url.searchParams.get('token') === token) {
      res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    const path = url.pathname;
    if (path.startsWith('/api/')) return handleApi(req, res, path);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: `${req.method} is not allowed here` });
      return;
    }
    if (path === '/') {
      res.writeHead(302, { Location: '/presenter' + (url.search || '') }).end();
      return;
    }
    if (pagePaths.has(path)) {
      return sendFile(res, join(rendererDir, 'index.html'));
    }
    if (path.startsWith('/media/')) {
      const dir = speechDir();
      const file = dir ? resolveInside(dir, path.slice('/media'.length)) : null;
      if (!file || !IMAGE_EXTENSIONS.has(extname(file).toLowerCase())) return notFound(res);
      return sendFile(res, file);
    }
    const file = resolveInside(rendererDir, path);
    if (!file) return notFound(res);
    return sendFile(res, file);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/api/state' && req.method === 'GET') {
      sendJson(res, 200, stageState(session.snapshot(), session.now()));
      return;
    }
    if (path === '/api/deck' && req.method === 'GET') {
      sendJson(res, 200, session.snapshot().deck);
      return;
    }
    if ((path === '/api/rehearsals' || path === '/api/rehearsals.csv') && req.method === 'GET') {
      const rehearsals = show.rehearsals;
      if (!rehearsals) {
        sendJson(res, 404, { error: 'rehearsals are not kept by this host' });
        return;
      }
      if (path === '/api/rehearsals') {
        sendJson(res, 200, await rehearsals.report());
        return;
      }
      const name = (session.snapshot().deck.fileName.replace(/\.[^.]*$/, '') || 'speech').replace(
        /[^\w.-]+/g,
        '_',
      );
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}-rehearsals.csv"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(await rehearsals.csv());
      return;
    }
    if (path === '/api/keys') {
      // The speaker's keys (the preferences screen): presenter rights, like /api/command.
      if (req.method === 'GET') {
        sendJson(res, 200, session.snapshot().keys);
        return;
      }
      const json = await readJsonCommand(req, res, 'PUT');
      if (json === undefined) return;
      const saved = await show.saveKeys(json);
      sendJson(res, saved.problem ? 400 : 200, saved.problem ? { error: saved.problem } : saved);
      return;
    }
    if (path === '/api/command') {
      const json = await readJsonCommand(req, res, 'POST');
      if (json === undefined) return;
      // The stage crew's API has the presenter's rights (and, on the LAN, the token).
      const result = session.submit(json, 'presenter');
      if (!result.ok) {
        sendJson(res, result.status, { error: result.error });
        return;
      }
      sendJson(res, 200, stageState(session.snapshot(), session.now()));
      return;
    }
    sendJson(res, 404, { error: `no API at ${path}` });
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
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws, roleOfView(viewOfUrl(url))));
  });

  /** A page's socket: it receives every change, and its commands are judged for its view's role. */
  function attach(ws: WebSocket, role: ViewRole): void {
    const send = (message: ServerMessage): void => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
    const unsubscribe = session.subscribe({
      onState: (state) => send({ type: 'state', state }),
      onSnapshot: (snapshot) => send({ type: 'snapshot', snapshot }),
    });
    ws.on('message', (data) => {
      const message = parseClientMessage(String(data));
      if (!message.ok) {
        send({ type: 'error', message: message.error });
        return;
      }
      const result = session.submit(message.value.command, role);
      if (message.value.id !== undefined) send({ type: 'result', id: message.value.id, result });
      else if (!result.ok) send({ type: 'error', message: result.error });
    });
    ws.on('close', unsubscribe);
    ws.on('error', unsubscribe);
  }

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
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
    },
  };
}

/**
 * The JSON body of a request that changes the show, or undefined when it was refused (and
 * answered). A JSON content type forces a CORS preflight, which this host never grants: a web
 * page the speaker happens to have open cannot drive the show.
 */
async function readJsonCommand(
  req: IncomingMessage,
  res: ServerResponse,
  method: 'POST' | 'PUT',
): Promise<unknown> {
  if (req.method !== method) {
    sendJson(res, 405, { error: `use ${method} with a JSON body such as {"type":"next"}` });
    return undefined;
  }
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    sendJson(res, 415, { error: 'send the command as Content-Type: application/json' });
    return undefined;
  }
  const body = await readBody(req);
  if (body === null) {
    sendJson(res, 413, { error: `command body over ${MAX_BODY_BYTES} bytes` });
    return undefined;
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    sendJson(res, 400, { error: 'body is not valid JSON' });
    return undefined;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function notFound(res: ServerResponse): void {
  sendJson(res, 404, { error: 'not found' });
}

async function sendFile(res: ServerResponse, path: string): Promise<void> {
  const data = await readRegularFile(path);
  if (!data) return notFound(res);
  const type = contentTypeOf(path);
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

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
