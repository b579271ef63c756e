/**
 * SVG → PNG for the PowerPoint export on the command line, drawn by resvg (the renderer the icons
 * are made with). Only the CLI uses it: it runs where node_modules is, while the desktop app's
 * bundle cannot carry a native module.
 *
 * resvg would draw an `<image href="/home/…/photo.png">` from anywhere on the disk into the PNG,
 * so every link that is not inside the file (`#id`) or a `data:` image is taken out first, by a
 * real XML parser (jsdom), which has already decoded any entity that could hide a path. A browser
 * showing an SVG as an image loads nothing either: the PowerPoint file shows what the app shows.
 */
import { Resvg } from '@resvg/resvg-js';

/** Widest PNG drawn, px: sharp on a projector, small enough for a mail. */
const MAX_WIDTH = 1920;
const XLINK = 'http://www.w3.org/1999/xlink';

/** The SVG with every reference outside itself removed, or null when it is not well-formed SVG. */
export async function selfContainedSvg(svg: string): Promise<string | null> {
  // jsdom is loaded only for a deck with an SVG in it
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM(svg, { contentType: 'image/svg+xml' });
  const doc = window.document;
  if (doc.getElementsByTagName('parsererror').length || doc.documentElement?.localName !== 'svg') return null;
  const inside = (value: string) => /^\s*(#|data:image\/(?:png|jpeg|gif|webp);)/i.test(value);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of [...el.attributes])
      if (
        attr.localName === 'href' &&
        (attr.namespaceURI === XLINK || !attr.namespaceURI) &&
        !inside(attr.value)
      )
        el.removeAttributeNode(attr);
  }
  return new window.XMLSerializer().serializeToString(doc);
}

export async function svgToPng(svg: Uint8Array): Promise<Uint8Array | null> {
  try {
    const safe = await selfContainedSvg(Buffer.from(svg).toString('utf8'));
    if (!safe) return null;
    const probe = new Resvg(safe);
    const width = Math.min(MAX_WIDTH, Math.max(1, Math.round(probe.width * 2)));
    return new Resvg(safe, { fitTo: { mode: 'width', value: width } }).render().asPng();
  } catch {
    return null;
  }
}
