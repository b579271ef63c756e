import { readFileSync } from 'node:fs';
import { buildDeck, normalizeSpoken } from '../src/core/speech';
import { deckToMarkdown } from '../src/core/speech/eject';
import { corpusFiles, corpusDir } from '../tests/helpers/corpus';
const files = [...corpusFiles.map((f) => corpusDir + f), 'slides/carec-digital-strategy-2030.txt', 'slides/carec-digital-strategy-2030.md', 'tests/fixtures/speeches/open-data-en.md', 'tests/fixtures/speeches/digital-ru.txt', 'tests/fixtures/speeches/digital-zh.txt'];
for (const f of files) {
  const a = buildDeck(readFileSync(f, 'utf8'), { fileName: f.split('/').pop()! });
  const md = deckToMarkdown(a);
  const b = buildDeck(md, { fileName: 'x.md' });
  const diffs: string[] = [];
  if (a.slides.length !== b.slides.length) diffs.push(`slides ${a.slides.length} vs ${b.slides.length}`);
  a.slides.forEach((s, i) => {
    const t = b.slides[i];
    if (!t) return;
    if (s.title !== t.title) diffs.push(`${i} title ${JSON.stringify(s.title)} vs ${JSON.stringify(t.title)}`);
    if (s.layout !== t.layout) diffs.push(`${i} layout ${s.layout} vs ${t.layout}`);
    if (s.screenText !== t.screenText) diffs.push(`${i} screen ${JSON.stringify(s.screenText.slice(0,80))} vs ${JSON.stringify(t.screenText.slice(0,80))}`);
    if (normalizeSpoken(s.notes) !== normalizeSpoken(t.notes)) diffs.push(`${i} notes differ: ${JSON.stringify(s.notes.slice(0,60))} vs ${JSON.stringify(t.notes.slice(0,60))}`);
    if (s.plannedSeconds !== t.plannedSeconds) diffs.push(`${i} secs ${s.plannedSeconds} vs ${t.plannedSeconds}`);
  });
  console.log(f.split('/').pop(), diffs.length ? diffs.slice(0, 6) : 'OK', b.warnings.length ? b.warnings.slice(0,2).map(w=>w.message) : '');
}
