/**
 * Reads QR codes back, as a phone's camera would: the terminal drawing turned into pixels, or the
 * SVG image rendered, then decoded with jsQR. Tests use it to prove a printed code opens the link.
 */
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Turns the terminal drawing back into pixels (8 per module, black on white), as a camera would see it. */
export function decodeTerminalQr(printed: string): string | null {
  const rows = printed
    // eslint-disable-next-line no-control-regex -- the terminal's colour codes
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => line.length > 0)
    .flatMap((line) => {
      const cells = Array.from(line);
      return [cells.map((c) => c === '█' || c === '▀'), cells.map((c) => c === '█' || c === '▄')];
    });
  const scale = 8;
  const width = rows[0]!.length * scale;
  const height = rows.length * scale;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const value = rows[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      data.set([value, value, value, 255], (y * width + x) * 4);
    }
  return jsQR(data, width, height)?.data ?? null;
}

/** Renders an SVG data URL and reads the code in it. */
export function decodeQrImage(dataUrl: string): string | null {
  const svg = Buffer.from(dataUrl.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('utf8');
  const png = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: 400 } }).render().asPng());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
