/**
 * Where the PowerPoint file puts figure cards, read off its slide XML: as on the app's slide, one
 * figure is a hero card in the middle, four a 2×2 grid in the speech's reading order, and the block
 * sits in the middle of the room under the title.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSpeechFile } from './speech-file';
import { deckToPptx } from './pptx';
import { tempDir } from '../../tests/helpers/temp';

const EMU_PER_PX = 914400 / 96;

const speech = (front: string, [one, four]: [string, string[]]) =>
  `---\ntitle: Layout\n${front}---\n\n# One\n\n\`\`\`figures\n${one} — of our energy\n\`\`\`\n\n` +
  `It is ${one} of our energy.\n\n# Four\n\n\`\`\`figures\n${four.map((v) => `${v} — a label`).join('\n')}\n\`\`\`\n\n` +
  `${four.join(', ')}.\n`;

interface Shape {
  x: number;
  y: number;
  w: number;
  h: number;
  text: string[];
  /** Its paragraphs are right to left (`rtl="1"`), so "87 يومًا" keeps the number on the right. */
  rtl: boolean;
}

/** Every shape of a slide, in order, its box in the slide's 1280×720 pixels. */
function shapesOf(xml: string): Shape[] {
  return [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(([sp]) => {
    const [x, y, w, h] = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"/
      .exec(sp)!
      .slice(1)
      .map((n) => Number(n) / EMU_PER_PX) as [number, number, number, number];
    const text = [...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!);
    const paragraphs = [...sp.matchAll(/<a:pPr[^>]*>/g)];
    return {
      x,
      y,
      w,
      h,
      text,
      rtl: paragraphs.length > 0 && paragraphs.every(([p]) => p.includes('rtl="1"')),
    };
  });
}

async function slides(text: string): Promise<Shape[][]> {
  const file = join(tempDir('pptx-layout'), 'talk.md');
  writeFileSync(file, text);
  const deck = await readSpeechFile(file);
  expect(deck.slides.map((s) => s.layout)).toEqual(['title', 'figures', 'figures']);
  const zip = await JSZip.loadAsync((await deckToPptx(deck)).bytes);
  return Promise.all(
    [2, 3].map(async (n) => shapesOf(await zip.file(`ppt/slides/slide${n}.xml`)!.async('string'))),
  );
}

/** The card drawn for each value: the shape two before its text (card, accent bar, text). */
function cards(shapes: Shape[], values: string[]): Shape[] {
  return values.map((v) => shapes[shapes.findIndex((s) => s.text[0] === v) - 2]!);
}

function expectCentredUnderTitle(shapes: Shape[], block: Shape[], title: string): void {
  const t = shapes.find((s) => s.text[0] === title)!;
  const top = t.y + t.h;
  const room = 720 - 64 - top;
  const first = Math.min(...block.map((c) => c.y));
  const centre = (first + Math.max(...block.map((c) => c.y + c.h))) / 2;
  expect(centre).toBeGreaterThan(top + room / 3);
  expect(centre).toBeLessThan(top + (2 * room) / 3);
  for (const c of block) expect(c.x >= 0 && c.y >= top && c.x + c.w <= 1280 && c.y + c.h <= 720).toBe(true);
}

describe('PowerPoint figure slides', () => {
  it.each([
    ['left to right', '', ['75 percent', ['3 million', '50 percent', 'two-thirds', '33 percent']]],
    ['right to left', 'lang: ar\n', ['87 يومًا', ['87 يومًا', '12 دولة', '3 مرات', '40 بالمئة']]],
  ] as const)(
    '%s: a hero card alone, four as 2×2 in reading order, centred under the title',
    async (_, front, values) => {
      const [one, four] = await slides(speech(front, [values[0], [...values[1]]]));
      const [hero] = cards(one!, [values[0]]);
      expect(Math.abs(hero!.x + hero!.w / 2 - 640)).toBeLessThan(1);
      expectCentredUnderTitle(one!, [hero!], 'One');

      const grid = cards(four!, [...values[1]]);
      const [a, b, c, d] = grid as [Shape, Shape, Shape, Shape];
      expect([a.y === b.y, c.y === d.y, c.y > a.y + a.h - 1, a.x === c.x]).toEqual([true, true, true, true]);
      const texts = four!.filter((s) => values[1].some((v) => s.text[0] === v));
      expect(texts.map((s) => s.rtl)).toEqual(values[1].map(() => Boolean(front)));
      if (front) expect(a.x).toBeGreaterThan(b.x + b.w - 1);
      else expect(b.x).toBeGreaterThan(a.x + a.w - 1);
      expectCentredUnderTitle(four!, grid, 'Four');
    },
  );
});
