/**
 * Where figure cards land on a slide, measured in Chromium: a single figure is a hero (centred, its
 * number large), four make a 2×2 grid, and either block sits in the middle of the room under the
 * title, not hung from it; no card leaves the slide, however long its label. The same for a
 * right-to-left speech (its first card on the right), at 16:9 and letterboxed at 4:3 in the HTML
 * deck, and in the presenter's small preview of the live show (the same component, scaled down).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { deckToHtml } from '../../src/host/deck-html';
import { readSpeechFile } from '../../src/host/speech-file';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../src/renderer/src/slide/size';
import { expectSlide, openShow, type ShowPages } from './show-pages';
import { tempDir } from '../helpers/temp';

const ENGLISH = `---
title: Energy
---

# Oil consumption

\`\`\`figures
75 percent — of our energy comes from oil and natural gas, and that share is still growing every year
\`\`\`

Oil and natural gas make up 75 percent of our energy.

# Continue wasting two-thirds

\`\`\`figures
Three-quarters — of them would carry only one person to work and back, every single working day
50 percent — of their heat
two-thirds — of their fuel value
33 percent — more energy by 1985 if we do not act
\`\`\`

Three-quarters of them, 50 percent of their heat, two-thirds of their fuel value, 33 percent more.
`;

const ARABIC = `---
title: اختبار
lang: ar
---

# لكنها ليست حربنا

\`\`\`figures
87 يومًا — على أعلى مستوى من القتال منذ بداية الحرب في أوروبا
\`\`\`

لقد مرت 87 يومًا.

# أربعة أرقام

\`\`\`figures
87 يومًا — على أعلى مستوى
12 دولة — شاركت في المحادثات التي استمرت طوال الليل حتى الصباح التالي
3 مرات — التقى الوزراء
40 بالمئة — من الطاقة المستوردة
\`\`\`

87 يومًا و12 دولة و3 مرات و40 بالمئة.
`;

/** A single figure's number must be at least this tall on a 1280×720 slide (the old card's was 60). */
const HERO_MIN_PX = 120;

type Box = { x: number; y: number; w: number; h: number };

/** Rectangles of a slide's parts, in the slide's own 1280×720 pixels whatever its scale on screen. */
async function measure(slide: Locator) {
  return slide.evaluate((el, designWidth) => {
    const frame = el.getBoundingClientRect();
    const scale = frame.width / designWidth;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return {
        x: (r.left - frame.left) / scale,
        y: (r.top - frame.top) / scale,
        w: r.width / scale,
        h: r.height / scale,
      };
    };
    const all = (sel: string) => [...el.querySelectorAll(sel)].map(box);
    return {
      scale,
      padBottom: parseFloat(getComputedStyle(el).paddingBottom),
      title: box(el.querySelector('.slide-title')!),
      block: box(el.querySelector('.figures')!),
      cards: all('.figure'),
      values: all('.figure-value'),
      labels: all('.figure-label'),
      // text wider than its card (a word too long to wrap) shows as scrollWidth > clientWidth
      spills: [...el.querySelectorAll<HTMLElement>('.figure')].filter(
        (c) => c.scrollWidth > c.clientWidth + 1,
      ).length,
    };
  }, SLIDE_WIDTH);
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.w <= outer.x + outer.w + 0.5 &&
  inner.y + inner.h <= outer.y + outer.h + 0.5;

/** The checks every figure slide passes: balanced under the title, nothing outside its card or the slide. */
function expectBalanced(m: Awaited<ReturnType<typeof measure>>, where: string): void {
  const slide = { x: 0, y: 0, w: SLIDE_WIDTH, h: SLIDE_HEIGHT };
  // the room under the title: from the title's foot to the slide's bottom padding (the footer's band)
  const top = m.title.y + m.title.h;
  const room = SLIDE_HEIGHT - m.padBottom - top;
  const centre = m.block.y + m.block.h / 2;
  expect(centre, `${where}: card block's centre in the middle third under the title`).toBeGreaterThan(
    top + room / 3,
  );
  expect(centre, `${where}: card block's centre in the middle third under the title`).toBeLessThan(
    top + (2 * room) / 3,
  );
  expect(m.block.y, `${where}: cards below the title`).toBeGreaterThanOrEqual(top);
  for (const [i, card] of m.cards.entries()) {
    expect(inside(card, slide), `${where}: card ${i + 1} inside the slide`).toBe(true);
    expect(inside(m.values[i]!, card), `${where}: value ${i + 1} inside its card`).toBe(true);
    expect(inside(m.labels[i]!, card), `${where}: label ${i + 1} inside its card`).toBe(true);
  }
  expect(m.spills, `${where}: cards whose text is wider than the card`).toBe(0);
}

function expectHero(m: Awaited<ReturnType<typeof measure>>, where: string): void {
  expect(m.cards).toHaveLength(1);
  const [card, value, label] = [m.cards[0]!, m.values[0]!, m.labels[0]!];
  expect(value.h, `${where}: the number's height`).toBeGreaterThanOrEqual(HERO_MIN_PX);
  expect(Math.abs(card.x + card.w / 2 - SLIDE_WIDTH / 2), `${where}: card centred`).toBeLessThan(2);
  expect(Math.abs(value.x + value.w / 2 - (card.x + card.w / 2)), `${where}: number centred`).toBeLessThan(2);
  expect(label.y, `${where}: label under the number`).toBeGreaterThanOrEqual(value.y + value.h - 1);
  // the label is a long line here: it wraps inside the card rather than running past it
  expect(label.h, `${where}: the long label wraps`).toBeGreaterThan(60);
}

/** Four cards: two rows of two, equal, in the speech's reading order (right to left for Arabic). */
function expectGrid(m: Awaited<ReturnType<typeof measure>>, rtl: boolean, where: string): void {
  expect(m.cards).toHaveLength(4);
  const [a, b, c, d] = m.cards as [Box, Box, Box, Box];
  expect(Math.abs(a.y - b.y), `${where}: cards 1 and 2 on one row`).toBeLessThan(1);
  expect(Math.abs(c.y - d.y), `${where}: cards 3 and 4 on one row`).toBeLessThan(1);
  expect(c.y, `${where}: cards 3 and 4 below 1 and 2`).toBeGreaterThanOrEqual(a.y + a.h);
  expect(Math.abs(a.x - c.x), `${where}: columns line up`).toBeLessThan(1);
  expect(Math.abs(a.w - b.w), `${where}: equal columns`).toBeLessThan(1);
  if (rtl) expect(a.x, `${where}: the first card is on the right`).toBeGreaterThan(b.x + b.w - 1);
  else expect(b.x, `${where}: the first card is on the left`).toBeGreaterThan(a.x + a.w - 1);
  // the grid spans the body, centred on the slide
  expect(Math.abs(m.block.x + m.block.w / 2 - SLIDE_WIDTH / 2), `${where}: grid centred`).toBeLessThan(2);
}

async function htmlDeck(name: string, text: string): Promise<string> {
  const dir = tempDir(name);
  const speech = join(dir, `${name}.md`);
  writeFileSync(speech, text);
  const deck = await readSpeechFile(speech);
  expect(deck.slides.map((s) => s.layout)).toEqual(['title', 'figures', 'figures']);
  const file = join(dir, 'deck.html');
  writeFileSync(file, deckToHtml(deck));
  return pathToFileURL(file).href;
}

async function showSlide(page: Page, url: string, index: number): Promise<Locator> {
  await page.goto(`${url}#/${index}`);
  await expect(page.locator('.reveal.ready')).toHaveCount(1);
  const slide = page.locator('.reveal .slides > section.present .lectern-slide');
  await expect(slide).toHaveAttribute('data-slide-id', `s${index}`);
  await page.evaluate(() => document.fonts.ready);
  return slide;
}

for (const [name, text, rtl] of [
  ['english', ENGLISH, false],
  ['arabic', ARABIC, true],
] as const) {
  test(`${name}: one figure is a centred hero, four a balanced 2×2 grid, at 16:9 and 4:3`, async ({
    page,
  }) => {
    await page.bringToFront();
    const url = await htmlDeck(name, text);
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(viewport);
      const where = `${name} ${viewport.width}×${viewport.height}`;
      const hero = await showSlide(page, url, 1);
      if (rtl) await expect(hero).toHaveAttribute('dir', 'rtl');
      const one = await measure(hero);
      expectBalanced(one, `${where} one figure`);
      expectHero(one, `${where} one figure`);
      const four = await measure(await showSlide(page, url, 2));
      expectBalanced(four, `${where} four figures`);
      expectGrid(four, rtl, `${where} four figures`);
    }
  });
}

let pages: ShowPages | undefined;
test.afterEach(async () => {
  await pages?.close();
  pages = undefined;
});

test("the presenter's small preview lays the figure slides out as the stage does", async ({ browser }) => {
  const speech = join(tempDir('figure-preview'), 'energy.md');
  writeFileSync(speech, ENGLISH);
  pages = await openShow(browser, speech);
  const { presenter, audience } = pages;
  for (const index of [1, 2]) {
    pages.show.session.submit({ type: 'goto', index }, 'presenter');
    await expectSlide(pages, index);
    await presenter.bringToFront();
    const preview = presenter.locator('[data-testid="current-preview"] .lectern-slide');
    const small = await measure(preview);
    expect(small.scale, 'the preview is scaled down').toBeLessThan(0.8);
    expectBalanced(small, `preview of slide ${index}`);
    if (index === 1) expectHero(small, 'preview of the hero');
    else expectGrid(small, false, 'preview of the grid');
    // and it is the audience's slide, part for part, at its own scale
    await audience.bringToFront();
    const stage = await measure(audience.locator('.reveal .slides > section.present .lectern-slide'));
    for (const [i, card] of stage.cards.entries()) {
      expect(Math.abs(small.cards[i]!.y - card.y), `card ${i + 1}: same place in the preview`).toBeLessThan(
        2,
      );
      expect(Math.abs(small.cards[i]!.h - card.h), `card ${i + 1}: same size in the preview`).toBeLessThan(2);
    }
  }
});
