/**
 * The stage-crew API under /api/ (documented in the README): GET state, deck and rehearsals,
 * POST commands, GET and PUT the speaker's keys, GET the links of the LAN pages and POST to
 * replace their tokens. The command body is limited and never read past its limit; each client (by its
 * address) has a command budget like each page's socket (rate-limit.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLanRole, type LanRole } from '../core/lan-roles';
import type { Show } from '../host/open-show';
import { clientBudget, COMMAND_RATE, type RateLimit } from './rate-limit';
import { tooMany } from './socket-bridge';
import { stageState } from './stage-api';

/** Largest body accepted by POST /api/command (and largest WebSocket message). */
export const MAX_BODY_BYTES = 16 * 1024;
/** Clients remembered for their budget before the oldest are forgotten. */
const MAX_CLIENTS = 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

/**
 * Reads a request's body, up to `maxBytes`. A body announced larger (Content-Length) or growing
 * past the limit is not read any further: resolves null at once (refuseTooLarge answers).
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** 413, and the connection closed: the rest of the body is never read. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, maxBytes: number): void {
  res.setHeader('Connection', 'close');
  res.on('finish', () => req.socket.destroy());
  sendJson(res, 413, { error: `command body over ${maxBytes} bytes` });
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
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === null) {
    refuseTooLarge(req, res, MAX_BODY_BYTES);
    return undefined;
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    sendJson(res, 400, { error: 'body is not valid JSON' });
    return undefined;
  }
}

export interface ApiOptions {
  show: Pick<Show, 'session' | 'rehearsals' | 'saveKeys'>;
  /** Commands each client may send. Default COMMAND_RATE. */
  commandRate?: RateLimit;
  /** The links of the LAN pages (with QR codes), and replacing their tokens. */
  links?: {
    lan: boolean;
    list(): Promise<unknown[]>;
    rotate(roles: readonly LanRole[]): Promise<unknown[]>;
  };
}

/** What `{"rotate": …}` names: one role, or "all" (the remote, crew and follow links; not the presenter's). */
export function rolesToRotate(body: unknown): LanRole[] | string {
  const rotate =
    typeof body === 'object' && body !== null ? (body as { rotate?: unknown }).rotate : undefined;
  if (rotate === 'all') return ['remote', 'crew', 'follower'];
  if (isLanRole(rotate)) return [rotate];
  return 'send {"rotate": "remote" | "crew" | "follower" | "presenter" | "all"}';
}

/** Returns the handler of /api/… requests (already authorised). */
export function httpApi(
  options: ApiOptions,
): (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void> {
  const { show } = options;
  const { session } = show;
  const rate = options.commandRate ?? COMMAND_RATE;
  const budgets = new Map<string, ReturnType<typeof clientBudget>>();
  const overBudget = (req: IncomingMessage, command: unknown): RateLimit | null => {
    const client = req.socket.remoteAddress ?? '';
    let budget = budgets.get(client);
    if (!budget) {
      if (budgets.size >= MAX_CLIENTS) budgets.delete(budgets.keys().next().value!);
      budget = clientBudget(rate);
      budgets.set(client, budget);
    }
    return budget(command);
  };

  return async (req, res, path) => {
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
      const spent = overBudget(req, json);
      const refused = spent ? tooMany(spent) : null;
      // The stage crew's API has the presenter's rights (and, on the LAN, the token). A command
      // that saves (a rehearsal's finish) is answered once the save is on disk.
      const result = refused ?? (await session.submit(json, 'presenter'));
      if (!result.ok) {
        sendJson(res, result.status, { error: result.error });
        return;
      }
      sendJson(res, 200, stageState(session.snapshot(), session.now()));
      return;
    }
    if (path === '/api/links' && req.method === 'GET' && options.links) {
      sendJson(res, 200, { lan: options.links.lan, links: await options.links.list() });
      return;
    }
    if (path === '/api/tokens' && options.links) {
      const json = await readJsonCommand(req, res, 'POST');
      if (json === undefined) return;
      const roles = rolesToRotate(json);
      if (typeof roles === 'string') return sendJson(res, 400, { error: roles });
      if (!options.links.lan)
        return sendJson(res, 409, { error: 'this host is not on the LAN (serve --lan): it has no tokens' });
      sendJson(res, 200, { lan: true, links: await options.links.rotate(roles) });
      return;
    }
    sendJson(res, 404, { error: `no API at ${path}` });
  };
}
