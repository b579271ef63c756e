/**
 * Only regular files whose real path is inside the speech's folder are served as its images
 * (issue #17, 3): a link beside the speech pointing out of it is refused, on loopback and on the
 * LAN, and a named pipe there never hangs the host.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeDeck } from '../../tests/helpers/decks';
import { makeFifo, unjamFifos } from '../../tests/helpers/fifo';
import { tempDir } from '../../tests/helpers/temp';
import { rawGet, serveDeck, type ServedDeck } from '../../tests/helpers/web-host';

let talk: string;
let served: ServedDeck | null = null;

beforeAll(() => {
  const root = tempDir('media');
  writeFileSync(join(root, 'secret.png'), 'outside the speech folder');
  talk = join(root, 'talk');
  mkdirSync(join(talk, 'media'), { recursive: true });
  writeFileSync(join(talk, 'chart.png'), 'png');
  writeFileSync(join(talk, 'media', 'inner.png'), 'inner png');
  // The attack: links beside the speech that point out of its folder.
  symlinkSync('/etc/passwd', join(talk, 'media', 'x.png'));
  symlinkSync(join(root, 'secret.png'), join(talk, 'secret.png'));
  symlinkSync(root, join(talk, 'up'));
  // A link that stays inside the folder is fine.
  symlinkSync(join(talk, 'media', 'inner.png'), join(talk, 'alias.png'));
  makeFifo(talk, 'pipe.png');
});

afterEach(async () => {
  await served?.close();
  served = null;
});
afterAll(unjamFifos);

describe.each([
  ['loopback', false],
  ['LAN', true],
])('images beside the speech (%s)', (_mode, lan) => {
  const get = async (path: string) => {
    served = await serveDeck(makeDeck(2), { speechPath: join(talk, 'talk.md'), lan });
    const token = served.host.token ? `?token=${served.host.token}` : '';
    return rawGet(served.host.port, `${path}${token}`);
  };

  it('serves an image in the folder, and through a link that stays in it', async () => {
    expect(await get('/media/chart.png')).toEqual({ status: 200, body: 'png' });
    await served!.close();
    expect(await get('/media/alias.png')).toEqual({ status: 200, body: 'inner png' });
  });

  it.each([
    ['a link to /etc/passwd', '/media/media/x.png'],
    ['a link to a file outside the folder', '/media/secret.png'],
    ['a file through a linked folder', '/media/up/secret.png'],
    ['a named pipe', '/media/pipe.png'],
  ])('refuses %s', async (_what, path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('root:');
  });
});
