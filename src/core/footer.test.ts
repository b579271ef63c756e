import { describe, expect, it } from 'vitest';
import type { SpeechMeta } from './deck';
import { deckFooter } from './footer';
import { buildDeck } from './speech';
import { deckToMarkdown } from './speech/eject';

const footerOf = (meta: Omit<SpeechMeta, 'title'>) => deckFooter({ meta: { title: 'T', ...meta } });
const md = (front: string, body = 'Good morning. Cities are growing faster than ever before.') =>
  buildDeck(`---\ntitle: Talk\n${front}\n---\n\n${body}\n`, { fileName: 'talk.md' });

const TOAST =
  'East Room\n\n8:06 P.M. EDT\n\nPRESIDENT BIDEN:  Tonight, we celebrate the alliance between Japan and the United States.\n\n' +
  'Our two nations have worked side by side for seventy years, in trade, in science and in the defence of the open seas.\n\n' +
  'Thank you.';

describe('deckFooter: the corner line only the speaker asked for', () => {
  it('shows the front matter’s own speaker and event, as before', () => {
    expect(footerOf({ speaker: 'Ann', event: 'Urban Futures Forum' })).toBe('Ann · Urban Futures Forum');
    expect(md('speaker: Ann\nevent: Urban Futures Forum').meta.inferred).toBeUndefined();
    expect(deckFooter(md('speaker: Ann\nevent: Urban Futures Forum'))).toBe('Ann · Urban Futures Forum');
  });
  it('never shows a speaker or venue the engine read off the speech', () => {
    expect(footerOf({ event: 'East Room', inferred: ['title', 'event'] })).toBe('');
    expect(footerOf({ speaker: 'Zhu Gang', event: 'Geneva', inferred: ['event'] })).toBe('Zhu Gang');
  });
  it('`footer:` decides: its text as written, false for none, true for the speaker and event however found', () => {
    expect(deckFooter(md('speaker: Ann\nevent: Forum\nfooter: "City Lab  ·  2024"'))).toBe('City Lab · 2024');
    expect(deckFooter(md('speaker: Ann\nevent: Forum\nfooter: false'))).toBe('');
    expect(deckFooter(md('speaker: Ann\nfooter: true'))).toBe('Ann');
    expect(md('footer: ""').meta.footer).toBe(false);
    expect(footerOf({ event: 'East Room', inferred: ['event'], footer: true })).toBe('East Room');
  });
  it('rejects a footer that is no line of text', () => {
    expect(() => md('footer: [a, b]')).toThrow(/front matter "footer" must be text, true .* or false/);
  });
  it('a Lectern speech with `footer:` stays Lectern Markdown (no Marp deck)', () => {
    const deck = md('footer: City Lab', 'Good morning.\n\n## Housing\n\nWe built homes for everyone.');
    expect(deck.warnings).toEqual([]);
    expect(deck.slides.map((s) => s.title)).toEqual(['Talk', 'Housing']);
  });
});

describe('what the engine read off a speech', () => {
  const deck = buildDeck(TOAST, { fileName: 'toast.txt' });
  it('is recorded as inferred, shown on the title slide, kept in its notes, and makes no footer', () => {
    // the speaker too: the transcript's one speaker, as his label names him (turn-head-meta.ts)
    expect(deck.meta).toMatchObject({
      event: 'East Room',
      speaker: 'President Biden',
      inferred: ['title', 'speaker', 'event'],
    });
    expect(deck.slides[0]!.screenText).toContain('East Room');
    expect(deck.slides[0]!.notes).toContain('East Room');
    expect(deckFooter(deck)).toBe('');
    expect(deck.slides.slice(1).some((s) => s.screenText.includes('East Room'))).toBe(false);
  });
  it('a file name’s title is inferred in Markdown too, its year never (a number the speech did not say); a heading title is the speaker’s', () => {
    const d = buildDeck('Hello there.', { fileName: 'town-hall-2019.md' });
    expect(d.meta.inferred).toEqual(['title']);
    expect(d.meta.date).toBeUndefined();
    expect(buildDeck('# Town hall\n\nHello there.', { fileName: 'x.md' }).meta.inferred).toBeUndefined();
  });
  it('ejected as front matter, says there was no footer, so the rebuilt deck has none either', () => {
    const text = deckToMarkdown(deck);
    expect(text).toMatch(/^---\n(?:.*\n)*event: East Room\n(?:.*\n)*footer: false\n/);
    expect(deckFooter(buildDeck(text, { fileName: 'toast.md' }))).toBe('');
  });
  it('an addressee line ("Prof Ihsane Ben Yahya,") is whom the talk greets, not its venue', () => {
    const d = buildDeck(
      'Prof Ihsane Ben Yahya,\nHonourable Ministers, Excellencies, dear colleagues,\n\nWe meet as the health workforce faces a shortfall that grows every year.',
      { fileName: 'roundtable.txt' },
    );
    expect(d.meta.event).toBeUndefined();
    expect(d.slides[0]!.notes).toContain('Prof Ihsane Ben Yahya,');
  });
});
