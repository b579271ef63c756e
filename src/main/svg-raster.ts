/**
 * SVG → PNG in the desktop app, for the PowerPoint file (Keynote, LibreOffice and PowerPoint
 * before 2019 show only the PNG a .pptx carries). Chromium draws it in a hidden window with
 * script off, as an `<img>`: an SVG shown as an image loads nothing, so the PNG holds the drawing
 * and nothing from the disk or the network.
 */
import { BrowserWindow } from 'electron';
import imageSize from 'image-size';

/** Widest PNG drawn, px. */
const MAX_WIDTH = 1920;

export async function rasteriseSvg(svg: Uint8Array): Promise<Uint8Array | null> {
  let size: { width?: number; height?: number };
  try {
    size = imageSize(svg);
  } catch {
    return null;
  }
  if (!size.width || !size.height) return null;
  const scale = Math.min(2, MAX_WIDTH / size.width);
  const width = Math.max(1, Math.round(size.width * scale));
  const height = Math.max(1, Math.round(size.height * scale));
  const window = new BrowserWindow({
    show: false,
    width,
    height,
    useContentSize: true,
    transparent: true,
    frame: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      offscreen: true,
      webSecurity: true,
      navigateOnDragDrop: false,
      // nothing to click in a hidden picture, and a middle-click must never ask for a window
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const page = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"><body style="margin:0;background:transparent"><img src="${src}" width="${width}" height="${height}" style="display:block"></body>`;
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(page)}`);
    const image = await window.webContents.capturePage({ x: 0, y: 0, width, height });
    return image.isEmpty() ? null : new Uint8Array(image.toPNG());
  } catch {
    return null;
  } finally {
    window.destroy();
  }
}
