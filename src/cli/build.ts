/**
 * `lectern build <speech> [--json] [--html <out.html>]`: the deck as JSON on stdout, and/or a
 * standalone offline reveal.js deck. JSON is what the engine made of the speech: titles, what is
 * on screen, the notes (the speech itself) and the plan.
 */
import type { Deck } from '../core/deck';
import { deckToHtml } from '../host/deck-html';
import { checkOutputs, writeOutput } from '../host/safe-output';
import { readSpeechFile } from '../host/speech-file';
import { defineCommand } from './command';
import { mediaFor, reportWarnings } from './shared';
import { mediaSummary } from '../host/embed-media';

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

const options = {
  json: { type: 'boolean' },
  html: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const buildCommand = defineCommand({
  name: 'build',
  summary: 'the deck as JSON, or as a standalone offline HTML deck',
  usage: 'lectern build <speech.md|speech.txt> [--json] [--html <out.html>]',
  help: `  --json             print the deck as JSON on stdout (the default without --html)
  --html <out.html>  write a standalone reveal.js deck that works offline`,
  options,
  positionals: { min: 1, max: 1 },
  async run(values, [speech], io) {
    const outputs = checkOutputs([speech!], values.html ? [values.html] : []);
    const deck = await readSpeechFile(speech!);
    reportWarnings(deck, io);
    if (values.json || !values.html) io.out(`${JSON.stringify(deckJson(deck), null, 2)}\n`);
    const [html] = outputs;
    if (html) {
      const media = await mediaFor(deck, speech!, io);
      await writeOutput(html, deckToHtml(deck, { media }));
      io.err(`lectern: wrote ${html.given} (${deck.slides.length} slides${mediaSummary(media)})\n`);
    }
    return 0;
  },
});
