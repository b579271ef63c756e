/**
 * Roles on the LAN (issue #13): each page's role comes from its token, never from what the page
 * says; a wrong token learns nothing; a follower can never command; the audience never sees a
 * stage manager's cue; links are replaced on request and the old ones stop at once.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../core/contract';
import type { LanRole } from '../core/lan-roles';
import { makeDeck } from '../../tests/helpers/decks';
import { tempDir } from '../../tests/helpers/temp';
import { until } from '../../tests/helpers/until';
import {
  connectPage,
  rawGet,
  rawPost,
  serveDeck,
  type Page,
  type ServedDeck,
  closedAfterEach,
} from '../../tests/helpers/web-host';
import { CLOSE_LINK_REPLACED } from './socket-bridge';

/** The deck served and the pages opened by each test, closed after it. */
const live = closedAfterEach();

async function serve(lan = true): Promise<ServedDeck> {
  live.served = await serveDeck(makeDeck(5), { speechPath: join(tempDir('roles'), 'talk.md'), lan });
  return live.served;
}

const tokenOf = (role: LanRole): string =>
  new URL(live.served!.host.links().find((l) => l.role === role)!.url).searchParams.get('token')!;

async function page(view: string, role: LanRole = 'presenter'): Promise<Page> {
  const opened = await connectPage(live.served!.host, { view, token: tokenOf(role) });
  live.pages.push(opened);
  return opened;
}

function command(
  p: Page,
  id: number,
  cmd: unknown,
): Promise<{ ok: boolean; status?: number; error?: string }> {
  p.ws.send(JSON.stringify({ type: 'command', id, command: cmd }));
  return until(() => p.messages.some((m) => m.type === 'result' && m.id === id), 2_000).then(() => {
    const m = p.messages.find((x) => x.type === 'result' && x.id === id) as Extract<
      ServerMessage,
      { type: 'result' }
    >;
    return m.result as { ok: boolean; status?: number; error?: string };
  });
}

describe('each token opens its own page, and a wrong one learns nothing', () => {
  it.each([
    ['presenter', '/presenter', 200],
    ['presenter', '/follow', 200],
    ['presenter', '/api/state', 200],
    ['remote', '/remote', 200],
    ['remote', '/presenter', 403],
    ['remote', '/api/state', 403],
    ['crew', '/crew', 200],
    ['crew', '/audience', 403],
    ['follower', '/follow', 200],
    ['follower', '/remote', 403],
    ['follower', '/delegate', 403],
    ['follower', '/index.html?view=presenter&x=1', 403],
    ['follower', '/api/deck', 403],
    ['follower', '/assets/app.js', 200],
  ] as const)('a %s token at %s: %i', async (role, path, status) => {
    const { host } = await serve();
    const joiner = path.includes('?') ? '&' : '?';
    expect((await rawGet(host.port, `${path}${joiner}token=${tokenOf(role)}`)).status).toBe(status);
  });

  it('answers a wrong token, a page its token does not open and a page that does not exist alike', async () => {
    const { host } = await serve();
    const answers = await Promise.all([
      rawGet(host.port, '/presenter?token=guess'),
      rawGet(host.port, '/no-such-page?token=guess'),
      rawGet(host.port, '/api/nothing?token=guess'),
      rawGet(host.port, `/presenter?token=${tokenOf('follower')}`),
      rawGet(host.port, '/crew'),
    ]);
    for (const answer of answers)
      expect(answer).toEqual({ status: 403, body: '{"error":"missing or wrong token"}' });
  });

  it('sends each token home from the bare host', async () => {
    const { host } = await serve();
    for (const [role, home] of [
      ['remote', '/remote'],
      ['follower', '/follow'],
      ['crew', '/crew'],
    ] as const) {
      const res = await fetch(`${host.url}/?token=${tokenOf(role)}`, { redirect: 'manual' });
      expect(res.headers.get('location')).toBe(`${home}?token=${tokenOf(role)}`);
    }
  });

  it('takes a page’s role from its token: a remote token cannot open a presenter socket', async () => {
    const { host } = await serve();
    await expect(connectPage(host, { view: 'presenter', token: tokenOf('remote') })).rejects.toThrow(/403/);
    await expect(connectPage(host, { view: 'remote', token: tokenOf('follower') })).rejects.toThrow(/403/);
    const remote = await page('remote', 'remote');
    expect(await command(remote, 1, { type: 'next' })).toEqual({ ok: true });
    expect(await command(remote, 2, { type: 'timer', action: 'reset' })).toMatchObject({ status: 403 });
    expect(await command(remote, 3, { type: 'mode', mode: 'rehearse' })).toMatchObject({ status: 403 });
  });
});

/** Every key anywhere in a JSON value. */
function keysIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysIn(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysIn(v, out);
    }
  return out;
}

describe('followers read and never command', () => {
  it('are sent the talk and where the speaker is, and nothing of the show besides', async () => {
    const { show } = await serve();
    show.session.setHostProblem('journal-unsaved', 'the disk is full');
    const presenter = await page('presenter');
    await command(presenter, 1, { type: 'cue', text: 'SECRET CUE' });
    await command(presenter, 2, { type: 'mode', mode: 'rehearse' });
    const follower = await page('follow', 'follower');
    await command(presenter, 3, { type: 'goto', index: 3 });
    await until(() => follower.messages.some((m) => m.type === 'follow-at' && m.at.index === 3), 2_000);
    expect(new Set(follower.messages.map((m) => m.type))).toEqual(new Set(['follow-deck', 'follow-at']));
    const text = JSON.stringify(follower.messages);
    expect(text).not.toMatch(/SECRET CUE|disk is full/);
    const keys = keysIn(follower.messages);
    for (const leak of [
      'cue',
      'cues',
      'problems',
      'problem',
      'keys',
      'rehearsal',
      'timer',
      'notice',
      'warnings',
      'pace',
      'state',
      'snapshot',
    ])
      expect(keys.has(leak), leak).toBe(false);
  });

  it('answers a follower’s command 403, and so does the API', async () => {
    const { host, show } = await serve();
    const follower = await page('follow', 'follower');
    expect(await command(follower, 1, { type: 'next' })).toMatchObject({ ok: false, status: 403 });
    const api = await rawPost(host.port, `/api/command?token=${tokenOf('follower')}`, { type: 'next' });
    expect(api.status).toBe(403);
    expect(show.session.current.index).toBe(0);
  });

  it('on loopback a page may still claim its view, and a follow page is still only a follower', async () => {
    const { host } = await serve(false);
    const follower = await connectPage(host, { view: 'follow' });
    live.pages.push(follower);
    expect(await command(follower, 1, { type: 'next' })).toMatchObject({ status: 403 });
    await until(() => follower.messages.some((m) => m.type === 'follow-deck'), 2_000);
  });
});

describe('cues reach the speaker, never the room', () => {
  it('sends a crew cue to the presenter and the remote, not to the audience or the delegate viewer', async () => {
    await serve();
    const presenter = await page('presenter');
    const remote = await page('remote', 'remote');
    const audience = await page('audience');
    const delegate = await page('delegate');
    const crew = await page('crew', 'crew');
    const hostile = '<img src=x onerror=alert(1)>Wrap up';
    expect(await command(crew, 1, { type: 'cue', text: hostile })).toEqual({ ok: true });
    expect(await command(crew, 2, { type: 'next' })).toMatchObject({ status: 403 });
    const sawCue = (p: Page) => p.messages.some((m) => m.type === 'state' && m.state.cue?.text === hostile);
    await until(() => sawCue(presenter) && sawCue(remote), 2_000);
    const api = await rawGet(live.served!.host.port, `/api/state?token=${tokenOf('presenter')}`);
    expect(JSON.parse(api.body)).toMatchObject({ cue: { id: 1, text: hostile, preset: null }, cues: [] });
    expect(await command(remote, 1, { type: 'cue-ack' })).toEqual({ ok: true });
    await until(() => presenter.messages.some((m) => m.type === 'state' && m.state.cues.length === 1), 2_000);
    for (const p of [audience, delegate]) {
      expect(p.messages.length).toBeGreaterThan(1);
      expect(JSON.stringify(p.messages)).not.toContain('onerror');
    }
  });
});

describe('links are replaced on request', () => {
  it('rotates one role: its old token stops at once and its pages are told so', async () => {
    const { host } = await serve();
    const oldFollower = tokenOf('follower');
    const oldRemote = tokenOf('remote');
    const follower = await page('follow', 'follower');
    let code = 0;
    follower.ws.on('close', (c) => (code = c));
    const answer = await rawPost(host.port, `/api/tokens?token=${tokenOf('presenter')}`, {
      rotate: 'follower',
    });
    expect(answer.status).toBe(200);
    const links = (JSON.parse(answer.body) as { links: Array<{ role: string; url: string; qr: string }> })
      .links;
    expect(links.find((l) => l.role === 'follower')!.url).not.toContain(oldFollower);
    expect(links.every((l) => l.qr.startsWith('data:image/svg+xml;base64,'))).toBe(true);
    await until(() => code === CLOSE_LINK_REPLACED, 2_000);
    expect((await rawGet(host.port, `/follow?token=${oldFollower}`)).status).toBe(403);
    expect((await rawGet(host.port, `/follow?token=${tokenOf('follower')}`)).status).toBe(200);
    expect(tokenOf('remote')).toBe(oldRemote);
  });

  it('lets only the presenter rotate, says what it takes, and has nothing to rotate on loopback', async () => {
    const { host } = await serve();
    expect((await rawPost(host.port, `/api/tokens?token=${tokenOf('crew')}`, { rotate: 'all' })).status).toBe(
      403,
    );
    const bad = await rawPost(host.port, `/api/tokens?token=${tokenOf('presenter')}`, { rotate: 'admin' });
    expect(bad.status).toBe(400);
    await live.served!.close();
    const local = await serve(false);
    expect((await rawPost(local.host.port, '/api/tokens', { rotate: 'all' })).status).toBe(409);
  });
});
