// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ShowSnapshot } from '../core/contract';
import {
  FIRST_SLIDE_ID,
  FIRST_SNAPSHOT_ID,
  NOTES_IN_PAGE_CHARS,
  NOTES_NEAR,
  parseFirstPage,
  parseFirstSnapshot,
} from '../core/first-page';
import { DEFAULT_KEY_SETTINGS } from '../core/key-profiles';
import { initialShowState } from '../core/show';
import { makeDeck } from '../../tests/helpers/decks';
import { firstSlideMarkup, withFirstPage } from './first-page';

const PAGE =
  '<!doctype html><html><head><title>t</title></head><body><div id="root"></div>' +
  '<script type="module" src="/assets/audience-x.js"></script></body></html>';

const HOSTILE = 'We said </script><script>window.pwned = 1</script> and <!-- <script> and \u2028 too.';

function snapshotOf(count: number, patch: (s: ShowSnapshot) => void = () => undefined): ShowSnapshot {
  const deck = makeDeck(count);
  deck.slides[1]!.notes = HOSTILE;
  deck.slides[1]!.title = '</script><img src=x onerror=alert(1)>';
  const snapshot: ShowSnapshot = {
    deck,
    state: initialShowState(count),
    problem: null,
    notice: null,
    problems: [],
    keys: DEFAULT_KEY_SETTINGS,
  };
  patch(snapshot);
  return snapshot;
}

describe('the first snapshot in the page', () => {
  it('survives a speech that says </script>: one inert JSON element, read back unchanged', () => {
    const snapshot = snapshotOf(3, (s) => (s.state.index = 1));
    const html = withFirstPage(PAGE, snapshot, { firstSlide: true });
    expect(html).not.toContain('</script><script>window.pwned');
    const { document } = new JSDOM(html).window;
    const scripts = [...document.querySelectorAll('script')];
    // the page's own module and the JSON: nothing from the speech became an element
    expect(scripts.map((s) => s.type)).toEqual(['application/json', 'module']);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    const read = parseFirstSnapshot(document.getElementById(FIRST_SNAPSHOT_ID)?.textContent);
    expect(read).toEqual(snapshot);
    expect(read!.deck.slides[1]!.notes).toBe(HOSTILE);
  });

  it('writes each page with the show state of its moment, the deck part reused', () => {
    const snapshot = snapshotOf(3);
    const pageAt = (index: number) =>
      withFirstPage(PAGE, { ...snapshot, state: { ...snapshot.state, index } }, { firstSlide: true });
    const first = pageAt(0);
    const second = pageAt(2);
    const read = (html: string) =>
      parseFirstSnapshot(new JSDOM(html).window.document.getElementById(FIRST_SNAPSHOT_ID)?.textContent);
    expect(read(first)!.state.index).toBe(0);
    expect(read(second)!.state.index).toBe(2);
    expect(read(second)!.deck).toEqual(snapshot.deck);
    // the slide drawn is the one of each page's moment, and stays out of the head
    expect(
      new JSDOM(second).window.document.querySelector('[data-slide-id]')!.getAttribute('data-slide-id'),
    ).toBe('s2');
    expect(second.indexOf(FIRST_SNAPSHOT_ID)).toBeLessThan(second.indexOf('</head>'));
  });

  it('draws the audience slide the show is at, as escaped text', () => {
    const snapshot = snapshotOf(3, (s) => (s.state.index = 1));
    const { document } = new JSDOM(withFirstPage(PAGE, snapshot, { firstSlide: true })).window;
    const layer = document.getElementById(FIRST_SLIDE_ID)!;
    const sections = layer.querySelectorAll('.reveal > .slides > section');
    expect(sections).toHaveLength(1);
    expect(sections[0]!.getAttribute('data-slide-id')).toBe('s1');
    expect(layer.querySelector('h1')!.textContent).toBe('</script><img src=x onerror=alert(1)>');
    // the speech (notes) is not on the room's screen
    expect(layer.textContent).not.toContain('window.pwned');
  });

  it('draws no slide on a black or white screen, or for pages other than the audience', () => {
    expect(firstSlideMarkup(snapshotOf(3, (s) => (s.state.screen = 'black')))).toBeNull();
    expect(firstSlideMarkup(snapshotOf(3, (s) => (s.state.screen = 'white')))).toBeNull();
    const presenter = new JSDOM(withFirstPage(PAGE, snapshotOf(3), { firstSlide: false })).window.document;
    expect(presenter.getElementById(FIRST_SLIDE_ID)).toBeNull();
    expect(presenter.getElementById(FIRST_SNAPSHOT_ID)).not.toBeNull();
  });

  it('preloads the fonts it is given', () => {
    const html = withFirstPage(PAGE, snapshotOf(2), { firstSlide: true, fonts: ['/assets/latin.woff2'] });
    const link = new JSDOM(html).window.document.querySelector('link[rel="preload"]')!;
    expect(link.getAttribute('href')).toBe('/assets/latin.woff2');
    expect(link.getAttribute('as')).toBe('font');
  });

  it('reads nothing from text that is not a snapshot', () => {
    expect(parseFirstSnapshot('')).toBeNull();
    expect(parseFirstSnapshot('{"deck":')).toBeNull();
    expect(parseFirstSnapshot('{"a":1}')).toBeNull();
  });

  it("carries only the notes near the presenter's slide of a long talk, and no deck tag", () => {
    // 200 slides of 4,000 characters: 800,000 characters of notes, over the page's share
    const long = (i: number): string => `Slide ${i} says ${'word '.repeat(800)}`.trim();
    const snapshot = snapshotOf(200, (s) => {
      s.state.index = 100;
      s.deck.slides.forEach((slide, i) => (slide.notes = long(i)));
    });
    expect(snapshot.deck.slides.reduce((n, s) => n + s.notes.length, 0)).toBeGreaterThan(NOTES_IN_PAGE_CHARS);
    const html = withFirstPage(PAGE, snapshot, { firstSlide: false, cutNotes: true });
    const element = new JSDOM(html).window.document.getElementById(FIRST_SNAPSHOT_ID)!;
    expect(element.hasAttribute('data-deck-tag')).toBe(false);
    const page = parseFirstPage(element.textContent)!;
    const from = 100 - NOTES_NEAR.before;
    const to = 100 + NOTES_NEAR.after + 1;
    expect(page.notesIn).toEqual([from, to]);
    page.snapshot.deck.slides.forEach((slide, i) => {
      expect(slide.notes).toBe(i >= from && i < to ? long(i) : '');
      // everything else of every slide is there: titles, screens, word counts
      expect({ ...slide, notes: '' }).toEqual({ ...snapshot.deck.slides[i]!, notes: '' });
    });
    expect(page.snapshot.state).toEqual(snapshot.state);
    expect(html.length).toBeLessThan(200_000);
    // a page that is not told to cut, or a short talk, carries every note and its tag
    const whole = withFirstPage(PAGE, snapshot, { firstSlide: false });
    expect(
      parseFirstPage(new JSDOM(whole).window.document.getElementById(FIRST_SNAPSHOT_ID)!.textContent),
    ).toEqual({ snapshot, notesIn: null });
    const short = new JSDOM(
      withFirstPage(PAGE, snapshotOf(3), { firstSlide: false, cutNotes: true }),
    ).window.document.getElementById(FIRST_SNAPSHOT_ID)!;
    expect(short.hasAttribute('data-deck-tag')).toBe(true);
    expect(parseFirstPage(short.textContent)!.notesIn).toBeNull();
  });

  it('cuts around the first and the last slide without going past either end', () => {
    const snapshotAt = (index: number) =>
      snapshotOf(150, (s) => {
        s.state.index = index;
        s.deck.slides.forEach((slide) => (slide.notes = 'x'.repeat(4_000)));
      });
    const cutAt = (index: number) =>
      parseFirstPage(
        new JSDOM(
          withFirstPage(PAGE, snapshotAt(index), { firstSlide: false, cutNotes: true }),
        ).window.document.getElementById(FIRST_SNAPSHOT_ID)!.textContent,
      )!.notesIn;
    expect(cutAt(0)).toEqual([0, NOTES_NEAR.after + 1]);
    expect(cutAt(149)).toEqual([149 - NOTES_NEAR.before, 150]);
  });
});
