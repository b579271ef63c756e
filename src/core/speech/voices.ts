/**
 * Who speaks in a transcript of several speakers. A paragraph opening with a speaker label
 * ("THE FIRST LADY:", "MR. EMHOFF:") starts that speaker's turn, and the turn runs on until the
 * next label; the room's line ("AUDIENCE:  Ooh —") is only its own paragraph. The main speaker is the one who says most; a line by anyone else is set on screen
 * with who said it ("— The First Lady"), and the room's lines ("AUDIENCE:  Good evening!") never.
 */
import { blocksText, type Block } from '../deck';
import { maskForScreen, speakerLabel, tidyMasked } from './mask';
import type { Section, SpokenPara } from './model';
import { countWords } from './words';

/** Labels of the room, not of a speaker: the audience, a reporter's question. */
const AUDIENCE = /^(?:(?:the\s+)?audience(?:\s+members?)?|q|participants?|crowd)$/iu;

/** A label as a name: "THE SECOND GENTLEMAN:" → "The Second Gentleman", "MR. EMHOFF:" → "Mr. Emhoff". */
export function labelName(label: string): string {
  return label
    .replace(/\s*[:：.]\s*$/u, '')
    .trim()
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());
}

/**
 * The sections with each paragraph's voice set when the speech is a transcript of two speakers
 * or more; otherwise the sections as they are.
 */
export function withVoices(sections: Section[]): Section[] {
  const words = new Map<string, number>();
  const said: Array<string | undefined> = [];
  let current: string | undefined;
  for (const s of sections)
    for (const p of s.paras) {
      const label = speakerLabel(p.text);
      const name = label ? labelName(label) : undefined;
      // the room's line is that paragraph only: the speaker it interrupted goes on
      if (name && AUDIENCE.test(name)) {
        said.push(name);
        continue;
      }
      if (name) current = name;
      said.push(current);
      if (current) words.set(current, (words.get(current) ?? 0) + countWords(p.text));
    }
  if (words.size < 2) return sections;
  const main = [...words].sort((a, b) => b[1] - a[1])[0]![0];
  let i = 0;
  return sections.map((s) => ({
    ...s,
    paras: s.paras.map((p): SpokenPara => {
      const who = said[i++];
      if (!who || who === main) return p;
      return { ...p, voice: AUDIENCE.test(who) ? 'audience' : { cite: who } };
    }),
  }));
}

/**
 * A slide's quote with who said it, when that is not the main speaker; null when the room said
 * it. Other blocks are returned as they are.
 */
export function attributed(block: Block, paras: readonly SpokenPara[]): Block | null {
  if (block.type !== 'quote') return block;
  const line = blocksText(block.children);
  const probe = line.slice(0, 40);
  if (!probe) return block;
  const para = paras.find((p) => tidyMasked(maskForScreen(p.text)).includes(probe));
  if (para?.voice === 'audience') return null;
  return para?.voice ? { ...block, cite: para.voice.cite } : block;
}
