/**
 * Makes the .pptx pptxgenjs writes conform to the Office Open XML schema where it does not
 * (pptxgenjs 4.0.1), so that PowerPoint opens it without its "found a problem with content"
 * repair prompt (LibreOffice and Keynote are lenient either way):
 *
 * - a paragraph (`<a:p>`) may hold one `<a:pPr>`, before its runs; pptxgenjs writes one before
 *   every run of a paragraph with mixed formatting (gitbrent/PptxGenJS#1083): the first is kept;
 * - a background's `<p:bgPr>` must end with its effects (`<a:effectLst/>`); pptxgenjs leaves
 *   them out of a solid colour background (gitbrent/PptxGenJS#1442).
 *
 * Both are fixed on the XML text of each slide, by patterns that match only what pptxgenjs
 * writes; pptx-conform.test.ts holds them to every slide part of a real export.
 */
import JSZip from 'jszip';

const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const PARAGRAPH_PROPERTIES = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;
const BACKGROUND = /<p:bgPr>([\s\S]*?)<\/p:bgPr>/g;

/** One slide's XML, conforming. */
export function conformSlideXml(xml: string): string {
  return xml
    .replace(PARAGRAPH, (_, body: string) => {
      let seen = false;
      const kept = body.replace(PARAGRAPH_PROPERTIES, (pPr) => {
        if (seen) return '';
        seen = true;
        return pPr;
      });
      return `<a:p>${kept}</a:p>`;
    })
    .replace(BACKGROUND, (whole, body: string) =>
      /<a:effect(?:Lst|Dag)\b/.test(body) ? whole : `<p:bgPr>${body}<a:effectLst/></p:bgPr>`,
    );
}

/** The whole file, every slide and notes page conforming. */
export async function conformPptx(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((p) =>
    /^ppt\/(?:slides|notesSlides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(p),
  );
  for (const part of parts) {
    const xml = await zip.file(part)!.async('string');
    const fixed = conformSlideXml(xml);
    if (fixed !== xml) zip.file(part, fixed);
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}
