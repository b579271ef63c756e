/**
 * Clips beside the speech served by ranges (host/media-range.ts): a browser seeks a video and
 * starts it without loading it all. The same rules as images: only real files in the folder.
 */
import { request } from 'node:http';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeDeck } from '../../tests/helpers/decks';
import { tempDir } from '../../tests/helpers/temp';
import { serveDeck, type ServedDeck } from '../../tests/helpers/web-host';
import { parseRange } from '../host/media-range';

let talk: string;
let served: ServedDeck | null = null;
const BYTES = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));

beforeAll(() => {
  const root = tempDir('clips');
  talk = join(root, 'talk');
  mkdirSync(talk);
  writeFileSync(join(talk, 'demo.mp4'), BYTES);
  writeFileSync(join(talk, 'bell.mp3'), BYTES.subarray(0, 10));
  writeFileSync(join(talk, 'brand.woff2'), 'font');
  writeFileSync(join(root, 'secret.mp4'), 'outside');
  symlinkSync(join(root, 'secret.mp4'), join(talk, 'secret.mp4'));
  writeFileSync(join(talk, 'notes.txt'), 'private');
});
afterEach(async () => {
  await served?.close();
  served = null;
});

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const port = served!.host.port;
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: { Host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('clips beside the speech, by ranges', () => {
  const serve = async () => {
    served = await serveDeck(makeDeck(2), { speechPath: join(talk, 'talk.md') });
  };
  it('serves the whole file, saying it takes ranges', async () => {
    await serve();
    const r = await get('/media/demo.mp4');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('video/mp4');
    expect(r.headers['accept-ranges']).toBe('bytes');
    expect(r.headers['content-length']).toBe('1000');
    expect(r.body.equals(BYTES)).toBe(true);
  });
  it.each([
    ['bytes=0-99', 0, 99],
    ['bytes=900-', 900, 999],
    ['bytes=-10', 990, 999],
    ['bytes=990-5000', 990, 999],
  ])('answers %s with 206 and exactly those bytes', async (range, start, end) => {
    await serve();
    const r = await get('/media/demo.mp4', { Range: range });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes ${start}-${end}/1000`);
    expect(r.headers['content-length']).toBe(String(end - start + 1));
    expect(r.body.equals(BYTES.subarray(start, end + 1))).toBe(true);
  });
  it('answers a range past the end with 416, and HEAD with the headers alone', async () => {
    await serve();
    const past = await get('/media/demo.mp4', { Range: 'bytes=1000-' });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe('bytes */1000');
    const head = await get('/media/bell.mp3', { Range: 'bytes=0-3' }, 'HEAD');
    expect([
      head.status,
      head.headers['content-type'],
      head.headers['content-range'],
      head.body.length,
    ]).toEqual([206, 'audio/mpeg', 'bytes 0-3/10', 0]);
  });
  it('serves a CSS font; refuses a link out of the folder and what a speech does not show', async () => {
    await serve();
    expect((await get('/media/brand.woff2')).status).toBe(200);
    expect((await get('/media/secret.mp4')).status).toBe(404);
    expect((await get('/media/notes.txt')).status).toBe(404);
    expect((await get('/media/..%2fsecret.mp4', { Range: 'bytes=0-' })).status).toBe(404);
  });
});

describe('parseRange', () => {
  it.each([
    [undefined, null],
    ['bytes=0-0', { start: 0, end: 0 }],
    ['bytes=5-', { start: 5, end: 99 }],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=-500', { start: 0, end: 99 }],
    ['bytes=100-', 'unsatisfiable'],
    ['bytes=10-5', 'unsatisfiable'],
    ['bytes=0-1,5-6', null],
    ['items=0-1', null],
    ['bytes=-', null],
  ])('%j of 100 bytes is %j', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });
});
