/**
 * QR codes for the links that open the remote, crew and follow pages: drawn for the terminal
 * (`lectern serve --lan`) and as an SVG image (the desktop app's Phone remote window, the
 * `/connect` page). The code itself comes from `qrcode`; only the drawing of its modules into
 * terminal characters is ours, so the picture is dark on light whatever the terminal's colours.
 */
import QRCode from 'qrcode';

/** Light modules around the code (scanners need a quiet zone). */
const QUIET = 2;
const DARK_ON_LIGHT = '\u001b[30;47m';
const RESET = '\u001b[0m';

/**
 * The code for `text` as terminal lines: two modules per character cell (upper and lower half
 * blocks), black on white.
 */
export function terminalQr(text: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const dark = (row: number, col: number): boolean =>
    row >= 0 && col >= 0 && row < size && col < size && modules.get(row, col) === 1;
  const lines: string[] = [];
  for (let row = -QUIET; row < size + QUIET; row += 2) {
    let line = '';
    for (let col = -QUIET; col < size + QUIET; col++) {
      const top = dark(row, col);
      const bottom = dark(row + 1, col);
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
    }
    lines.push(`${DARK_ON_LIGHT}${line}${RESET}`);
  }
  return lines.join('\n') + '\n';
}

/** The code for `text` as an SVG image in a data: URL (the CSP allows data: images). */
export async function qrImage(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: QUIET });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
