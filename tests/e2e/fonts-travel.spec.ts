/**
 * Fonts that travel: a Chinese standalone deck, opened in a Chromium that sees no CJK (nor
 * Arabic, nor Noto) font on the machine, draws every glyph of its slides from the fonts embedded
 * in the file. Chromium itself (through DevTools) says which fonts drew a node.
 *
 * The machine's fonts are hidden by a fontconfig that offers DejaVu alone (fonts-dejavu-core,
 * which .ci/run installs). Not none at all: with no font whatever, Chromium's font stack refuses
 * to decode any web font either, which is no machine a speaker will meet.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { deckToHtml } from '../../src/host/deck-html';
import { exportFonts } from '../../src/host/export-fonts';
import { cutFont } from '../../src/host/font-subset';
import { readSpeechFile } from '../../src/host/speech-file';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium';
import { projectRoot, startTestShow } from '../helpers/show-host';
import { tempDir } from '../helpers/temp';

const dir = tempDir('fonts');
/** Where the screenshots go; the ones in docs/ are copies of these, looked at. */
const screenshots = join(projectRoot, 'test-results', 'screenshots');

/** A fontconfig that offers DejaVu only: Latin, Greek, Cyrillic; no CJK, no Arabic, no Noto. */
function latinOnlyFontconfig(): string {
  const cache = join(dir, 'fc-cache');
  mkdirSync(cache, { recursive: true });
  const file = join(dir, 'latin-only.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${cache}</cachedir></fontconfig>\n`,
  );
  return file;
}

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** The fonts Chromium drew a node's text with (CSS.getPlatformFontsForNode). */
async function fontsOf(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  // the element and what is inside it: a CJK line is set in clause spans (SlideContent's renderText),
  // and the protocol reports the fonts of a node's own text only
  const first = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const inside = await cdp.send('DOM.querySelectorAll', { nodeId: first.nodeId, selector: '*' });
  const fonts = new Map<string, PlatformFont>();
  for (const nodeId of [first.nodeId, ...inside.nodeIds])
    for (const font of (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts)
      fonts.set(`${font.familyName}|${font.isCustomFont}`, font);
  await cdp.detach();
  return [...fonts.values()];
}

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: latinOnlyFontconfig() },
  });
});
test.afterAll(async () => browser?.close());

test('a Chinese standalone deck draws its glyphs from its own fonts on a machine without CJK fonts', async () => {
  const deck = await readSpeechFile(join(projectRoot, 'tests/fixtures/speeches/digital-zh.txt'));
  expect([deck.meta.lang, deck.meta.dir]).toEqual(['zh', 'ltr']);
  const fonts = await exportFonts(deck, { cut: cutFont, interfaceWords: false });
  // the slide of key figures: Han, digits and signs side by side
  const figures = deck.slides.findIndex((s) => s.layout === 'figures');
  expect(figures).toBeGreaterThan(0);
  const withFonts = join(dir, 'zh.html');
  const without = join(dir, 'zh-no-fonts.html');
  writeFileSync(withFonts, deckToHtml(deck, { fonts }));
  writeFileSync(without, deckToHtml(deck));

  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${pathToFileURL(withFonts).href}#/${figures}`);
  await expect(page.locator('.reveal.ready')).toHaveCount(1);
  await page.evaluate(() => document.fonts.ready);
  const slide = 'section.present .lectern-slide';
  await expect(page.locator(slide)).toHaveAttribute('lang', 'zh');
  // every glyph of the title and the figures comes from an embedded face: Noto Sans SC for Han,
  // Noto Sans for the Latin digits and signs, and nothing from the (empty) machine
  for (const part of ['.slide-title', '.figure-value', '.figure-label']) {
    const used = await fontsOf(page, `${slide} ${part}`);
    expect(used.length, part).toBeGreaterThan(0);
    for (const font of used) expect(font, part).toMatchObject({ isCustomFont: true });
    expect(used.map((f) => f.familyName).join(' ')).toMatch(/Noto Sans SC/);
  }
  await page.screenshot({ path: join(screenshots, 'zh-standalone-no-system-fonts.png') });

  // the control: the same deck without its fonts has nothing of its own to draw Han with, and the
  // machine has nothing either (the test would prove nothing on a machine with a CJK font)
  const bare = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await bare.goto(`${pathToFileURL(without).href}#/${figures}`);
  await expect(bare.locator('.reveal.ready')).toHaveCount(1);
  const bareFonts = await fontsOf(bare, `${slide} .slide-title`);
  expect(bareFonts.some((f) => f.isCustomFont || /CJK|SC|Noto/.test(f.familyName))).toBe(false);
});

test('the app draws a Chinese deck with its own fonts, and a Latin deck loads nothing of them', async () => {
  for (const [speech, cjk] of [
    [join(projectRoot, 'tests/fixtures/speeches/digital-zh.txt'), true],
    [undefined, false],
  ] as const) {
    const show = await startTestShow(speech);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(show.host.audienceUrl);
      await expect(page.getByTestId('audience')).toHaveAttribute('data-index', '0');
      await page.evaluate(() => document.fonts.ready);
      const slide = '.reveal .slides > section.present .lectern-slide';
      if (cjk) {
        await expect
          .poll(async () => (await fontsOf(page, `${slide} .slide-title`)).map((f) => f.familyName).join())
          .toMatch(/Noto Sans SC/);
        for (const font of await fontsOf(page, `${slide} .slide-title`)) expect(font.isCustomFont).toBe(true);
      } else {
        // the first paint of a Latin deck: the Latin face only, no CJK stylesheet or slice
        expect(fetched.filter((path) => /fonts-cjk|noto-sans-sc/.test(path))).toEqual([]);
        expect(fetched.filter((path) => path.endsWith('.woff2'))).toEqual([
          expect.stringMatching(/noto-sans-latin-wght/),
        ]);
      }
      await page.close();
    } finally {
      await show.close();
    }
  }
});

/**
 * Opens a speech of one title and one paragraph in the app (audience view) and checks that its
 * title slide's title is drawn with `family`, and with the app's own fonts only; the fonts used.
 */
async function titleFonts(
  name: string,
  title: string,
  body: string,
  family: RegExp,
  lang?: string,
): Promise<PlatformFont[]> {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, `${title}\n\n${body}`);
  const show = await startTestShow(file);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
    await page.bringToFront();
    await page.goto(show.host.audienceUrl);
    await expect(page.getByTestId('audience')).toHaveAttribute('data-index', '0');
    const slide = '.reveal .slides > section.present .lectern-slide';
    await expect(page.locator(`${slide} .slide-title`)).toHaveText(title);
    if (lang) await expect(page.locator(slide)).toHaveAttribute('lang', lang);
    await expect
      .poll(async () => (await fontsOf(page, `${slide} .slide-title`)).map((f) => f.familyName).join())
      .toMatch(family);
    const used = await fontsOf(page, `${slide} .slide-title`);
    for (const font of used) expect(font.isCustomFont, `${name}: ${font.familyName}`).toBe(true);
    await page.screenshot({ path: join(screenshots, `${name}-app-no-system-fonts.png`) });
    await page.close();
    return used;
  } finally {
    await show.close();
  }
}

test('the app draws Korean Hangul from Noto Sans KR and Japanese Han from Noto Sans JP, on a machine without CJK fonts', async () => {
  // short texts of our own, in each language
  await titleFonts(
    'ko',
    '국민 여러분께 드리는 말씀',
    '국민 여러분, 오늘 우리는 새로운 길을 함께 걷기 시작합니다. 뷁 같은 낯선 글자도 화면에 그대로 보여야 합니다.',
    /Noto Sans KR/,
    'ko',
  );
  const ja = await titleFonts(
    'ja',
    '骨と直角の話',
    '今日は骨と直角の話をします。日本の字形で表示されるべきです。',
    /Noto Sans JP/,
    'ja',
  );
  // Japanese Han in Japanese forms: nothing of the title from the Chinese face
  expect(ja.map((f) => f.familyName).join()).not.toMatch(/Noto Sans SC/);
});

test('the app draws Tamil, Amharic and Khmer from its own fonts, on a machine without them', async () => {
  // short texts of our own; a Tamil deck showed empty boxes on every slide before (judge26)
  await titleFonts(
    'ta',
    'தமிழ் மொழியின் பெருமை',
    'நண்பர்களே, இன்று நாம் ஒரு புதிய பயணத்தைத் தொடங்குகிறோம்.',
    /Noto Sans Tamil/,
  );
  await titleFonts('am', 'የአፍሪካ ህብረት ጉባኤ', 'ወዳጆቼ፣ ዛሬ አዲስ ጉዞ እንጀምራለን።', /Noto Sans Ethiopic/);
  await titleFonts('km', 'អនាគតកម្ពុជា', 'មិត្តភក្តិទាំងអស់គ្នា ថ្ងៃនេះយើងចាប់ផ្តើមដំណើរថ្មីមួយ។', /Noto Sans Khmer/);
});
