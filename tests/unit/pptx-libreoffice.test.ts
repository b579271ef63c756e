/**
 * The PowerPoint export opened by another office suite: `lectern export --pptx` on the speech
 * with every kind of block, converted once by LibreOffice Impress (headless) to PDF with its notes
 * pages. A file Impress can read shows each slide's title on its page and each slide's speech on
 * its notes page. Needs `soffice` (Debian: libreoffice-impress; .ci/run installs it) and poppler's
 * pdfinfo/pdftotext; without them the test is skipped with the reason printed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSpeechFile } from '../../src/host/speech-file';
import { runCli } from '../helpers/cli';
import { writeEveryBlockSpeech } from '../helpers/every-block';
import { tempDir } from '../helpers/temp';

const which = (tool: string) =>
  spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
const soffice = process.env['LIBREOFFICE_PATH'] ?? which('soffice');
const missing = [
  !soffice && 'soffice (apt-get install libreoffice-impress)',
  !which('pdftotext') && 'pdftotext (poppler-utils)',
].filter(Boolean);
if (missing.length) console.log(`[pptx-libreoffice] skipped: ${missing.join(', ')} not found`);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(missing.length > 0)('the PowerPoint file in LibreOffice Impress', () => {
  it('converts to one page per slide plus one notes page each, with the titles and the speech', async () => {
    const speech = writeEveryBlockSpeech();
    const out = tempDir('pptx-impress');
    const pptx = join(out, 'talk.pptx');
    const r = await runCli(['export', speech, '--pptx', pptx]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/wrote .*talk\.pptx \(PowerPoint, \d+ slides, 2 images embedded/);
    const deck = await readSpeechFile(speech);

    // a profile of its own: a parallel or earlier LibreOffice never gets in the way
    const profile = pathToFileURL(join(out, 'profile')).href;
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}',
        '--outdir',
        out,
        pptx,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const pdf = join(out, 'talk.pdf');
    expect(existsSync(pdf), `no PDF in ${readdirSync(out).join(', ')}`).toBe(true);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const n = deck.slides.length;
    expect(pages).toBe(2 * n);
    const page = (i: number) =>
      squash(execFileSync('pdftotext', ['-f', `${i}`, '-l', `${i}`, pdf, '-'], { encoding: 'utf8' }));
    deck.slides.forEach((slide, i) => {
      if (slide.title) expect(page(i + 1)).toContain(squash(slide.title));
      // the notes page shows the slide again, then what is said with it
      expect(page(n + i + 1)).toContain(squash(slide.notes));
    });
  }, 240_000);
});
