/**
 * `lectern build --html` and `lectern export --handout/--delegate` embed the speech's images and
 * report, on stderr, each one left out where the speech names it, and how much was embedded.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/helpers/cli';
import {
  CHART_PNG,
  EVERY_BLOCK_SPEECH,
  MISSING_IMAGE,
  writeEveryBlockSpeech,
} from '../../tests/helpers/every-block';

const speech = writeEveryBlockSpeech();
const dir = dirname(speech);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const missingLine = EVERY_BLOCK_SPEECH.slice(0, EVERY_BLOCK_SPEECH.indexOf(MISSING_IMAGE)).split('\n').length;
const located = `every-block.md:${missingLine}:1: warning: image "missing.png" is not in the exported file: no such file next to the speech`;

/** The summary line of a written file: what is in it, then the size of its embedded fonts. */
const wrote = (file: string, what: string): RegExp =>
  new RegExp(`wrote ${`${file} (${what}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, fonts \\d+ kB\\)`);

describe('exports embed their images', () => {
  it('export --handout and --delegate: images inside, the missing one located on stderr', async () => {
    const handout = join(dir, 'handout.html');
    const delegate = join(dir, 'delegate.html');
    const r = await runCli(['export', speech, '--handout', handout, '--delegate', delegate]);
    expect(r.code).toBe(0);
    expect(r.err.split('\n')).toContain(located);
    expect(r.err).toMatch(wrote(handout, '8 slides, 2 images embedded (1 KB)'));
    expect(r.err).toMatch(wrote(delegate, 'delegate viewer, 8 slides, 2 images embedded (1 KB)'));
    for (const file of [handout, delegate]) {
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(`src="data:image/png;base64,${CHART_PNG.toString('base64')}"`);
      expect(html).toContain('src="data:image/svg+xml;base64,');
      expect(html).toContain('<div class="image-missing">A picture that is not there</div>');
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*img-src data:;/);
      expect(html).not.toMatch(/<img src="(?!data:)/);
    }
  });

  it('build --html: the same, for the standalone deck', async () => {
    const out = join(dir, 'deck.html');
    const r = await runCli(['build', speech, '--html', out]);
    expect(r.code).toBe(0);
    expect(r.err.split('\n')).toContain(located);
    expect(r.err).toMatch(wrote(out, '8 slides, 2 images embedded (1 KB)'));
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`src="data:image/png;base64,${CHART_PNG.toString('base64')}"`);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*img-src data:;/);
    expect(html).not.toMatch(/<img src="(?!data:)/);
  });
});
