import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Deck } from '../../src/core/deck';
import { exportPdf, type ExportProgress } from '../../src/host/export-pdf';
import { handoutHtml } from '../../src/host/handout';
import { readSpeechFile } from '../../src/host/speech-file';
import { defaultSpeechPath } from '../../src/host/default-speech';
import { chromiumPath } from '../helpers/chromium';
import { projectRoot } from '../helpers/show-host';
import { tempDir } from '../helpers/temp';

/** poppler-utils (pdfinfo, pdftotext, pdftoppm) reads the PDFs back; without it the PDF tests skip. */
function hasPoppler(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasPoppler();
if (!poppler)
  console.log(
    'handout PDF tests skipped: pdfinfo/pdftotext/pdftoppm not found (apt-get install -y poppler-utils)',
  );

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const pages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(pdfinfo(file))?.[1]);
const pageSize = (file: string) => /^Page size:\s+(.*)$/m.exec(pdfinfo(file))?.[1] ?? '';
const pageText = (file: string, n: number) =>
  squash(
    execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }),
  );
/** The first words of a slide's notes, as they must appear on its page. */
const notesStart = (notes: string) => squash(notes).split(' ').slice(0, 8).join(' ');

let deck: Deck;
const out = tempDir('handout');

/** Page `n` of a PDF as a PNG in test-results/screenshots, to be looked at. */
function screenshotPage(pdf: string, n: number, name: string): void {
  const shots = join(projectRoot, 'test-results', 'screenshots');
  mkdirSync(shots, { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '50',
    '-f',
    String(n),
    '-l',
    String(n),
    '-singlefile',
    pdf,
    join(shots, name),
  ]);
}

test.beforeAll(async () => {
  deck = await readSpeechFile(defaultSpeechPath([projectRoot]));
});

test.describe('PDF handouts of the default speech', () => {
  test.skip(!poppler, 'poppler-utils (pdfinfo, pdftotext, pdftoppm) is not installed');

  test('notes variant: one page per slide with its title and its spoken text, A4 vs Letter', async () => {
    test.setTimeout(120_000);
    const a4 = join(out, 'notes-a4.pdf');
    const progress: ExportProgress[] = [];
    const bytes = await exportPdf(deck, a4, {
      variant: 'notes',
      paper: 'a4',
      chromiumPath: chromiumPath(),
      onProgress: (p) => progress.push(p),
    });
    expect(bytes).toBeGreaterThan(1000);
    expect(progress.map((p) => p.stage)).toEqual(['launching', 'rendering', 'printing', 'writing', 'done']);
    expect(progress.every((p) => p.slides === deck.slides.length)).toBe(true);

    expect(pages(a4)).toBe(deck.slides.length);
    expect(pageSize(a4)).toMatch(/\(A4\)/);
    expect(pageText(a4, 1)).toContain(squash(deck.meta.title));
    expect(pageText(a4, 1)).toContain(deck.meta.speaker!);
    deck.slides.forEach((slide, i) => {
      const text = pageText(a4, i + 1);
      expect(text, `page ${i + 1}`).toContain(squash(slide.title));
      expect(text, `page ${i + 1}`).toContain(notesStart(slide.notes));
    });

    const letter = join(out, 'notes-letter.pdf');
    await exportPdf(deck, letter, { variant: 'notes', paper: 'letter', chromiumPath: chromiumPath() });
    expect(pages(letter)).toBe(deck.slides.length);
    expect(pageSize(letter)).toMatch(/^612 x 792 pts/);
    expect(pageSize(letter)).not.toBe(pageSize(a4));

    // for the eye (and the report): pages 1 and 3 as PNGs
    for (const n of [1, 3]) screenshotPage(a4, n, `handout-notes-a4-p${n}`);
  });

  test('slides variant: one landscape page per slide, titles only, no notes', async () => {
    test.setTimeout(120_000);
    for (const paper of ['a4', 'letter'] as const) {
      const file = join(out, `slides-${paper}.pdf`);
      await exportPdf(deck, file, { variant: 'slides', paper, chromiumPath: chromiumPath() });
      expect(pages(file)).toBe(deck.slides.length);
      expect(pageSize(file)).toMatch(paper === 'a4' ? /^841\.\d+ x 594\.\d+ pts \(A4\)/ : /^792 x 612 pts/);
      deck.slides.forEach((slide, i) => {
        const text = pageText(file, i + 1);
        expect(text, `${paper} page ${i + 1}`).toContain(squash(slide.title));
        // the notes of a slide that says more than its screen do not appear
        if (!squash(slide.screenText).includes(notesStart(slide.notes)))
          expect(text, `${paper} page ${i + 1}`).not.toContain(notesStart(slide.notes));
      });
      if (paper === 'a4') {
        for (const n of [1, 3]) screenshotPage(file, n, `handout-slides-a4-p${n}`);
      }
    }
  });
});

test('the standalone HTML handout works offline from file://: every slide, the whole speech, nothing runs', async ({
  page,
}) => {
  const file = join(out, 'handout.html');
  writeFileSync(file, handoutHtml(deck, { variant: 'notes', paper: 'a4' }));
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== pathToFileURL(file).href) requests.push(r.url());
  });
  await page.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort(),
  );
  await page.goto(pathToFileURL(file).href);
  await expect(page.locator('section.page')).toHaveCount(deck.slides.length);
  await expect(page.locator('.frame > .lectern-slide')).toHaveCount(deck.slides.length);
  await expect(page.locator('.lectern-slide .slide-title')).toHaveText(deck.slides.map((s) => s.title));
  await expect(page.locator('.handout-head h1')).toHaveText(deck.meta.title);
  // the transcript: every slide's notes, paragraph by paragraph, in order = the whole speech
  const transcript = await page
    .locator('section.page')
    .evaluateAll((sections) =>
      sections.map((s) => [...s.querySelectorAll('.notes p')].map((p) => p.textContent ?? '').join('\n\n')),
    );
  expect(transcript.map(squash)).toEqual(deck.slides.map((s) => squash(s.notes)));
  // the slide keeps the app's 1280×720 layout, scaled to fit the page width
  const box = await page.locator('.frame').first().boundingBox();
  expect(box!.width / box!.height).toBeCloseTo(16 / 9, 2);
  await expect(page.locator('script')).toHaveCount(0);
  expect(problems).toEqual([]);
  expect(requests).toEqual([]);
});
