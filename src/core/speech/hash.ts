/**
 * A small, pure content hash for `Deck.sourceId` (core may not use node:crypto).
 *
 * 64-bit FNV-1a over the UTF-16 code units of the text, computed as two 32-bit halves so it runs
 * on plain numbers. Not cryptographic: it only tells "same text" from "different text".
 */

const PRIME_LO = 0x1b3; // the 64-bit FNV prime is 2^40 + 0x1b3
const OFFSET_HI = 0xcbf29ce4;
const OFFSET_LO = 0x84222325;

/** FNV-1a (64-bit) of `text`, as 16 lowercase hex digits. */
export function fnv1a64(text: string): string {
  let hi = OFFSET_HI;
  let lo = OFFSET_LO;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // (hi:lo) * 0x100000001b3 = (hi:lo) * 0x1b3 + ((hi:lo) << 40), and << 40 only reaches hi
    const loMul = lo * PRIME_LO;
    const carry = Math.floor(loMul / 0x100000000);
    const newLo = loMul >>> 0;
    const newHi = (Math.imul(hi, PRIME_LO) + carry + (lo << 8)) >>> 0;
    hi = newHi;
    lo = newLo;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** The `sourceId` of a speech: its hash with a short prefix naming the scheme. */
export function sourceIdOf(text: string): string {
  return `fnv1a64:${fnv1a64(text)}`;
}
