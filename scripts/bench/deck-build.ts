/**
 * Deck-build benchmark (part of `npm run bench`): buildDeck on reproducibly generated Markdown
 * speeches of 1k, 10k, 100k and 1M words, next to a plain mdast-util-from-markdown + GFM pass over
 * the same text (the floor). Medians of several runs after a warm-up.
 *
 * Note: buildDeck parses large speeches in chunks (see markdown-guard.ts) while the floor parses
 * the whole text at once, so for big inputs the ratio can fall below 1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { buildDeck } from '../../src/core/speech';
import { measure, quantile } from './stats';
import { seededRandom as prng } from '../../tests/helpers/prng';

const VOCAB = (
  'digital economy growth cooperation partners infrastructure data network cities companies ' +
  'people policy region strategy innovation platform services skills investment trade future ' +
  'we our the a and of to in for with is are will can build promote support share develop'
).split(' ');

/** A Markdown speech of about `words` words: front matter, headings, prose, figures, lists. */
export function generateSpeech(words: number, seed = 42): string {
  const rnd = prng(seed);
  const pick = () => VOCAB[Math.floor(rnd() * VOCAB.length)] ?? 'word';
  const out: string[] = [
    '---\ntitle: Benchmark speech\nspeaker: Bench\nduration: 20\n---',
    'Thank you, Chair.',
  ];
  let count = 3;
  let para = 0;
  while (count < words) {
    if (para % 8 === 0) out.push(`## ${pick()} ${pick()} ${pick()}`);
    const n = 40 + Math.floor(rnd() * 80);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(i > 0 && i % 12 === 0 ? `${pick()}.` : pick());
    if (para % 5 === 0) ws.splice(5, 0, `**${pick()} ${pick()}**`);
    if (para % 7 === 0)
      ws.splice(10, 0, `${Math.floor(rnd() * 900 + 10)} ${pick()}, about ${Math.floor(rnd() * 99)}%`);
    const prefix =
      para % 11 === 1 ? 'Firstly, ' : para % 11 === 2 ? 'Secondly, ' : para % 11 === 3 ? 'Finally, ' : '';
    out.push(prefix + ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
    count += n;
    para++;
  }
  out.push('Thank you!');
  return out.join('\n\n');
}

export interface DeckBuildResult {
  words: number;
  chars: number;
  slides: number;
  runs: number;
  buildMs: number;
  floorMs: number;
}

/**
 * Median build time of each size next to the floor, each build run followed by a floor run so
 * both see the same machine. One warm-up pass on a small speech first.
 */
export async function benchDeckBuild(sizes: readonly number[]): Promise<DeckBuildResult[]> {
  const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
  const warm = generateSpeech(2_000, 7);
  await measure(1, 5, () => {
    buildDeck(warm, { fileName: 'warm.md' });
    fromMarkdown(warm, options);
    return 0;
  });
  const results: DeckBuildResult[] = [];
  for (const words of sizes) {
    const text = generateSpeech(words);
    const runs = words >= 100_000 ? 3 : 7;
    let slides = 0;
    // build and floor alternate (build, floor, build, floor, …), as in benchCorpusBuild: on a
    // shared machine two blocks can each meet another load, and the ratio moves with it
    const build: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      slides = buildDeck(text, { fileName: 'bench.md' }).slides.length;
      build.push(performance.now() - t);
      t = performance.now();
      fromMarkdown(text, options);
      floor.push(performance.now() - t);
    }
    results.push({
      words,
      chars: text.length,
      slides,
      runs,
      buildMs: quantile(build, 0.5),
      floorMs: quantile(floor, 0.5),
    });
  }
  return results;
}

export interface CorpusBuildResult {
  speeches: number;
  words: number;
  slides: number;
  /** Sum over the speeches of each one's median build. */
  buildMs: number;
  /** Sum over the speeches of each one's median Markdown parse. */
  floorMs: number;
}

/**
 * The real speeches of the test corpus (tests/fixtures/speeches/corpus), each built and parsed
 * as Markdown alternately, the medians summed. The generated speech above repeats 40 words, so
 * it calls few of the rules a real speech does (figures, lists, quotes, titles, names); this row
 * says what a speaker's own speech costs.
 *
 * Each run builds every speech once, in turn (not one speech `runs` times over): V8 keeps the
 * patterns a build compiles for its phrases, so the same text built again at once is a warm
 * build, cheaper than a speech's first; between two builds of one speech the others are built.
 */
export async function benchCorpusBuild(dir: string, runs = 5): Promise<CorpusBuildResult> {
  const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
  const files = readdirSync(dir)
    .filter((f) => /\.(?:txt|md)$/u.test(f) && f !== 'SOURCES.md')
    .sort();
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const result: CorpusBuildResult = { speeches: 0, words: 0, slides: 0, buildMs: 0, floorMs: 0 };
  // (a warm-up round, which also counts the words and slides)
  texts.forEach((text, k) => {
    const deck = buildDeck(text, { fileName: files[k]! });
    result.speeches++;
    // (words as the engine counts them: a CJK character is a word)
    for (const slide of deck.slides) result.words += slide.words ?? 0;
    result.slides += deck.slides.length;
  });
  const build: number[][] = texts.map(() => []);
  const floor: number[][] = texts.map(() => []);
  for (let i = 0; i < runs; i++)
    texts.forEach((text, k) => {
      let t = performance.now();
      buildDeck(text, { fileName: files[k]! });
      build[k]!.push(performance.now() - t);
      t = performance.now();
      fromMarkdown(text, options);
      floor[k]!.push(performance.now() - t);
    });
  for (let k = 0; k < texts.length; k++) {
    result.buildMs += quantile(build[k]!, 0.5);
    result.floorMs += quantile(floor[k]!, 0.5);
  }
  return result;
}
