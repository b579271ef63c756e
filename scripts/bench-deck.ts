/**
 * Deck-build benchmark: buildDeck on reproducibly generated Markdown speeches of 1k, 10k, 100k and
 * 1M words, next to a plain mdast-util-from-markdown + GFM pass over the same text (the floor).
 * Prints medians of several runs after a warm-up, and the ratio build / floor.
 *
 *   npx tsx scripts/bench-deck.ts            # all sizes
 *   npx tsx scripts/bench-deck.ts 1000 10000 # chosen sizes
 *
 * Note: buildDeck parses large speeches in chunks (see markdown-guard.ts) while the floor parses
 * the whole text at once, so for big inputs the ratio can fall below 1.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { buildDeck } from '../src/core/speech';

/** mulberry32: a small seeded PRNG, so every run benchmarks the same text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCAB = (
  'digital economy growth cooperation partners infrastructure data network cities companies ' +
  'people policy region strategy innovation platform services skills investment trade future ' +
  'we our the a and of to in for with is are will can build promote support share develop'
).split(' ');

/** A Markdown speech of about `words` words: front matter, headings, prose, figures, lists. */
export function generateSpeech(words: number, seed = 42): string {
  const rnd = prng(seed);
  const pick = () => VOCAB[Math.floor(rnd() * VOCAB.length)] ?? 'word';
  const out: string[] = ['---\ntitle: Benchmark speech\nspeaker: Bench\nduration: 20\n---', 'Thank you, Chair.'];
  let count = 3;
  let para = 0;
  while (count < words) {
    if (para % 8 === 0) out.push(`## ${pick()} ${pick()} ${pick()}`);
    const n = 40 + Math.floor(rnd() * 80);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(i > 0 && i % 12 === 0 ? `${pick()}.` : pick());
    if (para % 5 === 0) ws.splice(5, 0, `**${pick()} ${pick()}**`);
    if (para % 7 === 0) ws.splice(10, 0, `${Math.floor(rnd() * 900 + 10)} ${pick()}, about ${Math.floor(rnd() * 99)}%`);
    const prefix = para % 11 === 1 ? 'Firstly, ' : para % 11 === 2 ? 'Secondly, ' : para % 11 === 3 ? 'Finally, ' : '';
    out.push(prefix + ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
    count += n;
    para++;
  }
  out.push('Thank you!');
  return out.join('\n\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(fn: () => void, runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const plan = sizes.length ? sizes : [1_000, 10_000, 100_000, 1_000_000];

// warm-up on a small speech
const warm = generateSpeech(2_000, 7);
for (let i = 0; i < 5; i++) {
  buildDeck(warm, { fileName: 'warm.md' });
  fromMarkdown(warm, options);
}

const rows: string[][] = [['words', 'chars', 'slides', 'buildDeck ms', 'mdast floor ms', 'ratio', 'runs']];
for (const words of plan) {
  const text = generateSpeech(words);
  const runs = words >= 1_000_000 ? 3 : words >= 100_000 ? 3 : 7;
  let slides = 0;
  const build = time(() => {
    slides = buildDeck(text, { fileName: 'bench.md' }).slides.length;
  }, runs);
  const floor = time(() => {
    fromMarkdown(text, options);
  }, runs);
  rows.push([words.toLocaleString('en'), text.length.toLocaleString('en'), String(slides), build.toFixed(1), floor.toFixed(1), (build / floor).toFixed(2), String(runs)]);
  console.error(`done ${words} words`);
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
