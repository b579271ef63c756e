/**
 * The first snapshot shipped inside the page (web host): the page draws its first slide from it
 * without waiting for the WebSocket. It travels as an inert `<script type="application/json">`
 * (never as script code: the page's policy allows no inline script, and the speech is data), with
 * every `<` written as `\u003c` so that no text in a speech — `</script>`, `<!--` — can end or
 * change the element. The same JSON.parse reads it back unchanged.
 */
import type { ShowSnapshot } from './contract';
import type { Deck } from './deck';
import { deckJson, withDeckJson } from './deck-json';

/** id of the `<script type="application/json">` carrying the snapshot. */
export const FIRST_SNAPSHOT_ID = 'lectern-first-snapshot';
/** id of the audience's first slide drawn by the host, shown until the live deck is up. */
export const FIRST_SLIDE_ID = 'lectern-first-slide';

/** JSON made safe inside an HTML element's text (the same JSON.parse reads it back). */
function htmlSafe(json: string): string {
  if (!/[<\u2028\u2029]/.test(json)) return json;
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Above this many characters of notes in all, a page carries only the notes of the slides near the
 * one on screen (`NOTES_NEAR`); the whole deck follows over the page's socket once it is up. A
 * 1,500-slide talk's notes are 6.9 of its 7.9 MB, and the presenter's first paint waited on reading
 * and parsing all of them (about 40 hours of speech at 130 words a minute, here; a real talk of
 * under about 10 hours is never cut).
 */
export const NOTES_IN_PAGE_CHARS = 512 * 1024;
/** The slides before and after the one on screen whose notes a cut page carries. */
export const NOTES_NEAR = { before: 4, after: 12 } as const;

/** Slides `from` (inclusive) to `to` (exclusive) whose notes a page carries; the rest are empty. */
export type NotesInPage = readonly [from: number, to: number];

/**
 * Each deck's part of the page, written once per deck object: every page load of
 * a 1,500-slide talk would otherwise serialise and escape its 7.7 MB again (about 0.3-0.9 s each,
 * measured), while only the small show state differs from one page to the next. A cut deck (notes
 * near one slide) is kept for the last slide it was cut around.
 */
const safeDeckJson = new WeakMap<Deck, string>();
const cutDeckJson = new WeakMap<Deck, { from: number; json: string }>();
const notesChars = new WeakMap<Deck, number>();

function notesLength(deck: Deck): number {
  let chars = notesChars.get(deck);
  if (chars === undefined) {
    chars = deck.slides.reduce((sum, slide) => sum + slide.notes.length, 0);
    notesChars.set(deck, chars);
  }
  return chars;
}

/** Which slides' notes a page about `index` carries; null when it carries all of them. */
export function notesInPage(deck: Deck, index: number): NotesInPage | null {
  if (notesLength(deck) <= NOTES_IN_PAGE_CHARS) return null;
  const at = Math.min(Math.max(0, index), Math.max(0, deck.slides.length - 1));
  return [Math.max(0, at - NOTES_NEAR.before), Math.min(deck.slides.length, at + NOTES_NEAR.after + 1)];
}

function deckPartOf(deck: Deck, cut: NotesInPage | null): string {
  if (cut === null) {
    let json = safeDeckJson.get(deck);
    if (json === undefined) {
      json = htmlSafe(deckJson(deck));
      safeDeckJson.set(deck, json);
    }
    return json;
  }
  const [from, to] = cut;
  const kept = cutDeckJson.get(deck);
  if (kept?.from === from) return kept.json;
  const slides = deck.slides.map((slide, i) => (i >= from && i < to ? slide : { ...slide, notes: '' }));
  const json = htmlSafe(JSON.stringify({ ...deck, slides }));
  cutDeckJson.set(deck, { from, json });
  return json;
}

/**
 * The snapshot as JSON that is safe inside an HTML element's text. With `cut`, only those slides'
 * notes are in it, and `notesIn` says which (the page is then sent the whole deck on its socket).
 */
export function snapshotJsonForHtml(snapshot: ShowSnapshot, cut: NotesInPage | null = null): string {
  const { deck, ...rest } = snapshot;
  // the deck's part is made safe once per deck (deckPartOf): only the small rest is looked at here
  return withDeckJson(
    deckPartOf(deck, cut),
    htmlSafe(JSON.stringify(cut ? { notesIn: cut, ...rest } : rest)),
  );
}

/**
 * The element that carries it, with its deck's tag (hex digits, safe in an attribute) when there
 * is one: the page names it when its socket opens, and is not sent the deck a second time. With
 * `cutNotes` (a page of a long talk, `notesInPage`) it has only the notes near the slide on screen
 * and no tag: the page does not hold that deck whole, and is sent it on its socket.
 */
export function snapshotScriptElement(
  snapshot: ShowSnapshot,
  deckTag?: string,
  options: { cutNotes?: boolean } = {},
): string {
  const cut = options.cutNotes ? notesInPage(snapshot.deck, snapshot.state.index) : null;
  const tag = cut === null && deckTag && /^[0-9a-f]+$/.test(deckTag) ? ` data-deck-tag="${deckTag}"` : '';
  return `<script type="application/json" id="${FIRST_SNAPSHOT_ID}"${tag}>${snapshotJsonForHtml(snapshot, cut)}</script>`;
}

/** The snapshot in a page, and which slides' notes it has (null: all of them). */
export interface FirstPageSnapshot {
  snapshot: ShowSnapshot;
  notesIn: NotesInPage | null;
}

/** Reads the page's snapshot back; null when the text is not one (a page from elsewhere, a typo). */
export function parseFirstPage(text: string | null | undefined): FirstPageSnapshot | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as (Partial<ShowSnapshot> & { notesIn?: unknown }) | null;
    if (!value || typeof value !== 'object' || !value.deck || !value.state) return null;
    const { notesIn, ...snapshot } = value;
    const cut =
      Array.isArray(notesIn) &&
      notesIn.length === 2 &&
      notesIn.every((n) => Number.isInteger(n) && (n as number) >= 0)
        ? ([notesIn[0], notesIn[1]] as [number, number])
        : null;
    return { snapshot: snapshot as ShowSnapshot, notesIn: cut };
  } catch {
    return null;
  }
}

/** Reads the snapshot back; null when the text is not a snapshot (a page from elsewhere, a typo). */
export function parseFirstSnapshot(text: string | null | undefined): ShowSnapshot | null {
  return parseFirstPage(text)?.snapshot ?? null;
}
