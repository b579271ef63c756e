/**
 * `npm run lectern -- build <speech> [--json] [--html <out.html>]`
 * Prints the deck as JSON and/or writes a standalone offline HTML deck. On a bad speech, prints
 * `file:line:col: message` and exits with status 1 (no stack trace).
 */
import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { SpeechError, type Deck } from '../core/deck';
import { deckToHtml } from './deck-html';
import { readSpeechFile } from './speech-file';

const USAGE = 'usage: lectern build <speech.md|speech.txt> [--json] [--html <out.html>]';

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

export async function main(argv: string[]): Promise<number> {
  const [command, speech, ...rest] = argv;
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
      // images are relative to the speech; make them relative to the HTML file instead
      const imageSrc = (src: string) =>
        relative(dirname(resolve(htmlOut)), resolve(dirname(speech), src))
          .split(sep)
          .join('/');
      await writeFile(htmlOut, deckToHtml(deck, { imageSrc }));
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
