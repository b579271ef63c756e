import { describe, expect, it } from 'vitest';
import type { Block, Slide } from './deck';
import { deckMedia, mediaKindOf, slideMedia } from './media';
import { playbackPosition } from './media-state';
import { initialShowState, reduceShow, resizeShow, type ShowCommand, type ShowState } from './show';

const clip = (steps = false): Block => ({
  type: 'media',
  kind: 'video',
  src: 'demo.mp4',
  alt: 'Demo',
  ...(steps ? { steps } : {}),
});
const list: Block = {
  type: 'list',
  ordered: false,
  steps: true,
  items: [[{ type: 'paragraph', children: [] }], [{ type: 'paragraph', children: [] }]],
};
const slide = (blocks: Block[]): Pick<Slide, 'blocks'> => ({ blocks });
// slide 0: nothing; 1: a clip on arrival; 2: a list of two steps, then a clip on its own step; 3: nothing
const deck = { slides: [slide([]), slide([clip()]), slide([list, clip(true)]), slide([])] };
const media = deckMedia(deck);
const steps = [0, 0, 3, 0];

function run(commands: Array<[ShowCommand, number]>, from: ShowState = initialShowState(4)): ShowState {
  return commands.reduce((s, [c, at]) => reduceShow(s, c, at, steps, media), from);
}

describe('clips on slides', () => {
  it('knows a clip by its file, and the step each slide’s clip starts on', () => {
    expect(['a.mp4', 'a.WEBM', 'talk.mp3', 'x.ogg?v=1', 'a.png', 'mp4'].map(mediaKindOf)).toEqual([
      'video',
      'video',
      'audio',
      'audio',
      null,
      null,
    ]);
    expect(media).toEqual([null, 0, 3, null]);
    expect(slideMedia(deck.slides[2]!)?.step).toBe(3);
  });
  it('plays from when its slide comes up, and is forgotten when the slide is left', () => {
    const on = run([[{ type: 'next' }, 1000]]);
    expect(on.media).toEqual({ startedAt: 1000, positionMs: 0 });
    expect(playbackPosition(on.media!, 4500)).toBe(3500);
    expect(run([[{ type: 'next' }, 2000]], on).media).toBeNull();
    expect(run([[{ type: 'goto', index: 3 }, 2000]], on).media).toBeNull();
  });
  it('on a stepped slide, starts on its own Next, and stops when stepped back before it', () => {
    let s = run([[{ type: 'goto', index: 2 }, 0]]);
    expect(s.media).toBeNull();
    s = run(
      [
        [{ type: 'next' }, 100],
        [{ type: 'next' }, 200],
      ],
      s,
    );
    expect([s.step, s.media]).toEqual([2, null]);
    s = run([[{ type: 'next' }, 300]], s);
    expect([s.step, s.media]).toEqual([3, { startedAt: 300, positionMs: 0 }]);
    s = run([[{ type: 'prev' }, 400]], s);
    expect([s.step, s.media]).toEqual([2, null]);
    // back from the slide after: all steps out, and the clip plays again from its start
    s = run(
      [
        [{ type: 'goto', index: 3 }, 500],
        [{ type: 'prev' }, 600],
      ],
      s,
    );
    expect([s.index, s.step, s.media]).toEqual([2, 3, { startedAt: 600, positionMs: 0 }]);
  });
  it('pauses, resumes where it was, restarts; ignores play on a slide without a clip', () => {
    let s = run([
      [{ type: 'next' }, 1000],
      [{ type: 'media', action: 'pause' }, 3000],
    ]);
    expect(s.media).toEqual({ startedAt: null, positionMs: 2000 });
    expect(playbackPosition(s.media!, 9000)).toBe(2000);
    s = run([[{ type: 'media', action: 'toggle' }, 5000]], s);
    expect(s.media).toEqual({ startedAt: 5000, positionMs: 2000 });
    expect(playbackPosition(s.media!, 6000)).toBe(3000);
    s = run([[{ type: 'media', action: 'restart' }, 7000]], s);
    expect(s.media).toEqual({ startedAt: 7000, positionMs: 0 });
    const none = initialShowState(4);
    expect(reduceShow(none, { type: 'media', action: 'play' }, 1, steps, media)).toBe(none);
  });
  it('a clip on the first slide, which no Next brings up, starts with play', () => {
    const first = { slides: [slide([clip()]), slide([])] };
    const s = reduceShow(
      initialShowState(2),
      { type: 'media', action: 'play' },
      50,
      [0, 0],
      deckMedia(first),
    );
    expect(s.media).toEqual({ startedAt: 50, positionMs: 0 });
  });
  it('an edit that takes the clip away forgets it; one that keeps it lets it play on', () => {
    const on = run([[{ type: 'next' }, 1000]]);
    expect(resizeShow(on, 4, steps, [null, null, 3, null]).media).toBeNull();
    expect(resizeShow(on, 4, steps, media)).toBe(on);
  });
});
