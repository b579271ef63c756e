import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDeck } from '../../tests/helpers/decks';
import { decodeQrImage } from '../../tests/helpers/qr-decode';
import { tempDir } from '../../tests/helpers/temp';
import { fakeRenderer, rawGet } from '../../tests/helpers/web-host';
import { openShow, type Show } from '../host/open-show';
import { startWebHost } from '../server/web-host';
import { lanRemote, type LanRemote } from './lan-remote';

let show: Show | null = null;
let remote: LanRemote | null = null;
afterEach(async () => {
  await remote?.stop();
  await show?.close();
  show = null;
  remote = null;
});

async function setUp(port = 0): Promise<LanRemote> {
  show = await openShow({
    speech: { path: join(tempDir('lan-remote'), 'talk.md'), deck: makeDeck(4) },
    dataDir: null,
    follow: false,
  });
  const rendererDir = fakeRenderer(tempDir('renderer'));
  remote = lanRemote({
    port,
    startHost: (p) => startWebHost({ show: show!, rendererDir, port: p, lan: true }),
  });
  return remote;
}

const portOf = (url: string): number => Number(new URL(url).port);
const pathOf = (url: string): string => new URL(url).pathname + new URL(url).search;

describe('the Phone remote window’s LAN pages', () => {
  it('serves nothing until asked, then links whose QR codes open them, then nothing again', async () => {
    const lan = await setUp();
    expect(await lan.status()).toEqual({ running: false, links: [], problem: null });
    const started = await lan.start();
    expect(started.running).toBe(true);
    expect(started.links.map((l) => l.role)).toEqual(['presenter', 'remote', 'crew', 'follower']);
    const remoteLink = started.links.find((l) => l.role === 'remote')!;
    expect(decodeQrImage(remoteLink.qr)).toBe(remoteLink.url);
    const port = portOf(remoteLink.url);
    expect((await rawGet(port, pathOf(remoteLink.url))).status).toBe(200);
    await lan.stop();
    // (a kept-alive connection from before may be hung up first; a new one is refused)
    await rawGet(port, pathOf(remoteLink.url)).catch(() => undefined);
    await expect(rawGet(port, pathOf(remoteLink.url))).rejects.toThrow(/ECONNREFUSED/);
  });

  it('replaces links on request: the old one stops working at once', async () => {
    const lan = await setUp();
    const before = (await lan.start()).links.find((l) => l.role === 'follower')!;
    const after = (await lan.rotate('follower')).links.find((l) => l.role === 'follower')!;
    expect(after.url).not.toBe(before.url);
    const port = portOf(after.url);
    expect((await rawGet(port, pathOf(before.url))).status).toBe(403);
    expect((await rawGet(port, pathOf(after.url))).status).toBe(200);
  });

  it('takes any free port when the usual one is taken, and says why when it cannot start at all', async () => {
    const other = await setUp();
    const taken = portOf((await other.start()).links[0]!.url);
    const second = lanRemote({
      port: taken,
      startHost: (p) =>
        startWebHost({ show: show!, rendererDir: fakeRenderer(tempDir('r2')), port: p, lan: true }),
    });
    const started = await second.start();
    expect(started.running).toBe(true);
    expect(portOf(started.links[0]!.url)).not.toBe(taken);
    await second.stop();
    const broken = lanRemote({ startHost: () => Promise.reject(new Error('no network')) });
    expect(await broken.start()).toEqual({
      running: false,
      links: [],
      problem: 'The phone remote could not start: no network',
    });
  });
});
