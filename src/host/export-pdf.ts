/**
 * Prints a deck's handout (handout.ts) to PDF in headless Chromium, through Playwright (never a
 * downloaded browser: the system's Chromium or Chrome, or the one `CHROMIUM_PATH` names). The page
 * is loaded from a temporary file (images embedded in it) with every other request blocked; the
 * PDF is written atomically.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Deck } from '../core/deck';
import type { EmbeddedMedia } from './embed-media';
import type { EmbeddedFonts } from './export-fonts';
import { handoutHtml, isLandscape, PAPER_MM, type HandoutVariant, type Paper } from './handout';
import { writeDurably } from './durable-write';

export type ExportStage = 'launching' | 'rendering' | 'printing' | 'writing' | 'done';

export interface ExportProgress {
  stage: ExportStage;
  /** Slides in the handout (one page each, more where a slide's notes run long). */
  slides: number;
  /** Bytes written, once `done`. */
  bytes?: number;
}

export interface ExportPdfOptions {
  variant: HandoutVariant;
  paper: Paper;
  /** Chromium or Chrome to print with; else `CHROMIUM_PATH`, else the usual install locations. */
  chromiumPath?: string;
  /** The deck's images, read by embedMedia(); default none (every image shows its alt text). */
  media?: EmbeddedMedia;
  /** The app's fonts cut to the deck's characters (exportFonts()): the PDF then needs none installed. */
  fonts?: EmbeddedFonts;
  onProgress?: (p: ExportProgress) => void;
}

export const NO_CHROMIUM = 'no Chromium found: install Chromium or set CHROMIUM_PATH';

/** Where Chromium or Chrome is usually installed, on Linux, macOS and Windows. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const win = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']]
    .filter((d): d is string => !!d)
    .flatMap((d) => [
      join(d, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(d, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ...win,
  ];
}

/**
 * The browser to print with: the option, else `CHROMIUM_PATH`, else the first usual location that
 * exists. A path that is given but does not exist is an error, not a reason to look elsewhere.
 */
export function findChromium(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  for (const [given, what] of [
    [explicit, 'the given Chromium'],
    [env.CHROMIUM_PATH, 'CHROMIUM_PATH'],
  ] as const) {
    if (given) {
      if (existsSync(given)) return given;
      throw new Error(`${NO_CHROMIUM} (${what} ${given} does not exist)`);
    }
  }
  const found = chromiumCandidates(env).find((p) => existsSync(p));
  if (!found) throw new Error(NO_CHROMIUM);
  return found;
}

/** Flags that keep a headless Chromium off the network and quiet (printing here, tests too). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Writes the deck's handout as a PDF to `outPath`. Resolves with the number of bytes written. */
export async function exportPdf(deck: Deck, outPath: string, options: ExportPdfOptions): Promise<number> {
  const report = (stage: ExportStage, bytes?: number) =>
    options.onProgress?.({ stage, slides: deck.slides.length, ...(bytes === undefined ? {} : { bytes }) });
  const executablePath = findChromium(options.chromiumPath);
  const html = handoutHtml(deck, {
    variant: options.variant,
    paper: options.paper,
    media: options.media,
    fonts: options.fonts,
  });

  report('launching');
  // loaded only when a PDF is asked for: the rest of Lectern never needs it
  const { chromium } = await import('playwright-core');
  const dir = await mkdtemp(join(tmpdir(), 'lectern-pdf-'));
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    const file = join(dir, 'handout.html');
    await writeFile(file, html);
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ offline: true });
    // nothing but the handout itself may load (its images are inside it)
    const handoutUrl = pathToFileURL(file).href;
    await context.route('**/*', (route) =>
      route.request().url() === handoutUrl ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    report('rendering');
    await page.emulateMedia({ media: 'print' });
    await page.goto(handoutUrl, { waitUntil: 'load' });
    // the handout uses system fonts only; wait until they are loaded and laid out
    await page.evaluate('document.fonts.ready.then(() => true)');
    report('printing');
    const pdf = await page.pdf({
      format: PAPER_MM[options.paper].css as 'A4' | 'Letter',
      landscape: isLandscape(options.variant),
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
    });
    report('writing');
    await writeDurably(outPath, pdf);
    report('done', pdf.length);
    return pdf.length;
  } finally {
    await browser?.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}
