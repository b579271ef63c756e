/**
 * A speech that ends in a few reporters' questions: the speaker signs off ("Thank you very, very
 * much."), signs a paper, and reporters shout questions as he leaves ("Q Mr. President, is … going
 * too far?"), which a White House transcript keeps. That exchange is no part of the talk: it goes
 * to the closing slide's notes with the sign-off, and never gets a slide (or a title) of its own.
 * A press conference, where the questions are the talk's second half, is not one: its first
 * question comes before any sign-off, or its questions are a large share of the whole.
 */
import { isClosing } from './speech-parts';
import { maskForScreen, speakerLabel } from './mask';
import { structureKind } from './structure';
import { wordsOf } from './text';
import { isReporterLabel } from './turn-labels';

/** The exchange after the sign-off is at most this share of the speech's words. */
const MAX_SHARE = 0.2;
/** The sign-off is at most this many paragraphs before the first question. */
const REACH = 4;

const asks = (text: string): boolean => {
  const label = speakerLabel(text);
  return !!label && isReporterLabel(label);
};

/** Thanks or a closing line, said by the speaker (a label and stage directions aside). */
export const signsOff = (text: string): boolean => {
  const said = maskForScreen(text).trim();
  return !!said && (isClosing(said) || structureKind(said) === 'thanks');
};

/**
 * Where the speech signs off before a short exchange with reporters at its end (the index of the
 * first of its closing lines), or -1. `from` is the first paragraph of the speech's body.
 */
export function pressCodaStart(paras: readonly { text: string }[], from: number): number {
  const asked = paras.findIndex((p, k) => k > from && asks(p.text));
  if (asked < 0) return -1;
  const count = (ps: readonly { text: string }[]) => ps.reduce((n, p) => n + wordsOf(p.text).length, 0);
  if (count(paras.slice(asked)) > MAX_SHARE * count(paras.slice(from))) return -1;
  let start = -1;
  for (let k = Math.max(from + 1, asked - REACH); k < asked; k++)
    if (signsOff(paras[k]!.text)) {
      start = k;
      break;
    }
  if (start < 0) return -1;
  while (start - 1 > from && signsOff(paras[start - 1]!.text)) start--;
  return start;
}
