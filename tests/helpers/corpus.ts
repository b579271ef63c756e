/**
 * The speech corpus (tests/fixtures/speeches/corpus) with its hand-written expectations, and a
 * measure of each deck against them and against the rules in speech-rules.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDeck } from '../../src/core/speech';
import { onScreen } from '../../src/core/speech/connective';
import { sentenceSpans } from '../../src/core/speech/segment';
import { catalogueHeading, titleFromFileName } from '../../src/core/speech/speech-parts';
import { fileNameSpeaker, isSlugName } from '../../src/core/speech/file-title';
import { DELIVERY_NOTE, shortHeading } from '../../src/core/speech/long-heading';
import { wordsOf } from '../../src/core/speech/text';
import { withoutDetachedMarker } from '../../src/core/speech/enumeration';
import type { Deck } from '../../src/core/deck';
import {
  contentSlides,
  figureProblem,
  figuresOf,
  pacing,
  squash,
  titleProblem,
  type Pacing,
} from './speech-rules';

export const corpusDir = fileURLToPath(new URL('../fixtures/speeches/corpus/', import.meta.url));

export interface Expectation {
  lang: string;
  title: string | null;
  structure: {
    salutations: string[];
    dateline: string | null;
    byline: string | null;
    signature: string | null;
  };
  figures: Array<{ said: string; what: string }>;
  notFigures: string[];
  enumerations: Array<{ items: string[]; notItem?: string }>;
  anaphora: string[];
}

export const expectations: Record<string, Expectation> = JSON.parse(
  readFileSync(join(corpusDir, 'expectations.json'), 'utf8'),
);

/** Speech files of the corpus (not its SOURCES.md). */
export const corpusFiles = readdirSync(corpusDir).filter(
  (f) => /\.(?:txt|md)$/.test(f) && f !== 'SOURCES.md',
);

export function loadCorpus(name: string): { text: string; deck: Deck } {
  const text = readFileSync(join(corpusDir, name), 'utf8');
  return { text, deck: buildDeck(text, { fileName: name }) };
}

export interface Measure {
  pacing: Pacing;
  badTitles: Array<{ title: string; why: string }>;
  titles: number;
  badFigures: Array<{ value: string; why: string }>;
  figures: number;
  expectedFigures: { found: number; of: number; missing: string[] };
  notFigureShown: string[];
  enumItems: { found: number; of: number; missing: string[] };
  closingWishAsItem: string[];
  anaphora: { found: number; of: number; missing: string[] };
  structureOnContent: string[];
  deckTitleOk: boolean;
  maxScreenWords: number;
  /** Content slides whose whole body is one quote, of the content slides. */
  quotes: { quotes: number; of: number };
}

// (a marker set off by a comma, "둘째, …", is never on screen: enumeration.ts withoutDetachedMarker)
const stripMarker = (item: string) =>
  withoutDetachedMarker(item.replace(/^(?:[IVXLC]+\.|\d+[.)]|第[一二三四五六七八九十]+[，、,に]?)\s*/u, ''));

export function measure(name: string, deck: Deck, e: Expectation): Measure {
  const content = contentSlides(deck);
  const screens = deck.slides.map((s) => squash(s.screenText));
  const onScreen = (x: string) => screens.some((s) => s.includes(squash(x)));
  const figures = deck.slides.flatMap((s) => figuresOf(s).map((f) => ({ f, notes: s.notes })));
  const values = figures.map(({ f }) => squash(f.value));
  const titleNotes = squash(
    deck.slides
      .filter((s) => s.layout === 'title' || s.layout === 'closing')
      .map((s) => s.notes)
      .join(' '),
  );
  // a signature alone at the end (and the date signed with it) ends the last slide's notes, in
  // order, when the title slide names the speaker it signs (plain.ts learnFromSignature)
  const lastNotes = squash(deck.slides.at(-1)?.notes ?? '').slice(-300);
  const speaker = deck.meta.speaker ? squash(deck.meta.speaker) : '';
  const signedAtEnd = (x: string) =>
    !!speaker && squash(deck.slides[0]?.screenText ?? '').includes(speaker) && lastNotes.includes(squash(x));
  const structure = [
    ...e.structure.salutations,
    e.structure.dateline,
    e.structure.byline,
    e.structure.signature,
  ].filter((x): x is string => !!x);
  const enumItems = e.enumerations.flatMap((en) => en.items);
  const expectedTitle = e.title ?? null;
  return {
    pacing: pacing(deck),
    titles: content.length,
    badTitles: content
      .map((s) => ({ title: s.title, why: titleProblem(s.title, s.notes) }))
      .filter((x): x is { title: string; why: string } => x.why !== null),
    figures: figures.length,
    badFigures: figures
      .map(({ f, notes }) => ({ value: f.value, why: figureProblem(f, notes) }))
      .filter((x): x is { value: string; why: string } => x.why !== null),
    // a figure counts when it is part of what was said, what was said is part of it, or both say
    // the same number ("almost 18.9 million" and "18.9 million seniors")
    // or when the slide shows, whole, the sentence of its own notes that says it (see saidOnScreen)
    expectedFigures: count(
      e.figures.map((f) => f.said),
      (said) =>
        values.some((v) => squash(said).includes(v) || v.includes(squash(said)) || sameNumber(said, v)) ||
        saidOnScreen(deck, said),
    ),
    notFigureShown: e.notFigures.filter((nf) =>
      values.some((v) => squash(nf).includes(v) || v.includes(squash(nf))),
    ),
    enumItems: count(enumItems, (item) => onScreen(stripMarker(item)) || onScreen(item)),
    closingWishAsItem: e.enumerations.map((en) => en.notItem).filter((x): x is string => !!x && onScreen(x)),
    anaphora: count(e.anaphora, onScreen),
    structureOnContent: structure.filter((x) => !titleNotes.includes(squash(x)) && !signedAtEnd(x)),
    deckTitleOk: deckTitleOk(deck, name, expectedTitle),
    maxScreenWords: Math.max(0, ...content.map((s) => screenWordsOf(s.screenText))),
    // a line alone (a question over its answer is a different form: its lead-in varies the page)
    quotes: {
      quotes: content.filter((s) => s.blocks.length === 1 && s.blocks[0]!.type === 'quote').length,
      of: content.length,
    },
  };
}

/** Whether most of the text's letters are Latin ones. */
const latin = (text: string) => {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.filter((c) => /\p{Script=Latin}/u.test(c)).length * 2 >= letters.length;
};

/**
 * The deck's title is the reader's (`expected`), else the file name's title when the speech is in
 * the file name's (Latin) script, hyphens and accents aside ("Carter Anti-Inflation" for
 * "carter-anti-inflation"); a speech in another script is titled in its own script, never by a
 * Latin file name; and no title shows a number the speech does not say.
 */
function deckTitleOk(deck: Deck, name: string, expected: string | null): boolean {
  const title = deck.meta.title;
  // an archive's catalogue heading ("Remarks as Prepared for Delivery by First Lady Jill Biden to
  // the United Nations LGBTI Core Group") titles the deck by its kind and occasion; its speaker and
  // office are the title slide's speaker and role, the whole line its notes (speech-parts.ts)
  const heading = expected !== null ? catalogueHeading(expected) : null;
  if (heading)
    return (
      squash(title) === squash(heading.title) &&
      !!deck.meta.speaker &&
      squash(deck.slides[0]?.notes ?? '').includes(squash(expected!))
    );
  // a title line too long for a title slide gives a short title, and the subtitle says the rest of
  // it (the whole line when the title is from its middle): together they say every word of the
  // line but an archive's delivery note ("as Prepared for Delivery"), and the subtitle does not
  // open by saying the title again (long-heading.ts)
  if (expected !== null && shortHeading(expected)) {
    const subtitle = squash(deck.meta.subtitle ?? '');
    const said = new Set(wordsOf(`${squash(title)} ${subtitle}`));
    const line = squash(expected.replace(DELIVERY_NOTE, ''));
    return (
      wordsOf(title).length <= 8 &&
      wordsOf(line).every((w) => said.has(w) || w.length <= 2) &&
      (subtitle.startsWith(line) || !subtitle.startsWith(squash(title)))
    );
  }
  if (expected !== null) return squash(title) === squash(expected);
  const said = deck.slides.map((s) => s.notes).join(' ');
  if ((title.match(/\d+/gu) ?? []).some((n) => !said.includes(n))) return false;
  const fold = (t: string) =>
    squash(t)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[-\s]+/gu, ' ');
  const speechLatin = latin(said.slice(0, 4000));
  if (!speechLatin) return !!title.trim() && !latin(title);
  // a slug ("pt-parlamint-2020-10-14-debate") titles no deck: the speech's topic does (file-title.ts)
  if (isSlugName(name)) return !!title.trim() && fold(title) !== fold(titleFromFileName(name));
  // what the speech calls itself, in its own words ("Amazing grace", "State of the Union"): file-title.ts
  if (wordsOf(title).length >= 2 && fold(said).includes(fold(title))) return true;
  // a file name filed under its speaker ("en-obama-cairo-new-beginning"): the speaker is the
  // title slide's, the rest the talk's name (file-title.ts fileNameSpeaker)
  const filed = fold(titleFromFileName(name));
  if (fold(title) === filed) return true;
  const by = filed.slice(0, Math.max(0, filed.length - fold(title).length)).trim();
  // (or filed under a name it does not spell, its initials, "fdr", which no title slide shows)
  const unspelt = fileNameSpeaker(name, said, (deck.meta.lang ?? '').split('-')[0])?.name === '';
  return !!by && filed.endsWith(` ${fold(title)}`) && (unspelt || fold(deck.meta.speaker ?? '').includes(by));
}

/**
 * Whether a slide shows, whole, a sentence of its own notes that says the figure ("In every
 * presidential election for the last 56 years, in the United States, more women have voted than
 * men."). A sentence on screen shows its figure faithfully: the number stands in the speaker's own
 * words, with its hedge, its scope and what it counts, where a card would have to cut a label out
 * of them. Strict on purpose: the sentence must be in this slide's notes and on this slide's screen,
 * whole (an opening connective aside), so a number on some other slide, or a title that happens to hold the number, never counts.
 */
function saidOnScreen(deck: Deck, said: string): boolean {
  const phrase = squash(said);
  return deck.slides.some((slide) => {
    const screen = squash(slide.screenText);
    return sentenceSpans(slide.notes, deck.meta.lang).some((span) => {
      const said = slide.notes.slice(span.start, span.end);
      const sentence = squash(said);
      // (a sentence shown without its opening "And"/"But"/"So" is still shown whole: connective.ts)
      return (
        sentence.includes(phrase) &&
        (screen.includes(sentence) || screen.includes(squash(onScreen(said.trim(), deck.meta.lang))))
      );
    });
  });
}

/** Whether two phrases say the same written number (digits with their groups and decimals). */
function sameNumber(a: string, b: string): boolean {
  const n = /\p{Nd}[\p{Nd}.,\s\u00A0\u202F]*\p{Nd}|\p{Nd}/u.exec(a)?.[0];
  return (
    !!n &&
    squash(b).includes(squash(n)) &&
    new RegExp(`(?<![\\p{Nd}.,])${squash(n).replace(/[.]/g, '\\.')}(?![\\p{Nd}])`, 'u').test(squash(b))
  );
}

function screenWordsOf(text: string): number {
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  return (
    text
      .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ')
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length +
    cjk / 2
  );
}

function count(
  list: string[],
  found: (x: string) => boolean,
): { found: number; of: number; missing: string[] } {
  const missing = list.filter((x) => !found(x));
  return { found: list.length - missing.length, of: list.length, missing };
}
