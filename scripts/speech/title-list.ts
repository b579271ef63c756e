/**
 * Lists every content slide's title of the given speeches (one line each, with the slide's first
 * words), for judging titles by eye: `npx tsx scripts/speech/title-list.ts <speech>… [--notes]`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildDeck } from '../../src/core/speech';

const notes = process.argv.includes('--notes');
for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const deck = buildDeck(readFileSync(file, 'utf8'), { fileName: basename(file) });
  const m = deck.meta;
  process.stdout.write(
    `== ${basename(file)}: title "${m.title}"${m.subtitle ? ` / subtitle "${m.subtitle}"` : ''}${m.speaker ? ` / speaker "${m.speaker}"` : ''}${m.event ? ` / event "${m.event}"` : ''}${m.date ? ` / date "${m.date}"` : ''}\n`,
  );
  deck.slides.forEach((s, i) => {
    if (s.layout === 'title' || s.layout === 'closing') return;
    const said = s.notes.replace(/\s+/g, ' ').trim();
    process.stdout.write(
      `s${String(i).padStart(2, '0')} ${s.title || '(none)'}${notes ? `\n      ${said.slice(0, 400)}` : ''}\n`,
    );
  });
}
