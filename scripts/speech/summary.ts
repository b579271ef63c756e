/**
 * Prints what the engine made of speeches: per slide its layout, seconds, title and screen text.
 * `npx tsx scripts/speech/summary.ts <speech>…` — a reviewing aid, not a test.
 */
import { readSpeechFile } from '../../src/host/speech-file';

for (const path of process.argv.slice(2)) {
  const deck = await readSpeechFile(path);
  process.stdout.write(
    `\n=== ${path} — "${deck.meta.title}" lang=${deck.meta.lang ?? '?'} speaker=${deck.meta.speaker ?? ''} date=${deck.meta.date ?? ''}\n`,
  );
  for (const s of deck.slides) {
    const screen = s.screenText.split('\n').slice(1).join(' ⏎ ');
    process.stdout.write(
      `${s.id.padEnd(4)} ${s.layout.padEnd(8)} ${String(s.plannedSeconds).padStart(4)}s  ${s.title}\n`,
    );
    if (screen) process.stdout.write(`                       ${screen.slice(0, 300)}\n`);
  }
}
