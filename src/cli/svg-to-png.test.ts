import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfContainedSvg, svgToPng } from './svg-to-png';

const secret = join(import.meta.dirname, '../../resources/icon.png');
const hostile = `<!DOCTYPE svg [<!ENTITY p "${secret}">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="60">
  <defs><rect id="r" width="10" height="10" fill="#f2b632"/></defs>
  <image href="${secret}" width="60" height="60"/>
  <image xlink:href="file://${secret}" width="60" height="60"/>
  <image href="&p;" width="60" height="60"/>
  <image href="https://example.org/x.png" width="60" height="60"/>
  <use href="#r"/>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
</svg>`;

describe('SVG drawn for the PowerPoint file', () => {
  it('keeps nothing that reaches outside the file: no path, no file: or http: link, however spelled', async () => {
    const safe = (await selfContainedSvg(hostile))!;
    expect(safe).not.toContain(secret);
    expect(safe).not.toMatch(/file:|https?:\/\/example/);
    expect(safe).toContain('href="#r"');
    expect(safe).toContain('href="data:image/png;base64,');
  });
  it('draws a PNG twice the SVG’s size, and gives up on what is not SVG', async () => {
    const png = (await svgToPng(Buffer.from(hostile)))!;
    expect(Buffer.from(png.slice(1, 4)).toString()).toBe('PNG');
    expect(Buffer.from(png).readUInt32BE(16)).toBe(240);
    expect(await svgToPng(Buffer.from('<html>not svg</html>'))).toBeNull();
    expect(await svgToPng(Buffer.from('<svg'))).toBeNull();
  });
});
