import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeEveryBlockSpeech } from '../../tests/helpers/every-block';
import { embedMedia } from './embed-media';
import { deckToPptx } from './pptx';
import { conformSlideXml } from './pptx-conform';
import { readSpeechFile } from './speech-file';

describe('a .pptx PowerPoint opens without repairing it', () => {
  it('keeps one paragraph-properties element per paragraph, the first', () => {
    const xml =
      '<a:p><a:pPr marL="342900"><a:buChar char="•"/></a:pPr><a:r><a:t>one</a:t></a:r><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>two</a:t></a:r><a:pPr/><a:r><a:t>three</a:t></a:r></a:p><a:p><a:pPr algn="l"/><a:r><a:t>next</a:t></a:r></a:p>';
    expect(conformSlideXml(xml)).toBe(
      '<a:p><a:pPr marL="342900"><a:buChar char="•"/></a:pPr><a:r><a:t>one</a:t></a:r><a:r><a:t>two</a:t></a:r><a:r><a:t>three</a:t></a:r></a:p><a:p><a:pPr algn="l"/><a:r><a:t>next</a:t></a:r></a:p>',
    );
  });
  it('ends a background’s properties with its effects', () => {
    expect(conformSlideXml('<p:bgPr><a:solidFill><a:srgbClr val="0E2240"/></a:solidFill></p:bgPr>')).toBe(
      '<p:bgPr><a:solidFill><a:srgbClr val="0E2240"/></a:solidFill><a:effectLst/></p:bgPr>',
    );
    const done = '<p:bgPr><a:solidFill/><a:effectLst/></p:bgPr>';
    expect(conformSlideXml(done)).toBe(done);
  });
  it('holds for every slide and notes page of a real export with mixed formatting', async () => {
    const speech = writeEveryBlockSpeech();
    const deck = await readSpeechFile(speech);
    const zip = await JSZip.loadAsync(
      (await deckToPptx(deck, { media: await embedMedia(deck, speech) })).bytes,
    );
    const parts = Object.keys(zip.files).filter((p) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(p));
    expect(parts.length).toBe(2 * deck.slides.length);
    for (const part of parts) {
      const xml = await zip.file(part)!.async('string');
      for (const [, body] of xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        const props = body!.match(/<a:pPr\b/g) ?? [];
        expect(props.length, part).toBeLessThanOrEqual(1);
        if (props.length) expect(body!.startsWith('<a:pPr'), part).toBe(true);
      }
      for (const [, bg] of xml.matchAll(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g))
        expect(bg).toMatch(/<a:effectLst\/>$/);
      expect(xml).not.toMatch(/="(?:NaN|undefined|null)"/);
    }
  });
});
