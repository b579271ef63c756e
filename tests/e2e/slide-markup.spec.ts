/**
 * One slide renderer, seen in Chromium: the audience page of the web host and every exported file
 * (standalone deck, delegate viewer, handout) show each slide of a deck holding every block type as
 * the same `.lectern-slide` DOM. Only an image's URL differs (the host's /media/ live, a data:
 * URL in a file); every image shows
 * in all of them, and the one the speech names but its folder lacks is the same alt-text box
 * everywhere (live, the host's 404 turns it into one).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { deckToHtml } from '../../src/host/deck-html';
import { delegateHtml } from '../../src/host/delegate-html';
import { delegateViewer } from '../../src/host/delegate-viewer-build';
import { embedMedia } from '../../src/host/embed-media';
import { handoutHtml } from '../../src/host/handout';
import { writeEveryBlockSpeech } from '../helpers/every-block';
import { projectRoot, startTestShow, type TestShow } from '../helpers/show-host';

let show: TestShow;
test.afterEach(async () => {
  await show?.close();
});

/**
 * Each slide as its DOM, written canonically once every image has loaded or failed: attributes in
 * name order, style as the browser parsed it (React's client sets attributes and styles through the
 * DOM, a file's parser reads them as written), comments dropped and adjacent text joined (React's
 * markers between text nodes), an image's URL left out. Also how many images show.
 */
async function slidesOf(page: Page): Promise<{ markup: string[]; shown: number }> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLImageElement>('.lectern-slide img')].every((img) => img.complete),
  );
  return page.evaluate(() => {
    const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const canonical = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return text(node.textContent ?? '');
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const el = node as HTMLElement;
      const attributes = [...el.attributes]
        .map((a) => {
          if (a.name === 'style') return `style="${el.style.cssText}"`;
          if (a.name === 'src' && el.tagName === 'IMG') return 'src="…"';
          return `${a.name}="${text(a.value).replace(/"/g, '&quot;')}"`;
        })
        .sort();
      const inner = [...el.childNodes].map(canonical).join('');
      return `<${el.tagName.toLowerCase()}${attributes.map((a) => ` ${a}`).join('')}>${inner}</${el.tagName.toLowerCase()}>`;
    };
    const images = [...document.querySelectorAll<HTMLImageElement>('.lectern-slide img')];
    return {
      markup: [...document.querySelectorAll('.lectern-slide')].map(canonical),
      shown: images.filter((img) => img.naturalWidth > 0).length,
    };
  });
}

test('the audience page and every exported file render each slide as the same markup', async ({ page }) => {
  const speech = writeEveryBlockSpeech();
  show = await startTestShow(speech);
  const deck = show.session.snapshot().deck;

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(show.host.audienceUrl);
  await page.bringToFront();
  await expect(page.getByTestId('audience')).toHaveAttribute('data-index', '0');
  await expect(page.locator('.lectern-slide .image-missing')).toHaveCount(1); // missing.png: 404
  const live = await slidesOf(page);
  expect(live.markup).toHaveLength(deck.slides.length);
  expect(live.shown).toBe(2);
  await page.screenshot({ path: join(projectRoot, 'test-results', 'screenshots', 'every-block-live.png') });

  const media = await embedMedia(deck, speech);
  const files = {
    'deck.html': deckToHtml(deck, { media }),
    'delegate.html': delegateHtml(deck, { viewer: await delegateViewer(), media }),
    'handout.html': handoutHtml(deck, { variant: 'notes', paper: 'a4', media }),
  };
  for (const [name, html] of Object.entries(files)) {
    const file = join(dirname(speech), name);
    writeFileSync(file, html);
    await page.goto(pathToFileURL(file).href);
    await expect(page.locator('.lectern-slide')).toHaveCount(deck.slides.length);
    const exported = await slidesOf(page);
    expect(exported.markup, name).toEqual(live.markup);
    expect(exported.shown, `${name}: images shown`).toBe(2);
  }
});
