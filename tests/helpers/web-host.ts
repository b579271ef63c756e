/**
 * The web host under test, at the HTTP and WebSocket level (no browser): a show of a made-up deck
 * served from a fake renderer folder, and raw requests whose Host header and path the test sets
 * exactly (fetch normalises both).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import WebSocket from 'ws';
import type { ServerMessage } from '../../src/core/contract';
import type { Deck } from '../../src/core/deck';
import { openShow, type Show } from '../../src/host/open-show';
import { startWebHost, type WebHost } from '../../src/server/web-host';
import type { UiLanguage } from '../../src/core/ui-language';
import { tempDir } from './temp';

/** A folder standing in for out/renderer: index.html and one script. */
export function fakeRenderer(root: string): string {
  const dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

export interface ServedDeck {
  host: WebHost;
  show: Show;
  close(): Promise<void>;
}

export interface ServeDeckOptions {
  /** Where the speech is said to be (its folder is where /media/ comes from). */
  speechPath: string;
  rendererDir?: string;
  /** Data folder (journal, rehearsals); default none: nothing is kept. */
  dataDir?: string | null;
  clock?: () => number;
  lan?: boolean;
  /** The pages' default interface language (`lectern serve --ui-lang`). */
  uiLanguage?: UiLanguage;
  /** Unsent bytes after which a page that does not read is dropped (the host's default otherwise). */
  maxBufferedBytes?: number;
}

/** Serves `deck` on a free port, assembled by openShow like every host (not followed on disk). */
export async function serveDeck(deck: Deck, options: ServeDeckOptions): Promise<ServedDeck> {
  const show = await openShow({
    speech: { path: options.speechPath, deck },
    dataDir: options.dataDir ?? null,
    follow: false,
    clock: options.clock,
  });
  const rendererDir = options.rendererDir ?? fakeRenderer(tempDir('renderer'));
  const host = await startWebHost({
    show,
    rendererDir,
    port: 0,
    lan: options.lan,
    uiLanguage: options.uiLanguage,
    maxBufferedBytes: options.maxBufferedBytes,
  }).catch(async (e) => {
    await show.close();
    throw e;
  });
  return {
    host,
    show,
    close: async () => {
      await host.close();
      await show.close();
    },
  };
}

export interface RawResponse {
  status: number;
  body: string;
}

/** A raw GET to 127.0.0.1, with the Host header and path exactly as given. */
export function rawGet(port: number, path: string, hostHeader = `127.0.0.1:${port}`): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: hostHeader } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

export interface Page {
  ws: WebSocket;
  messages: ServerMessage[];
}

/**
 * Connects a page's socket (`view` decides its role on loopback; on the LAN `token` does, default
 * the presenter's), from `origin` (default the host's own).
 */
export function connectPage(
  host: WebHost,
  options: { view?: string; origin?: string; token?: string; deck?: string } = {},
): Promise<Page> {
  const given = options.token ?? host.token;
  const token = given ? `&token=${given}` : '';
  const deck = options.deck ? `&deck=${encodeURIComponent(options.deck)}` : '';
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(
      `${host.url.replace('http', 'ws')}/ws?view=${options.view ?? 'presenter'}${token}${deck}`,
      {
        origin: options.origin ?? host.url,
      },
    );
    const messages: ServerMessage[] = [];
    ws.on('message', (data) => messages.push(JSON.parse(String(data)) as ServerMessage));
    ws.on('open', () => resolve({ ws, messages }));
    ws.on('error', reject);
    ws.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

/** A raw POST of JSON to 127.0.0.1 (the Host header is the host's own). */
export function rawPost(port: number, path: string, body: unknown): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        let answer = '';
        res.on('data', (chunk: Buffer) => (answer += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: answer }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** What a test served and opened, for closedAfterEach to close. */
export interface LiveHost {
  served: ServedDeck | null;
  pages: Page[];
}

/**
 * The deck a test serves and the pages it opens, closed after each test (call at the top of a
 * test file: it registers the afterEach).
 */
export function closedAfterEach(): LiveHost {
  const live: LiveHost = { served: null, pages: [] };
  afterEach(async () => {
    for (const page of live.pages.splice(0)) page.ws.terminate();
    await live.served?.close();
    live.served = null;
  });
  return live;
}
