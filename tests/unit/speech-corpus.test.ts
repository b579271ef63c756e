/**
 * The rules, on a corpus of real speeches of every shape and six languages
 * (tests/fixtures/speeches/corpus, sources in its SOURCES.md, ground truth written by a human
 * reader in expectations.json). Rules that must always hold are asserted per speech; what the
 * engine finds of the reader's figures, enumerations and anaphora is held to a floor over the
 * corpus, and a snapshot of each deck's titles, figures and lists shows every change for review.
 */
import { describe, expect, it } from 'vitest';
import { blocksText, type Deck } from '../../src/core/deck';
import { cjkOnScreen } from '../../src/core/speech/cjk-lines';
import { buildDeck, normalizeSpoken, spokenText } from '../../src/core/speech';
import { deckToMarkdown } from '../../src/core/speech/eject';
import { deckFooter } from '../../src/core/footer';
import { corpusFiles, expectations, loadCorpus, measure, type Measure } from '../helpers/corpus';
import { figuresOf } from '../helpers/speech-rules';
import { unsaidListNumbers } from '../helpers/list-numbers';

const measures = new Map<string, Measure>();

function summary(deck: Deck) {
  return {
    title: deck.meta.title,
    lang: deck.meta.lang,
    slides: deck.slides.map((s) => {
      const lists = s.blocks.flatMap((b) =>
        b.type === 'list'
          ? [
              b.items.map((i) =>
                i
                  .map((x) =>
                    x.type === 'paragraph'
                      ? x.children.map((c) => ('value' in c ? c.value : '')).join('')
                      : x.type,
                  )
                  .join(' '),
              ),
            ]
          : [],
      );
      return [
        s.layout,
        s.title,
        ...figuresOf(s).map((f) => `${f.value} — ${f.label}`),
        ...lists.flat().map((i) => `• ${i}`),
      ].join(' | ');
    }),
  };
}

describe('speech corpus', () => {
  it('has at least 20 speeches in at least 6 languages, one right-to-left and one CJK', () => {
    const langs = new Set(corpusFiles.map((f) => expectations[f]?.lang.split('-')[0]));
    expect(corpusFiles.length).toBeGreaterThanOrEqual(20);
    expect(langs.size).toBeGreaterThanOrEqual(6);
    expect(langs.has('ar') && (langs.has('zh') || langs.has('ja'))).toBe(true);
  });

  describe.each(corpusFiles)('%s', (name) => {
    const { text, deck } = loadCorpus(name);
    const e = expectations[name]!;
    const m = measure(name, deck, e);
    measures.set(name, m);
    it('keeps the whole speech in the notes, in order', () => {
      expect(normalizeSpoken(deck.slides.map((s) => s.notes).join('\n\n'))).toBe(
        normalizeSpoken(spokenText(text, name)),
      );
    });
    it('shows no number the speech did not say whole, no card without a two-word label, and no name, time or date as a figure', () => {
      expect(m.badFigures).toEqual([]);
      expect(m.notFigureShown).toEqual([]);
    });
    it('paces slides: ≥ 80 % of content slides carry 15–100 s, none over 150 s or under 6 s', () => {
      expect(m.pacing.share).toBeGreaterThanOrEqual(0.8);
      expect(m.pacing.over150).toBe(0);
      expect(m.pacing.under6).toBe(0);
    });
    it('keeps salutations, datelines and bylines off content slides; the deck title is the title line or the file name', () => {
      expect(m.structureOnContent).toEqual([]);
      expect(m.deckTitleOk).toBe(true);
    });
    it('never shows more than 45 words, nor a sentence cut off with "…", nor a closing wish as an item', () => {
      expect(m.maxScreenWords).toBeLessThanOrEqual(45);
      for (const s of deck.slides.filter((x) => x.layout !== 'title'))
        expect(s.screenText).not.toMatch(/…$/mu);
      expect(m.closingWishAsItem).toEqual([]);
    });
    it('numbers no list item with a place its speaker did not say ("Fourth, …" is never "1.")', () => {
      expect(unsaidListNumbers(deck)).toEqual([]);
    });
    it('never opens a Chinese or Japanese line on a particle, a conjunction or a pronoun pointing back', () => {
      const l = (deck.meta.lang ?? '').split('-')[0]!;
      if (l !== 'zh' && l !== 'ja') return;
      for (const s of deck.slides.filter((x) => x.layout === 'quote')) {
        const line = blocksText(s.blocks).trim();
        expect(cjkOnScreen(line, l), line).toBe(line);
      }
    });
    it('ejects to Markdown that builds the same screens, footer and notes', () => {
      const again = buildDeck(deckToMarkdown(deck), { fileName: 'ejected.md' });
      expect(again.slides.map((s) => [s.layout, s.screenText, normalizeSpoken(s.notes)])).toEqual(
        deck.slides.map((s) => [s.layout, s.screenText, normalizeSpoken(s.notes)]),
      );
      expect(deckFooter(again)).toBe(deckFooter(deck));
    });
    it('puts no footer on every slide that the speaker did not ask for (the venue is on the title slide)', () => {
      // no corpus speech has front matter naming its speaker or event, nor a `footer`
      expect(deckFooter(deck)).toBe('');
      if (deck.meta.event && deck.meta.event !== deck.meta.title)
        expect(deck.slides[0]!.screenText).toContain(deck.meta.event);
    });
    it('titles, figures and lists (snapshot, reviewed)', () => {
      expect(summary(deck)).toMatchSnapshot();
    });
  });

  it('titles a designer would accept: none fails over the corpus (fragments included)', () => {
    const all = [...measures.values()];
    const bad = all.flatMap((m) => m.badTitles);
    const titles = all.reduce((s, m) => s + m.titles, 0);
    expect(titles).toBeGreaterThan(150);
    expect(bad).toEqual([]);
  });
  it('does not set most content slides as one quote (issue 10: a quote is for a striking line)', () => {
    // measured in round 8 on 25 speeches: 240 of 312 content slides (77 %) were single quotes,
    // 18/18 in Twain's birthday speech; the share may only fall from here
    const all = [...measures.values()];
    const quotes = all.reduce((s, m) => s + m.quotes.quotes, 0);
    const of = all.reduce((s, m) => s + m.quotes.of, 0);
    expect(quotes / of).toBeLessThanOrEqual(0.78);
  });
  it('finds most of what the human reader found: figures, enumeration items, anaphora', () => {
    const all = [...measures.values()];
    const share = (k: 'expectedFigures' | 'enumItems' | 'anaphora') =>
      all.reduce((s, m) => s + m[k].found, 0) / all.reduce((s, m) => s + m[k].of, 0);
    // measured in round 2 on 21 speeches: figures 37/48, enumeration items 34/40, anaphora 8/17
    expect(share('expectedFigures')).toBeGreaterThanOrEqual(0.75);
    expect(share('enumItems')).toBeGreaterThanOrEqual(0.85);
    expect(share('anaphora')).toBeGreaterThanOrEqual(0.45);
  });
});
