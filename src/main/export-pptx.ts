/**
 * File › Export PowerPoint: the open speech as a .pptx (host/pptx.ts), the same file the CLI's
 * `export --pptx` writes, through the one safe-output rule (never the speech, never through a link,
 * atomic). SVG images are drawn to PNG by a hidden, script-less window (svg-raster.ts). What the
 * file could not carry is said in a dialog with its line; a failure is a dialog, never a crash.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { Diagnostic } from '../core/deck';
import { embedMedia, NO_MEDIA } from '../host/embed-media';
import { checkOutputs, writeOutput } from '../host/safe-output';
import type { ShowSession } from '../host/show-session';
import { rasteriseSvg } from './svg-raster';

async function say(
  parent: BrowserWindow | null,
  type: 'error' | 'warning',
  message: string,
  detail?: string,
): Promise<void> {
  if (parent) await dialog.showMessageBox(parent, { type, message, ...(detail ? { detail } : {}) });
  else dialog.showErrorBox('Lectern', detail ? `${message}\n\n${detail}` : message);
}

export async function exportPptx(
  session: ShowSession,
  speechPath: string | null,
  parent: BrowserWindow | null,
): Promise<void> {
  const deck = session.snapshot().deck;
  const options: Electron.SaveDialogOptions = {
    title: 'Export PowerPoint',
    defaultPath: `${deck.meta.title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'slides'}.pptx`,
    filters: [{ name: 'PowerPoint', extensions: ['pptx'] }],
  };
  const { canceled, filePath } = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return;
  try {
    // the dialog may point at the speech itself (or a link to it): refused before anything is made
    const [output] = checkOutputs(speechPath ? [speechPath] : [], [filePath]);
    const media = speechPath ? await embedMedia(deck, speechPath) : NO_MEDIA;
    // pptxgenjs is loaded when a file is exported, not at every start
    const { deckToPptx } = await import('../host/pptx');
    const file = await deckToPptx(deck, { media, rasterise: rasteriseSvg });
    await writeOutput(output!, file.bytes);
    const left: Diagnostic[] = [...media.warnings, ...file.warnings];
    if (left.length)
      await say(
        parent,
        'warning',
        `The PowerPoint file was written, but ${left.length === 1 ? 'an image is' : `${left.length} images are`} not in it as in the app.`,
        left.map((w) => `${w.file}:${w.line}: ${w.message}`).join('\n'),
      );
  } catch (error) {
    await say(parent, 'error', `The PowerPoint file was not exported: ${(error as Error).message}`);
  }
}
