/**
 * File › Export PowerPoint: the open speech as a .pptx (host/pptx.ts), the same file the CLI's
 * `export --pptx` writes, through the one safe-output rule (never the speech, never through a link,
 * atomic). SVG images are drawn to PNG by a hidden, script-less window (svg-raster.ts). What the
 * file could not carry is said in a dialog with its line; a failure is a dialog, never a crash.
 */
import type { BrowserWindow } from 'electron';
import { askExportPath, tell } from './export-dialog';
import type { Diagnostic } from '../core/deck';
import { embedMedia, NO_MEDIA } from '../host/embed-media';
import { checkOutputs, writeOutput } from '../host/safe-output';
import type { ShowSession } from '../host/show-session';
import { rasteriseSvg } from './svg-raster';

export async function exportPptx(
  session: ShowSession,
  speechPath: string | null,
  parent: BrowserWindow | null,
): Promise<void> {
  const deck = session.snapshot().deck;
  const filePath = await askExportPath(parent, deck.meta.title, {
    title: 'Export PowerPoint',
    fallback: 'slides',
    extension: 'pptx',
    kind: 'PowerPoint',
  });
  if (!filePath) return;
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
      await tell(
        parent,
        'warning',
        `The PowerPoint file was written, but ${left.length === 1 ? 'an image is' : `${left.length} images are`} not in it as in the app.`,
        left.map((w) => `${w.file}:${w.line}: ${w.message}`).join('\n'),
      );
  } catch (error) {
    await tell(parent, 'error', `The PowerPoint file was not exported: ${(error as Error).message}`);
  }
}
