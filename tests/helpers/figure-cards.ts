/** What the figure tests ask of the engine: the cards a slide could show, and how a number is read. */
import { findFigures } from '../../src/core/speech/figures/index';
import { numberTokens } from '../../src/core/speech/figures/numbers';

/** The figures a slide could card, "value — label": those with a label. */
export const cards = (text: string, lang: string): string[] =>
  findFigures(text, lang, 20)
    .filter((f) => f.label)
    .map((f) => `${f.value} — ${f.label}`);

/** How the number written `digits` in `text` is read (count, date, identifier…). */
export const kindOf = (text: string, digits: string) =>
  numberTokens(text).find((t) => text.slice(t.start, t.end) === digits)?.kind;
