/**
 * The web host: a transport for a show assembled by host/open-show.ts. It serves the built
 * renderer to browsers, bridges a WebSocket to the show's session (socket-bridge.ts), and answers
 * the stage-crew API (http-api.ts). Loopback only unless `lan` is set, and then every request
 * needs a token, one per role (presenter, remote, crew, follower: core/lan-roles.ts says what
 * each opens), and the page's role is its token's, whatever the page says. In both modes a
 * request must name this host as it is really reached (access.ts: DNS rebinding), and a WebSocket
 * must come from a page this host served. Nothing that is refused changes anything, and a refusal
 * for a wrong token is the same whatever was asked (it tells a guesser nothing about the pages).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { HOME_VIEW, LAN_ROLES, mayUseApi, pageRole, type LanRole } from '../core/lan-roles';
import { roleOfView, viewOfUrl, VIEWS, viewPath, type View } from '../core/views';
import type { Show } from '../host/open-show';
import { contentTypeOf, readFileInside } from '../host/files';
import { answerMedia } from '../host/media-range';
import type { UiLanguage } from '../core/ui-language';
import { followFeed } from '../host/follow-feed';
import { qrImage } from '../host/qr';
import { hostChecker, lanAddresses, preferredLanAddress, RoleTokens } from './access';
import { httpApi, MAX_BODY_BYTES, sendJson } from './http-api';
import type { RateLimit } from './rate-limit';
import { socketBridge } from './socket-bridge';
import { socketSlots } from './socket-slots';
import { snapshotFor } from '../core/projections';
import { withFirstPage } from '../host/first-page';
import { DECK_TAG } from '../host/deck-tag';
import { builtPages } from './built-pages';

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
  /** WebSockets one LAN address may hold open (loopback is not counted). Default 16. */
  maxSocketsPerAddress?: number;
  /** Unsent bytes after which a page that does not read is dropped (it reconnects). Default 8 MB. */
  maxBufferedBytes?: number;
}

/** A link that opens a role's page (with its token on the LAN). */
export interface RoleLink {
  role: LanRole;
  view: View;
  url: string;
}

/** The same with a QR code of it (an SVG data: URL), for the Phone remote window and /connect. */
export interface RoleLinkWithQr extends RoleLink {
  qr: string;
}

export interface WebHost {
  /** Base URL on this machine, e.g. http://127.0.0.1:4317. */
  url: string;
  port: number;
  /** In LAN mode the presenter's token (every page and the API); null on loopback. */
  readonly token: string | null;
  readonly audienceUrl: string;
  readonly presenterUrl: string;
  /** Whether the host listens on the LAN (with tokens). */
  lan: boolean;
  /**
   * The links that open each role's page: on the LAN at the address a phone on the same network
   * reaches, with the role's token; on loopback at 127.0.0.1, without one.
   */
  links(): RoleLink[];
  /** The links with a QR code each. */
  linksWithQr(): Promise<RoleLinkWithQr[]>;
  /**
   * New tokens for these roles (LAN mode; on loopback nothing happens): the old links stop
   * working at once and the pages opened with them are disconnected. Returns the new links.
   */
  rotate(roles: readonly LanRole[]): RoleLink[];
  /** Stops serving (the show itself is closed by its owner: Show.close()). */
  close(): Promise<void>;
}

/** Each role's token is kept in a cookie of its own (a phone may hold the remote and a follow page). */
const cookieOf = (role: LanRole): string => `lectern_${role}`;
/** The one answer to a request whose token does not open what it asks for. */
const WRONG_TOKEN = 'missing or wrong token';

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { show, rendererDir } = options;
  const { session } = show;
  const lan = options.lan ?? false;
  const tokens = lan ? new RoleTokens() : null;
  let port = options.port ?? 4317;
  const pagePaths = new Set([...VIEWS.map(viewPath), '/index.html']);
  const pages = builtPages(rendererDir);

  const speechDir = (): string | undefined => {
    const path = show.speechPath;
    return path ? dirname(path) : undefined;
  };

  const hostAllowed = hostChecker(() => port, lan);

  /**
   * The LAN roles a request carries: its `?token=`'s alone when it has one (a wrong one is not
   * helped by a cookie), else those of its cookies. Empty when none is valid.
   */
  const rolesOf = (req: IncomingMessage, url: URL): LanRole[] => {
    if (!tokens) return [];
    const fromQuery = url.searchParams.get('token');
    if (fromQuery !== null) {
      const role = tokens.roleOf(fromQuery);
      return role ? [role] : [];
    }
    const cookies = new Map(
      (req.headers.cookie ?? '')
        .split(/;\s*/)
        .map((c) => [c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1)]),
    );
    return LAN_ROLES.filter((role) => {
      const given = cookies.get(cookieOf(role));
      return given !== undefined && tokens.roleOf(given) === role;
    });
  };
  /** The show role of a page (or its socket) at `view`; null when the request's token does not open it. */
  const pageRoleOf = (
    roles: readonly LanRole[],
    view: View,
  ): { role: ReturnType<typeof roleOfView>; link: LanRole | null } | null => {
    if (!tokens) return { role: roleOfView(view), link: null };
    for (const link of roles) {
      const role = pageRole(link, view);
      if (role) return { role, link };
    }
    return null;
  };

  const feed = followFeed(session, { speechPath: () => show.speechPath });
  const bridge = socketBridge(session, feed, {
    commandRate: options.commandRate,
    maxBufferedBytes: options.maxBufferedBytes,
  });

  const links = (): RoleLink[] => {
    const address = lan ? preferredLanAddress(lanAddresses()) : null;
    const base = `http://${address ?? '127.0.0.1'}:${port}`;
    return LAN_ROLES.map((role) => {
      const view = HOME_VIEW[role];
      return { role, view, url: `${base}${viewPath(view)}${tokens ? `?token=${tokens.get(role)}` : ''}` };
    });
  };
  const linksWithQr = async (): Promise<RoleLinkWithQr[]> =>
    Promise.all(links().map(async (link) => ({ ...link, qr: await qrImage(link.url) })));
  const rotate = (roles: readonly LanRole[]): RoleLink[] => {
    if (tokens) {
      tokens.rotate(roles);
      bridge.closeLinks(roles);
    }
    return links();
  };
  const api = httpApi({
    show,
    commandRate: options.commandRate,
    links: { lan, list: linksWithQr, rotate: async (roles) => (rotate(roles), linksWithQr()) },
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
    if (!hostAllowed(req.headers.host)) {
      sendJson(res, 403, {
        error: `this host answers only to its own addresses, not to "${req.headers.host ?? ''}"`,
      });
      return;
    }
    const roles = rolesOf(req, url);
    if (tokens && roles.length === 0) return refuse(res);
    const fromQuery = url.searchParams.get('token');
    if (tokens && fromQuery !== null) {
      res.setHeader('Set-Cookie', `${cookieOf(roles[0]!)}=${fromQuery}; HttpOnly; SameSite=Strict; Path=/`);
    }
    const path = url.pathname;
    if (path.startsWith('/api/')) {
      if (tokens && !roles.some(mayUseApi)) return refuse(res);
      return api(req, res, path);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: `${req.method} is not allowed here` });
      return;
    }
    if (path === '/') {
      const home = roles.length > 0 ? HOME_VIEW[roles[0]!] : 'presenter';
      res.writeHead(302, { Location: viewPath(home) + (url.search || '') }).end();
      return;
    }
    if (pagePaths.has(path)) {
      const view = viewOfUrl(url);
      const page = pageRoleOf(roles, view);
      if (!page) return refuse(res);
      // the host's default interface language, for the page to read (renderer/src/i18n)
      const lang = options.uiLanguage;
      // The audience's and presenter's first snapshot travels in the page (host/first-page.tsx);
      // the audience has a page of its own that paints the first slide before React starts.
      const first = view === 'audience' || view === 'presenter';
      const audiencePage = view === 'audience' && pages.hasAudiencePage;
      return sendFile(res, rendererDir, audiencePage ? '/audience.html' : '/index.html', (html) => {
        const withLang = lang ? withUiLanguage(html, lang) : html;
        if (!first) return withLang;
        return withFirstPage(withLang, snapshotFor(page.role, session.snapshot()), {
          firstSlide: audiencePage,
          fonts: audiencePage ? pages.fonts : [],
          // the presenter of a long talk shows the notes near its slide first, the rest follows
          cutNotes: view === 'presenter',
        });
      });
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
  const slots = socketSlots(options.maxSocketsPerAddress);
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    // Browsers always send Origin on a WebSocket; only pages this host served may connect.
    const origin = req.headers.origin;
    const sameOrigin = origin !== undefined && origin === `http://${req.headers.host}`;
    const page =
      url.pathname === '/ws' && hostAllowed(req.headers.host) && sameOrigin
        ? pageRoleOf(rolesOf(req, url), viewOfUrl(url))
        : null;
    if (!page) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    const address = req.socket.remoteAddress;
    if (!slots.take(address)) {
      socket.write('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.once('close', () => slots.release(address));
      // a page that holds a deck names its tag; anything but a tag is ignored (the whole deck is sent)
      const held = url.searchParams.get('deck');
      bridge.attach(ws, page.role, page.link, held && DECK_TAG.test(held) ? held : null);
    });
  });

  await feed.ready;
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, lan ? '0.0.0.0' : '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const suffix = (): string => (tokens ? `?token=${tokens.get('presenter')}` : '');
  return {
    url,
    port,
    lan,
    get token() {
      return tokens?.get('presenter') ?? null;
    },
    get audienceUrl() {
      return `${url}/audience${suffix()}`;
    },
    get presenterUrl() {
      return `${url}/presenter${suffix()}`;
    },
    links,
    linksWithQr,
    rotate,
    close: async () => {
      await new Promise<void>((resolveClose) => {
        bridge.close();
        feed.close();
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
    },
  };
}

/** The refusal for a token that does not open what was asked: the same for every path. */
function refuse(res: ServerResponse): void {
  sendJson(res, 403, { error: WRONG_TOKEN });
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
