/**
 * `lectern build <speech> [--json] [--html <out.html>] [--markdown <out.md>]`: the deck as JSON on
 * stdout, a standalone offline reveal.js deck, and/or the deck ejected as Lectern Markdown (to
 * refine by hand; building it gives the same slides). JSON is what the engine made of the speech:
 * titles, what is on screen, the notes (the speech itself) and the plan.
 */
import type { Deck } from '../core/deck';
import { deckToMarkdown } from '../core/speech';
import { deckToHtml } from '../host/deck-html';
import { checkOutputs, writeOutput } from '../host/safe-output';
import { readSpeechFile } from '../host/speech-file';
import { defineCommand } from './command';
import { fromHelp, FROM_OPTION, formatOption, mediaFor, reportWarnings } from './shared';
import { mediaSummary } from '../host/embed-media';
import { exportFonts, fontsSummary } from '../host/export-fonts';
import { cutFont } from '../host/font-subset';

export function deckJson(deck: Deck): object {
  return {
    title: deck.meta.title,
    /** BCP 47 and writing direction of the speech (front matter `lang`, else detected). */
    lang: deck.meta.lang,
    dir: deck.meta.dir,
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

const options = {
  json: { type: 'boolean' },
  html: { type: 'string' },
  markdown: { type: 'string' },
  ...FROM_OPTION,
  help: { type: 'boolean', short: 'h' },
} as const;

export const buildCommand = defineCommand({
  name: 'build',
  summary: 'the deck as JSON, or as a standalone offline HTML deck',
  usage:
    'lectern build <speech.md|speech.txt> [--json] [--html <out.html>] [--markdown <out.md>] [--from <format>]',
  help: `  --json             print the deck as JSON on stdout (the default without --html or --markdown)
  --html <out.html>  write a standalone reveal.js deck that works offline
  --markdown <out.md>  eject: the deck Lectern made as Lectern Markdown, to refine by hand
${fromHelp(21)}`,
  options,
  positionals: { min: 1, max: 1 },
  async run(values, [speech], io) {
    const format = formatOption(values.from);
    const wanted = [values.html, values.markdown];
    const checked = checkOutputs(
      [speech!],
      wanted.filter((o): o is string => o !== undefined),
    );
    const [html, markdown] = wanted.map((o) => checked.find((c) => c.given === o));
    const deck = await readSpeechFile(speech!, { format });
    reportWarnings(deck, io);
    if (values.json || (!html && !markdown)) io.out(`${JSON.stringify(deckJson(deck), null, 2)}\n`);
    if (markdown) {
      await writeOutput(markdown, deckToMarkdown(deck));
      io.err(`lectern: wrote ${markdown.given} (${deck.slides.length} slides as Lectern Markdown)\n`);
    }
    if (html) {
      // the HTML deck plays the speech's clips: they travel inside it
      const media = await mediaFor(deck, speech!, io, { clips: true });
      const fonts = await exportFonts(deck, { cut: cutFont, interfaceWords: false });
      await writeOutput(html, deckToHtml(deck, { media, fonts }));
      io.err(
        `lectern: wrote ${html.given} (${deck.slides.length} slides${mediaSummary(media)}${fontsSummary(fonts)})\n`,
      );
    }
    return 0;
  },
});
