/**
 * File › Export Handout: the open speech as a PDF, each slide with what is said under it (or the
 * slides alone), printed by Electron itself (printToPDF) from the same script-free handout HTML
 * the CLI uses (host/handout.tsx), with the speech's images embedded. Progress shows on the
 * window's task-bar icon; a failure is a dialog, never a crash. The file chosen goes through the
 * one safe-output rule (host/safe-output.ts) like every CLI export: never the speech (by any path
 * or link), never through a link, atomic.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import type { ShowSession } from '../host/show-session';
import { embedMedia, NO_MEDIA } from '../host/embed-media';
import type { HandoutVariant } from '../host/handout';
import { askExportPath, tell } from './export-dialog';
import { checkOutputs, writeOutput, type SafeOutput } from '../host/safe-output';
import slidesCss from '../renderer/src/styles/slides.css?raw';
import { defaultPaper } from './paper';

/**
 * `rendererDir` is the app's built renderer (out/renderer), whose fonts the handout embeds; without
 * it the PDF is printed with the machine's fonts.
 */
export async function exportHandout(
  session: ShowSession,
  speechPath: string | null,
  parent: BrowserWindow | null,
  variant: HandoutVariant,
  rendererDir?: string,
): Promise<void> {
  const deck = session.snapshot().deck;
  const filePath = await askExportPath(parent, deck.meta.title, {
    title: variant === 'notes' ? 'Export handout with transcript' : 'Export slides',
    fallback: 'handout',
    extension: 'pdf',
    kind: 'PDF',
  });
  if (!filePath) return;
  const fail = (message: string): Promise<void> => tell(parent, 'error', message);
  // The dialog may point at the speech itself (or a link to it): refused before anything is printed.
  let output: SafeOutput;
  try {
    output = checkOutputs(speechPath ? [speechPath] : [], [filePath])[0]!;
  } catch (error) {
    return fail(`The handout was not exported: ${(error as Error).message}.`);
  }

  const paper = defaultPaper(app.getLocaleCountryCode());
  // images go inside the handout (only files in the speech's folder, within the size limits)
  const media = speechPath ? await embedMedia(deck, speechPath) : NO_MEDIA;
  // React's server renderer is loaded only when a handout is exported, not at every start
  const { handoutHtml, isLandscape } = await import('../host/handout');
  // the app's fonts for the deck's characters, from the renderer it ships (no node_modules there);
  // whole faces: Chromium's PDF keeps only the glyphs printed. Unreadable: the machine's fonts.
  const { builtFontFaces, exportFonts, NO_FONTS } = await import('../host/export-fonts');
  const fonts = rendererDir
    ? await exportFonts(deck, { faces: builtFontFaces(rendererDir) }).catch((error: unknown) => {
        console.warn(`Lectern: the handout is printed without the app's fonts: ${(error as Error).message}`);
        return NO_FONTS;
      })
    : NO_FONTS;
  const html = handoutHtml(deck, { variant, paper, themeCss: slidesCss, media, fonts });
  const dir = await mkdtemp(join(tmpdir(), 'lectern-handout-'));
  // A hidden, script-less window renders the handout; it never has a preload or Node.
  const printer = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const progress = (fraction: number): void => {
    if (parent && !parent.isDestroyed()) parent.setProgressBar(fraction);
  };
  try {
    progress(0.1);
    const file = join(dir, 'handout.html');
    await writeFile(file, html);
    await printer.loadFile(file);
    progress(0.5);
    const pdf = await printer.webContents.printToPDF({
      pageSize: paper === 'letter' ? 'Letter' : 'A4',
      landscape: isLandscape(variant),
      printBackground: true,
      preferCSSPageSize: true,
    });
    progress(0.9);
    await writeOutput(output, pdf);
    if (media.warnings.length > 0) {
      const message = `The handout was written, but ${media.warnings.length === 1 ? 'an image is' : `${media.warnings.length} images are`} not in it.`;
      const detail = media.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`).join('\n');
      await tell(parent, 'warning', message, detail);
    }
  } catch (error) {
    await fail(`The handout could not be written to ${filePath}: ${(error as Error).message}`);
  } finally {
    progress(-1);
    printer.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
