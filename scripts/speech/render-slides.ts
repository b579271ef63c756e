/**
 * Renders every slide of speeches to PNG, as the audience would see them (the standalone HTML
 * export, with the app's own fonts embedded as `lectern build --html` does, in Debian's Chromium, 1280×720), and a contact sheet of each deck (a grid of thumbnails).
 *
 *   npx tsx --tsconfig tsconfig.node.json scripts/speech/render-slides.ts <out-dir> <speech>… [--max N]
 *
 * Writes <out-dir>/<speech>/sNN.png and <out-dir>/<speech>-sheet.png. A reviewing aid: look at
 * the pictures as a designer would.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium } from '@playwright/test';
import { deckToHtml } from '../../src/host/deck-html';
import { exportFonts } from '../../src/host/export-fonts';
import { cutFont } from '../../src/host/font-subset';
import { CHROMIUM_ARGS, findChromium } from '../../src/host/export-pdf';
import { readSpeechFile } from '../../src/host/speech-file';

const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 16;
const [outDir, ...speeches] = args.filter((a, i) => !a.startsWith('--') && (maxAt < 0 || i !== maxAt + 1));
if (!outDir || !speeches.length) {
  process.stderr.write('usage: render-slides.ts <out-dir> <speech>… [--max N]\n');
  process.exit(2);
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.bringToFront();
for (const speech of speeches) {
  const deck = await readSpeechFile(speech);
  const name = basename(speech).replace(/\.[^.]+$/, '');
  const dir = join(outDir, name);
  mkdirSync(dir, { recursive: true });
  const htmlPath = join(dir, 'deck.html');
  // the app's fonts, not the machine's: a machine without CJK or Arabic fonts draws what the room sees
  const fonts = await exportFonts(deck, { cut: cutFont, interfaceWords: false });
  writeFileSync(htmlPath, deckToHtml(deck, { fonts }));
  const shots: string[] = [];
  await page.goto(`file://${htmlPath}#/0`);
  // no fade between slides: each picture shows one slide only
  await page.addStyleTag({ content: '.reveal .slides section{transition:none!important}' });
  for (let i = 0; i < deck.slides.length; i++) {
    await page.evaluate(`location.hash = '#/${i}'`);
    await page.waitForTimeout(250);
    const file = join(dir, `s${String(i).padStart(2, '0')}.png`);
    await page.screenshot({ path: file });
    if (i < max) shots.push(basename(file));
  }
  // the contact sheet: thumbnails in a grid, each with its number, layout and planned time
  const cells = shots
    .map((png, i) => {
      const s = deck.slides[i]!;
      return `<figure><img src="${png}"><figcaption>${i} · ${s.layout} · ${s.plannedSeconds}s</figcaption></figure>`;
    })
    .join('');
  const sheet = `<!doctype html><meta charset="utf-8"><style>body{margin:0;padding:12px;background:#222;font:13px system-ui;color:#ddd;display:grid;grid-template-columns:repeat(4,320px);gap:10px}figure{margin:0}img{width:320px;height:180px;display:block;border:1px solid #444}figcaption{padding:2px 0}</style><h3 style="grid-column:1/-1;margin:0 0 4px">${deck.meta.title.replace(/[<&]/g, '')} — ${deck.slides.length} slides</h3>${cells}`;
  writeFileSync(join(dir, 'sheet.html'), sheet);
  await page.setViewportSize({ width: 1336, height: 200 });
  await page.goto(`file://${join(dir, 'sheet.html')}`);
  await page.waitForLoadState('load');
  await page.screenshot({ path: join(outDir, `${name}-sheet.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  process.stderr.write(`${name}: ${deck.slides.length} slides\n`);
}
await browser.close();
