/**
 * Measures every corpus deck against the issue's rules and the hand-written expectations:
 * `npx tsx scripts/speech/corpus-report.ts [--detail]`. The corpus test asserts the same measures.
 */
import { corpusFiles, expectations, loadCorpus, measure } from '../../tests/helpers/corpus';

const detail = process.argv.includes('--detail');
const total = {
  slides: 0,
  within: 0,
  titles: 0,
  badTitles: 0,
  figures: 0,
  badFigures: 0,
  expFound: 0,
  expOf: 0,
  enumFound: 0,
  enumOf: 0,
  anaFound: 0,
  anaOf: 0,
  notFig: 0,
  structure: 0,
  quotes: 0,
  quoteOf: 0,
};
/** Decks by their share of single-quote content slides (monotony: issue 10's bodies alternate forms). */
const quoteShares: Array<{ name: string; quotes: number; of: number }> = [];
for (const name of corpusFiles) {
  const e = expectations[name];
  if (!e) continue;
  const { deck } = loadCorpus(name);
  const m = measure(name, deck, e);
  total.slides += m.pacing.slides;
  total.within += m.pacing.within;
  total.titles += m.titles;
  total.badTitles += m.badTitles.length;
  total.figures += m.figures;
  total.badFigures += m.badFigures.length;
  total.expFound += m.expectedFigures.found;
  total.expOf += m.expectedFigures.of;
  total.enumFound += m.enumItems.found;
  total.enumOf += m.enumItems.of;
  total.anaFound += m.anaphora.found;
  total.anaOf += m.anaphora.of;
  total.notFig += m.notFigureShown.length;
  total.structure += m.structureOnContent.length;
  total.quotes += m.quotes.quotes;
  total.quoteOf += m.quotes.of;
  quoteShares.push({ name, ...m.quotes });
  process.stdout.write(
    `${name.padEnd(44)} pace ${(m.pacing.share * 100).toFixed(0).padStart(3)}% (${m.pacing.within}/${m.pacing.slides}, >150:${m.pacing.over150}, <6:${m.pacing.under6})  titles bad ${m.badTitles.length}/${m.titles}  figs ${m.figures} bad ${m.badFigures.length} exp ${m.expectedFigures.found}/${m.expectedFigures.of} notFig ${m.notFigureShown.length}  enum ${m.enumItems.found}/${m.enumItems.of} ana ${m.anaphora.found}/${m.anaphora.of}  struct ${m.structureOnContent.length}  title ${m.deckTitleOk ? 'ok' : 'BAD'}  maxWords ${m.maxScreenWords}  quotes ${m.quotes.quotes}/${m.quotes.of}\n`,
  );
  if (detail) {
    for (const t of m.badTitles) process.stdout.write(`    title: "${t.title}" — ${t.why}\n`);
    for (const f of m.badFigures) process.stdout.write(`    figure: "${f.value}" — ${f.why}\n`);
    for (const f of m.expectedFigures.missing) process.stdout.write(`    missing figure: ${f}\n`);
    for (const f of m.notFigureShown) process.stdout.write(`    not a figure, shown: ${f}\n`);
    for (const f of m.enumItems.missing) process.stdout.write(`    missing item: ${f}\n`);
    for (const f of m.closingWishAsItem) process.stdout.write(`    closing wish as item: ${f}\n`);
    for (const f of m.anaphora.missing) process.stdout.write(`    missing anaphora: ${f}\n`);
    for (const f of m.structureOnContent)
      process.stdout.write(`    structure on content: ${f.replace(/\n/g, ' ')}\n`);
    if (!m.deckTitleOk) process.stdout.write(`    deck title: ${deck.meta.title} (expected ${e.title})\n`);
  }
}
const pct = (a: number, b: number) => `${b ? ((a / b) * 100).toFixed(0) : 100}%`;
process.stdout.write(
  `\nALL: content slides within 15–100 s ${pct(total.within, total.slides)} (${total.within}/${total.slides}); titles failing ${total.badTitles}/${total.titles}; figures ${total.figures}, breaking the rules ${total.badFigures}; expected figures shown ${total.expFound}/${total.expOf}; not-figures shown ${total.notFig}; enumeration items ${total.enumFound}/${total.enumOf}; anaphora ${total.anaFound}/${total.anaOf}; structure lines on content slides ${total.structure}; single-quote bodies ${pct(total.quotes, total.quoteOf)} (${total.quotes}/${total.quoteOf})\n`,
);
const worst = quoteShares
  .filter((q) => q.of >= 5)
  .sort((a, b) => b.quotes / b.of - a.quotes / a.of)
  .slice(0, 5);
process.stdout.write(
  `most single quotes: ${worst.map((q) => `${q.name} ${pct(q.quotes, q.of)} (${q.quotes}/${q.of})`).join(', ')}\n`,
);
