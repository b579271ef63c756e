import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/temp';
import { embedMedia, MEDIA_LIMITS, mediaSummary, withoutClips } from './embed-media';
import { readSpeechFile } from './speech-file';
import { deckToHtml } from './deck-html';

function speech(): string {
  const dir = tempDir('assets');
  const outside = tempDir('assets-outside');
  writeFileSync(join(dir, 'chart.png'), 'png');
  writeFileSync(join(dir, 'demo.webm'), Buffer.alloc(3000, 7));
  writeFileSync(join(outside, 'secret.mp4'), 'secret');
  symlinkSync(join(outside, 'secret.mp4'), join(dir, 'link.mp4'));
  const path = join(dir, 'talk.md');
  writeFileSync(
    path,
    '---\ntitle: T\n---\n\n# A\n\n![Chart](chart.png)\n\n![Gone](gone.png)\n\nSaid.\n\n# B\n\n![Demo](demo.webm)\n\n![Out](link.mp4)\n\nSaid too.\n',
  );
  return path;
}

describe('images and clips beside the speech', () => {
  it('each one that cannot be shown is a warning at its line when the speech is read', async () => {
    const deck = await readSpeechFile(speech());
    expect(deck.warnings.map((w) => [w.line, w.message])).toEqual([
      [9, 'image "gone.png" cannot be shown: no such file next to the speech'],
      [
        17,
        `video "link.mp4" cannot be shown: it is outside the speech's folder (links are followed to where they lead)`,
      ],
    ]);
  });
  it('clips travel into a file that plays them, with their size said; never into a handout', async () => {
    const path = speech();
    const deck = await readSpeechFile(path);
    const media = await embedMedia(deck, path, MEDIA_LIMITS, { clips: true });
    expect(media.clips).toEqual(['demo.webm']);
    expect(media.urls['demo.webm']).toMatch(/^data:video\/webm;base64,/);
    expect(media.clipBytes).toBe(3000);
    expect(mediaSummary(media)).toBe(', 1 image and 1 clip embedded (3 KB)');
    expect(media.warnings.map((w) => w.line)).toEqual([9, 17]);
    expect(Object.keys(withoutClips(media).urls)).toEqual(['chart.png']);
    const small = await embedMedia(deck, path, { ...MEDIA_LIMITS, perClip: 1000 }, { clips: true });
    expect(small.warnings.find((w) => w.line === 15)?.message).toBe(
      'clip "demo.webm" is not in the exported file: it is 3 KB; clips are limited to 1 KB each',
    );
    expect(Object.keys((await embedMedia(deck, path)).urls)).toEqual(['chart.png']);
    // the HTML deck carries the clip and plays it with its own controls; its policy allows data: clips only
    const html = deckToHtml(deck, { media });
    expect(html).toMatch(
      /<video src="data:video\/webm;base64,[^"]+" data-media="demo\.webm" data-clip="video" title="Demo" preload="metadata" controls=""/,
    );
    expect(html).toContain('media-src data:;');
  });
});
