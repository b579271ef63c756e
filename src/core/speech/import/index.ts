/**
 * Decks people already have — reveal.js Markdown (reveal-md), Marp and Slidev — read as Lectern
 * speeches: one Lectern slide per slide of the file, in order (vertical slides flattened), what
 * the slide shows on screen, and its speaker notes as the spoken text. For an imported deck the
 * notes ARE the speech, so the engine's invariant holds as for any speech: the notes of all slides,
 * in order, are the whole spoken text (`importedSpokenParagraphs`).
 */
import type { SpeechModel } from '../model';
import type { DeckFormat } from './detect';
import { readMarp } from './marp';
import { Notices } from './notices';
import { readRevealMd } from './revealmd';
import { readSlidev } from './slidev';
import { importedModel, importedParagraphs, type ImportedDeck } from './slides';

export { detectDeckFormat, DECK_FORMATS, DECK_FORMAT_NAMES, type DeckFormat } from './detect';

const READERS: Record<DeckFormat, (text: string, file: string, notices: Notices) => ImportedDeck> = {
  revealmd: readRevealMd,
  marp: readMarp,
  slidev: readSlidev,
};

/** Reads an imported deck (normalised input: `\n` line ends, no BOM) into the speech model. */
export function readImported(text: string, file: string, format: DeckFormat): SpeechModel {
  const notices = new Notices(file);
  return importedModel(READERS[format](text, file, notices), file, notices);
}

/** The spoken text of an imported deck: every paragraph of its notes, in order. */
export function importedSpokenParagraphs(text: string, file: string, format: DeckFormat): string[] {
  return importedParagraphs(READERS[format](text, file, new Notices(file)), file);
}
