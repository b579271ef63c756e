import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSpeechFile } from './speech-file';
import { embedMedia } from './embed-media';
import { deckToPptx } from './pptx';
import { writeEveryBlockSpeech } from '../../tests/helpers/every-block';
import { THEMES } from '../core/themes';
import { buildDeck } from '../core/speech';
import type { Deck } from '../core/deck';

/** The text of every `<a:t>` run of an XML part, joined, entities decoded. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const number = (path: string) => Number(/(\d+)\.xml$/.exec(path)![1]);

describe('PowerPoint export', async () => {
  const speech = writeEveryBlockSpeech();
  const deck = await readSpeechFile(speech);
  const media = await embedMedia(deck, speech);
  const file = await deckToPptx(deck, { media });
  const zip = await JSZip.loadAsync(file.bytes);
  const parts = (prefix: string) =>
    Object.keys(zip.files)
      .filter((p) => new RegExp(`^${prefix}\\d+\\.xml$`).test(p))
      .sort((a, b) => number(a) - number(b));
  const slides = parts('ppt/slides/slide');
  const notes = parts('ppt/notesSlides/notesSlide');
  const xml = async (p: string) => zip.file(p)!.async('string');

  it('has one slide and one notes part per Lectern slide', () => {
    expect(slides).toHaveLength(deck.slides.length);
    expect(notes).toHaveLength(deck.slides.length);
  });
  it('puts each slide’s speech in its notes, word for word and in order', async () => {
    for (const [i, slide] of deck.slides.entries()) {
      const rels = await xml(`ppt/slides/_rels/slide${i + 1}.xml.rels`);
      const target = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)![1];
      expect(squash(textOf(await xml(`ppt/notesSlides/${target}`)))).toContain(squash(slide.notes));
    }
  });
  it('draws titles, lists, figures, tables, code and pictures as native objects', async () => {
    const all = await Promise.all(slides.map(xml));
    deck.slides.forEach((slide, i) => {
      if (slide.title) expect(textOf(all[i]!)).toContain(slide.title);
    });
    const at = (title: string) => all[deck.slides.findIndex((s) => s.title === title)]!;
    expect(at('Lists')).toMatch(/<a:buAutoNum type="arabicPeriod" startAt="3"\/>/);
    expect(at('Lists')).toMatch(/<a:buChar /);
    expect(textOf(at('Key figures'))).toContain('56.1 trillion RMB');
    expect(textOf(at('Key figures'))).toContain('of total GDP');
    expect(at('Table')).toContain('<a:tbl>');
    expect(textOf(at('Table'))).toContain('1,234');
    expect(textOf(at('Quote and code'))).toContain('const ratio = 44 / 100; // 1 < 2 && "quoted"');
    expect(at('Images')).toMatch(/<p:pic>/);
    expect(Object.keys(zip.files).some((p) => /^ppt\/media\/.+\.png$/.test(p))).toBe(true);
  });
  it('is drawn in the deck’s theme: its background, text colour and faces', async () => {
    const content = await xml(slides[1]!);
    const c = THEMES.lectern!.colors;
    expect(content).toContain(`<a:srgbClr val="${c.bg.slice(1).toUpperCase()}"`);
    expect(content.toUpperCase()).toContain(`VAL="${c.ink.slice(1).toUpperCase()}"`);
    const light = await deckToPptx({ ...deck, meta: { ...deck.meta, theme: 'white' } }, { media });
    const lightSlide = await (
      await JSZip.loadAsync(light.bytes)
    )
      .file('ppt/slides/slide2.xml')!
      .async('string');
    expect(lightSlide).toContain('<a:srgbClr val="FFFFFF"');
    expect(textOf(lightSlide)).toContain(deck.slides[1]!.title.toUpperCase());
  });
  it('takes the slide colours the speech’s own CSS sets', async () => {
    const styled = {
      ...deck,
      style: { css: '', media: [], colors: { bg: '#fdfdf0', heading: '#102030' }, hash: 'x' },
    };
    const zip2 = await JSZip.loadAsync((await deckToPptx(styled, { media })).bytes);
    const content = await zip2.file('ppt/slides/slide2.xml')!.async('string');
    expect(content).toContain('<a:srgbClr val="FDFDF0"');
    expect(content).toContain('<a:srgbClr val="102030"');
  });
  it('says an SVG it cannot draw is left as its alt text, located', () => {
    expect(file.warnings).toEqual([
      expect.objectContaining({
        line: expect.any(Number),
        message: expect.stringMatching(/figures\/diagram\.svg" is an SVG/),
      }),
    ]);
  });
  it('carries the title and speaker as the document’s properties', async () => {
    const core = await xml('docProps/core.xml');
    expect(core).toContain('<dc:title>Every block on a slide</dc:title>');
    expect(core).toContain('Ada Example');
  });
});

describe('PowerPoint export: the footer', () => {
  const slideTexts = async (deck: Deck) => {
    const zip = await JSZip.loadAsync((await deckToPptx(deck)).bytes);
    const paths = Object.keys(zip.files)
      .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
      .sort((a, b) => number(a) - number(b));
    return Promise.all(paths.map(async (p) => textOf(await zip.file(p)!.async('string'))));
  };
  it('puts a venue read off the speech on the title slide only', async () => {
    const deck = buildDeck(
      'East Room\n\n8:06 P.M. EDT\n\nTonight, we celebrate the alliance between Japan and the United States.\n\nOur two nations have worked side by side for seventy years, in trade, in science and at sea.\n\nThank you.',
      { fileName: 'toast.txt' },
    );
    const [first, ...rest] = await slideTexts(deck);
    expect(first).toContain('East Room');
    expect(rest.length).toBeGreaterThan(0);
    for (const text of rest) expect(text).not.toContain('East Room');
  });
  it('puts the front matter’s speaker and event on every content slide', async () => {
    const deck = buildDeck(
      '---\ntitle: Talk\nspeaker: Ann\nevent: Urban Forum\n---\n\nGood morning.\n\n## Homes\n\n- Built on time\n- Built to last\n\nWe built homes.',
      {
        fileName: 'talk.md',
      },
    );
    const texts = await slideTexts(deck);
    expect(texts.at(-1)).toContain('Ann · Urban Forum');
  });
});
