/**
 * The web host on a LAN (issue #17, 7): the Host header is checked in LAN mode too, the token is
 * compared in constant time, an oversized body is answered 413 without being read to the end,
 * and one client flooding commands cannot starve the others: it is limited, and a viewer that
 * stops reading is dropped rather than held in memory.
 */
import { connect as connectTcp } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../core/contract';
import { makeDeck } from '../../tests/helpers/decks';
import { tempDir } from '../../tests/helpers/temp';
import {
  connectPage,
  rawGet,
  serveDeck,
  type Page,
  type ServedDeck,
  closedAfterEach,
} from '../../tests/helpers/web-host';
import { until } from '../../tests/helpers/until';
import { allowedHosts, tokenMatches } from './access';
import type { WebHostOptions } from './web-host';

/** The deck served and the pages opened by each test, closed after it. */
const live = closedAfterEach();

async function serve(options: Partial<WebHostOptions> & { lan?: boolean } = {}): Promise<ServedDeck> {
  live.served = await serveDeck(makeDeck(5), { speechPath: join(tempDir('lan'), 'talk.md'), ...options });
  return live.served;
}

async function page(view = 'presenter'): Promise<Page> {
  const opened = await connectPage(live.served!.host, { view });
  live.pages.push(opened);
  return opened;
}

describe('who may ask', () => {
  it('checks the Host header in LAN mode too (DNS rebinding), against the addresses it listens on', async () => {
    const { host } = await serve({ lan: true });
    const path = `/api/state?token=${host.token}`;
    expect((await rawGet(host.port, path, `evil.example:${host.port}`)).status).toBe(403);
    expect((await rawGet(host.port, path, `127.0.0.1:${host.port}`)).status).toBe(200);
    expect((await rawGet(host.port, path, `127.0.0.1:${host.port + 1}`)).status).toBe(403);
    const lanHosts = allowedHosts(host.port, true);
    for (const name of lanHosts) expect((await rawGet(host.port, path, name)).status).toBe(200);
  });

  it('names every IPv4 address it listens on, its host name, and loopback', () => {
    const interfaces = {
      eth0: [
        { address: '192.168.1.20', family: 'IPv4', internal: false },
        { address: 'fe80::1', family: 'IPv6', internal: false },
      ],
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
    } as unknown as ReturnType<typeof import('node:os').networkInterfaces>;
    expect([...allowedHosts(4317, true, interfaces, 'Stage-Laptop')].sort()).toEqual(
      [
        '127.0.0.1:4317',
        '192.168.1.20:4317',
        '[::1]:4317',
        'localhost:4317',
        'stage-laptop.local:4317',
        'stage-laptop:4317',
      ].sort(),
    );
    expect([...allowedHosts(4317, false, interfaces, 'Stage-Laptop')]).not.toContain('192.168.1.20:4317');
  });

  it('compares tokens whatever their length, without throwing', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('ab', 'abc')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
    expect(tokenMatches(null, 'abc')).toBe(false);
  });
});

/** Sends a POST whose body never ends; resolves with the host's first answer, if any. */
function postEndless(port: number, headers: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (data) => (answer += data.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
    socket.write(
      `POST /api/command HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n${headers}\r\n`,
    );
    // 64 KB of body, then nothing more: a host that waits for the end never answers.
    socket.write(Buffer.alloc(64 * 1024, 0x20));
  });
}

describe('oversized commands', () => {
  it('answers 413 at once from a Content-Length too large, and closes', async () => {
    const { host } = await serve();
    const answer = await postEndless(host.port, 'Content-Length: 100000000\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/command body over 16384 bytes/);
  });

  it('answers 413 as soon as a chunked body passes the limit, and closes', async () => {
    const { host } = await serve();
    const chunk = `4000\r\n${' '.repeat(0x4000)}\r\n`;
    const answer = await new Promise<string>((resolve) => {
      const socket = connectTcp(host.port, '127.0.0.1');
      let text = '';
      socket.on('data', (data) => (text += data.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
      socket.write(
        `POST /api/command HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
      );
      for (let i = 0; i < 4; i++) socket.write(chunk);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  });
});

const states = (p: Page): Extract<ServerMessage, { type: 'state' }>[] =>
  p.messages.filter((m): m is Extract<ServerMessage, { type: 'state' }> => m.type === 'state');

describe('one client cannot starve the others', () => {
  it('a client sending 5,000 commands is limited, and 200 viewers still follow the show in order', async () => {
    await serve();
    const viewers = await Promise.all(Array.from({ length: 200 }, () => page('audience')));
    const flooder = await page('presenter');
    const probe = await page('presenter');
    for (let id = 1; id <= 5_000; id++)
      flooder.ws.send(JSON.stringify({ type: 'command', id, command: { type: id % 2 ? 'next' : 'prev' } }));
    // Every command is answered, most of them "too many".
    await until(() => flooder.messages.filter((m) => m.type === 'result').length === 5_000, 3_000);
    const results = flooder.messages.flatMap((m) => (m.type === 'result' ? [m.result] : []));
    const accepted = results.filter((r) => r.ok).length;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(500);
    expect(results.find((r) => !r.ok)).toMatchObject({
      status: 429,
      error: expect.stringMatching(/too many/),
    });

    // The show is still the speaker's: a command from another page reaches every viewer.
    probe.ws.send(JSON.stringify({ type: 'command', id: 1, command: { type: 'goto', index: 4 } }));
    await until(() => probe.messages.some((m) => m.type === 'result' && m.id === 1), 3_000);
    const revision = live.served!.show.session.current.revision;
    await until(() => viewers.every((v) => states(v).some((s) => s.state.revision === revision)), 3_000);
    for (const viewer of viewers) {
      const seen = states(viewer).map((s) => s.state.revision);
      expect(seen).toEqual([...seen].sort((a, b) => a - b)); // in order, none twice
      expect(new Set(seen).size).toBe(seen.length);
      expect(states(viewer).at(-1)!.state.index).toBe(4);
    }
  }, 30_000);

  it('drops a viewer that stops reading instead of queueing for it without end', async () => {
    await serve({ maxBufferedBytes: 1024 * 1024 });
    const { session } = live.served!.show;
    const stuck = await page('audience');
    const reader = await page('audience');
    let closed = false;
    stuck.ws.on('close', () => (closed = true));
    const views = session.viewCount;
    // The stuck page's socket stops reading: what the host sends it piles up, past what the
    // system's socket buffers hold (a few MB), in the host's memory.
    (stuck.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const decks = [makeDeck(1_000, 'a'), makeDeck(1_000, 'b')]; // about 270 KB of JSON each
    for (let i = 0; i < 60; i++) session.replaceDeck(decks[i % 2]!);
    await until(() => session.viewCount === views - 1, 1_000); // the stuck page is gone
    // The reader page may have been sent fewer snapshots (it was behind for a moment), but it ends
    // with the show as it is.
    await until(() => {
      const last = reader.messages.findLast((m) => m.type === 'snapshot');
      return last?.type === 'snapshot' && last.snapshot.deck.sourceId === decks[1]!.sourceId;
    }, 1_000);
    (stuck.ws as unknown as { _socket: { resume(): void } })._socket.resume();
    await until(() => closed, 1_000);
  });
});
