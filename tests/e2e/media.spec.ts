/**
 * Video and audio on slides, in Chromium against the web host: a clip beside the speech plays on
 * the audience's screen when its slide comes up, fetched by byte ranges; the presenter sees where
 * it is and can pause it; leaving the slide stops and rewinds it. The video is made by Chromium
 * itself (a canvas recorded to WebM), the audio is a WAV written here: no fixture binaries.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectSlide, openShow, type ShowPages } from './show-pages';
import { tempDir } from '../helpers/temp';

/** A few seconds of WebM video, recorded by Chromium from an animated canvas. */
async function recordWebm(browser: Browser, seconds: number): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const base64 = await page.evaluate(async (ms) => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 180;
      const ctx = canvas.getContext('2d')!;
      const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm' });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (e) => chunks.push(e.data);
      const started = performance.now();
      const draw = () => {
        const t = (performance.now() - started) / ms;
        ctx.fillStyle = '#0e2240';
        ctx.fillRect(0, 0, 320, 180);
        ctx.fillStyle = '#f2b632';
        ctx.fillRect(t * 300, 60, 20, 60);
        if (recorder.state === 'recording') requestAnimationFrame(draw);
      };
      recorder.start(200);
      draw();
      await new Promise((r) => setTimeout(r, ms));
      const done = new Promise((r) => (recorder.onstop = r));
      recorder.stop();
      await done;
      const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    }, seconds * 1000);
    return Buffer.from(base64, 'base64');
  } finally {
    await page.close();
  }
}

/** `seconds` of a quiet 440 Hz tone as a 16-bit mono WAV. */
function wav(seconds: number): Buffer {
  const rate = 8000;
  const samples = rate * seconds;
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++)
    data.writeInt16LE(Math.round(Math.sin((i * 2 * Math.PI * 440) / rate) * 2000), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const clipState = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el: HTMLMediaElement) => ({ paused: el.paused, time: el.currentTime, muted: el.muted }));

let pages: ShowPages | undefined;
test.afterEach(async () => {
  await pages?.close();
  pages = undefined;
});

test('a clip plays on the audience’s screen with its slide, the presenter sees it and pauses it, and leaving stops it', async ({
  browser,
}) => {
  const dir = tempDir('clips');
  writeFileSync(join(dir, 'demo.webm'), await recordWebm(browser, 3));
  writeFileSync(join(dir, 'bell.wav'), wav(2));
  const speech = join(dir, 'talk.md');
  writeFileSync(
    speech,
    '---\ntitle: Clips\n---\n\n# The bus app\n\n![The bus app in use](demo.webm)\n\nHere it is in use.\n\n# The bell\n\n![The station bell](bell.wav)\n\nListen.\n\n# After\n\nDone.\n',
  );
  pages = await openShow(browser, speech);
  const { audience, presenter, show } = pages;
  const answers: number[] = [];
  audience.on('response', (r) => {
    if (r.url().includes('/media/demo.webm')) answers.push(r.status());
  });
  // the page loaded before the listener was there: load it again (it joins the show where it is)
  await audience.reload();
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-index', '0');
  // the operator's one click on the audience window, which a browser wants before it plays sound
  await audience.bringToFront();
  await audience.mouse.click(10, 10);

  show.session.submit({ type: 'goto', index: 1 }, 'presenter');
  await expectSlide(pages, 1);
  await audience.bringToFront();
  const onStage = '.reveal .slides > section.present video[data-clip="video"]';
  await expect.poll(async () => (await clipState(audience, onStage)).paused).toBe(false);
  await expect.poll(async () => (await clipState(audience, onStage)).time).toBeGreaterThan(0.5);
  expect((await clipState(audience, onStage)).muted).toBe(false);
  // fetched by ranges, as a browser streams a video (206 Partial Content)
  expect(answers).toContain(206);

  // the presenter: its preview plays muted, the bar says where the clip is
  const bar = presenter.getByTestId('clip-bar');
  await expect(bar).toHaveAttribute('data-playing', 'yes');
  await expect(presenter.getByTestId('clip-position')).toContainText(/of 00:0[23]/);
  expect((await clipState(presenter, '[data-testid="current-preview"] video[data-clip]')).muted).toBe(true);
  await presenter.getByTestId('clip-toggle').click();
  await expect(bar).toHaveAttribute('data-playing', 'no');
  await audience.bringToFront();
  await expect.poll(async () => (await clipState(audience, onStage)).paused).toBe(true);
  const pausedAt = Number(await presenter.getByTestId('clip-position').getAttribute('data-ms'));
  expect(Math.abs((await clipState(audience, onStage)).time * 1000 - pausedAt)).toBeLessThan(600);
  await presenter.getByTestId('clip-toggle').click();
  await expect.poll(async () => (await clipState(audience, onStage)).paused).toBe(false);
  await audience.screenshot({ path: test.info().outputPath('clip-playing.png') });

  // the next slide: the video stops and rewinds; the audio clip plays in its place
  show.session.submit({ type: 'next' }, 'presenter');
  await expectSlide(pages, 2);
  await audience.bringToFront();
  const video = `.reveal .slides > section[data-slide-id="s1"] video[data-clip]`;
  await expect.poll(async () => clipState(audience, video)).toMatchObject({ paused: true, time: 0 });
  const bell = '.reveal .slides > section.present audio[data-clip="audio"]';
  await expect.poll(async () => (await clipState(audience, bell)).paused).toBe(false);
  await expect(presenter.getByTestId('clip-bar')).toContainText('The station bell');

  show.session.submit({ type: 'next' }, 'presenter');
  await expectSlide(pages, 3);
  await expect
    .poll(
      async () => (await clipState(audience, `.reveal .slides > section[data-slide-id="s2"] audio`)).paused,
    )
    .toBe(true);
  await expect(presenter.getByTestId('clip-bar')).toHaveCount(0);
  expect(pages.problems).toEqual([]);
});
