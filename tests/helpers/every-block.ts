/**
 * A speech with every kind of block a slide can hold (headings of all six levels, ordered lists
 * with a start and nested lists, key figures, a quote with a line break, code, a table with each
 * alignment, images embedded, missing and refused, links, emphasis) and the image files it names,
 * written to a fresh folder: for the tests that check the live slides and every export agree.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp';

/** A 64×36 PNG: four bars on navy, like a small chart. */
export const CHART_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAkCAIAAAC2bqvFAAAAYUlEQVR42u3YsQ2AIBRFUSZwCEdwAjdgWxNqE+IQTsEELkBDKABzklu/n9P+sO3n0gUAAAAAgF8BynVUAwAAAACYD9B6DAAAAGAUIN5PNQAAAICeCQAAgAkAKb9L57U4ug8faPs7Dt1XLQAAAABJRU5ErkJggg==',
  'base64',
);

export const DIAGRAM_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180"><rect width="320" height="180" rx="12" fill="#4fc3c8"/><circle cx="160" cy="90" r="60" fill="#f2b632"/></svg>';

/** The image the speech names but its folder does not hold. */
export const MISSING_IMAGE = '![A picture that is not there](missing.png)\n\n';

export const EVERY_BLOCK_SPEECH = `---
title: Every block on a slide
speaker: Ada Example
event: Render check
---

Good morning. This talk shows every kind of block a slide can hold.

# Headings

\`\`\`screen
# Level one
## Level two
### Level three
#### Level four
##### Level five
###### Level six
\`\`\`

Headings of every level, from one to six.

# Lists

\`\`\`screen
3. Third, with *emphasis* and **strong** words
4. Fourth, with \`inline code\`
   - a nested bullet
   - another, with a [link to the source](https://example.org/source)
     1. and a nested ordered item
\`\`\`

Lists, ordered from three, with a nested list.

# Key figures

\`\`\`figures
56.1 trillion RMB — the digital economy in 2023
44% — of total GDP
\`\`\`

The economy reached 56.1 trillion RMB in 2023, about 44% of total GDP, the second largest in the world.

# Quote and code

\`\`\`screen
> Data is a new factor of production,  
> and the line above breaks here.

    const ratio = 44 / 100; // 1 < 2 && "quoted"

~~~python
def share(part, total):
    return part / total  # "44%" < 1
~~~
\`\`\`

A quote with a hard line break, and two code blocks, one highlighted.

# Table

\`\`\`screen
| Left | Centre | Right | Plain |
|:-----|:------:|------:|-------|
| a **bold** cell | b | 1,234 | [docs](https://example.org/docs) |
| c | *d* | 56 | \`e\` |
\`\`\`

A table whose columns keep their alignment.

# Images

![A small chart](chart.png)

![A diagram](figures/diagram.svg)

${MISSING_IMAGE}Three images: two embedded, one missing.

Thank you!
`;

/**
 * Writes the speech and its images to a new folder; returns the speech's path. Without
 * `missingImage` the speech does not name the image that is not there.
 */
export function writeEveryBlockSpeech(options: { missingImage?: boolean } = {}): string {
  const dir = tempDir('every-block');
  writeFileSync(join(dir, 'chart.png'), CHART_PNG);
  mkdirSync(join(dir, 'figures'));
  writeFileSync(join(dir, 'figures', 'diagram.svg'), DIAGRAM_SVG);
  const speech = join(dir, 'every-block.md');
  const text =
    options.missingImage === false
      ? EVERY_BLOCK_SPEECH.replace(MISSING_IMAGE, '').replace(', one missing', '')
      : EVERY_BLOCK_SPEECH;
  writeFileSync(speech, text);
  return speech;
}
