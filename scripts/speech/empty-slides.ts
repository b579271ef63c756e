/**
 * Lists the content slides with nothing on screen but a title ("section" layout from prose),
 * with the start of their notes, and counts them per speech and in all.
 * `npx tsx --tsconfig tsconfig.node.json scripts/speech/empty-slides.ts <speech>…` — a reviewing aid, not a test.
 */
import { readSpeechFile } from '../../src/host/speech-file';

let total = 0;
let content = 0;
for (const path of process.argv.slice(2)) {
  const deck = await readSpeechFile(path);
  const body = deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');
  const empty = body.filter((s) => !s.blocks.length);
  total += empty.length;
  content += body.length;
  process.stdout.write(`${path.split('/').pop()}: ${empty.length} of ${body.length}\n`);
  for (const s of empty)
    process.stdout.write(`  ${s.id} "${s.title}" — ${s.notes.replace(/\s+/gu, ' ').slice(0, 160)}…\n`);
}
process.stdout.write(`title-only content slides: ${total} of ${content}\n`);
