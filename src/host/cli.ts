/**
 * `npm run lectern -- build <speech> [--json] [--html <out.html>]`
 * Prints the deck as JSON and/or writes a standalone offline HTML deck.
 *
 * `npm run lectern -- export <speech> [--pdf <out.pdf>] [--handout <out.html>] [--slides-only]
 * [--paper a4|letter] [--chromium <path>]`
 * Writes the printed handout (docs/handouts.md): a PDF through headless Chromium and/or the same
 * handout as a standalone HTML file, with a progress line on stderr.
 *
 * On a bad speech, prints `file:line:col: message` and exits with status 1 (no stack trace); on
 * bad arguments prints the usage and exits with status 2.
 */
import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { SpeechError, type Deck } from '../core/deck';
import { deckToHtml } from './deck-html';
import { exportPdf, type ExportProgress } from './export-pdf';
import { handoutHtml, type Paper } from './handout';
import { delegateHtml } from './delegate-html';
import { delegateViewer } from './delegate-viewer-build';
import { embedMedia, mediaSummary, type EmbeddedMedia } from './embed-media';
import { readSpeechFile } from './speech-file';

const USAGE = `usage: lectern build <speech.md|speech.txt> [--json] [--html <out.html>]
       lectern export <speech.md|speech.txt> [--pdf <out.pdf>] [--handout <out.html>] [--delegate <out.html>] [--slides-only] [--paper a4|letter] [--chromium <path>]`;

export function deckJson(deck: Deck): object {
  return {
    title: deck.meta.title,
    meta: deck.meta,
    sourceId: deck.sourceId,
    slides: deck.slides.map((s) => ({
      id: s.id,
      layout: s.layout,
      title: s.title,
      screenText: s.screenText,
      notes: s.notes,
      words: s.words,
      plannedSeconds: s.plannedSeconds,
      source: s.source,
    })),
    warnings: deck.warnings,
  };
}

/** Reads the images the exports embed, reporting each one left out where the speech names it. */
async function mediaFor(deck: Deck, speech: string): Promise<EmbeddedMedia> {
  const media = await embedMedia(deck, speech);
  for (const w of media.warnings)
    process.stderr.write(`${w.file}:${w.line}:${w.column}: warning: ${w.message}\n`);
  return media;
}

interface ExportArgs {
  pdf?: string;
  handout?: string;
  delegate?: string;
  slidesOnly: boolean;
  paper: Paper;
  chromium?: string;
}

/** Parses `export`'s options; a string is what is wrong with them. */
function parseExportArgs(rest: string[]): ExportArgs | string {
  const args: ExportArgs = { slidesOnly: false, paper: 'a4' };
  for (let i = 0; i < rest.length; i++) {
    const opt = rest[i]!;
    if (opt === '--slides-only') {
      args.slidesOnly = true;
      continue;
    }
    const value = rest[i + 1];
    if (!['--pdf', '--handout', '--delegate', '--paper', '--chromium'].includes(opt))
      return `unknown option ${opt}`;
    if (value === undefined || value.startsWith('--')) return `${opt} needs a value`;
    i++;
    if (opt === '--pdf') args.pdf = value;
    else if (opt === '--handout') args.handout = value;
    else if (opt === '--delegate') args.delegate = value;
    else if (opt === '--chromium') args.chromium = value;
    else {
      const paper = value.toLowerCase();
      if (paper !== 'a4' && paper !== 'letter') return `--paper must be a4 or letter, not "${value}"`;
      args.paper = paper;
    }
  }
  if (!args.pdf && !args.handout && !args.delegate)
    return 'say where to write: --pdf <out.pdf>, --handout <out.html> and/or --delegate <out.html>';
  return args;
}

/** Why `out` cannot be written (its folder is missing, or it is the speech itself), if it cannot. */
function unwritable(out: string, speech: string): string | undefined {
  const dir = dirname(resolve(out));
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return `cannot write ${out}: the folder ${dir} does not exist`;
  if (resolve(out) === resolve(speech)) return `cannot write ${out}: that is the speech itself`;
  return undefined;
}

async function exportCommand(speech: string, rest: string[]): Promise<number> {
  const args = parseExportArgs(rest);
  if (typeof args === 'string') {
    process.stderr.write(`lectern: ${args}\n${USAGE}\n`);
    return 2;
  }
  let lineOpen = false;
  try {
    for (const out of [args.pdf, args.handout, args.delegate]) {
      const problem = out && unwritable(out, speech);
      if (problem) throw new Error(problem);
    }
    const deck = await readSpeechFile(speech);
    for (const w of deck.warnings)
      process.stderr.write(`${w.file}:${w.line}:${w.column}: warning: ${w.message}\n`);
    const variant = args.slidesOnly ? 'slides' : 'notes';
    const media = await mediaFor(deck, speech);
    if (args.handout) {
      const html = handoutHtml(deck, { variant, paper: args.paper, media });
      await writeFileAtomic(args.handout, html);
      process.stderr.write(
        `lectern: wrote ${args.handout} (${deck.slides.length} slides${mediaSummary(media)})\n`,
      );
    }
    if (args.delegate) {
      const viewer = await delegateViewer({
        onBuild: () => process.stderr.write('lectern: building the delegate viewer…\n'),
      });
      await writeFileAtomic(args.delegate, delegateHtml(deck, { viewer, media }));
      process.stderr.write(
        `lectern: wrote ${args.delegate} (delegate viewer, ${deck.slides.length} slides${mediaSummary(media)})\n`,
      );
    }
    if (args.pdf) {
      const words: Record<ExportProgress['stage'], (p: ExportProgress) => string> = {
        launching: () => 'starting Chromium…',
        rendering: (p) => `rendering ${p.slides} slides…`,
        printing: () => 'printing…',
        writing: () => 'writing…',
        done: (p) => `done: ${args.pdf} (${Math.ceil((p.bytes ?? 0) / 1024)} KB)`,
      };
      let line = 'exporting:';
      await exportPdf(deck, args.pdf, {
        variant,
        paper: args.paper,
        chromiumPath: args.chromium,
        media,
        onProgress: (p) => {
          line += ` ${words[p.stage](p)}`;
          process.stderr.write(`\r${line}`);
          lineOpen = true;
        },
      });
      process.stderr.write('\n');
      lineOpen = false;
    }
    return 0;
  } catch (e) {
    if (lineOpen) process.stderr.write('\n');
    if (e instanceof SpeechError) process.stderr.write(`${e.message}\n`);
    // Playwright's messages carry a call log after the first line; the first line says it
    else process.stderr.write(`lectern: ${String((e as Error).message).split('\n')[0]}\n`);
    return 1;
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, speech, ...rest] = argv;
  if (command === 'export' && speech) return exportCommand(speech, rest);
  if (command !== 'build' || !speech) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const htmlAt = rest.indexOf('--html');
  const htmlOut = htmlAt >= 0 ? rest[htmlAt + 1] : undefined;
  if (htmlAt >= 0 && !htmlOut) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const deck = await readSpeechFile(speech);
    for (const w of deck.warnings)
      process.stderr.write(`${w.file}:${w.line}:${w.column}: warning: ${w.message}\n`);
    if (rest.includes('--json') || !htmlOut)
      process.stdout.write(`${JSON.stringify(deckJson(deck), null, 2)}\n`);
    if (htmlOut) {
      const media = await mediaFor(deck, speech);
      await writeFile(htmlOut, deckToHtml(deck, { media }));
      process.stderr.write(
        `lectern: wrote ${htmlOut} (${deck.slides.length} slides${mediaSummary(media)})\n`,
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof SpeechError) process.stderr.write(`${e.message}\n`);
    else process.stderr.write(`lectern: ${(e as Error).message}\n`);
    return 1;
  }
}

const invokedDirectly =
  process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
