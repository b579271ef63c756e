/**
 * Numbered list items on screen whose number is not the place the speaker said for that item
 * ("Fourth, we must assure…" shown as "1.", en-lbj 1964, judge33): a number the speech did not say.
 * The item is found in its slide's notes, else anywhere in the speech (a recap of the items said so
 * far quotes slides before); the place is the ordinal its sentence opens with (enumeration.ts reads
 * it), or that of a bare ordinal said just before it ("Перше. | Кожен…"). Used by the corpus test and
 * by the probe over the judges' speeches.
 */
import type { Block, Deck } from '../../src/core/deck';
import { bareMarker, enumerationMarker } from '../../src/core/speech/enumeration';

const fold = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ');

function plain(node: unknown): string {
  if (Array.isArray(node)) return node.map(plain).join('');
  if (!node || typeof node !== 'object') return '';
  const n = node as { value?: unknown; text?: unknown; children?: unknown };
  if (typeof n.value === 'string') return n.value;
  if (typeof n.text === 'string') return n.text;
  return plain(n.children);
}

/** Characters an item's own marker may stand before it ("Fourth, we must…", "；第二，在社会…"). */
const MARKER_REACH = 60;
/** Characters a marker may end before its item's text ("The second reason is | that…"). */
const MARKER_SLACK = 12;

/**
 * The place said for the item whose text starts at `pos` of `notes`, if any: the ordinal that ends
 * right before it, opening its sentence or a clause of it, or a bare ordinal said as the sentence
 * before it ("Перше. | Кожен…").
 */
function placeSaid(notes: string, pos: number): number | undefined {
  for (let from = pos; from >= Math.max(0, pos - MARKER_REACH); from--) {
    if (from > 0 && !/[.!?。；;:：，,、\n]\s*$/u.test(notes.slice(Math.max(0, from - 2), from))) continue;
    const rest = notes.slice(from, pos + MARKER_REACH);
    const said = enumerationMarker(rest);
    if (said && from + said.length >= pos - MARKER_SLACK) return said.ordinal;
  }
  const head = notes.slice(0, pos).trimEnd();
  const prev = head.slice(Math.max(head.slice(0, -1).search(/[^.!?。\n]*$/u), 0)).trim();
  return bareMarker(prev) ? enumerationMarker(prev)?.ordinal : undefined;
}

/** "s26 4 ≠ 1: We must assure…" for every numbered item whose number is not the place said. */
export function unsaidListNumbers(deck: Deck): string[] {
  const speech = fold(deck.slides.map((s) => s.notes).join('\n'));
  const out: string[] = [];
  deck.slides.forEach((slide, si) => {
    const own = fold(slide.notes);
    const lists = (blocks: readonly Block[]): void => {
      for (const b of blocks) {
        if (b.type !== 'list' || !b.ordered) continue;
        b.items.forEach((item, k) => {
          const shown = (b.start ?? 1) + k;
          const t = fold(plain(item))
            .replace(/[.…]+$/u, '')
            .slice(0, 30);
          if (t.length < 4) return;
          const notes = own.includes(t) ? own : speech;
          const pos = notes.indexOf(t);
          if (pos < 0) return;
          const said = placeSaid(notes, pos);
          if (said !== undefined && said !== shown)
            out.push(`s${si} ${said} ≠ ${shown}: ${plain(item).slice(0, 60)}`);
        });
      }
    };
    lists(slide.blocks);
  });
  return out;
}
