import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHART_PNG, DIAGRAM_SVG } from '../../tests/helpers/every-block';
import { embedMedia, MEDIA_LIMITS, mediaSummary, NO_MEDIA, type EmbeddedMedia } from './embed-media';
import { readSpeechFile } from './speech-file';
import { tempDir } from '../../tests/helpers/temp';
import { makeFifo, unjamFifos } from '../../tests/helpers/fifo';

const root = tempDir('embed');
afterAll(async () => {
  await unjamFifos();
  rmSync(root, { recursive: true, force: true });
});

const outside = join(root, 'elsewhere');
mkdirSync(outside);
writeFileSync(join(outside, 'secret.png'), CHART_PNG);
writeFileSync(join(outside, 'id_rsa'), 'PRIVATE KEY');

/** A speech folder with one image slide per source in `images`; returns the speech and its lines. */
async function speechWith(name: string, images: string[], setup: (dir: string) => void = () => {}) {
  const dir = join(root, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'chart.png'), CHART_PNG);
  setup(dir);
  const lines = ['# Talk', '', 'Hello.', ''];
  const lineOf: Record<string, number> = {};
  for (const src of images) {
    lines.push(`# Slide for ${src}`, '');
    lineOf[src] = lines.length + 1;
    lines.push(`![image ${src}](${src})`, '', 'Said here.', '');
  }
  const speech = join(dir, 'talk.md');
  writeFileSync(speech, lines.join('\n'));
  return { speech, lineOf, deck: await readSpeechFile(speech) };
}

const refusal = (media: EmbeddedMedia, src: string) =>
  media.warnings.find((w) => w.message.startsWith(`image "${src}" is not in the exported file`));

describe('embedMedia', () => {
  it('embeds images from the speech folder as data: URLs, each once, and says how much', async () => {
    const { speech, deck } = await speechWith(
      'ok',
      ['chart.png', 'figures/diagram.svg', 'chart.png'],
      (dir) => {
        mkdirSync(join(dir, 'figures'));
        writeFileSync(join(dir, 'figures', 'diagram.svg'), DIAGRAM_SVG);
      },
    );
    const media = await embedMedia(deck, speech);
    expect(media.warnings).toEqual([]);
    expect(media.urls).toEqual({
      'chart.png': `data:image/png;base64,${CHART_PNG.toString('base64')}`,
      'figures/diagram.svg': `data:image/svg+xml;base64,${Buffer.from(DIAGRAM_SVG).toString('base64')}`,
    });
    expect(media.bytes).toBe(CHART_PNG.length + Buffer.byteLength(DIAGRAM_SVG));
    expect(mediaSummary(media)).toBe(', 2 images embedded (1 KB)');
    expect(mediaSummary(NO_MEDIA)).toBe('');
  });

  it('refuses what is missing, outside the folder (by path or by link), not a file or not an image, at its line', async () => {
    const absolute = join(outside, 'secret.png');
    const { speech, lineOf, deck } = await speechWith(
      'refused',
      [
        'missing.png',
        '../elsewhere/secret.png',
        absolute,
        'link-out.png',
        'folder.png',
        'pipe.png',
        'key.txt',
        'key-link.png',
        'link-in.png',
      ],
      (dir) => {
        symlinkSync(join(outside, 'secret.png'), join(dir, 'link-out.png'));
        mkdirSync(join(dir, 'folder.png'));
        makeFifo(dir, 'pipe.png'); // never waited on
        writeFileSync(join(dir, 'key.txt'), 'not an image');
        symlinkSync(join(dir, 'key.txt'), join(dir, 'key-link.png'));
        symlinkSync(join(dir, 'chart.png'), join(dir, 'link-in.png'));
      },
    );
    const media = await embedMedia(deck, speech);
    expect(Object.keys(media.urls)).toEqual(['link-in.png']);
    const expectations: Array<[string, RegExp]> = [
      ['missing.png', /no such file next to the speech/],
      ['../elsewhere/secret.png', /outside the speech's folder/],
      [absolute, /outside the speech's folder/],
      ['link-out.png', /outside the speech's folder/],
      ['folder.png', /not a regular file/],
      ['pipe.png', /not a regular file/],
      ['key.txt', /not an image type/],
      ['key-link.png', /not an image/],
    ];
    for (const [src, why] of expectations) {
      const warning = refusal(media, src);
      expect(warning, src).toMatchObject({
        severity: 'warning',
        file: 'talk.md',
        line: lineOf[src],
        column: 1,
      });
      expect(warning!.message, src).toMatch(why);
    }
    expect(media.warnings).toHaveLength(expectations.length);
    expect(JSON.stringify(media)).not.toContain(Buffer.from('PRIVATE KEY').toString('base64'));
  });

  it('follows the speech folder itself through a link', async () => {
    await speechWith('real', ['chart.png']);
    const linked = join(root, 'linked-folder');
    symlinkSync(join(root, 'real'), linked);
    const viaLink = join(linked, 'talk.md');
    const media = await embedMedia(await readSpeechFile(viaLink), viaLink);
    expect(media.warnings).toEqual([]);
    expect(Object.keys(media.urls)).toEqual(['chart.png']);
  });

  it('keeps to the size limits, per image and per file', async () => {
    const big = Buffer.alloc(3000, 1);
    const { speech, lineOf, deck } = await speechWith(
      'sizes',
      ['a.png', 'big.png', 'b.png', 'c.png'],
      (dir) => {
        for (const name of ['a.png', 'b.png', 'c.png']) writeFileSync(join(dir, name), Buffer.alloc(1000, 2));
        writeFileSync(join(dir, 'big.png'), big);
      },
    );
    const media = await embedMedia(deck, speech, { ...MEDIA_LIMITS, perImage: 2000, perFile: 2500 });
    expect(Object.keys(media.urls)).toEqual(['a.png', 'b.png']);
    expect(media.bytes).toBe(2000);
    expect(refusal(media, 'big.png')).toMatchObject({ line: lineOf['big.png'] });
    expect(refusal(media, 'big.png')!.message).toMatch(/it is 3 KB; images are limited to 2 KB each/);
    expect(refusal(media, 'c.png')).toMatchObject({ line: lineOf['c.png'] });
    expect(refusal(media, 'c.png')!.message).toMatch(/would pass 2 KB in all/);
  });
});
