/**
 * The first snapshot shipped inside the page (web host): the page draws its first slide from it
 * without waiting for the WebSocket. It travels as an inert `<script type="application/json">`
 * (never as script code: the page's policy allows no inline script, and the speech is data), with
 * every `<` written as `\u003c` so that no text in a speech — `</script>`, `<!--` — can end or
 * change the element. The same JSON.parse reads it back unchanged.
 */
import type { ShowSnapshot } from './contract';
import type { Deck } from './deck';

/** id of the `<script type="application/json">` carrying the snapshot. */
export const FIRST_SNAPSHOT_ID = 'lectern-first-snapshot';
/** id of the audience's first slide drawn by the host, shown until the live deck is up. */
export const FIRST_SLIDE_ID = 'lectern-first-slide';

/** JSON made safe inside an HTML element's text (the same JSON.parse reads it back). */
function htmlSafe(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Each deck's part of the page, written once per deck object: every page load of
 * a 1,500-slide talk would otherwise serialise and escape its 7.7 MB again (about 0.3-0.9 s each,
 * measured), while only the small show state differs from one page to the next.
 */
const deckJson = new WeakMap<Deck, string>();

/** The snapshot as JSON that is safe inside an HTML element's text. */
export function snapshotJsonForHtml(snapshot: ShowSnapshot): string {
  const { deck, ...rest } = snapshot;
  let deckPart = deckJson.get(deck);
  if (deckPart === undefined) {
    deckPart = htmlSafe(JSON.stringify(deck));
    deckJson.set(deck, deckPart);
  }
  const restPart = htmlSafe(JSON.stringify(rest));
  return `{"deck":${deckPart}${restPart === '{}' ? '}' : `,${restPart.slice(1)}`}`;
}

/**
 * The element that carries it, with its deck's tag (hex digits, safe in an attribute) when there
 * is one: the page names it when its socket opens, and is not sent the deck a second time.
 */
export function snapshotScriptElement(snapshot: ShowSnapshot, deckTag?: string): string {
  const tag = deckTag && /^[0-9a-f]+$/.test(deckTag) ? ` data-deck-tag="${deckTag}"` : '';
  return `<script type="application/json" id="${FIRST_SNAPSHOT_ID}"${tag}>${snapshotJsonForHtml(snapshot)}</script>`;
}

/** Reads the snapshot back; null when the text is not a snapshot (a page from elsewhere, a typo). */
export function parseFirstSnapshot(text: string | null | undefined): ShowSnapshot | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<ShowSnapshot> | null;
    return value && typeof value === 'object' && value.deck && value.state ? (value as ShowSnapshot) : null;
  } catch {
    return null;
  }
}
