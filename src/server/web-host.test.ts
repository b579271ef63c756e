import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../core/contract';
import type { Deck } from '../core/deck';
import type { ShowSession } from '../host/show-session';
import type { RehearsalReport } from '../core/rehearsal-report';
import { makeDeck } from '../../tests/helpers/decks';
import type { WebHost } from './web-host';
import { tempDir } from '../../tests/helpers/temp';
import { connectPage, rawGet, serveDeck, type ServedDeck } from '../../tests/helpers/web-host';
import { deckTag } from '../host/deck-tag';
import { until } from '../../tests/helpers/until';

let rendererDir: string;
let speechDir: string;

beforeAll(() => {
  const root = tempDir('host');
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  speechDir = join(root, 'talk');
  mkdirSync(speechDir);
  writeFileSync(join(speechDir, 'chart.png'), 'png');
  writeFileSync(join(speechDir, 'notes.txt'), 'private');
});

let served: ServedDeck | null = null;

afterEach(async () => {
  await served?.close();
  served = null;
});

/** A show of `deck` from talk/talk.md (not followed on disk); `dataDir` keeps its journal and rehearsals. */
async function serve(
  deck: Deck,
  options: { clock?: () => number; dataDir?: string; lan?: boolean; uiLanguage?: 'ru' } = {},
): Promise<{ host: WebHost; session: ShowSession }> {
  served = await serveDeck(deck, { speechPath: join(speechDir, 'talk.md'), rendererDir, ...options });
  return { host: served.host, session: served.show.session };
}

function start(count = 5, lan = false): Promise<{ host: WebHost; session: ShowSession }> {
  return serve(makeDeck(count), { lan });
}

async function getJson(url: string): Promise<unknown> {
  return (await fetch(url)).json();
}

function post(url: string, body: string, type = 'application/json'): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': type }, body });
}

describe('stage-crew API', () => {
  it('GET /api/state describes the show', async () => {
    const { host } = await start();
    const state = await getJson(`${host.url}/api/state`);
    expect(state).toMatchObject({
      index: 0,
      count: 5,
      title: 'test slide 1',
      nextTitle: 'test slide 2',
      blackout: false,
      timer: { running: false, elapsedMs: 0 },
    });
  });

  it('POST /api/command drives the session and answers with the new state', async () => {
    const { host, session } = await start();
    const res = await post(`${host.url}/api/command`, '{"type":"goto","index":3}');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { index: number }).index).toBe(3);
    await post(`${host.url}/api/command`, '{"type":"blackout"}');
    await post(`${host.url}/api/command`, '{"type":"timer","action":"start"}');
    expect(session.current).toMatchObject({ index: 3, screen: 'black' });
    const state = (await getJson(`${host.url}/api/state`)) as { timer: { running: boolean } };
    expect(state.timer.running).toBe(true);
  });

  it.each([
    ['{"type":"jump"}', /invalid command/],
    ['{"type":"goto","index":"x"}', /index/],
    ['{"type":"goto"}', /index/],
    ['not json', /not valid JSON/],
    ['{"type":"timer","action":"explode"}', /action/],
    ['{"type":"goto","index":5}', /there is no slide 6: the deck has 5/],
  ])('answers 400 to %s and changes nothing', async (body, message) => {
    const { host, session } = await start();
    const before = session.current;
    const res = await post(`${host.url}/api/command`, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
    expect(session.current).toBe(before);
  });

  it('refuses commands that are not JSON-typed (so no web page can post one without a CORS preflight)', async () => {
    const { host, session } = await start();
    const res = await post(`${host.url}/api/command`, '{"type":"next"}', 'text/plain');
    expect(res.status).toBe(415);
    expect(session.current.index).toBe(0);
  });

  it('refuses oversized bodies and wrong methods', async () => {
    const { host } = await start();
    expect(
      (await post(`${host.url}/api/command`, JSON.stringify({ type: 'next', pad: 'x'.repeat(20_000) })))
        .status,
    ).toBe(413);
    expect((await fetch(`${host.url}/api/command`)).status).toBe(405);
    expect((await fetch(`${host.url}/api/nothing`)).status).toBe(404);
  });
});

describe('pages and files', () => {
  it('serves the renderer for /audience and /presenter with a strict CSP', async () => {
    const { host } = await start();
    for (const page of ['audience', 'presenter']) {
      const res = await fetch(`${host.url}/${page}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
    expect((await fetch(`${host.url}/assets/app.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect(await (await fetch(`${host.url}/presenter`)).text()).not.toContain('lectern-ui-lang');
  });

  it('gives every page the interface language of `serve --ui-lang` as its default', async () => {
    const { host } = await serve(makeDeck(3), { uiLanguage: 'ru' });
    for (const page of ['presenter', 'delegate', 'report']) {
      const text = await (await fetch(`${host.url}/${page}`)).text();
      expect(
        text.startsWith('<!doctype html><meta name="lectern-ui-lang" content="ru"><title>t</title>'),
      ).toBe(true);
      // the presenter's page carries its first snapshot too (host/first-page.tsx); the others do not
      expect(text.includes('id="lectern-first-snapshot"')).toBe(page === 'presenter');
    }
    expect(await (await fetch(`${host.url}/assets/app.js`)).text()).toBe('console.log(1)');
  });

  it('never serves files outside the renderer, and only images from the speech folder', async () => {
    const { host } = await start();
    expect((await rawGet(host.port, '/../secret.txt')).status).toBe(404);
    expect((await rawGet(host.port, '/%2e%2e/secret.txt')).status).toBe(404);
    expect((await rawGet(host.port, '/assets/..%2f..%2fsecret.txt')).status).toBe(404);
    expect((await rawGet(host.port, '/media/chart.png')).status).toBe(200);
    expect((await rawGet(host.port, '/media/notes.txt')).status).toBe(404);
    expect((await rawGet(host.port, '/media/..%2f..%2fsecret.txt')).status).toBe(404);
  });

  it('answers only to loopback host names (DNS rebinding)', async () => {
    const { host } = await start();
    expect((await rawGet(host.port, '/api/state', `evil.example:${host.port}`)).status).toBe(403);
    expect((await rawGet(host.port, '/api/state', `localhost:${host.port}`)).status).toBe(200);
  });

  it('in LAN mode, requires the token', async () => {
    const { host } = await start(5, true);
    expect(host.token).toMatch(/^[\w-]{20,}$/);
    expect((await fetch(`${host.url}/api/state`)).status).toBe(403);
    expect((await fetch(`${host.url}/api/state?token=wrong`)).status).toBe(403);
    const ok = await fetch(`${host.url}/api/state?token=${host.token}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toContain('HttpOnly');
  });
});

describe('WebSocket bridge', () => {
  it('sends the snapshot on connect, relays commands, and broadcasts to every page', async () => {
    const { host } = await start();
    const a = await connectPage(host);
    const b = await connectPage(host);
    await until(() => a.messages.length > 0 && b.messages.length > 0);
    expect(a.messages[0]).toMatchObject({ type: 'snapshot', snapshot: { state: { index: 0, count: 5 } } });
    a.ws.send(JSON.stringify({ type: 'command', command: { type: 'next' } }));
    await until(() => b.messages.some((m) => m.type === 'state' && m.state.index === 1));
    await until(() => a.messages.some((m) => m.type === 'state' && m.state.index === 1));
    a.ws.close();
    b.ws.close();
  });

  it('a page that names the deck it holds is sent everything but that deck; a wrong or stale name, the whole deck', async () => {
    const { host, session } = await start();
    const tag = deckTag(session.snapshot().deck);
    await session.submit({ type: 'cue', preset: 'wrap' }, 'crew');
    const first = await connectPage(host);
    await until(() => first.messages.length > 0);
    expect(first.messages[0]).toMatchObject({ type: 'snapshot', deckTag: tag });
    const holder = await connectPage(host, { deck: tag });
    const audience = await connectPage(host, { view: 'audience', deck: tag });
    const stranger = await connectPage(host, { deck: 'f'.repeat(32) });
    const junk = await connectPage(host, { deck: '"><script>' });
    await until(() => [holder, audience, stranger, junk].every((p) => p.messages.length > 0));
    for (const page of [holder, audience]) {
      const message = page.messages[0]!;
      expect(message).toMatchObject({
        type: 'snapshot-same-deck',
        deckTag: tag,
        snapshot: { state: { count: 5 } },
      });
      expect(JSON.stringify(message)).not.toContain('"slides"');
    }
    // the audience's is the audience's projection, like its whole snapshots (no cues)
    expect(holder.messages[0]).toMatchObject({ snapshot: { state: { cue: { preset: 'wrap' } } } });
    expect(audience.messages[0]).toMatchObject({ snapshot: { state: { cue: null, cues: [] } } });
    for (const page of [stranger, junk]) {
      expect(page.messages[0]).toMatchObject({
        type: 'snapshot',
        deckTag: tag,
        snapshot: { deck: { slides: expect.any(Array) } },
      });
    }
    // only the first snapshot is spared: later ones come whole as ever
    holder.ws.send(JSON.stringify({ type: 'command', command: { type: 'next' } }));
    await until(() => holder.messages.some((m) => m.type === 'state' && m.state.index === 1));
    for (const page of [first, holder, audience, stranger, junk]) page.ws.close();
  });

  it('answers a bad message with an error and changes nothing', async () => {
    const { host, session } = await start();
    const a = await connectPage(host);
    a.ws.send('{"type":"command","command":{"type":"goto","index":-3}}');
    await until(() => a.messages.some((m) => m.type === 'error'));
    expect(session.current.index).toBe(0);
    a.ws.close();
  });

  it('answers each command by its id, as every transport does: 400, 403 for the view, 409, ok', async () => {
    const { host, session } = await start(3);
    const presenter = await connectPage(host);
    const audience = await connectPage(host, { view: 'audience' });
    const delegate = await connectPage(host, { view: 'delegate' });
    const results = (c: { messages: ServerMessage[] }) =>
      new Map(c.messages.flatMap((m) => (m.type === 'result' ? [[m.id, m.result] as const] : [])));
    presenter.ws.send(JSON.stringify({ type: 'command', id: 1, command: { type: 'goto', index: 7 } }));
    presenter.ws.send(
      JSON.stringify({ type: 'command', id: 2, command: { type: 'rehearsal', action: 'finish' } }),
    );
    audience.ws.send(JSON.stringify({ type: 'command', id: 3, command: { type: 'timer', action: 'reset' } }));
    audience.ws.send(JSON.stringify({ type: 'command', id: 4, command: { type: 'next' } }));
    delegate.ws.send(JSON.stringify({ type: 'command', id: 5, command: { type: 'next' } }));
    await until(
      () => results(presenter).size === 2 && results(audience).size === 2 && results(delegate).size === 1,
    );
    expect(results(presenter).get(1)).toMatchObject({
      ok: false,
      status: 400,
      error: /no slide 8: the deck has 3/,
    });
    expect(results(presenter).get(2)).toMatchObject({ ok: false, status: 409 });
    expect(results(audience).get(3)).toMatchObject({ ok: false, status: 403 });
    expect(results(audience).get(4)).toEqual({ ok: true });
    expect(results(delegate).get(5)).toMatchObject({ ok: false, status: 403 });
    expect(session.current.index).toBe(1);
    for (const c of [presenter, audience, delegate]) c.ws.close();
  });

  it('refuses sockets from other origins', async () => {
    const { host } = await start();
    await expect(connectPage(host, { origin: 'http://evil.example' })).rejects.toThrow(/403/);
  });
});

describe('pacing and rehearsals over the API', () => {
  it('GET /api/state carries the plan, the pace and the mode', async () => {
    let now = 1_000_000;
    const { host } = await serve(makeDeck(3), { clock: () => now });
    await post(`${host.url}/api/command`, '{"type":"next"}');
    now += 10_000;
    const state = (await getJson(`${host.url}/api/state`)) as Record<string, unknown>;
    // each test slide is 6 words, ~2.77 s at 130 wpm. Slide 2 was entered 2.77 s early and has
    // run 7.23 s over: 4.46 s behind, which is "on time".
    expect(state).toMatchObject({
      mode: 'present',
      speakingMs: 10_000,
      slideElapsedMs: 10_000,
      pace: 'on-time',
    });
    expect(state.plannedMs).toMatchObject({ talk: 8_308 });
    expect(Math.abs((state.deltaMs as number) - 4_462)).toBeLessThanOrEqual(1);
    expect(state.projectedEndMs).toBeGreaterThan(now);
    expect(state.rate).toEqual({ wpm: 130, source: 'default' });
  });

  it('mode and rehearsal commands: 400 when malformed, 409 when they do not apply', async () => {
    const dir = tempDir('api-rehearsals');
    let now = 5_000_000;
    const { host } = await serve(makeDeck(3), { clock: () => now, dataDir: dir });
    expect((await post(`${host.url}/api/command`, '{"type":"mode","mode":"nap"}')).status).toBe(400);
    expect((await post(`${host.url}/api/command`, '{"type":"rehearsal","action":"finish"}')).status).toBe(
      409,
    );
    expect((await post(`${host.url}/api/command`, '{"type":"mode","mode":"rehearse"}')).status).toBe(200);
    expect((await post(`${host.url}/api/command`, '{"type":"mode","mode":"qa"}')).status).toBe(409);
    now += 3_000;
    await post(`${host.url}/api/command`, '{"type":"next"}');
    now += 4_000;
    const done = await post(`${host.url}/api/command`, '{"type":"rehearsal","action":"finish"}');
    expect(((await done.json()) as { mode: string }).mode).toBe('present');
    await served!.show.rehearsals!.settled();
    const report = (await getJson(`${host.url}/api/rehearsals`)) as RehearsalReport;
    expect(report.runs).toHaveLength(1);
    expect(report.runs[0]).toMatchObject({ startedAt: 5_000_000, totalMs: 7_000, ending: 'finished' });
    expect(report.runs[0]!.slides.map((s) => s.spentMs)).toEqual([3_000, 4_000, 0]);
    const csv = await fetch(`${host.url}/api/rehearsals.csv`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
    expect(new TextDecoder().decode(bytes).trim().split('\r\n')).toHaveLength(4);
  });

  it('says plainly when rehearsals are not kept', async () => {
    await start();
    expect((await fetch(`${served!.host.url}/api/rehearsals`)).status).toBe(404);
    expect((await rawGet(served!.host.port, '/report')).status).toBe(200);
  });
});
