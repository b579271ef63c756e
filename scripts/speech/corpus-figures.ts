/**
 * Every corpus deck's figures, one a line (file, slide, value, label), and with `--all` every
 * figure the engine finds in each speech: `npx tsx --tsconfig tsconfig.node.json
 * scripts/speech/corpus-figures.ts [--all] > a.txt`, then again after a change, and `diff` the
 * two. A change meant to keep the figures (one list serving two rules) shows no line of difference.
 */
import { corpusFiles, expectations, loadCorpus } from '../../tests/helpers/corpus';
import { figuresOf } from '../../tests/helpers/speech-rules';
import { findFigures } from '../../src/core/speech/figures';
for (const name of corpusFiles) {
  const { deck, text } = loadCorpus(name);
  deck.slides.forEach((s, i) => {
    for (const f of figuresOf(s)) process.stdout.write(`${name}\t#${i}\t${f.value}\t— ${f.label}\n`);
  });
  if (process.argv.includes('--all'))
    for (const f of findFigures(text, expectations[name]?.lang ?? deck.meta.lang, 100000))
      process.stdout.write(`ALL ${name}\t${f.kind}\t${f.value}\t— ${f.label}\n`);
}
