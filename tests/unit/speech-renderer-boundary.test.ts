/**
 * The speech engine (and its number recogniser, megabytes of JavaScript) runs on the host only:
 * the renderer receives built decks. Walks the renderer's and preloads' relative imports and
 * checks that none reaches src/core/speech.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');

const HOST_ONLY =
  /^(?:@microsoft\/recognizers-text|franc-min|stopwords-iso|mdast-util-to-markdown|highlight\.js|compromise)/;

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const base = resolve(dirname(file), m[1]!);
      const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
        .map((ext) => base + ext)
        .find((p) => existsSync(p) && !p.endsWith('/'));
      if (found && /\.tsx?$/.test(found)) stack.push(found);
    }
  }
  return seen;
}

describe('the speech engine stays out of the renderer and the preloads', () => {
  for (const entry of ['src/renderer/src/main.tsx', 'src/preload/audience.ts', 'src/preload/presenter.ts']) {
    it(entry, () => {
      const files = [...reachable(join(root, entry))];
      expect(files.length).toBeGreaterThan(1);
      expect(
        files
          .map((f) => relative(root, f))
          .filter((f) => /^src\/core\/speech\/(?:index|compose|figures|plan)/.test(f)),
      ).toEqual([]);
      const bare = files.flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/from\s*['"]([^.'"][^'"]*)['"]/g)].map((m) => m[1]!),
      );
      expect(bare.filter((b) => HOST_ONLY.test(b))).toEqual([]);
    });
  }
});
