/**
 * `lectern export <speech> [--pdf <out.pdf>] [--handout <out.html>] [--delegate <out.html>]
 * [--pptx <out.pptx>] [--slides-only] [--paper a4|letter] [--chromium <path>]`: the printed handout
 * (docs/handouts.md) as PDF through headless Chromium and/or as a standalone HTML file, the
 * delegate viewer as one offline file, and the deck as a PowerPoint file with the speech in its
 * notes, with a progress line on stderr.
 */
import { delegateHtml } from '../host/delegate-html';
import { exportPdf, type ExportProgress } from '../host/export-pdf';
import { handoutHtml, type Paper } from '../host/handout';
import { checkOutputs, writeOutput } from '../host/safe-output';
import { readSpeechFile } from '../host/speech-file';
import { UsageError, type CliIo, defineCommand } from './command';
import { fromHelp, FROM_OPTION, formatOption, mediaFor, reportWarnings } from './shared';
import { delegateViewer } from '../host/delegate-viewer-build';
import { mediaSummary, withoutClips } from '../host/embed-media';
import { deckToPptx } from '../host/pptx';
import { svgToPng } from './svg-to-png';
import { exportFonts, fontsSummary } from '../host/export-fonts';
import { cutFont } from '../host/font-subset';

const options = {
  pdf: { type: 'string' },
  handout: { type: 'string' },
  delegate: { type: 'string' },
  pptx: { type: 'string' },
  'slides-only': { type: 'boolean' },
  paper: { type: 'string' },
  chromium: { type: 'string' },
  ...FROM_OPTION,
  help: { type: 'boolean', short: 'h' },
} as const;

function paperOf(value: string | undefined): Paper {
  const paper = (value ?? 'a4').toLowerCase();
  if (paper !== 'a4' && paper !== 'letter')
    throw new UsageError(`--paper must be a4 or letter, not "${value}"`);
  return paper;
}

/** Writes the progress of a PDF export as one growing line on stderr. */
function progressLine(io: CliIo, out: string): { onProgress: (p: ExportProgress) => void; end(): void } {
  const words: Record<ExportProgress['stage'], (p: ExportProgress) => string> = {
    launching: () => 'starting Chromium…',
    rendering: (p) => `rendering ${p.slides} slides…`,
    printing: () => 'printing…',
    writing: () => 'writing…',
    done: (p) => `done: ${out} (${Math.ceil((p.bytes ?? 0) / 1024)} KB)`,
  };
  let line = 'exporting:';
  let open = false;
  return {
    onProgress: (p) => {
      line += ` ${words[p.stage](p)}`;
      io.err(`\r${line}`);
      open = true;
    },
    end: () => {
      if (open) io.err('\n');
      open = false;
    },
  };
}

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'handouts (PDF or HTML), the offline delegate viewer, and PowerPoint',
  usage:
    'lectern export <speech.md|speech.txt> [--pdf <out.pdf>] [--handout <out.html>] [--delegate <out.html>] [--pptx <out.pptx>] [--slides-only] [--paper a4|letter] [--chromium <path>] [--from <format>]',
  help: `  --pdf <out.pdf>        the handout as PDF, printed by headless Chromium
  --handout <out.html>   the same handout as one script-free HTML file
  --delegate <out.html>  the delegate viewer (slides beside the transcript, search) as one offline file
  --pptx <out.pptx>      the deck as PowerPoint (opens in Keynote and Impress too), the speech in its notes
  --slides-only          slides alone, landscape (default: each slide with what is said under it)
  --paper a4|letter      paper size (default a4)
  --chromium <path>      the Chromium or Chrome to print with (default: CHROMIUM_PATH, then the usual places)
${fromHelp(25)}`,
  options,
  positionals: { min: 1, max: 1 },
  async run(values, [speech], io) {
    const paper = paperOf(values.paper);
    const format = formatOption(values.from);
    if (!values.pdf && !values.handout && !values.delegate && !values.pptx)
      throw new UsageError(
        'say where to write: --pdf <out.pdf>, --handout <out.html>, --delegate <out.html> and/or --pptx <out.pptx>',
      );
    const wanted = [values.pdf, values.handout, values.delegate, values.pptx];
    const [pdf, handout, delegate, pptx] = (() => {
      const checked = checkOutputs(
        [speech!],
        wanted.filter((o): o is string => o !== undefined),
      );
      return wanted.map((o) => (o === undefined ? undefined : checked.find((c) => c.given === o)));
    })();
    const deck = await readSpeechFile(speech!, { format });
    reportWarnings(deck, io);
    const variant = values['slides-only'] ? 'slides' : 'notes';
    // the delegate viewer plays the speech's clips, so they travel inside it; handouts, PDF and
    // PowerPoint carry the images alone
    const withClips = await mediaFor(deck, speech!, io, { clips: delegate !== undefined });
    const media = withoutClips(withClips);
    const fonts = await exportFonts(deck, { cut: cutFont });
    if (handout) {
      await writeOutput(handout, handoutHtml(deck, { variant, paper, media, fonts }));
      io.err(
        `lectern: wrote ${handout.given} (${deck.slides.length} slides${mediaSummary(media)}${fontsSummary(fonts)})\n`,
      );
    }
    if (delegate) {
      const viewer = await delegateViewer({
        onBuild: () => io.err('lectern: building the delegate viewer…\n'),
      });
      await writeOutput(delegate, delegateHtml(deck, { viewer, media: withClips, fonts }));
      io.err(
        `lectern: wrote ${delegate.given} (delegate viewer, ${deck.slides.length} slides${mediaSummary(withClips)}${fontsSummary(fonts)})\n`,
      );
    }
    if (pptx) {
      const file = await deckToPptx(deck, { media, rasterise: svgToPng });
      for (const w of file.warnings) io.err(`${w.file}:${w.line}:${w.column}: warning: ${w.message}\n`);
      await writeOutput(pptx, file.bytes);
      io.err(
        `lectern: wrote ${pptx.given} (PowerPoint, ${deck.slides.length} slides${mediaSummary(media)})\n`,
      );
    }
    if (pdf) {
      const progress = progressLine(io, pdf.given);
      try {
        await exportPdf(deck, pdf.real, {
          variant,
          paper,
          chromiumPath: values.chromium,
          media,
          fonts,
          onProgress: progress.onProgress,
        });
      } finally {
        progress.end();
      }
    }
    return 0;
  },
});
