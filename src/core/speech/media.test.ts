import { describe, expect, it } from 'vitest';
import { slideSteps } from '../steps';
import { buildDeck, deckToMarkdown } from './index';

const md = (body: string, format?: 'revealmd') =>
  buildDeck(`---\ntitle: T\n---\n\n${body}`, { fileName: 't.md', ...(format ? { format } : {}) });

describe('video and audio in a speech', () => {
  it('a video or audio file named like an image is a clip, on screen and not spoken', () => {
    const deck = md('# Demo\n\n![The bus app](demo.mp4)\n\n![](bell.mp3)\n\nHere it is.');
    expect(deck.slides[1]!.blocks).toEqual([
      { type: 'media', kind: 'video', src: 'demo.mp4', alt: 'The bus app', source: { line: 7, column: 1 } },
      { type: 'media', kind: 'audio', src: 'bell.mp3', alt: '', source: { line: 9, column: 1 } },
    ]);
    expect(deck.slides[1]!.notes).toBe('Here it is.');
  });
  it('an HTML <video>/<audio> (as reveal.js and Slidev decks write them) names its clip; none of its HTML is kept', () => {
    const deck = md(
      '# A\n\n<video data-autoplay src="clip.webm" title="Clip" onplay="alert(1)"></video>\n\nNote: said\n\n---\n\n# B\n\n<audio controls>\n  <source src="talk.ogg" type="audio/ogg">\n</audio>\n\nNote: said too',
      'revealmd',
    );
    expect(deck.slides.map((s) => s.blocks)).toEqual([
      [{ type: 'media', kind: 'video', src: 'clip.webm', alt: 'Clip', source: expect.any(Object) }],
      [{ type: 'media', kind: 'audio', src: 'talk.ogg', alt: '', source: expect.any(Object) }],
    ]);
    expect(deck.warnings).toEqual([]);
  });
  it('a clip that is not a local file is left out with a warning at its line', () => {
    const deck = md('# A\n\n<video src="https://example.org/a.mp4"></video>\n\nSaid.');
    expect(deck.slides[1]!.blocks).toEqual([]);
    expect(deck.warnings).toEqual([
      expect.objectContaining({
        line: 7,
        message: expect.stringContaining('"https://example.org/a.mp4" is not a local file'),
      }),
    ]);
  });
  it('on a stepped slide a clip takes a step of its own; eject writes it back as a clip', () => {
    const deck = md('# A\n\n<!-- steps -->\n\n- one\n- two\n\n![Demo](demo.mp4)\n\nSaid.');
    expect(deck.slides[1]!.blocks[1]).toMatchObject({ type: 'media', steps: true });
    expect(slideSteps(deck.slides[1]!)).toBe(3);
    const again = buildDeck(deckToMarkdown(deck), { fileName: 'again.md' });
    expect(again.slides[1]!.blocks).toContainEqual(
      expect.objectContaining({ type: 'media', src: 'demo.mp4' }),
    );
  });
});
